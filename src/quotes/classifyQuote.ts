import { isSpace } from "../_lib/span.ts";
import type { RawQuote } from "./findQuoteSpans.ts";
import { ARTICLE_START, POSSESSIVE_END } from "./extractionPatterns.ts";
import {
  AS_VERBS,
  CLAUSE_SPEECH_VERBS,
  COPULAS,
  FUNCTION_WORDS,
  MENTION_WORDS,
  NAMING_VERBS,
  PREDICATE_ADVERBS,
  SHORT_QUOTE_VERBS,
  SPEECH_EVENT_NOUNS,
  TITLE_CUES,
  TITLE_SMALL_WORDS,
  LIST_ARTICLES,
  LIST_CONJUNCTIONS,
  TRAILING_SPEECH_VERBS,
} from "./extractionData.ts";
import { isMarkChar, isWordChar } from "./marks.ts";

/** The word tables read per word, as read-only sets (a list search costs its length per word). */
const IS = /* @__PURE__ */ (() => ({
  COPULAS: new Set<string>(COPULAS) as ReadonlySet<string>,
  FUNCTION_WORDS: new Set<string>(FUNCTION_WORDS) as ReadonlySet<string>,
  MENTION_WORDS: new Set<string>(MENTION_WORDS) as ReadonlySet<string>,
  NAMING_VERBS: new Set<string>(NAMING_VERBS) as ReadonlySet<string>,
  CLAUSE_SPEECH_VERBS: new Set<string>(CLAUSE_SPEECH_VERBS) as ReadonlySet<string>,
  AS_VERBS: new Set<string>(AS_VERBS) as ReadonlySet<string>,
  SHORT_QUOTE_VERBS: new Set<string>(SHORT_QUOTE_VERBS) as ReadonlySet<string>,
  SPEECH_EVENT_NOUNS: new Set<string>(SPEECH_EVENT_NOUNS) as ReadonlySet<string>,
  TITLE_CUES: new Set<string>(TITLE_CUES) as ReadonlySet<string>,
  PREDICATE_ADVERBS: new Set<string>(PREDICATE_ADVERBS) as ReadonlySet<string>,
  TITLE_SMALL_WORDS: new Set<string>(TITLE_SMALL_WORDS) as ReadonlySet<string>,
  TRAILING_SPEECH_VERBS: new Set<string>(TRAILING_SPEECH_VERBS) as ReadonlySet<string>,
}))();

/**
 * Bit `c - 97` set for each letter `c` that opens a word of {@link TRAILING_SPEECH_VERBS}: a word
 * opening with another ASCII letter is passed without cutting and lower-casing it.
 */
const SPEECH_VERB_INITIALS: number = /* @__PURE__ */ (() => {
  let bits = 0;
  for (const w of TRAILING_SPEECH_VERBS) bits |= 1 << (w.charCodeAt(0) - 97);
  return bits;
})();

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
  const upper = first >= 0 && isUpperCode(first);
  const partial = isPartial(text, raw, prevC, upper, end);
  if (prevC === 0x3d) return { keep: false, partial, rule: "quotes/attribute" }; // <tweet id="...">
  const before = wordBefore(text, p + 1, raw.lineStart);
  if (before === "so-called")
    return { keep: false, partial, rule: "quotes/so-called" };
  if (words <= MAX_TERM_WORDS && definesAcronym(text, start, end, raw.close, raw.lineEnd))
    return { keep: false, partial, rule: "quotes/defined-term" };
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
    const titled = isTitleCase(text, start, end);
    // `Christie Calls Clinton ‘A Disgrace’`: a short quote in the story's Title Case headline
    if (
      raw.closed &&
      isFirstLine(text, raw.lineStart) &&
      isTitleCaseLine(text, raw) &&
      headlineReports(text, raw)
    )
      return { keep: true, partial, rule: "quotes/short-headline" };
    // a Title Case phrase that ends its sentence inside the marks is a rating or a word reported
    // (`was labeled “Mostly True.”`), not the name of a work that goes on to a noun
    let reported =
      raw.closed && (!titled || endsFullStop(text, end))
        ? reportedShort(text, raw)
        : null;
    // a two-word phrase far from its verb that the writer also uses unquoted is the story's term
    if (reported === "quotes/short-clause" && words === 2 && recursUnquoted(text, start, end))
      reported = null;
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
  if (!cued && words <= MAX_HEADING_WORDS && isWholeLine(text, raw) && isTitleCase(text, start, end))
    return { keep: false, partial, rule: "quotes/heading" };
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

/** True when the character `c` changes under lower-casing (a capital letter); ASCII told by range. */
function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
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
    const first = text.charCodeAt(b) | 32;
    if (first >= 97 && first <= 122 && (SPEECH_VERB_INITIALS & (1 << (first - 97))) === 0) continue;
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
    const isUpper = isUpperCode(c) || (c >= 0x30 && c <= 0x39);
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

/** The most words of a quoted Title Case line read as a section heading (`‘All Bets Are Off.’`). */
const MAX_HEADING_WORDS = 10;

/**
 * True when the quoted passage is its whole line (`‘All Bets Are Off.’` standing between
 * paragraphs): with Title Case words it is a section heading, not a quote.
 */
function isWholeLine(text: string, raw: RawQuote): boolean {
  return raw.closed && raw.open === raw.lineStart && raw.close >= raw.lineEnd;
}

/**
 * True when a headline line reports speech: a colon before the quote (`Pence: Trump Was
 * ‘Mocking’`), a reporting or naming verb on the line (`Christie Calls Clinton ‘A Disgrace’`,
 * `..., Graham Says.`), or the quote closes the line with a stop inside its marks (`Rip Trump As
 * A ‘Disgusting Fraud.’`). Reads at most 300 characters.
 */
function headlineReports(text: string, raw: RawQuote): boolean {
  const le = Math.min(raw.lineEnd, raw.lineStart + 300);
  if (raw.close >= raw.lineEnd && innerStop(text, raw.close)) return true;
  let k = raw.lineStart;
  while (k < le) {
    const c = text.charCodeAt(k);
    if (c === 0x3a && k < raw.open) return true;
    if (!isLetter(c)) {
      k++;
      continue;
    }
    const b = k;
    while (k < le && isLetter(text.charCodeAt(k))) k++;
    const w = text.slice(b, k).toLowerCase();
    if (IS.CLAUSE_SPEECH_VERBS.has(w) || IS.NAMING_VERBS.has(w)) return true;
  }
  return false;
}

/** True when only spaces stand before `lineStart`: the story's first line (its headline). */
function isFirstLine(text: string, lineStart: number): boolean {
  for (let k = 0; k < lineStart; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}

/** The most words a quoted term defined by its initials can have (`“neutral point of view” or NPOV`). */
const MAX_TERM_WORDS = 8;

/**
 * True when the closing mark is followed by ` (ABC)`, ` or ABC` or `, or ABC`, where `ABC` (2 to
 * 8 capitals) spells the initials of the quoted words, every word or the words but the small ones
 * (`“neutral point of view” or NPOV`, `“special purpose vehicle” (SPV)`): the writer defines a
 * term, nobody is quoted.
 */
function definesAcronym(
  text: string,
  start: number,
  end: number,
  from: number,
  lineEnd: number,
): boolean {
  let k = from;
  if (text.charCodeAt(k) === 0x2c) k++;
  if (text.charCodeAt(k) !== 0x20) return false;
  k++;
  if (text.charCodeAt(k) === 0x28) k++;
  else if (text.startsWith("or ", k)) k += 3;
  else return false;
  const b = k;
  const stop = Math.min(lineEnd, b + MAX_TERM_WORDS + 1);
  while (k < stop && text.charCodeAt(k) >= 0x41 && text.charCodeAt(k) <= 0x5a) k++;
  if (k - b < 2 || k - b > MAX_TERM_WORDS || (k < lineEnd && isWordChar(text.charCodeAt(k)))) return false;
  const acronym = text.slice(b, k);
  let all = "";
  let big = "";
  let w = start;
  while (w < end) {
    while (w < end && !isWordChar(text.charCodeAt(w))) w++;
    if (w >= end) break;
    const wb = w;
    while (w < end && (isWordChar(text.charCodeAt(w)) || text.charCodeAt(w) === 0x27 || text.charCodeAt(w) === 0x2019)) w++;
    const initial = text.charAt(wb).toUpperCase();
    all += initial;
    if (!IS.TITLE_SMALL_WORDS.has(text.slice(wb, w).toLowerCase())) big += initial;
  }
  return acronym === all || acronym === big;
}

/** How far (characters) either side of a short quote {@link recursUnquoted} looks for its words. */
const RECUR_WINDOW = 600;

/**
 * True when the words of a short quote (trailing punctuation aside) also stand unquoted within
 * 600 characters of it, case aside (`will not accept “security guarantees”` in a story that
 * speaks of security guarantees throughout): the writer's own term for the topic, not words
 * reported from a speaker.
 */
function recursUnquoted(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && !isWordChar(text.charCodeAt(e - 1))) e--;
  if (e - start < 3) return false;
  let phrase = text.slice(start, e).toLowerCase();
  if (ARTICLE_START.test(phrase)) return false;
  const from = Math.max(0, start - RECUR_WINDOW);
  const window = text.slice(from, Math.min(text.length, end + RECUR_WINDOW));
  let hay = window.toLowerCase();
  if (hay.length !== window.length) {
    // Lower-casing lengthened a character (`İ` -> `i̇`), so offsets in `hay` are not offsets in
    // `text`: fold ASCII capitals only, which keeps every length.
    hay = asciiLower(window);
    phrase = asciiLower(text.slice(start, e));
  }
  let k = hay.indexOf(phrase);
  while (k >= 0) {
    const at = from + k;
    const before = at > 0 ? text.charCodeAt(at - 1) : 0x20;
    const after = text.charCodeAt(at + phrase.length);
    if (at !== start && !isWordChar(before) && !isMarkChar(before) && !(at + phrase.length < text.length && (isWordChar(after) || isMarkChar(after))))
      return true;
    k = hay.indexOf(phrase, k + 1);
  }
  return false;
}

/** `s` with ASCII capitals lower-cased and every other character kept: the same length. */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/gu, (m) => m.toLowerCase());
}

/** How many words before a short quote {@link reportedShort} reads, and how far back (characters). */
const SHORT_WORDS_BEFORE = 40;
const SHORT_CHARS_BEFORE = 250;
const SHORT_CHARS_AFTER = 80;
/** How far (words) a naming verb may stand before a short quote, past its object: `called the long lines “unacceptable.”` */
const NAMING_WORDS_BEFORE = 6;
/** How far (words) a reporting verb may stand before a short quote in its clause: `says he is making “a demand”`. */
const CLAUSE_WORDS_BEFORE = 12;
/** How far (words) before `as` a verb of regarding may stand: `admires the president as a “strong leader,”`. */
const AS_WORDS_BEFORE = 5;

/**
 * Rule id when a one- or two-word quoted passage (not Title Case) is what someone said rather
 * than a scare quote, else null. The passage must end its phrase (what follows the closing mark
 * is the sentence end, a dash or semicolon, a capital, a function word or an adverb such as `yet`,
 * or the passage ends with punctuation inside its marks as in `“strong leader,” comparing`: not the
 * noun it modifies as in `the “extended” break`, not punctuation set outside the marks as in
 * `a “term”.`, not a bracket or another mark), must not be a mentioned word (`the word “okay”`) or an infinitive (`to “reset”`), and
 * is then kept when:
 * - a reporting verb stands at most two words before it (`called the plan “reckless”`,
 *   `described it as “a farce”`; not `called for`, `called on`), or a naming verb at most six
 *   words before it with no other quoted passage between (`called the long lines
 *   “unacceptable.”`): `quotes/short-cued`;
 * - it follows `as` or `as a` a few words after a verb of regarding (`rated the claim as
 *   “false”`; not `troops as “peacekeepers.”`): `quotes/short-as`;
 * - it is a predicate after a form of `be` (`the deal was “historic”`): `quotes/short-predicate`;
 * - it follows `a`/`an`/`the` in a sentence that reports speech, or ends the sentence
 *   (`said it was a “mistake.”`): `quotes/short-described`;
 * - a reporting or belief verb stands three to twelve words before it with no other quoted
 *   passage between (`says he is making “a demand”`), unless it is a two-word phrase (not opening
 *   with an article) the writer also uses unquoted nearby: `quotes/short-clause`;
 * - it continues a list of quoted items (`a “cheat,” a “liar” and “blind.”`) that ends with it or
 *   goes on after it (another item, `and`, `or`, `but`), and the list's first item passes the tests
 *   above: `quotes/short-list`.
 * Reads at most 250 characters before and 80 after the passage, within its line and sentence.
 */
function reportedShort(text: string, raw: RawQuote): string | null {
  const next = nextKind(text, raw.close, raw.lineEnd);
  const head = listHead(text, raw.open, raw.lineStart);
  if (head >= 0) {
    // an item of a list of quoted words: kept when the list ends here or goes on with another
    // quoted item, and its first item is a reported short quote
    const headClose = closeAfter(text, head, raw.open);
    if (
      (next === NEXT_END || next === NEXT_QUOTE || next === NEXT_AND_QUOTE || conjAfter(text, raw.close, raw.lineEnd)) &&
      headClose >= 0 &&
      frameRule(text, head, headClose, raw.lineStart, raw.lineEnd, nextKind(text, headClose, raw.lineEnd)) !== null
    )
      return "quotes/short-list";
  }
  return frameRule(text, raw.open, raw.close, raw.lineStart, raw.lineEnd, next);
}

function frameRule(text: string, open: number, close: number, lineStart: number, lineEnd: number, next: number): string | null {
  if (next === NEXT_OTHER || next === NEXT_NOUN || next === NEXT_QUOTE) return null;
  const { words, markAt } = sentenceWordsBefore(text, open, lineStart);
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
      if (
        cueAt < 0 &&
        (k <= 2 || (k <= NAMING_WORDS_BEFORE && k < markAt && IS.NAMING_VERBS.has(w))) &&
        !(k > 0 && (words[k - 1] === "for" || words[k - 1] === "on"))
      )
        cueAt = k;
    } else if (IS.SPEECH_EVENT_NOUNS.has(w)) speech = true;
  }
  if (cueAt >= 0) return "quotes/short-cued";
  const asAt = last === "as" ? 0 : (last === "a" || last === "an") && words[1] === "as" ? 1 : -1;
  if (asAt >= 0) {
    const asStop = Math.min(markAt, words.length, asAt + 1 + AS_WORDS_BEFORE);
    for (let k = asAt + 1; k < asStop; k++) {
      if (IS.AS_VERBS.has(words[k]!)) return "quotes/short-as";
    }
  }
  if (IS.COPULAS.has(last)) return "quotes/short-predicate";
  if (last === "a" || last === "an" || last === "the") {
    if (
      (next !== NEXT_FUNCTION && next !== NEXT_AND_QUOTE) ||
      speech ||
      speechAfter(text, close, lineEnd)
    )
      return "quotes/short-described";
  }
  const clauseStop = Math.min(markAt, words.length, CLAUSE_WORDS_BEFORE);
  for (let k = 3; k < clauseStop; k++) {
    if (IS.CLAUSE_SPEECH_VERBS.has(words[k]!)) return "quotes/short-clause";
  }
  return null;
}


const NEXT_END = 0;
const NEXT_CAPITAL = 1;
const NEXT_FUNCTION = 2;
const NEXT_NOUN = 3;
const NEXT_OTHER = 4;
/** An opening quotation mark, alone or after `and`/`or`: a list of quoted items goes on. */
const NEXT_QUOTE = 5;
/** `and`/`or` then an opening quotation mark. */
const NEXT_AND_QUOTE = 6;

function conjAfter(text: string, from: number, lineEnd: number): boolean {
  let k = from;
  while (k < lineEnd && isSpace(text.charCodeAt(k))) k++;
  return text.startsWith("and ", k) || text.startsWith("or ", k) || text.startsWith("but ", k);
}

/** Most items of a list of quoted words {@link listHead} walks back over. */
const MAX_LIST_ITEMS = 6;
/** Most characters a quoted list item can span. */
const MAX_ITEM_CHARS = 60;

/**
 * The opening mark of the first item of a list of quoted words that the passage opening at `open`
 * continues (`a “nasty guy,” an “anchor baby,” “unstable” and “sick.”`: from `sick.`, the mark
 * before `nasty`), or -1 when no quoted item stands right before it. Items are separated by
 * spaces, commas, `and`/`or` and an article.
 */
function listHead(text: string, open: number, lineStart: number): number {
  let pos = open;
  let head = -1;
  for (let n = 0; n < MAX_LIST_ITEMS; n++) {
    let k = skipBack(text, pos, lineStart);
    k = skipWordBack(text, k, lineStart, LIST_ARTICLES);
    k = skipWordBack(text, k, lineStart, LIST_CONJUNCTIONS);
    while (k > lineStart && (text.charCodeAt(k - 1) === 0x2c || isSpace(text.charCodeAt(k - 1)))) k--;
    // An item's closing mark follows a word or a stop (as in `closeAfter`): a run of marks is no list.
    if (k <= lineStart + 1 || !isCloseMark(text.charCodeAt(k - 1)) || !isWordOrStop(text.charCodeAt(k - 2))) break;
    const o = openBefore(text, k - 1, lineStart);
    if (o < 0) break;
    head = o;
    pos = o;
  }
  return head;
}


function skipBack(text: string, at: number, lineStart: number): number {
  let k = at;
  while (k > lineStart && isSpace(text.charCodeAt(k - 1))) k--;
  return k;
}

/** `at` moved back over one of `words` (and the spaces before it) when it ends there. */
function skipWordBack(text: string, at: number, lineStart: number, words: readonly string[]): number {
  let b = at;
  while (b > lineStart && b > at - 4 && isLetter(text.charCodeAt(b - 1))) b--;
  if (b === at || (b > lineStart && !isSpace(text.charCodeAt(b - 1)))) return at;
  if (!words.includes(text.slice(b, at).toLowerCase())) return at;
  return skipBack(text, b, lineStart);
}

/** The opening mark matching the closing mark at `close` (a mark at the line start or after a space), or -1. */
function openBefore(text: string, close: number, lineStart: number): number {
  const stop = Math.max(lineStart, close - MAX_ITEM_CHARS);
  for (let k = close - 1; k >= stop; k--) {
    const c = text.charCodeAt(k);
    if (isMarkChar(c) && (k === lineStart || isSpace(text.charCodeAt(k - 1))) && k + 1 < close && isWordChar(text.charCodeAt(k + 1)))
      return k;
  }
  return -1;
}

/** Just past the first closing mark after the opening mark at `open`, before `limit`, or -1. */
function closeAfter(text: string, open: number, limit: number): number {
  for (let k = open + 2; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (isCloseMark(c) && isWordOrStop(text.charCodeAt(k - 1)) && (k + 1 >= limit || !isWordChar(text.charCodeAt(k + 1))))
      return k + 1;
  }
  return -1;
}

function isWordOrStop(c: number): boolean {
  return isWordChar(c) || c === 0x2e || c === 0x2c || c === 0x21 || c === 0x3f;
}

/** What follows a closing mark: the line end, a capitalised word, a function word, another lower-case word, or anything else. */
function nextKind(text: string, from: number, lineEnd: number): number {
  let k = from;
  while (k < lineEnd && isSpace(text.charCodeAt(k))) k++;
  if (k >= lineEnd) return NEXT_END;
  if (isOpenMarkAt(text, k, lineEnd)) return NEXT_QUOTE;
  if ((text.startsWith("and ", k) || text.startsWith("or ", k))) {
    const m = text.indexOf(" ", k) + 1;
    if (isOpenMarkAt(text, m, lineEnd)) return NEXT_AND_QUOTE;
  }
  const b = k;
  const c0 = text.charCodeAt(k);
  if ((c0 === 0x2014 || c0 === 0x2015 || c0 === 0x2013 || c0 === 0x3b || (c0 === 0x2d && isSpace(text.charCodeAt(k + 1)))))
    return NEXT_END;
  const stop = Math.min(lineEnd, b + 24);
  while (k < stop && isLetter(text.charCodeAt(k))) k++;
  if (k === b) return innerStop(text, from) ? NEXT_END : NEXT_OTHER;
  const word = text.slice(b, k);
  if (word !== word.toLowerCase()) return NEXT_CAPITAL;
  if (IS.FUNCTION_WORDS.has(word) || IS.PREDICATE_ADVERBS.has(word)) return NEXT_FUNCTION;
  return innerStop(text, from) ? NEXT_END : NEXT_NOUN;
}


/** True when the quoted text ends with punctuation inside its closing mark (`“strong leader,”`): the quoted phrase ends there. */
function innerStop(text: string, close: number): boolean {
  let k = close - 1;
  const floor = Math.max(0, close - 3);
  while (k > floor && isMarkChar(text.charCodeAt(k))) k--;
  const c = text.charCodeAt(k);
  return c === 0x2c || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x3a;
}

/** True when an opening quotation mark stands at `k` (a mark followed by a word character). */
function isOpenMarkAt(text: string, k: number, lineEnd: number): boolean {
  return k + 1 < lineEnd && isMarkChar(text.charCodeAt(k)) && isWordChar(text.charCodeAt(k + 1));
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
): { words: string[]; markAt: number } {
  const out: string[] = [];
  let markAt = SHORT_WORDS_BEFORE;
  const floor = Math.max(lineStart, at - SHORT_CHARS_BEFORE);
  let k = at;
  while (out.length < SHORT_WORDS_BEFORE) {
    while (k > floor && isSpace(text.charCodeAt(k - 1))) k--;
    if (k <= floor) break;
    const e = k;
    while (k > floor && !isSpace(text.charCodeAt(k - 1))) k--;
    if (k === floor && floor > lineStart) break; // a word cut by the window
    let we = e;
    let mark = false;
    while (we > k && !isWordChar(text.charCodeAt(we - 1))) {
      const c = text.charCodeAt(we - 1);
      if (c === 0x2e || c === 0x21 || c === 0x3f) return { words: out, markAt };
      if (isMarkChar(c)) mark = true;
      we--;
    }
    let wb = k;
    while (wb < we && !isWordChar(text.charCodeAt(wb))) {
      if (isMarkChar(text.charCodeAt(wb))) mark = true;
      wb++;
    }
    if (mark && markAt > out.length) markAt = out.length;
    const glued = gluedSentenceStart(text, wb, we);
    if (glued > wb) {
      if (glued < we) out.push(text.slice(glued, we).toLowerCase());
      return { words: out, markAt };
    }
    if (wb < we) out.push(text.slice(wb, we).toLowerCase());
  }
  return { words: out, markAt };
}

/**
 * Where a sentence glued to the one before it starts inside the word `[b, e)`
 * (`Wednesday.Kim`: a lower-case letter, `.`, `!` or `?`, then a capital), or `b` when none.
 */
function gluedSentenceStart(text: string, b: number, e: number): number {
  for (let k = e - 2; k > b; k--) {
    const c = text.charCodeAt(k);
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f) continue;
    const before = text.charCodeAt(k - 1);
    const after = text.charCodeAt(k + 1);
    if (before >= 0x61 && before <= 0x7a && after >= 0x41 && after <= 0x5a) return k + 1;
  }
  return b;
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

