import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findBoilerplate, stripBoilerplate } from "./findBoilerplate.ts";

const STORY = "WASHINGTON (AP) — Lawmakers met on Tuesday to discuss the budget, aides said.";

describe("findBoilerplate", () => {
  it.each([
    // [input, kind, rule, text]
    [`${STORY}\n Reuter\n`, "signoff", "boilerplate/signoff", "Reuter"],
    [`${STORY}\n REUTER...\n`, "signoff", "boilerplate/signoff-junk", "REUTER..."],
    [`${STORY}\n REUTEER\n`, "signoff", "boilerplate/signoff-typo", "REUTEER"],
    [`${STORY}\n REUTER TAW\n`, "signoff", "boilerplate/signoff-junk", "REUTER TAW"],
    [`${STORY}\n(end)`, "signoff", "boilerplate/signoff", "(end)"],
    [`${STORY}\n--IANS`, "signoff", "boilerplate/signoff", "--IANS"],
    [`${STORY}\n More\n`, "continuation", "boilerplate/continuation", "More"],
    [`${STORY} ― Bernama`, "signoff", "boilerplate/stuck-signoff", "― Bernama"],
    [`${STORY}\nAdvertisement\nMore story text follows here in a full sentence.`, "advertisement", "boilerplate/furniture-line", "Advertisement"],
    [`Skip to content\n\n${STORY}`, "navigation", "boilerplate/furniture-line", "Skip to content"],
    [`${STORY}\n\n© 2024 The Associated Press. All rights reserved.`, "copyright", "boilerplate/copyright", "© 2024 The Associated Press. All rights reserved."],
    [`${STORY}\n\nOur Standards: The Thomson Reuters Trust Principles.`, "footer", "boilerplate/furniture-prefix", "Our Standards: The Thomson Reuters Trust Principles."],
    [`Budget talks resume\n\nPosted at 10:55 PM, May 11, 2014\n\n${STORY}`, "timestamp", "boilerplate/furniture-prefix", "Posted at 10:55 PM, May 11, 2014"],
    [`Budget talks resume\n\n17.04.2017 - Update : 17.04.2017\n\n${STORY}`, "timestamp", "boilerplate/timestamp-line", "17.04.2017 - Update : 17.04.2017"],
    [`Google\n\nSunday, August 12, 2007\n\n${STORY}`, "timestamp", "boilerplate/timestamp-line", "Sunday, August 12, 2007"],
    [`WORLD\n\n${STORY}`, "navigation", "boilerplate/section-line", "WORLD"],
    [`A lawmaker walks to the chamber in Washington, Tuesday, May 7, 2024. (AP Photo/Jane Doe)\n\n${STORY}`, "caption", "boilerplate/caption-credit", "A lawmaker walks to the chamber in Washington, Tuesday, May 7, 2024. (AP Photo/Jane Doe)"],
    [`Traders work on the floor of the exchange. - Photo by AFP\n\n${STORY}`, "caption", "boilerplate/caption-credit", "Traders work on the floor of the exchange. - Photo by AFP"],
    [`(MENAFN- Example News Agency (ENA)) ${STORY}`, "prefix", "boilerplate/redistributor-prefix", "(MENAFN- Example News Agency (ENA))"],
    [`Exhibit 99.1\n\n${STORY}`, "other", "boilerplate/exhibit-header", "Exhibit 99.1"],
    [`${STORY}\n\nRELATED Senate passes stopgap bill to avert shutdown`, "promo", "boilerplate/promo-label", "RELATED Senate passes stopgap bill to avert shutdown"],
    [`${STORY}\ndesk@example.com\n(END)`, "contact", "boilerplate/email-line", "desk@example.com"],
  ])("should find %j as its block", (input, kind, rule, text) => {
    const found = findBoilerplate(input);
    const hit = found.find((b) => b.text === text);
    expect(hit).toBeDefined();
    expect(hit!.kind).toBe(kind);
    expect(hit!.rule).toBe(rule);
    expect(input.slice(hit!.start, hit!.end)).toBe(text);
    expect(hit!.start).toBe(input.lastIndexOf(text));
  });

  it("should find the Anadolu footer of the seed story and nothing else", () => {
    const seed = readFileSync("fixtures/seed/anadolu-kallas.txt", "utf8");
    const found = findBoilerplate(seed);
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe("footer");
    expect(found[0]!.text.startsWith("Anadolu Agency website contains only a portion")).toBe(true);
    expect(found[0]!.end).toBe(seed.trimEnd().length);
  });

  it("should find an About block down to the end of the release", () => {
    const text =
      "ACME Corp. Reports Record Orders\n\nSPRINGFIELD, Ill., March 3 /PRNewswire/ -- ACME Corp. said orders rose 40 percent.\n\nThe company expects further growth.\n\nAbout ACME Corp.:\nACME Corp. is a maker of anvils based in Springfield.\n\nMedia Contact:\nJane Roe\n+1 (555) 010-0100";
    const found = findBoilerplate(text);
    const about = found.find((b) => b.kind === "about");
    expect(about?.text).toBe("About ACME Corp.:\nACME Corp. is a maker of anvils based in Springfield.");
    expect(found.some((b) => b.kind === "contact" && b.text.startsWith("Media Contact:"))).toBe(true);
  });

  it("should keep a Wikinews-style publication date under the headline", () => {
    const text = "Storm hits coast\n\nWednesday, August 20, 2008\n\nA storm hit the coast on Wednesday, officials said.";
    expect(findBoilerplate(text)).toEqual([]);
  });

  it("should return blocks sorted and non-overlapping", () => {
    const text = `Share\n${STORY}\nAdvertisement\n${STORY}\n Reuter\n More\n`;
    const found = findBoilerplate(text);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });
});

describe("stripBoilerplate", () => {
  it.each([
    [`${STORY}\n Reuter\n`, `${STORY}\n`],
    [`Share\n${STORY}`, STORY],
    [`${STORY} ― Bernama`, STORY],
  ])("should strip %j", (input, expected) => {
    expect(stripBoilerplate(input)).toBe(expected);
    expect(stripBoilerplate(stripBoilerplate(input))).toBe(stripBoilerplate(input));
  });
});

describe("negative cases (fixtures/negative/boilerplate.txt)", () => {
  const rows = readFileSync("fixtures/negative/boilerplate.txt", "utf8")
    .split("\n")
    .map((line, i) => [i + 1, line] as const)
    .filter(([, line]) => line.trim() && !line.startsWith("%"));
  it.each(rows)("should find nothing in line %i, alone or inside a story", (_n, line) => {
    expect(findBoilerplate(line)).toEqual([]);
    const wrapped = `Headline here\n\n${STORY}\n\n${line}\n\nThe talks continue on Wednesday, aides said.`;
    expect(findBoilerplate(wrapped).filter((b) => b.text.includes(line.trim()))).toEqual([]);
  });
});

describe("findBoilerplate on property names", () => {
  it.each(["__proto__", "constructor", "toString", "hasOwnProperty", " valueOf\n"])(
    "should treat the line %j as text, not as a table key (fast-check counterexample)",
    (line) => {
      for (const b of findBoilerplate(line)) expect(typeof b.kind).toBe("string");
      expect(findBoilerplate(line)).toEqual([]);
    },
  );
});

describe("findBoilerplate on worst-case input", () => {
  const MB = 1 << 20;
  const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  it.each([
    ["newlines", fill("\n"), 0],
    ["CRLF line breaks", fill("\r\n"), 0],
    ["one-character lines", fill("x\n"), 0],
    ["sign-off lines", fill("Reuter\n"), 1],
    ["contact headings", fill("Media contact:\nJo\n"), 1],
  ])("should read 1 MB of %s in bounded time (< 3 s on a loaded machine)", (_name, text, atLeast) => {
    const t0 = performance.now();
    const found = findBoilerplate(text);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(found.length).toBeGreaterThanOrEqual(atLeast);
  });
});

describe("findBoilerplate: desk codes after a sign-off", () => {
  it.each([
    ["The court adjourned the case to May 3.\n\nPTI ABC DEF", "PTI ABC DEF"],
    ["The court adjourned the case to May 3.\n\nPTI SK RT", "PTI SK RT"],
    ["Shares closed higher on Friday.\n REUTER TAW", "REUTER TAW"],
  ])("should take the sign-off with its desk codes in %j", (text, signoff) => {
    const b = findBoilerplate(text);
    expect(b.map((x) => [x.kind, x.text])).toEqual([["signoff", signoff]]);
    expect(text.slice(b[0]!.start, b[0]!.end)).toBe(signoff);
  });

  it("should take lower-case desk initials under an IANS sign-off", () => {
    const text = "The minister spoke in Mumbai on Monday.\n--IANS\nvd/arm";
    expect(findBoilerplate(text).map((x) => x.text)).toEqual(["--IANS", "vd/arm"]);
  });

  it("should keep a closing line of capitals that follows no sign-off", () => {
    expect(findBoilerplate("The vote is set for Tuesday.\n\nNEW YORK CITY")).toEqual([]);
  });
});

describe("findBoilerplate: press-release source line", () => {
  it("should take a closing SOURCE line of a short release", () => {
    const text = "NEW YORK, March 3, 2025 /PRNewswire/ -- Acme Corp. announced results today.\n\nSOURCE Acme Corp";
    const b = findBoilerplate(text);
    expect(b.map((x) => [x.kind, x.rule, x.text])).toEqual([["contact", "boilerplate/source-line", "SOURCE Acme Corp"]]);
    expect(text.slice(b[0]!.start, b[0]!.end)).toBe("SOURCE Acme Corp");
  });

  it("should keep a story sentence that starts with Source", () => {
    expect(findBoilerplate("The ruling stands.\n\nSource code for the app was published on Monday, the company said.")).toEqual([]);
  });
});
