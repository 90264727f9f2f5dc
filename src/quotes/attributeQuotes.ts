import type { Doc } from "../_lib/doc.ts";
import type { QuoteSpan } from "./findQuoteSpans.ts";
import type { Quote } from "./schema.ts";

/** @internal Gives each quoted passage its cue and speaker. */
export function attributeQuotes(doc: Doc, spans: readonly QuoteSpan[]): Quote[] {
  const { text } = doc;
  return spans.map((q) => ({
    text: text.slice(q.start, q.end),
    start: q.start,
    end: q.end,
    speaker: null,
    cue: null,
    partial: q.partial,
    rule: "quotes/unattributed",
  }));
}
