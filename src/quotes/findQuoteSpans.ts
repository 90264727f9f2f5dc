import type { Doc } from "../_lib/doc.ts";

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
}

/** @internal Finds quoted passages (the marks and what lies between), in text order, not overlapping. */
export function findQuoteSpans(doc: Doc): QuoteSpan[] {
  const { text } = doc;
  const out: QuoteSpan[] = [];
  for (const line of doc.lines) {
    let i = line.contentStart;
    while (i < line.contentEnd) {
      const c = text.charCodeAt(i);
      const closer = c === 0x201c ? 0x201d : c === 0x22 ? 0x22 : -1;
      if (closer < 0) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < line.contentEnd && text.charCodeAt(j) !== closer) j++;
      if (j >= line.contentEnd) break;
      const words = text.slice(i + 1, j).trim().split(/\s+/u).length;
      if (words >= 3) out.push({ start: i + 1, end: j, open: i, close: j + 1, closed: true, partial: false });
      i = j + 1;
    }
  }
  return out;
}
