import { describe, expect, it } from "vitest";
import { LETTER_OR_DIGIT } from "./extractionPatterns.ts";
import { isWideWordChar, isWordChar } from "./marks.ts";

/** The code units (outside the surrogate range) where `pred` and the Unicode-property regex disagree. */
function disagreements(pred: (c: number) => boolean, from: number): number[] {
  const out: number[] = [];
  for (let c = from; c <= 0xffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (pred(c) !== LETTER_OR_DIGIT.test(String.fromCharCode(c))) out.push(c);
  }
  return out;
}

describe("isWordChar", () => {
  it("should agree with the letter-digit-mark property class on every UTF-16 code unit", () => {
    expect(disagreements(isWordChar, 0)).toEqual([]);
  });

  it("should agree with the property class from U+0250 up in its wide-range form", () => {
    expect(disagreements(isWideWordChar, 0x250)).toEqual([]);
  });

  it.each([
    ["a Latin letter", "é", true],
    ["a Greek letter", "λ", true],
    ["a Cyrillic letter", "ж", true],
    ["a CJK ideograph", "中", true],
    ["a Hangul syllable", "한", true],
    ["an Arabic-Indic digit", "٣", true],
    ["a curly quotation mark", "“", false],
    ["an em dash", "—", false],
    ["a guillemet", "«", false],
    ["the multiplication sign", "×", false],
    ["a high surrogate", "\ud83d", true],
  ])("should tell %s (%s) → %s", (_name, ch, want) => {
    expect(isWordChar(ch.charCodeAt(0))).toBe(want);
  });

  it.each([
    ["a negative code (outside the line)", -1],
    ["NaN (read past the end)", Number.NaN],
  ])("should say no for %s", (_name, c) => {
    expect(isWordChar(c)).toBe(false);
  });
});
