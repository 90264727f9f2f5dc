import { makeDoc, type Doc } from "../_lib/doc.ts";
import { resolveOptions, type CommonOptions, type ResolvedOptions } from "../_lib/options.ts";
import { attributeQuotes } from "./attributeQuotes.ts";
import { findQuoteSpans } from "./findQuoteSpans.ts";
import type { Quote } from "./schema.ts";

/** Options of {@link extractQuotes}. */
export interface QuoteOptions extends CommonOptions {}

/** @internal Ranges the quote finder must skip (boilerplate found by the caller). */
export interface QuoteContext {
  readonly exclude: readonly { readonly start: number; readonly end: number }[];
}

/**
 * Finds every direct quote in a story and who said it.
 *
 * @param text - The story as received.
 * @param options - Common options.
 * @returns The quotes in text order, each with its speaker (or null) and cue.
 * @example
 * ```ts
 * extractQuotes('"We will win," Kaja Kallas told the BBC.')[0]?.speaker?.name; // "Kaja Kallas"
 * ```
 */
export function extractQuotes(text: string, options?: QuoteOptions): Quote[] {
  const opts = resolveOptions("extractQuotes", text, options);
  return quotesIn(makeDoc(text), opts, { exclude: [] });
}

/** @internal Quotes of an already split document. */
export function quotesIn(doc: Doc, opts: ResolvedOptions, ctx: QuoteContext): Quote[] {
  void opts;
  const spans = findQuoteSpans(doc).filter(
    (q) => !ctx.exclude.some((x) => q.start >= x.start && q.start < x.end),
  );
  return attributeQuotes(doc, spans);
}
