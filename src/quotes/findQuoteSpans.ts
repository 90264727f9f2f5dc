import type { Doc } from "../_lib/doc.ts";
import { isSpace } from "../_lib/span.ts";
import { classifyQuote } from "./classifyQuote.ts";
import { CLAUSE_WORDS, LEADING_ELISIONS, TRAILING_SPEECH_VERBS } from "./extractionData.ts";
import { MARK_GAP_SOURCE } from "./extractionPatterns.ts";
import { CLOSING, OPENING, SINGLE, isMarkChar, isSpaceOrEdge, isWordChar, markAt, type Mark, type MarkFamily } from "./marks.ts";

/**
 * A quoted passage before attribution: `start`/`end` enclose the text between the marks (marks
 * excluded); `open`/`close` are the offsets of the opening mark and just past the closing mark
 * (`close === end` when the quote was left unclosed and recovered at a paragraph end).
 */
export interface QuoteSpan {
  readonly start: number;
  readonly end: number;
  readonly open: number;
  readonly close: number;
  readonly closed: boolean;
  /** True when the quote is a fragment inside the writer's sentence. */
  readonly partial: boolean;
  /** Id of the extraction rule that kept the passage (`quotes/sentence`, `quotes/fragment`, ...). Diagnostic. */
  readonly rule?: string;
}

/** An opening mark waiting for its closing mark. */
interface Open {
  readonly family: MarkFamily;
  readonly pos: number;
  readonly len: number;
  /** The mark's first character (`“`, `"`, `‘`...). */
  readonly char: number;
  /** Content start of the line the mark is on. */
  readonly lineStart: number;
}

/** A quoted passage as the scanner found it, before trimming and filtering. */
export interface RawQuote {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just past the opening mark. */
  readonly inner: number;
  /** Offset of the closing mark (or the paragraph end when unclosed). */
  readonly innerEnd: number;
  /** Offset just past the closing mark (=== innerEnd when unclosed). */
  readonly close: number;
  readonly closed: boolean;
  readonly family: MarkFamily;
  /** Content start of the opening mark's line, and content end of the closing mark's line. */
  readonly lineStart: number;
  readonly lineEnd: number;
  /** End (just past the closing mark) of the previous top-level quote on the same line, or -1. */
  readonly prevClose: number;
}

/** A lone straight single mark. */
const APOSTROPHE: Mark = { family: SINGLE, shape: 3, len: 1, guillemet: false };

/** Nested quotes deeper than this are not tracked (their marks are ignored). */
const MAX_DEPTH = 8;

/**
 * @internal Finds the quoted passages of a story, in text order, not overlapping, in one
 * left-to-right pass per line with a small stack of open marks.
 *
 * - Marks: `“ ” " ‘ ’ ' « » „ ‚ ‹ › \`` and `''`, `‘‘ ’’`, ` `` `; any double mark closes any
 *   double mark (`“...\"`, `„...“`, `”...”`), likewise single marks.
 * - A mark opens or closes by its neighbours (a space or line edge on one side, text on the other),
 *   its glyph breaking ties; a mark between two letters or digits is an apostrophe (`don't`,
 *   `Kenya\`s`), as are leading elisions (`'90s`, `rock 'n' roll`, `'em`) and a possessive `s'`
 *   followed by a lower-case word while a later closing mark exists.
 * - Only outermost quotes are returned; a quote inside a quote belongs to it.
 * - A quote still open at a line end continues when the next paragraph opens with a mark of its
 *   family (a quote over several paragraphs: its text keeps the break and the repeated mark), or
 *   when the copy is hard-wrapped (the next line follows directly and starts in lower case, or
 *   the line breaks mid-sentence, or paragraphs are marked by indentation); otherwise it is recovered at the paragraph end (`closed: false`).
 * - Each passage is then judged by {@link classifyQuote}: scare quotes, titles and names are dropped.
 *
 * @param doc - The story, split into lines.
 * @returns The kept quotes, sorted by offset, not overlapping.
 */
export function findQuoteSpans(doc: Pick<Doc, "text">): QuoteSpan[] {
  const { text } = doc;
  const out: QuoteSpan[] = [];
  // each passage is judged as soon as it is found (no list of every raw passage is kept)
  scanQuotesWith(text, (raw) => {
    const [start, end] = trim(text, raw.inner, raw.innerEnd);
    if (start >= end) return;
    const verdict = classifyQuote(text, raw, start, end);
    if (!verdict.keep) return;
    out.push({
      start,
      end,
      open: raw.open,
      close: raw.close,
      closed: raw.closed,
      partial: verdict.partial,
      rule: verdict.rule,
    });
  });
  return out;
}

/**
 * @internal Every outermost quoted passage, kept or not (the scanner behind
 * {@link findQuoteSpans}). Linear in the text length.
 */
export function scanQuotes(doc: Pick<Doc, "text">): RawQuote[] {
  const out: RawQuote[] = [];
  scanQuotesWith(doc.text, (raw) => out.push(raw));
  return out;
}

/**
 * One non-blank line of the story: `start` is where the line begins, `contentStart`/`contentEnd`
 * bound it without leading and trailing whitespace; `next` is where the following line begins (-1
 * at the end of the text); `blanksBefore` counts the blank lines skipped to reach it.
 */
interface ContentLine {
  readonly start: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly next: number;
  readonly blanksBefore: number;
}

/** True for a line break character: `\n`, `\r`, U+2028, U+2029. */
function isBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/**
 * The first non-blank line at or after the line that begins at `from` (-1: none), lines split as
 * {@link makeDoc} splits them (`\n`, `\r\n`, `\r`, U+2028, U+2029). A blank line costs a look
 * at its characters only. `newlineOnly` tells that the text breaks lines with `\n` alone.
 */
function contentLineFrom(text: string, from: number, newlineOnly: boolean): ContentLine | null {
  const n = text.length;
  let start = from;
  let blanks = 0;
  while (start >= 0) {
    let k = start;
    let c = k < n ? text.charCodeAt(k) : -1;
    while (c >= 0 && !isBreak(c) && isSpace(c)) c = ++k < n ? text.charCodeAt(k) : -1;
    if (c < 0) return null; // a blank last line
    if (isBreak(c)) {
      // a blank line
      blanks++;
      start = c === 13 && k + 1 < n && text.charCodeAt(k + 1) === 10 ? k + 2 : k + 1;
      continue;
    }
    const contentStart = k;
    let end: number;
    if (newlineOnly) {
      const br = text.indexOf("\n", k);
      end = br < 0 ? n : br;
    } else {
      end = k;
      while (end < n && !isBreak(text.charCodeAt(end))) end++;
    }
    let contentEnd = end;
    while (contentEnd > contentStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
    const next = end >= n ? -1 : text.charCodeAt(end) === 13 && end + 1 < n && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    return { start, contentStart, contentEnd, next, blanksBefore: blanks };
  }
  return null;
}

/** The scanner behind {@link scanQuotes}: hands each outermost passage to `emit`, in text order. */
function scanQuotesWith(text: string, emit: (raw: RawQuote) => void): void {
  const newlineOnly = text.indexOf("\r") < 0 && text.indexOf("\u2028") < 0 && text.indexOf("\u2029") < 0;
  const stack: Open[] = [];
  // a fresh sticky regex per call (its lastIndex is this call's own) and the offset it last reached
  const gap = new RegExp(MARK_GAP_SOURCE, "uy");
  let nextMark = -1;
  let skipAt = -1; // offset of a repeated opening mark that continues a quote
  let prevClose = -1;
  let indentedPara = false; // the current paragraph opened on an indented line (Reuters-style copy)
  let line = contentLineFrom(text, 0, newlineOnly);
  while (line !== null) {
    if (line.contentStart > line.start) indentedPara = true;
    else if (line.start === 0 || line.blanksBefore > 0) indentedPara = false;
    const ls = line.contentStart;
    const le = line.contentEnd;
    if (stack.length === 0) prevClose = -1;
    const scan: LineScan = { ls, le, lastSingleCloser: -2 };
    let i = ls;
    while (i < le) {
      // the characters up to the next possible mark are passed by the regex engine; its answer
      // holds until the scan passes it (so no stretch is read twice, however many lines it spans)
      // (a mark right here needs no regex call: mark-dense text would pay one per character)
      if (nextMark < i && !isMarkChar(text.charCodeAt(i))) {
        gap.lastIndex = i;
        gap.test(text);
        // (never behind `i`, whatever the engine does inside a surrogate pair)
        nextMark = Math.max(i, gap.lastIndex);
      } else if (nextMark < i) nextMark = i;
      if (nextMark >= le) break;
      i = nextMark;
      const c = text.charCodeAt(i);
      let mark = markAt(text, i);
      if (mark === null) {
        i++;
        continue;
      }
      // A run of three apostrophes closes a nested single quote and then a double one: ' + ''.
      if (mark.len === 2 && c === 0x27 && text.charCodeAt(i + 2) === 0x27 && stack.length > 0 && stack[stack.length - 1]!.family === SINGLE) {
        mark = APOSTROPHE;
      }
      const len = mark.len;
      if (i === skipAt) {
        skipAt = -1;
        i += len;
        continue;
      }
      const prevC = i > ls ? text.charCodeAt(i - 1) : -1;
      const nextC = i + len < le ? text.charCodeAt(i + len) : -1;
      const action = decide(text, mark, i, prevC, nextC, stack, scan);
      if (action === OPEN_ACTION) {
        // The same mark opening again after a sentence end or a colon (`‘...flooding. He added:
        // ‘Everyone...`): the outer quote was never closed; it ends here. A quote inside a quote
        // takes the other glyph (`"...question: “As you know...”..."`) and nests.
        if (stack.length === 1 && stack[0]!.char === c && afterSentence(text, i, ls)) {
          const bottom = stack[0]!;
          emit({
            open: bottom.pos,
            inner: bottom.pos + bottom.len,
            innerEnd: i,
            close: i,
            closed: false,
            family: bottom.family,
            lineStart: bottom.lineStart,
            lineEnd: le,
            prevClose,
          });
          prevClose = i;
          truncate(stack, 0);
        }
        if (stack.length < MAX_DEPTH) stack.push({ family: mark.family, pos: i, len, char: c, lineStart: ls });
      } else if (action === CLOSE_ACTION || action === MISMATCH_ACTION) {
        const at = action === MISMATCH_ACTION ? 0 : innermost(stack, mark.family);
        const bottom = stack[0]!;
        truncate(stack, at);
        if (at === 0) {
          emit({
            open: bottom.pos,
            inner: bottom.pos + bottom.len,
            innerEnd: i,
            close: i + len,
            closed: true,
            family: bottom.family,
            lineStart: bottom.lineStart,
            lineEnd: le,
            prevClose,
          });
          prevClose = i + len;
        }
      }
      i += len;
    }
    const next = contentLineFrom(text, line.next, newlineOnly);
    const current = line;
    line = next;
    if (stack.length === 0) continue;
    // A quote is open at the end of the line: continue it, or recover it here.
    const bottom = stack[0]!;
    if (next !== null && opensWith(text, next, bottom.family)) {
      truncate(stack, 1);
      skipAt = next.contentStart;
      continue;
    }
    if (next !== null && next.blanksBefore === 0 && isWrapped(text, current.contentEnd, next, indentedPara)) {
      continue;
    }
    truncate(stack, 0);
    // A lone straight apostrophe left open is an apostrophe we could not tell (`the 'Ndrangheta`).
    if (bottom.char === 0x27 && bottom.len === 1) continue;
    emit({
      open: bottom.pos,
      inner: bottom.pos + bottom.len,
      innerEnd: le,
      close: le,
      closed: false,
      family: bottom.family,
      lineStart: bottom.lineStart,
      lineEnd: le,
      prevClose,
    });
  }
}

/** The line being scanned, with the last offset where a single mark could close (-2 until first asked). */
interface LineScan {
  readonly ls: number;
  readonly le: number;
  lastSingleCloser: number;
}

/** True when a single mark that could close a quote lies after offset `i` on the scanned line. */
function closerAfter(text: string, scan: LineScan, i: number): boolean {
  if (scan.lastSingleCloser === -2) scan.lastSingleCloser = findLastSingleCloser(text, scan.ls, scan.le);
  return scan.lastSingleCloser > i;
}

/** Drops the open marks from index `at` up (popping, which is cheaper than setting `length`). */
function truncate(stack: Open[], at: number): void {
  while (stack.length > at) stack.pop();
}

const IGNORE_ACTION = 0;
const OPEN_ACTION = 1;
const CLOSE_ACTION = 2;
const MISMATCH_ACTION = 3;
type Action = 0 | 1 | 2 | 3;

/** Decides whether the mark at `i` opens a quote, closes one, or is an apostrophe / stray mark. */
function decide(
  text: string,
  mark: Mark,
  i: number,
  prevC: number,
  nextC: number,
  stack: readonly Open[],
  scan: LineScan,
): Action {
  const { family, shape } = mark;
  const prevWord = isWordChar(prevC);
  const nextWord = isWordChar(nextC);
  const single = family === SINGLE;
  // Between two letters or digits a single mark is an apostrophe: don't, Kenya`s, O’Neill.
  if (single && prevWord && nextWord) return IGNORE_ACTION;
  const prevSpace = isSpaceOrEdge(prevC);
  const nextSpace = isSpaceOrEdge(nextC);
  const isOpen = innermost(stack, family) >= 0;
  if (mark.guillemet) {
    // French copy spaces guillemets off: « texte », so glyph shape decides.
    if (shape === OPENING) return isOpen && !prevSpace && !nextWord ? CLOSE_ACTION : OPEN_ACTION; // »Text«,
    if (isOpen) return CLOSE_ACTION;
    return nextSpace ? IGNORE_ACTION : OPEN_ACTION; // » used as an opening mark (»Text«)
  }
  const canOpen = !nextSpace && !prevWord;
  const canClose = !prevSpace && !nextWord;
  // A closing mark of the other family after clause punctuation, before a speech verb, ends a
  // lone quote opened with mismatched marks: “We are ready,’ he said.
  if (!isOpen && stack.length === 1 && shape !== OPENING && nextSpace && isClauseEnd(prevC) && cueFollows(text, i + mark.len)) {
    return MISMATCH_ACTION;
  }
  if (shape === OPENING) {
    if (isOpen && canClose && !canOpen) return CLOSE_ACTION; // “ used as a closing mark; „...“
    if (!nextSpace) return opens(text, single, i + mark.len, nextC, scan, i);
    return isOpen ? CLOSE_ACTION : IGNORE_ACTION;
  }
  if (shape === CLOSING) {
    if (isOpen && !prevSpace) return closes(text, single, i, prevC, nextC, scan);
    if (canOpen) return opens(text, single, i + mark.len, nextC, scan, i); // ” used as an opening mark
    return isOpen && nextSpace ? CLOSE_ACTION : IGNORE_ACTION;
  }
  // Straight marks: " ' ''
  if (isOpen && canOpen && !canClose && isClauseEnd(prevC)) return closes(text, single, i, prevC, nextC, scan); // glued: ...goods."He was
  if (canOpen && !canClose) return opens(text, single, i + mark.len, nextC, scan, i);
  if (canClose && !canOpen) return isOpen ? closes(text, single, i, prevC, nextC, scan) : IGNORE_ACTION;
  if (isOpen) return CLOSE_ACTION;
  return canOpen && !single ? OPEN_ACTION : IGNORE_ACTION;
}

/** A mark that may open: an apostrophe when it starts a leading elision (`'90s`, `'n'`), else an opening mark. */
function opens(text: string, single: boolean, from: number, nextC: number, scan: LineScan, i: number): Action {
  return single && isElision(text, from, nextC, scan, i) ? IGNORE_ACTION : OPEN_ACTION;
}

/** A mark that may close: an apostrophe when it is a possessive `s'` with a closing mark later on the line, else a closing mark. */
function closes(text: string, single: boolean, i: number, prevC: number, nextC: number, scan: LineScan): Action {
  return single && isPossessive(text, i, prevC, nextC) && closerAfter(text, scan, i) ? IGNORE_ACTION : CLOSE_ACTION;
}

/** True when a speech verb is among the next three words after `from`: ` he said`, ` the captain said`. */
function cueFollows(text: string, from: number): boolean {
  let k = from;
  const stop = Math.min(text.length, from + 40);
  for (let w = 0; w < 3; w++) {
    while (k < stop && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0xa0)) k++;
    const b = k;
    while (k < stop && isAsciiLetter(text.charCodeAt(k))) k++;
    if (b === k) return false;
    if ((TRAILING_SPEECH_VERBS as readonly string[]).includes(text.slice(b, k).toLowerCase())) return true;
  }
  return false;
}

/** True for `. , ! ? ; …`: punctuation that ends a quoted clause. */
function isClauseEnd(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x2026;
}

/** True when the last non-space character before `i` on its line is `. ! ? :` or `…`. */
function afterSentence(text: string, i: number, ls: number): boolean {
  let p = i - 1;
  while (p >= ls && isSpace(text.charCodeAt(p))) p--;
  if (p < ls || p === i - 1) return false;
  const c = text.charCodeAt(p);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x2026;
}

/** Index in `stack` of the innermost open mark of `family`, or -1. */
function innermost(stack: readonly Open[], family: MarkFamily): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.family === family) return k;
  return -1;
}

/** True when the word after a single mark is a leading elision: '90s, '08, 'n', 'em, ’til. */
function isElision(text: string, from: number, nextC: number, scan: LineScan, i: number): boolean {
  if (nextC >= 0x30 && nextC <= 0x39) {
    // '90s, ’70s; '08 unless a closing mark follows on the line ('90 percent agree,' he said)
    const d2 = text.charCodeAt(from + 1);
    const after = text.charCodeAt(from + 2);
    if (!(d2 >= 0x30 && d2 <= 0x39) || (after >= 0x30 && after <= 0x39)) return false;
    return after === 0x73 || !closerAfter(text, scan, i);
  }
  let j = from;
  const stop = Math.min(text.length, from + 6);
  while (j < stop && isAsciiLetter(text.charCodeAt(j))) j++;
  if (j === from || j === stop || isWordChar(text.charCodeAt(j))) return false;
  const word = text.slice(from, j).toLowerCase();
  return (LEADING_ELISIONS as readonly string[]).includes(word);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** `Jones’ car`, `the players' union`: s + mark + space + a lower-case word that is not a clause word (`‘...months’ to recover`). */
function isPossessive(text: string, i: number, prevC: number, nextC: number): boolean {
  if (prevC !== 0x73 && prevC !== 0x53) return false;
  if (nextC !== 0x20 && nextC !== 0xa0) return false;
  const after = text.charCodeAt(i + 2);
  if (!(after >= 0x61 && after <= 0x7a)) return false;
  let e = i + 2;
  while (e < i + 12 && isAsciiLetter(text.charCodeAt(e))) e++;
  return !(CLAUSE_WORDS as readonly string[]).includes(text.slice(i + 2, e));
}

/** The last offset in `[ls, le)` holding a single mark that could close a quote (text before, no letter after), or -1. */
function findLastSingleCloser(text: string, ls: number, le: number): number {
  for (let k = le - 1; k >= ls; k--) {
    const c = text.charCodeAt(k);
    if (c !== 0x27 && c !== 0x2019 && c !== 0x203a && c !== 0xb4) continue;
    const p = k > ls ? text.charCodeAt(k - 1) : -1;
    const n = k + 1 < le ? text.charCodeAt(k + 1) : -1;
    if (!isSpaceOrEdge(p) && !isWordChar(n)) return k;
  }
  return -1;
}

/** True when `line` starts with a mark of `family` that can open a quote (a repeated opening mark). */
function opensWith(text: string, line: ContentLine, family: MarkFamily): boolean {
  const at = line.contentStart;
  const mark = markAt(text, at);
  if (mark === null || mark.family !== family) return false;
  const nextC = at + mark.len < line.contentEnd ? text.charCodeAt(at + mark.len) : -1;
  return !isSpaceOrEdge(nextC) && !startsWithSpeakerLabel(text, at + mark.len, line.contentEnd);
}

/** True when a transcript speaker label (`WALLACE:`, `MR. SMITH:`) starts at `from`: a new turn, not a continued quote. */
function startsWithSpeakerLabel(text: string, from: number, end: number): boolean {
  const stop = Math.min(end, from + 30);
  let caps = 0;
  for (let k = from; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x41 && c <= 0x5a) caps++;
    else if (c === 0x3a) return caps >= 2;
    else if (c !== 0x20 && c !== 0x2e && c !== 0x2d && c !== 0x27) return false;
  }
  return false;
}

/**
 * True when `next` (the line right after the line ending at `le`) goes on the same paragraph in
 * hard-wrapped copy: it starts with a lower-case letter or a digit (`...whether the\neconomy is`),
 * or the line breaks mid-sentence (after a word, comma or hyphen), or paragraphs are marked by
 * indentation and `next` is not indented.
 */
function isWrapped(text: string, le: number, next: ContentLine, indentedPara: boolean): boolean {
  const c = text.charCodeAt(next.contentStart);
  if (c >= 0x30 && c <= 0x39) return true;
  const ch = text.charAt(next.contentStart);
  if (ch !== ch.toUpperCase() && ch === ch.toLowerCase()) return true;
  if (indentedPara && next.contentStart === next.start) return true;
  const last = text.charCodeAt(le - 1);
  return isWordChar(last) || last === 0x2c || last === 0x2d || last === 0x29;
}

/** `[start, end)` without leading and trailing whitespace. */
function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return [start, end];
}
