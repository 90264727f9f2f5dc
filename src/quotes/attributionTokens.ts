import {
  ASCII_CAPS,
  CURLY_APOSTROPHE,
  UPPER_CHAR,
  WORD_CHAR,
} from "./attributionPatterns.ts";
import { isSpace } from "../_lib/span.ts";

/**
 * One token of the story, as the attribution rules see it: a word (`Kallas`, `O’Neill`,
 * `Kang-chul`, `prosecutor’s`) or a single punctuation character. `s`/`e` are UTF-16 offsets into
 * the caller's text; `l` is the lower-cased word; `brk` tells what separates it from the token
 * before (0 space or nothing, 1 a line break, 2 a blank line).
 *
 * @internal
 */
export interface Tok {
  readonly s: number;
  readonly e: number;
  /** The token as written. */
  readonly w: string;
  /** Lower case, curly apostrophe folded to `'`. */
  readonly l: string;
  /** A word (letters or digits) rather than punctuation. */
  readonly word: boolean;
  /** A word whose first character is an upper-case letter. */
  readonly cap: boolean;
  /** A capitalised word of two or more characters written all in capitals (`NHC`, `WALLACE`). */
  readonly up: boolean;
  /** Break before this token: 0 none, 1 line break, 2 blank line. */
  readonly brk: 0 | 1 | 2;
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128)
    return (
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
    );
  // Latin-1 and Latin Extended letters, without a regex
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  // general punctuation (quotes, dashes, ellipsis) and Latin-1 symbols are never word characters
  if ((c >= 0x2000 && c <= 0x206f) || c < 0xc0)
    return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2));
  return WORD_CHAR.test(text[i]!);
}

function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Apostrophes and hyphens that may join two word parts (`O’Neill`, `Kang-chul`). */
function isJoiner(c: number): boolean {
  return (
    c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010 || c === 0x2011
  );
}

/**
 * Splits the whole story into word and punctuation tokens in one linear pass.
 *
 * @param text - The story.
 * @param skips - Sorted ranges to leave out (the middles of long quotes, which no rule reads).
 * @returns Tokens in text order.
 * @internal
 */
export function tokenize(
  text: string,
  skips: readonly { readonly from: number; readonly to: number }[] = [],
): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = 0;
  let brk: 0 | 1 | 2 = 0;
  let sk = 0;
  while (i < n) {
    while (sk < skips.length && skips[sk]!.to <= i) sk++;
    const skip = skips[sk];
    if (skip && skip.from <= i) {
      // the middle of a long quote: no token there, only its line breaks count
      const nl = text.indexOf("\n", i);
      if (nl >= 0 && nl < skip.to)
        brk =
          text.indexOf("\n", nl + 1) >= 0 &&
          text.indexOf("\n", nl + 1) < skip.to
            ? 2
            : (Math.max(brk, 1) as 1 | 2);
      i = skip.to;
      sk++;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    if (isSpace(c)) {
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
        if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
        brk = brk >= 1 ? 2 : 1;
      }
      i++;
      continue;
    }
    if (isAsciiWordCode(c) || (c >= 128 && isWordChar(text, i))) {
      let j = i + 1;
      let curly = false;
      let upper = 0;
      let ascii = c < 128; // every letter ASCII (joiners aside)
      for (;;) {
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d < 128) {
            if (d >= 97 && d <= 122) {
              j++;
              continue;
            }
            if (d >= 65 && d <= 90) {
              upper++;
              j++;
              continue;
            }
            if (d >= 48 && d <= 57) {
              j++;
              continue;
            }
            break;
          }
          if (!isWordChar(text, j)) break;
          ascii = false;
          j++;
        }
        if (j + 1 < n) {
          const d = text.charCodeAt(j);
          if (isJoiner(d) && isWordChar(text, j + 1)) {
            if (d === 0x2019) curly = true;
            j += 1;
            continue;
          }
        }
        break;
      }
      const w = text.slice(i, j);
      const cap = c < 128 ? c >= 65 && c <= 90 : UPPER_CHAR.test(w[0]!);
      // an ASCII word with no capital after its first letter lower-cases by its first letter alone
      const lower =
        !cap && upper === 0 && ascii
          ? w
          : ascii && upper === 0
            ? String.fromCharCode(c + 32) + w.slice(1)
            : w.toLowerCase();
      const up =
        cap &&
        w.length > 1 &&
        (c < 128
          ? upper === w.length - 1 && ASCII_CAPS.test(w)
          : w === w.toUpperCase());
      out.push({
        s: i,
        e: j,
        w,
        l: curly ? lower.replace(CURLY_APOSTROPHE, "'") : lower,
        word: true,
        cap,
        up,
        brk,
      });
      i = j;
    } else {
      const len = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      const w = len === 1 ? text[i]! : text.slice(i, i + len);
      out.push({
        s: i,
        e: i + len,
        w,
        l: w,
        word: false,
        cap: false,
        up: false,
        brk,
      });
      i += len;
    }
    brk = 0;
  }
  return out;
}

/** Index of the first token whose start is at or after `offset` (binary search). */
export function tokenAt(toks: readonly Tok[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.s < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
