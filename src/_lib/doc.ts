import { isSpace } from "./span.ts";

/**
 * One line of the input. `start`/`end` exclude the line break; `contentStart`/`contentEnd` also
 * exclude leading and trailing whitespace (equal, at `end`, when the line is blank).
 *
 * A run of more than {@link MAX_BLANK_RUN} blank lines keeps its first {@link MAX_BLANK_RUN} as
 * lines of their own; the rest of the run is ONE blank line whose `[start, end)` spans their line
 * breaks. Rules that look a few lines around a line read the same lines either way.
 */
export interface Line {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly blank: boolean;
}

/**
 * The per-call view of one input that every module shares inside `parseArticle`: the text and its
 * lines, computed once in one linear pass. Holds no state beyond the call.
 */
export interface Doc {
  readonly text: string;
  readonly lines: readonly Line[];
}

/**
 * Blank lines in a row kept as lines of their own; the rest of a longer run is folded into one
 * blank line (real copy leaves at most a handful; a run of thousands is an attack on the line table).
 */
export const MAX_BLANK_RUN = 32;

/**
 * Splits `text` into lines (on `\n`, `\r\n`, `\r`, U+2028, U+2029) in one pass. Text that breaks
 * lines with `\n` only (the usual case) is cut with `indexOf`, without reading every character.
 * Long runs of blank lines are folded (see {@link Line}), so a text of line breaks alone costs one
 * look at each character and a few dozen line objects.
 */
export function makeDoc(text: string): Doc {
  const lines: Line[] = [];
  const n = text.length;
  const newlineOnly = text.indexOf("\r") < 0 && text.indexOf("\u2028") < 0 && text.indexOf("\u2029") < 0;
  let start = 0;
  let blanks = 0;
  for (;;) {
    let end: number;
    let next: number;
    if (newlineOnly) {
      const br = text.indexOf("\n", start);
      end = br < 0 ? n : br;
      next = br < 0 ? -1 : br + 1;
    } else {
      end = start;
      while (end < n && !isBreak(text.charCodeAt(end))) end++;
      next = end >= n ? -1 : breakEnd(text, end);
    }
    let cs = start;
    let ce = end;
    while (cs < ce && isSpace(text.charCodeAt(cs))) cs++;
    while (ce > cs && isSpace(text.charCodeAt(ce - 1))) ce--;
    if (cs < ce) blanks = 0;
    else if (++blanks > MAX_BLANK_RUN && next >= 0) {
      // Fold this line and the blank lines after it into one: up to the break before the next
      // character that is not whitespace (every line break is whitespace).
      let q = next;
      while (q < n && isSpace(text.charCodeAt(q))) q++;
      if (q >= n) {
        lines.push(line(lines.length, start, n, n, n));
        break;
      }
      let b = q - 1;
      while (!isBreak(text.charCodeAt(b))) b--;
      const runEnd = b > start && text.charCodeAt(b) === 10 && text.charCodeAt(b - 1) === 13 ? b - 1 : b;
      lines.push(line(lines.length, start, runEnd, runEnd, runEnd));
      start = b + 1;
      blanks = 0;
      continue;
    }
    lines.push(line(lines.length, start, end, cs, ce));
    if (next < 0) break;
    start = next;
  }
  return { text, lines };
}

/** A line record (one object shape for every line). */
function line(index: number, start: number, end: number, contentStart: number, contentEnd: number): Line {
  return { index, start, end, contentStart, contentEnd, blank: contentStart === contentEnd };
}

/** True for the characters that end a line: `\n`, `\r`, U+2028, U+2029. */
function isBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** Where the next line starts after the break at `at` (`\r\n` is one break). */
function breakEnd(text: string, at: number): number {
  return text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
}

/** Index of the line that holds `offset` (binary search). */
export function lineAt(doc: Doc, offset: number): number {
  const { lines } = doc;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
