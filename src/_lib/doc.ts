import { isSpace } from "./span.ts";

/**
 * One line of the input. `start`/`end` exclude the line break; `contentStart`/`contentEnd` also
 * exclude leading and trailing whitespace (equal when the line is blank).
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
 * Splits `text` into lines (on `\n`, `\r\n`, `\r`, U+2028, U+2029) in one pass. Text that breaks
 * lines with `\n` only (the usual case) is cut with `indexOf`, without reading every character.
 */
export function makeDoc(text: string): Doc {
  const lines: Line[] = [];
  const n = text.length;
  let start = 0;
  if (text.indexOf("\r") < 0 && text.indexOf("\u2028") < 0 && text.indexOf("\u2029") < 0) {
    for (;;) {
      const br = text.indexOf("\n", start);
      const end = br < 0 ? n : br;
      pushLine(lines, text, start, end);
      if (br < 0) break;
      start = br + 1;
    }
    return { text, lines };
  }
  let i = 0;
  while (i <= n) {
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c === -1 || c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      pushLine(lines, text, start, i);
      if (c === -1) break;
      if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
    i++;
  }
  return { text, lines };
}

/** Adds the line `text[start, end)`, with its content bounds, to `lines`. */
function pushLine(lines: Line[], text: string, start: number, end: number): void {
  let cs = start;
  let ce = end;
  while (cs < ce && isSpace(text.charCodeAt(cs))) cs++;
  while (ce > cs && isSpace(text.charCodeAt(ce - 1))) ce--;
  lines.push({ index: lines.length, start, end, contentStart: cs, contentEnd: ce, blank: cs === ce });
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
