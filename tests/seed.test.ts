// The user's sample story must come out perfect.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.ts";

const text = readFileSync(new URL("../fixtures/seed/anadolu-kallas.txt", import.meta.url), "utf8");
const article = parseArticle(text);

describe("the sample story (fixtures/seed/anadolu-kallas.txt)", () => {
  it("should find the dateline LONDON on its own line", () => {
    expect(article.dateline).toMatchObject({ text: "LONDON", start: 0, end: 6, region: null, date: null, agency: null });
    expect(article.dateline?.locations.map((l) => l.text)).toEqual(["LONDON"]);
  });

  it("should name Anadolu Agency from its footer", () => {
    expect(article.agency?.id).toBe("aa");
    expect(article.agency?.evidence.some((e) => e.text.includes("Anadolu Agency"))).toBe(true);
  });

  it("should find no bylines and no headline", () => {
    expect(article.bylines).toEqual([]);
    expect(article.headline).toBeNull();
  });

  it("should remove the AA footer and nothing else", () => {
    expect(article.boilerplate).toHaveLength(1);
    expect(article.boilerplate[0]?.text).toMatch(/^Anadolu Agency website contains only a portion/u);
    expect(article.boilerplate[0]?.end).toBe(text.trimEnd().length);
    expect(article.body).not.toContain("Anadolu Agency website");
    expect(article.body.startsWith("The EU foreign policy chief on Friday warned")).toBe(true);
    expect(article.body).toContain("NO NATO troops as peacekeepers.");
  });

  it("should attribute every quote to the right speaker", () => {
    const got = article.quotes.map((q) => [q.text, q.speaker?.name ?? null]);
    expect(got).toEqual([
      ["trap that Russia wants us to walk into.", "Kaja Kallas"],
      [
        "I mean, the discussion all about what Ukraine should give up, what is the concessions that Ukraine is willing to do,",
        "Kaja Kallas",
      ],
      [
        "If we walk into this trap that we are putting the pressure on Ukraine, what they are willing to give up, then we will see this again, because aggression will pay off,",
        "Kaja Kallas",
      ],
      ["everything he wanted.", "Kaja Kallas"],
      ["Putin is just laughing, not stopping the killing but increasing the killing,", "Kaja Kallas"],
      ["credible and robust", "Kaja Kallas"],
      ["The strongest security guarantee is a strong Ukraine army,", "Kaja Kallas"],
      ["not just on paper.", "Kaja Kallas"],
      ["within two weeks.", "Donald Trump"],
      [
        "It has been explicitly stated: NO NATO troops as peacekeepers. Russia will not accept these ‘security guarantees,'",
        "Dmitry Medvedev",
      ],
    ]);
  });
});
