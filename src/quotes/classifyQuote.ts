import { isSpace } from "../_lib/span.ts";
import type { RawQuote } from "./findQuoteSpans.ts";
import { POSSESSIVE_END } from "./extractionPatterns.ts";
import { TITLE_CUES, TITLE_SMALL_WORDS, TRAILING_SPEECH_VERBS } from "./extractionData.ts";
import { isWordChar } from "./marks.ts";

/** What {@link classifyQuote} decided about one quoted passage. */
export interface QuoteVerdict {
  /** True when the passage reports speech or writing (a quote), false for scare quotes, titles, names. */
  readonly keep: boolean;
  /** True when the passage is a fragment inside the writer's sentence. */
  readonly partial: boolean;
  /** Id of the deciding rule. */
  readonly rule: string;
}

/**
 * @internal Decides whether a quoted passage is a quote and whether it is partial.
 *
 * @param text - The story.
 * @param raw - The passage as the scanner found it.
 * @param start - Start of its text (trimmed).
 * @param end - End of its text (trimmed).
 * @returns The verdict.
 */
export function classifyQuote(text: string, raw: RawQuote, start: number, end: number): QuoteVerdict {
  // Words are runs between spaces that hold a letter or digit: `long-term solution` is two.
  // Counting stops past 12: no rule looks further.
  let words = 0;
  let counted = false;
  for (let k = start; k < end && words <= 12; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x20 || isSpace(c)) counted = false;
    else if (!counted && isWordChar(c)) {
      words++;
      counted = true;
    }
  }
  let p = raw.open - 1;
  while (p >= raw.lineStart && isSpace(text.charCodeAt(p))) p--;
  const prevC = p >= raw.lineStart ? text.charCodeAt(p) : -1;
  const first = firstLetter(text, start, end);
  const upper = first >= 0 && String.fromCharCode(first) !== String.fromCharCode(first).toLowerCase();
  const partial = isPartial(text, raw, prevC, upper, end);
  if (prevC === 0x3d) return { keep: false, partial, rule: "quotes/attribute" }; // <tweet id="...">
  const before = wordBefore(text, p + 1, raw.lineStart);
  if (before === "so-called") return { keep: false, partial, rule: "quotes/so-called" };
  if (words < 3) {
    // A short full sentence: opens its paragraph or sentence, capitalised, and either ends with
    // . ! ? or ends with a comma before its cue (`“Never,” she said`; not `''Billions,'' on TV`).
    const standalone =
      (prevC < 0 || prevC === 0x2e || prevC === 0x21 || prevC === 0x3f || prevC === 0x3a || isCloseMark(prevC)) &&
      upper &&
      (endsFullStop(text, end) || (endsSentence(text, end) && speechVerbAfter(text, raw.close, raw.lineEnd, 3)));
    return standalone ? { keep: true, partial: false, rule: "quotes/short-sentence" } : { keep: false, partial, rule: "quotes/short" };
  }
  const cued = speechVerbAfter(text, raw.close, raw.lineEnd, 2) && !isPossessive(before);
  if (bylineAfter(text, raw.close, raw.lineEnd)) return { keep: false, partial, rule: "quotes/title-byline" };
  if (!cued && upper && words <= 12 && isTitleCue(before) && !hasInnerSentenceEnd(text, start, end)) {
    return { keep: false, partial, rule: "quotes/title-cue" };
  }
  const sentence = !partial && !isWordChar(prevC) && endsFullStop(text, end);
  if (!cued && !sentence && words <= 12 && isTitleCase(text, start, end) && !isTitleCaseLine(text, raw)) {
    return { keep: false, partial, rule: "quotes/title-case" };
  }
  return { keep: true, partial, rule: partial ? "quotes/fragment" : "quotes/sentence" };
}

function isPartial(text: string, raw: RawQuote, prevC: number, upper: boolean, end: number): boolean {
  if (prevC < 0) return false; // opens the paragraph
  if (prevC === 0x3a || prevC === 0x2014 || prevC === 0x2013) return false; // said: “...”, — “...”
  if (prevC === 0x2e || prevC === 0x21 || prevC === 0x3f) return false; // a new sentence
  if (prevC === 0x2c) return !upper && !(raw.prevClose >= 0 && raw.open - raw.prevClose < 80);
  return !(upper && endsSentence(text, end));
}

function endsSentence(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x2c;
}

function endsFullStop(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

function firstLetter(text: string, start: number, end: number): number {
  const stop = Math.min(end, start + 8);
  for (let k = start; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (isWordChar(c)) return c;
  }
  return -1;
}

function isCloseMark(c: number): boolean {
  return c === 0x201d || c === 0x22 || c === 0x2019 || c === 0x27;
}

/** The word (lower case, letters, digits, hyphens) ending just before `at` on its line, skipping spaces, or "". */
function wordBefore(text: string, at: number, lineStart: number): string {
  let e = at;
  while (e > lineStart && isSpace(text.charCodeAt(e - 1))) e--;
  let b = e;
  const stop = Math.max(lineStart, e - 24);
  while (b > stop && isWordPart(text.charCodeAt(b - 1))) b--;
  return text.slice(b, e).toLowerCase();
}

/** `cbs's`, `cnn’s`: a possessive word before a quoted Title Case passage names a programme or work. */
function isPossessive(word: string): boolean {
  return POSSESSIVE_END.test(word);
}

/** True when the closing mark is followed by `, by Name` / `, by the Outlet's Name` (an article's title and its author). */
function bylineAfter(text: string, from: number, lineEnd: number): boolean {
  let k = from;
  const stop = Math.min(lineEnd, from + 6);
  while (k < stop && (text.charCodeAt(k) === 0x2c || isSpace(text.charCodeAt(k)))) k++;
  if (k === from || text.slice(k, k + 3) !== "by ") return false;
  k += 3;
  if (text.slice(k, k + 4) === "the ") k += 4;
  const c = text.charCodeAt(k);
  return c >= 0x41 && c <= 0x5a;
}

function isWordPart(c: number): boolean {
  return isWordChar(c) || c === 0x2d || c === 0x27 || c === 0x2019;
}

function isTitleCue(word: string): boolean {
  return (TITLE_CUES as readonly string[]).includes(word);
}

/** True when a speech verb is among the first `maxWords` words after the closing mark: `,” he said`, `,” said Ms. Lee`. */
function speechVerbAfter(text: string, from: number, lineEnd: number, maxWords: number): boolean {
  const stop = Math.min(lineEnd, from + 40);
  let k = from;
  for (let w = 0; w < maxWords && k < stop; w++) {
    while (k < stop && !isWordChar(text.charCodeAt(k))) {
      const c = text.charCodeAt(k);
      if (c !== 0x20 && c !== 0x2c && c !== 0xa0) return false;
      k++;
    }
    const b = k;
    while (k < stop && isWordChar(text.charCodeAt(k))) k++;
    if (b === k) return false;
    if ((TRAILING_SPEECH_VERBS as readonly string[]).includes(text.slice(b, k).toLowerCase())) return true;
  }
  return false;
}

/** True when a sentence ends inside `[start, end)` and another begins: `...go. Then...`. */
function hasInnerSentenceEnd(text: string, start: number, end: number): boolean {
  for (let k = start; k < end - 2; k++) {
    const c = text.charCodeAt(k);
    if ((c === 0x2e || c === 0x3f || c === 0x21) && text.charCodeAt(k + 1) === 0x20) return true;
  }
  return false;
}

/** True when every word of `[start, end)` but the small ones (`of`, `the`) is capitalised: `Coalition of the Willing`. */
function isTitleCase(text: string, start: number, end: number): boolean {
  let caps = 0;
  let k = start;
  let first = true;
  while (k < end) {
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    const b = k;
    while (k < end && !isSpace(text.charCodeAt(k))) k++;
    if (b === k) break;
    let f = b;
    while (f < k && !isWordChar(text.charCodeAt(f))) f++;
    if (f === k) continue;
    const c = text.charCodeAt(f);
    const ch = String.fromCharCode(c);
    const isUpper = ch !== ch.toLowerCase() || (c >= 0x30 && c <= 0x39);
    if (!isUpper) {
      let e = k;
      while (e > f && !isWordChar(text.charCodeAt(e - 1))) e--;
      if (first || !(TITLE_SMALL_WORDS as readonly string[]).includes(text.slice(f, e).toLowerCase())) return false;
    } else caps++;
    first = false;
  }
  return caps > 0;
}

/** True when the quote's line reads as a Title Case headline outside the quote (short line, words capitalised). */
function isTitleCaseLine(text: string, raw: RawQuote): boolean {
  const ls = raw.lineStart;
  const le = raw.lineEnd;
  if (le - ls > 300) return false;
  let caps = 0;
  let lower = 0;
  let k = ls;
  while (k < le) {
    if (k === raw.open) {
      k = raw.close;
      continue;
    }
    while (k < le && isSpace(text.charCodeAt(k))) k++;
    const b = k;
    while (k < le && !isSpace(text.charCodeAt(k)) && k !== raw.open) k++;
    let f = b;
    while (f < k && !isWordChar(text.charCodeAt(f))) f++;
    if (f === k) continue;
    const ch = text.charAt(f);
    if (ch !== ch.toLowerCase()) caps++;
    else {
      let e = k;
      while (e > f && !isWordChar(text.charCodeAt(e - 1))) e--;
      if (!(TITLE_SMALL_WORDS as readonly string[]).includes(text.slice(f, e).toLowerCase())) lower++;
    }
  }
  return caps >= 2 && lower <= caps / 4;
}
