import { isSpace } from "../_lib/span.ts";
import { LETTER_OR_DIGIT } from "./extractionPatterns.ts";

/** Family of a quotation mark: double marks (`“ ” " „ « » '' ‘‘ ’’ ``) pair with each other, single marks (`‘ ’ ' ‚ ‹ › \``) too. */
export type MarkFamily = 1 | 2;
/** Double marks: `“ ” " „ ‟ « » ＂` and the two-character `''`, `‘‘`, `’’`, ` `` `. */
export const DOUBLE: MarkFamily = 1;
/** Single marks: `‘ ’ ' ‚ ‛ ‹ › \` ´`. */
export const SINGLE: MarkFamily = 2;

/** Which way a mark's glyph faces: an opening glyph (`“ ‘ „ «`), a closing glyph (`” ’ »`), or a straight one (`" '`). */
export type MarkShape = 1 | 2 | 3;
/** Opening glyph: `“ „ ‟ « ‘ ‚ ‛ ‹ \`` and ` `` `, `‘‘`. */
export const OPENING: MarkShape = 1;
/** Closing glyph: `” » ’ › ´` and `’’`. */
export const CLOSING: MarkShape = 2;
/** Straight glyph, either way: `" ＂ '` and `''`, `""`. */
export const STRAIGHT: MarkShape = 3;

/** A quotation-mark token found at an offset: its family, glyph shape and length (1 or 2 UTF-16 units). */
export interface Mark {
  readonly family: MarkFamily;
  readonly shape: MarkShape;
  readonly len: 1 | 2;
  /** True for guillemets (`« » ‹ ›`), which French copy sets off with spaces. */
  readonly guillemet: boolean;
}

const M_DQ_STRAIGHT: Mark = { family: 1, shape: 3, len: 1, guillemet: false };
const M_DQ_TWO_APOS: Mark = { family: 1, shape: 3, len: 2, guillemet: false };
const M_DQ_OPEN: Mark = { family: 1, shape: 1, len: 1, guillemet: false };
const M_DQ_OPEN2: Mark = { family: 1, shape: 1, len: 2, guillemet: false };
const M_DQ_CLOSE: Mark = { family: 1, shape: 2, len: 1, guillemet: false };
const M_DQ_CLOSE2: Mark = { family: 1, shape: 2, len: 2, guillemet: false };
const M_DQ_GOPEN: Mark = { family: 1, shape: 1, len: 1, guillemet: true };
const M_DQ_GCLOSE: Mark = { family: 1, shape: 2, len: 1, guillemet: true };
const M_SQ_STRAIGHT: Mark = { family: 2, shape: 3, len: 1, guillemet: false };
const M_SQ_OPEN: Mark = { family: 2, shape: 1, len: 1, guillemet: false };
const M_SQ_CLOSE: Mark = { family: 2, shape: 2, len: 1, guillemet: false };
const M_SQ_GOPEN: Mark = { family: 2, shape: 1, len: 1, guillemet: true };
const M_SQ_GCLOSE: Mark = { family: 2, shape: 2, len: 1, guillemet: true };

/**
 * The quotation-mark token that starts at `text[i]`, or null. Two-character marks are read
 * greedily: `''` (NYT and some wires), `‘‘` / `’’` (doubled single marks), ` `` ` (TeX-style
 * opening), a mistyped `""`; a run of three apostrophes is left to the caller.
 *
 * @param text - The story.
 * @param i - Offset to look at.
 * @returns The mark, or null when `text[i]` is not a quotation mark.
 */
export function markAt(text: string, i: number): Mark | null {
  const c = text.charCodeAt(i);
  switch (c) {
    case 0x22: // " (a doubled "" is read as one mark)
      return text.charCodeAt(i + 1) === 0x22 ? M_DQ_TWO_APOS : M_DQ_STRAIGHT;
    case 0xff02: // ＂
      return M_DQ_STRAIGHT;
    case 0x27: // '
      return text.charCodeAt(i + 1) === 0x27 ? M_DQ_TWO_APOS : M_SQ_STRAIGHT;
    case 0x60: // `
      return text.charCodeAt(i + 1) === 0x60 ? M_DQ_OPEN2 : M_SQ_OPEN;
    case 0xb4: // ´
      return M_SQ_CLOSE;
    case 0x201c: // “
    case 0x201e: // „
    case 0x201f: // ‟
      return M_DQ_OPEN;
    case 0x201d: // ”
      return M_DQ_CLOSE;
    case 0x2018: // ‘
      return text.charCodeAt(i + 1) === 0x2018 ? M_DQ_OPEN2 : M_SQ_OPEN;
    case 0x2019: // ’
      return text.charCodeAt(i + 1) === 0x2019 ? M_DQ_CLOSE2 : M_SQ_CLOSE;
    case 0x201a: // ‚
    case 0x201b: // ‛
      return M_SQ_OPEN;
    case 0xab: // «
      return M_DQ_GOPEN;
    case 0xbb: // »
      return M_DQ_GCLOSE;
    case 0x2039: // ‹
      return M_SQ_GOPEN;
    case 0x203a: // ›
      return M_SQ_GCLOSE;
    default:
      return null;
  }
}

/** True for the characters a quotation-mark token can start with (fast pre-check of {@link markAt}). */
export function isMarkChar(c: number): boolean {
  return (
    c === 0x22 ||
    c === 0x27 ||
    c === 0x60 ||
    c === 0xab ||
    c === 0xb4 ||
    c === 0xbb ||
    (c >= 0x2018 && c <= 0x201f) ||
    c === 0x2039 ||
    c === 0x203a ||
    c === 0xff02
  );
}

/**
 * True for a letter, digit or combining mark (any script); surrogate halves count as word
 * characters. Decided by code ranges for ASCII, Latin-1, Latin Extended, Greek, Cyrillic, CJK and
 * Hangul (quotation marks, dashes and the other general punctuation return at once); other scripts
 * fall back to {@link LETTER_OR_DIGIT}.
 */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return c >= 0x30 && ((c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
  if (c < 0xc0) return c === 0xaa || c === 0xb2 || c === 0xb3 || c === 0xb5 || c === 0xb9 || c === 0xba || (c >= 0xbc && c <= 0xbe); // ª ² ³ µ ¹ º ¼ ½ ¾
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7; // Latin-1 and Latin Extended letters but × ÷
  return isWideWordChar(c);
}

/**
 * {@link isWordChar} for a code unit from U+0250 up, shared with the attribution tokenizer.
 *
 * @internal
 */
export function isWideWordChar(c: number): boolean {
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation: “ ” ‘ ’ — – … and spaces
  if (c >= 0xd800 && c <= 0xdfff) return true;
  if (c >= 0x400 && c <= 0x52f) return c !== 0x482; // Cyrillic but ҂
  if (c >= 0x370 && c <= 0x3ff) return isGreekLetter(c);
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3)) return true; // CJK ideographs, Hangul syllables
  return c >= 0 && LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/** Letters of the Greek and Coptic block (U+0370–U+03FF): all but its signs and unassigned units. */
function isGreekLetter(c: number): boolean {
  return !(
    c === 0x375 ||
    c === 0x378 ||
    c === 0x379 ||
    c === 0x37e ||
    (c >= 0x380 && c <= 0x385) ||
    c === 0x387 ||
    c === 0x38b ||
    c === 0x38d ||
    c === 0x3a2 ||
    c === 0x3f6
  );
}

/** True for whitespace, or -1 (outside the paragraph). */
export function isSpaceOrEdge(c: number): boolean {
  return c < 0 || isSpace(c);
}
