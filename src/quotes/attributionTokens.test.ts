import { describe, expect, it } from "vitest";
import { F, tokenAt, tokenAtFrom, tokenize } from "./attributionTokens.ts";

const STORY = "ANKARA (AA) - EU foreign policy chief Kaja Kallas said O’Neill’s plan was “not enough.”\n\nShe left.";

describe("tokenize", () => {
  it.each([
    [0, "ANKARA", true, true, 0],
    [1, "(", false, false, 0],
    [9, "Kaja", true, true, 0],
    [12, "O’Neill’s", true, true, 0],
    [15, "“", false, false, 0],
    [20, "She", true, true, 2],
  ])("should read token %i as %j with its offsets, kind and break", (k, text, word, cap, brk) => {
    const toks = tokenize(STORY);
    const t = toks.at(k)!;
    expect(t.w).toBe(text);
    expect(STORY.slice(t.s, t.e)).toBe(text);
    expect(t.s).toBe(STORY.indexOf(text));
    expect([t.word, t.cap, t.brk]).toEqual([word, cap, brk]);
    expect([toks.start(k), toks.isWord(k), toks.isCap(k), toks.brk(k)]).toEqual([t.s, word, cap, brk]);
  });

  it.each([[-1], [23], [1e9], [Number.NaN]])("should give undefined for token %s outside the story", (k) => {
    const toks = tokenize(STORY);
    expect(toks.length).toBe(23);
    expect(toks.at(k)).toBeUndefined();
  });

  it("should give the same token again after thousands of other reads", () => {
    const text = "Minister Kaja Kallas said. ".repeat(5_000);
    const toks = tokenize(text);
    const first = toks.at(1)!;
    let mismatched = 0;
    for (let k = 0; k < toks.length; k++) if (toks.at(k)!.s !== toks.start(k)) mismatched++;
    expect(mismatched).toBe(0);
    const again = toks.at(1)!;
    expect([again.w, again.s, again.e, again.l, again.has(F.titles)]).toEqual([first.w, first.s, first.e, "kaja", false]);
    expect(toks.at(0)!.has(F.titles)).toBe(true);
  });

  it.each([[254], [255], [256], [70_000]])("should keep the end of a word of %i letters", (len) => {
    const word = "a".repeat(len);
    const text = `Kallas said ${word}, then left.`;
    const toks = tokenize(text);
    const t = toks.at(2)!;
    expect([t.s, t.e, toks.start(2), toks.end(2)]).toEqual([12, 12 + len, 12, 12 + len]);
    expect(t.w).toBe(text.slice(12, 12 + len));
    expect([toks.at(3)!.w, toks.at(3)!.s, toks.punct(3)]).toEqual([",", 12 + len, 0x2c]);
  });

  it.each([
    ["Minister Kallas said", 0, "titles", true],
    ["MINISTER Kallas said", 0, "titles", true],
    ["Kallas said", 1, "verbs", true],
    ["Kallas SAID", 1, "verbs", true],
    ["Kallas ate", 1, "verbs", false],
    ["Kallas saidx", 1, "verbs", false],
    ["the spokeswoman said", 1, "female", true],
    ["Mr. Smith", 0, "honorifics", true],
    ["Señor Smith", 0, "honorifics", true],
    ["Ñandú Smith", 0, "honorifics", false],
  ] as const)("should read %j token %i in the %s list or not, whether or not it was looked up before", (text, k, list, expected) => {
    const flag = F[list];
    // asked first by list (the word's shape may rule the list out), then after a full lookup
    const fresh = tokenize(text);
    const looked = tokenize(text);
    const all = looked.flags(k);
    expect([fresh.hasAt(k, flag), fresh.flagsIn(k, flag) !== 0, (all & flag) !== 0, looked.hasAt(k, flag)]).toEqual([expected, expected, expected, expected]);
  });

  it("should keep per-token word-list bits however far apart the reads", () => {
    const text = "Kallas said. ".repeat(20_000);
    const toks = tokenize(text);
    let wrong = 0;
    for (let k = toks.length - 1; k >= 0; k -= 7) if (toks.hasAt(k, F.verbs) !== (k % 3 === 1)) wrong++;
    for (let k = 0; k < toks.length; k += 5) if (toks.hasAt(k, F.verbs) !== (k % 3 === 1)) wrong++;
    expect(wrong).toBe(0);
  });

  it("should cut a slice of tokens and find a token by offset", () => {
    const toks = tokenize(STORY);
    expect(toks.slice(9, 11).map((t) => t.w)).toEqual(["Kaja", "Kallas"]);
    expect(toks.slice(20, 99).map((t) => t.w)).toEqual(["She", "left", "."]);
    expect(toks.punct(1)).toBe(0x28);
    expect(toks.punct(0)).toBe(-1);
    expect(tokenAt(toks, STORY.indexOf("Kallas"))).toBe(10);
  });

  it.each([[0], [1], [9], [12], [22], [23]])(
    "should find from token %i the same token for every offset as a whole search",
    (from) => {
      const toks = tokenize(STORY);
      const wrong: number[] = [];
      for (let offset = -1; offset <= STORY.length + 1; offset++)
        if (tokenAtFrom(toks, offset, from) !== tokenAt(toks, offset)) wrong.push(offset);
      expect(wrong).toEqual([]);
      expect(tokenAtFrom(toks, STORY.indexOf("Kallas"), from)).toBe(10);
    },
  );
});
