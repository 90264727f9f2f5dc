import { describe, expect, it } from "vitest";
import { parseArticle } from "../index.ts";

describe("headline", () => {
  it.each([
    ["should take a title line above the dateline", "Floods close roads in Ohio\nCOLUMBUS, Ohio (AP) — Floodwaters rose.", "Floods close roads in Ohio", 0],
    [
      "should pass over a date line and a section label",
      "WORLD\nMonday, March 3, 2025\nRebels take border town\n\nBy Ann Lee\nGOMA (Reuters) - Rebels took the town.",
      "Rebels take border town",
      28,
    ],
    ["should cut a byline glued to the title", "Tiger wins by 2 shots By DOUG FERGUSON, AP Golf Writer\nTULSA, Okla. (AP) — Tiger won.", "Tiger wins by 2 shots", 0],
    ["should take a title followed by a blank line when there is no dateline", "Storm hits coast\n\nA storm hit the coast on Monday.", "Storm hits coast", 0],
  ])("%s", (_title, text, headline, start) => {
    const h = parseArticle(text).headline;
    expect(h?.text).toBe(headline);
    expect(h?.start).toBe(start);
    expect(text.slice(h!.start, h!.end)).toBe(headline);
  });

  it.each([
    ["a story that starts with its dateline", "LONDON (Reuters) - Shares rose.\n\nThey fell later."],
    ["a first paragraph that is prose", "A storm hit the coast on Monday, flooding roads and closing schools across the region for days.\n\nMore rain is due."],
    ["a single line", "Shares rose on Monday"],
    ["a short label only", "NATIONAL\n\nThe council met on Monday."],
  ])("should find no headline in %s", (_title, text) => {
    expect(parseArticle(text).headline).toBeNull();
  });
});
