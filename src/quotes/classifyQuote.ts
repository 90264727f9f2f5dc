import { isSpace } from "../_lib/span.ts";
import type { RawQuote } from "./findQuoteSpans.ts";
import { POSSESSIVE_END } from "./extractionPatterns.ts";
import {
  COPULAS,
  FUNCTION_WORDS,
  MENTION_WORDS,
  SHORT_QUOTE_VERBS,
  SPEECH_EVENT_NOUNS,
  TITLE_CUES,
  TITLE_SMALL_WORDS,
  TRAILING_SPEECH_VERBS,
} from "./extractionData.ts";
import { isWordChar } from "./marks.ts";

/** The word tables read per word, as read-only sets (a list search costs its length per word). */
const IS = /* @__PURE__ */ (() => ({
  COPULAS: new Set<string>(COPULAS) as ReadonlySet<string>,
  FUNCTION_WORDS: new Set<string>(FUNCTION_WORDS) as ReadonlySet<string>,
  MENTION_WORDS: new Set<string>(MENTION_WORDS) as ReadonlySet<string>,
  SHORT_QUOTE_VERBS: new Set<string>(SHORT_QUOTE_VERBS) as ReadonlySet<string>,
  SPEECH_EVENT_NOUNS: new Set<string>(SPEECH_EVENT_NOUNS) as ReadonlySet<string>,
  TITLE_CUES: new Set<string>(TITLE_CUES) as ReadonlySet<string>,
  TITLE_SMALL_WORDS: new Set<string>(TITLE_SMALL_WORDS) as ReadonlySet<string>,
  TRAILING_SPEECH_VERBS: new Set<string>(TRAILING_SPEECH_VERBS) as ReadonlySet<string>,
}))();

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
export function classifyQuote(
  text: string,
  raw: RawQuote,
  start: number,
  end: number,
): QuoteVerdict {
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
  const upper =
    first >= 0 &&
    String.fromCharCode(first) !== String.fromCharCode(first).toLowerCase();
  const partial = isPartial(text, raw, prevC, upper, end);
  if (prevC === 0x3d) return { keep: false, partial, rule: "quotes/attribute" }; // <tweet id="...">
  const before = wordBefore(text, p + 1, raw.lineStart);
  if (before === "so-called")
    return { keep: false, partial, rule: "quotes/so-called" };
  if (words < 3) {
    // A short full sentence: opens its paragraph or sentence, capitalised, and either ends with
    // . ! ? or ends with a comma before its cue (`“Never,” she said`; not `''Billions,'' on TV`).
    const standalone =
      (prevC < 0 ||
        prevC === 0x2e ||
        prevC === 0x21 ||
        prevC === 0x3f ||
        prevC === 0x3a ||
        isCloseMark(prevC)) &&
      upper &&
      (endsFullStop(text, end) ||
        (endsSentence(text, end) &&
          speechVerbAfter(text, raw.close, raw.lineEnd, 3)));
    if (standalone)
      return { keep: true, partial: false, rule: "quotes/short-sentence" };
    const reported =
      raw.closed && !isTitleCase(text, start, end)
        ? reportedShort(text, raw)
        : null;
    return reported === null
      ? { keep: false, partial, rule: "quotes/short" }
      : { keep: true, partial, rule: reported };
  }
  const cued =
    speechVerbAfter(text, raw.close, raw.lineEnd, 2) && !isPossessive(before);
  if (bylineAfter(text, raw.close, raw.lineEnd))
    return { keep: false, partial, rule: "quotes/title-byline" };
  if (
    !cued &&
    upper &&
    words <= 12 &&
    isTitleCue(before) &&
    !hasInnerSentenceEnd(text, start, end)
  ) {
    return { keep: false, partial, rule: "quotes/title-cue" };
  }
  const sentence = !partial && !isWordChar(prevC) && endsFullStop(text, end);
  if (
    !cued &&
    !sentence &&
    words <= 12 &&
    isTitleCase(text, start, end) &&
    !isTitleCaseLine(text, raw)
  ) {
    return { keep: false, partial, rule: "quotes/title-case" };
  }
  return {
    keep: true,
    partial,
    rule: partial ? "quotes/fragment" : "quotes/sentence",
  };
}

function isPartial(
  text: string,
  raw: RawQuote,
  prevC: number,
  upper: boolean,
  end: number,
): boolean {
  if (prevC < 0) return false; // opens the paragraph
  if (prevC === 0x3a || prevC === 0x2014 || prevC === 0x2013) return false; // said: “...”, — “...”
  if (prevC === 0x2e || prevC === 0x21 || prevC === 0x3f) return false; // a new sentence
  if (prevC === 0x2c)
    return !upper && !(raw.prevClose >= 0 && raw.open - raw.prevClose < 80);
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
  while (
    k < stop &&
    (text.charCodeAt(k) === 0x2c || isSpace(text.charCodeAt(k)))
  )
    k++;
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
  return IS.TITLE_CUES.has(word);
}

/** True when a speech verb is among the first `maxWords` words after the closing mark: `,” he said`, `,” said Ms. Lee`. */
function speechVerbAfter(
  text: string,
  from: number,
  lineEnd: number,
  maxWords: number,
): boolean {
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
    if (
      IS.TRAILING_SPEECH_VERBS.has(
        text.slice(b, k).toLowerCase(),
      )
    )
      return true;
  }
  return false;
}

/** True when a sentence ends inside `[start, end)` and another begins: `...go. Then...`. */
function hasInnerSentenceEnd(
  text: string,
  start: number,
  end: number,
): boolean {
  for (let k = start; k < end - 2; k++) {
    const c = text.charCodeAt(k);
    if (
      (c === 0x2e || c === 0x3f || c === 0x21) &&
      text.charCodeAt(k + 1) === 0x20
    )
      return true;
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
      if (
        first ||
        !IS.TITLE_SMALL_WORDS.has(
          text.slice(f, e).toLowerCase(),
        )
      )
        return false;
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
      if (
        !IS.TITLE_SMALL_WORDS.has(
          text.slice(f, e).toLowerCase(),
        )
      )
        lower++;
    }
  }
  return caps >= 2 && lower <= caps / 4;
}

/** How many words before a short quote {@link reportedShort} reads, and how far back (characters). */
const SHORT_WORDS_BEFORE = 40;
const SHORT_CHARS_BEFORE = 250;
const SHORT_CHARS_AFTER = 80;

/**
 * Rule id when a one- or two-word quoted passage (not Title Case) is what someone said rather
 * than a scare quote, else null. The passage must end its phrase (what follows the closing mark
 * is the sentence end, a capital or a function word: not the noun it modifies as in `the “extended”
 * break`, not punctuation set outside the marks as in `a “term”.`, not a bracket or another
 * mark), must not be a mentioned word (`the word “okay”`) or an infinitive (`to “reset”`), and
 * is then kept when:
 * - a reporting verb stands at most two words before it (`called the plan “reckless”`,
 *   `described it as “a farce”`; not `called for`): `quotes/short-cued`;
 * - it is a predicate after a form of `be` (`the deal was “historic”`): `quotes/short-predicate`;
 * - it follows `a`/`an`/`the` in a sentence that reports speech, or ends the sentence
 *   (`said it was a “mistake.”`): `quotes/short-described`.
 * Reads at most 250 characters before and 80 after the passage, within its line and sentence.
 */
function reportedShort(text: string, raw: RawQuote): string | null {
  const next = nextKind(text, raw.close, raw.lineEnd);
  if (next === NEXT_OTHER || next === NEXT_NOUN) return null;
  const words = sentenceWordsBefore(text, raw.open, raw.lineStart);
  const last = words[0] ?? "";
  if (
    last === "to" ||
    IS.MENTION_WORDS.has(last) ||
    IS.MENTION_WORDS.has(words[1] ?? "")
  )
    return null;
  let cueAt = -1;
  let speech = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (IS.SHORT_QUOTE_VERBS.has(w)) {
      speech = true;
      if (cueAt < 0 && k <= 2 && !(k > 0 && words[k - 1] === "for")) cueAt = k;
    } else if (IS.SPEECH_EVENT_NOUNS.has(w)) speech = true;
  }
  if (cueAt >= 0) return "quotes/short-cued";
  if (IS.COPULAS.has(last)) return "quotes/short-predicate";
  if (last === "a" || last === "an" || last === "the") {
    if (
      next !== NEXT_FUNCTION ||
      speech ||
      speechAfter(text, raw.close, raw.lineEnd)
    )
      return "quotes/short-described";
  }
  return null;
}

const NEXT_END = 0;
const NEXT_CAPITAL = 1;
const NEXT_FUNCTION = 2;
const NEXT_NOUN = 3;
const NEXT_OTHER = 4;

/** What follows a closing mark: the line end, a capitalised word, a function word, another lower-case word, or anything else. */
function nextKind(text: string, from: number, lineEnd: number): number {
  let k = from;
  while (k < lineEnd && isSpace(text.charCodeAt(k))) k++;
  if (k >= lineEnd) return NEXT_END;
  const b = k;
  const stop = Math.min(lineEnd, b + 24);
  while (k < stop && isLetter(text.charCodeAt(k))) k++;
  if (k === b) return NEXT_OTHER;
  const word = text.slice(b, k);
  if (word !== word.toLowerCase()) return NEXT_CAPITAL;
  return IS.FUNCTION_WORDS.has(word) ? NEXT_FUNCTION : NEXT_NOUN;
}

function isLetter(c: number): boolean {
  return isWordChar(c) && !(c >= 0x30 && c <= 0x39);
}

/**
 * The lower-cased words of the writer's sentence before `at`, nearest first (at most 40, within
 * 250 characters of the line), edge punctuation and marks stripped; stops at a word ending a
 * sentence (`. ! ?`, before any closing mark).
 */
function sentenceWordsBefore(
  text: string,
  at: number,
  lineStart: number,
): string[] {
  const out: string[] = [];
  const floor = Math.max(lineStart, at - SHORT_CHARS_BEFORE);
  let k = at;
  while (out.length < SHORT_WORDS_BEFORE) {
    while (k > floor && isSpace(text.charCodeAt(k - 1))) k--;
    if (k <= floor) break;
    const e = k;
    while (k > floor && !isSpace(text.charCodeAt(k - 1))) k--;
    if (k === floor && floor > lineStart) break; // a word cut by the window
    let we = e;
    while (we > k && !isWordChar(text.charCodeAt(we - 1))) {
      const c = text.charCodeAt(we - 1);
      if (c === 0x2e || c === 0x21 || c === 0x3f) return out;
      we--;
    }
    let wb = k;
    while (wb < we && !isWordChar(text.charCodeAt(wb))) wb++;
    if (wb < we) out.push(text.slice(wb, we).toLowerCase());
  }
  return out;
}

/** True when a reporting verb or speech noun is among the words after `from` up to the sentence end (80 characters at most). */
function speechAfter(text: string, from: number, lineEnd: number): boolean {
  const stop = Math.min(lineEnd, from + SHORT_CHARS_AFTER);
  let k = from;
  while (k < stop) {
    const c = text.charCodeAt(k);
    if (c === 0x2e || c === 0x21 || c === 0x3f) return false;
    if (!isLetter(c)) {
      k++;
      continue;
    }
    const b = k;
    while (k < stop && isLetter(text.charCodeAt(k))) k++;
    const w = text.slice(b, k).toLowerCase();
    if (IS.SHORT_QUOTE_VERBS.has(w) || IS.SPEECH_EVENT_NOUNS.has(w)) return true;
  }
  return false;
}

