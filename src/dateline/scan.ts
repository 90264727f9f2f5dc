import { isSpace } from "../_lib/span.ts";
import { LETTER, MARK } from "./patterns.ts";

// Characters, words and separators of a dateline, read on one line: the `Cursor` every
// reader takes, word shapes (`NEW` caps, `Delhi` title), dashes, quotes and the separator that ends
// a dateline. Every reader stops at the line end; none runs past it.

/** Where a reader is: the input, the end of the current line, and whether text precedes the candidate on its line. */
export interface Cursor {
  readonly t: string;
  /** End of the line (exclusive). */
  readonly end: number;
  /** The match starts inside a line, after other text: only strong forms count. */
  readonly inner: boolean;
  /** Set by a failed inner attempt, read by the caller that tries the next starts on the line. */
  readonly probe?: Probe | undefined;
}

/**
 * What an inner attempt that found no place leaves for the next ones on its line: `lowerAt`, the
 * start of the lower-case word (`said` in `Foreign Minister Sergei Lavrov said`) that made the
 * first place mixed, or -1. Every later start that opens a word of the same run (after a space)
 * and lies before `lowerAt` meets the same word as a later word of its place, and fails alike.
 */
export interface Probe {
  lowerAt: number;
}

/** The kind of separator that ends a dateline: a dash (`-`, `--`, `—`, `.-`, ` _ `), `:`, `.`, `|`, the line end, or none before the body. */
export type Term = "dash" | "colon" | "period" | "pipe" | "eol" | "none";

/** A separator found after a dateline. */
export interface Terminator {
  readonly kind: Term;
  /** First character of the body after the separator (or the line end). */
  readonly follow: number;
}

/** The separator after a dateline, or null when what follows cannot end one. */
export function readTerminator(c: Cursor, p: number): Terminator | null {
  const t = c.t;
  const k = skipWs(c, p);
  if (k >= c.end) return { kind: "eol", follow: k };
  const ch = t[k]!;
  if (ch === "." && isDashCh(t[k + 1] ?? ""))
    return { kind: "dash", follow: skipWs(c, readDash(c, k + 1)) };
  if (ch === ",") {
    // `CHICAGO, March 4, - South Korea's`: a stray comma before the dash.
    const d = skipWs(c, k + 1);
    return isDashCh(t[d] ?? "")
      ? { kind: "dash", follow: skipWs(c, readDash(c, d)) }
      : null;
  }
  if (isDashCh(ch)) {
    const d = readDash(c, k);
    return d > 0 ? { kind: "dash", follow: skipWs(c, d) } : null;
  }
  if (ch === "_" && k > p && isSpace(t.charCodeAt(k + 1))) {
    // Old AP copy: `WASHINGTON (AP) _ The Senate voted`.
    return { kind: "dash", follow: skipWs(c, k + 1) };
  }
  if (ch === ":") return { kind: "colon", follow: skipWs(c, k + 1) };
  if (ch === "|") return { kind: "pipe", follow: skipWs(c, k + 1) };
  if (ch === "." && (k + 1 >= c.end || isSpace(t.charCodeAt(k + 1))))
    return { kind: "period", follow: skipWs(c, k + 1) };
  if (k > p && (isUpperCh(ch) || isQuoteCh(ch)))
    return { kind: "none", follow: k };
  return null;
}

/** End of a dash separator at `p` (`-`, `--`, `–`, `—`, `―`), or -1 for a hyphen glued to a word. */
export function readDash(c: Cursor, p: number): number {
  const t = c.t;
  let j = p;
  while (j < c.end && j - p < 3 && isDashCh(t[j]!)) j++;
  if (j === p) return -1;
  return j;
}

/** End of a word at `p` (letters, marks, digits, `.`, `'`, `’`, `}` and inner hyphens), or -1. */
export function readWord(c: Cursor, p: number): number {
  const t = c.t;
  if (p >= c.end || !isLetterCh(t[p]!)) return -1;
  let j = p + 1;
  while (j < c.end) {
    const x = t.charCodeAt(j);
    if (x < 128) {
      // ASCII fast path: letters, digits, `.`, `'`, `}`, and a hyphen before a letter.
      if (
        (x >= 97 && x <= 122) ||
        (x >= 65 && x <= 90) ||
        (x >= 48 && x <= 57) ||
        x === 46 ||
        x === 39 ||
        x === 125
      )
        j++;
      else if (x === 45 && j + 1 < c.end && isLetterCh(t[j + 1]!)) j++;
      else break;
    } else if (x === 0x2019 || isAlnumCh(t[j]!)) j++;
    else break;
  }
  return j;
}

/** End of up to `max` words separated by single spaces. */
export function readWordRun(c: Cursor, p: number, max: number): number {
  let e = readWord(c, p);
  if (e < 0) return -1;
  for (let n = 1; n < max; n++) {
    if (c.t[e] !== " ") break;
    const e2 = readWord(c, e + 1);
    if (e2 < 0) break;
    e = e2;
  }
  return e;
}

/** `U` all capitals (`NEW`, `WALtHAM`, `N.J.`), `T` capitalised (`Delhi`), `L` lower case. */
export function wordClass(w: string): "U" | "T" | "L" {
  let up = 0;
  let low = 0;
  let firstUpper: boolean | null = null;
  for (let i = 0; i < w.length; i++) {
    const x = w.charCodeAt(i);
    let u: boolean;
    let l: boolean;
    if (x < 128) {
      u = x >= 65 && x <= 90;
      l = x >= 97 && x <= 122;
    } else {
      const ch = w[i]!;
      u = ch !== ch.toLowerCase();
      l = ch !== ch.toUpperCase();
    }
    if (firstUpper === null && (u || l)) firstUpper = u;
    if (u) up++;
    else if (l) low++;
  }
  if (!firstUpper) return "L";
  if (low === 0) return "U";
  return up >= 3 && up >= 2 * low ? "U" : "T";
}

/** True when the body after a separator starts like a sentence: a capital, a digit or a quote. */
export function startsBody(c: Cursor, p: number): boolean {
  if (p >= c.end) return true;
  const ch = c.t[p]!;
  return isUpperCh(ch) || isDigitCh(ch) || isQuoteCh(ch) || ch === "#";
}

/**
 * True when what follows a separator reads as a title, not a sentence: three or more words all in
 * capitals (`LONDON - UK TO RAISE TAXES`), or one or two words closing the line (`Riyadh – About`).
 */
export function titleAfter(c: Cursor, p: number): boolean {
  const t = c.t;
  if (p >= c.end) return false;
  let i = p;
  let n = 0;
  let caps = 0;
  while (n < 3 && i < c.end) {
    const we = readWord(c, i);
    if (we > i) {
      const cls = wordClass(t.slice(i, we));
      if (cls === "L") return false;
      if (cls === "U") caps++;
    }
    n++;
    let k = we > i ? we : i + 1;
    while (k < c.end && !isSpace(t.charCodeAt(k))) k++;
    i = skipWs(c, k);
  }
  return n < 3 || caps === 3;
}

/** True when one of the next ten words after `p` is all lower case (a sentence, not a table heading). */
export function lowerWordSoon(c: Cursor, p: number): boolean {
  const t = c.t;
  let i = p;
  for (let n = 0; n < 10 && i < c.end; n++) {
    const we = readWord(c, i);
    if (we > i && wordClass(t.slice(i, we)) === "L") return true;
    let k = we > i ? we : i + 1;
    while (k < c.end && !isSpace(t.charCodeAt(k))) k++;
    i = skipWs(c, k);
  }
  return false;
}

/**
 * True when a comma or parenthesis (then spaces) comes right before `p`: `, ` in `LONDON, Aug 22`,
 * `(` in `(NOVEMBER 1, 2013)`; not `END ` in `TO END JULY 1`.
 */
export function afterComma(t: string, p: number): boolean {
  let k = p - 1;
  while (k >= 0 && p - k <= 3 && isSpace(t.charCodeAt(k))) k--;
  const ch = t[k];
  return ch === "," || ch === "(" || ch === ")";
}

/** First index of `needle` starting in `[from, to)`, or -1: a search that never runs past `to`. */
export function indexWithin(
  t: string,
  needle: string,
  from: number,
  to: number,
): number {
  const last = to - needle.length;
  for (let i = from; i <= last; i++) if (t.startsWith(needle, i)) return i;
  return -1;
}

/** The first offset at or after `p` that is not whitespace, within the line. */
export function skipWs(c: Cursor, p: number): number {
  let i = p;
  while (i < c.end && isSpace(c.t.charCodeAt(i))) i++;
  return i;
}

/** `[s, e)` without leading and trailing whitespace. */
export function trim(t: string, s: number, e: number): [number, number] {
  let a = s;
  let b = e;
  while (a < b && isSpace(t.charCodeAt(a))) a++;
  while (b > a && isSpace(t.charCodeAt(b - 1))) b--;
  return [a, b];
}

/** True for a letter of any script (ASCII fast path). */
export function isLetterCh(ch: string): boolean {
  const x = ch.charCodeAt(0);
  if (x < 128) return (x >= 65 && x <= 90) || (x >= 97 && x <= 122);
  return LETTER.test(ch);
}

/** True for a letter, combining mark or digit of any script. */
export function isAlnumCh(ch: string): boolean {
  const x = ch.charCodeAt(0);
  if (x < 128)
    return (
      (x >= 65 && x <= 90) || (x >= 97 && x <= 122) || (x >= 48 && x <= 57)
    );
  return LETTER.test(ch) || MARK.test(ch);
}

/** True for an ASCII digit. */
export function isDigitCh(ch: string): boolean {
  const x = ch.charCodeAt(0);
  return x >= 48 && x <= 57;
}

/** True for a capital letter of any script (`A`, `Ö`, Greek `Α`). */
export function isUpperCh(ch: string): boolean {
  return ch !== "" && ch !== ch.toLowerCase() && isLetterCh(ch);
}

/** A space inside a dateline: ASCII space or no-break space (U+00A0, U+202F). */
export function isGap(ch: string): boolean {
  return ch === " " || ch === "\u00a0" || ch === "\u202f";
}

/** True for a dash a dateline separator is made of: `-`, `–`, `—`, `―`, `‒`, `−`. */
export function isDashCh(ch: string): boolean {
  return (
    ch === "-" ||
    ch === "–" ||
    ch === "—" ||
    ch === "―" ||
    ch === "‒" ||
    ch === "−"
  );
}

/** True for a quotation mark that may open the body after a dateline. */
export function isQuoteCh(ch: string): boolean {
  return "\"'“”‘’«»„`".includes(ch);
}
