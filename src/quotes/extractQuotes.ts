import type { Doc } from "../_lib/doc.ts";
import { resolveOptions, type CommonOptions, type ResolvedOptions } from "../_lib/options.ts";
import { attributeQuotes } from "./attributeQuotes.ts";
import { findQuoteSpans, type QuoteSpan } from "./findQuoteSpans.ts";
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
 * Quote forms handled:
 * - curly, straight and single marks: `“...”`, `"..."`, `‘...’`, British `‘...'` closed by the
 *   apostrophe character; `„...“`, `« ... »`, `‹...›`, backticks (` ``...'' `, `` `...' ``), the
 *   NYT's and some wires' two-apostrophe `''...''`, doubled single marks `‘‘...’’`, `”...”` with
 *   `”` as the opening mark, and mixed pairs (`“...\"`);
 * - a quote over several paragraphs (opening mark repeated on each, closing mark only at the end)
 *   is one quote whose text keeps the paragraph breaks and repeated marks;
 * - a quote split by its cue (`"We will win," he said, "and soon."`) is two quotes;
 * - a quote inside a quote is part of it, not a quote of its own;
 * - apostrophes never open or close a quote (`don't`, `the '90s`, `Jones' car`, `rock 'n' roll`,
 *   `Kenya\`s`); an unclosed mark is recovered at its paragraph end.
 *
 * Counted as quotes: passages that report speech or writing, including partial quotes of three or
 * more words (`partial: true`) and quoted phrases in headlines; short full sentences with a cue
 * (`“Never,” she said.`); one- and two-word quotes that are someone's reported words and end their
 * phrase: right after a reporting verb (`called the plan “reckless”`), a predicate after `be`
 * (`was “historic”`), `a`/`the` + quote in a sentence that reports speech (`said it was a
 * “mistake.”`), a naming verb a few words back (`labeled the claim “false.”`), a reporting or
 * belief verb of the same clause up to twelve words back (`says he has “big plans”`), a verb of
 * regarding with `as` (`rated it as “misleading”`), an item of a list of quoted words, a quote in a
 * headline that reports speech. Not counted: one- and two-word scare quotes (a modifier before its
 * noun, a mentioned word, a term the story also uses unquoted nearby or defines by its initials, no
 * reporting frame), titles of works, names, nicknames and slogans (Title Case with no speech cue,
 * or named by `film`, `titled`, `so-called`), a quoted Title Case line standing alone as a section
 * head, markup attribute values.
 *
 * @param text - The story as received.
 * @param options - Common options.
 * @returns The quotes in text order, each with its speaker (or null) and cue; `text` is exactly
 *   what lies between the marks (`text === input.slice(start, end)`).
 * @example
 * ```ts
 * const quotes = extractQuotes(
 *   "“The strongest security guarantee is a strong Ukraine army,” she said, stressing guarantees " +
 *     "that were “not just on paper.”",
 * );
 * quotes.map((q) => q.text); // ["The strongest security guarantee is a strong Ukraine army,", "not just on paper."]
 * quotes[1]?.partial; // true
 * ```
 * @remarks Known misses: a title written in lower case (`a “neutral point of view”` policy) is
 *   kept as a quote; a quote whose closing mark is missing mid-paragraph runs to the paragraph end;
 *   a short reported quote before a noun (`a “rigged” process`) or after an infinitive (`to “sow
 *   discord”`) is dropped, and a short scare quote after `be` or a reporting verb (`was “poor”`) is
 *   kept: corpora differ on these.
 */
export function extractQuotes(text: string, options?: QuoteOptions): Quote[] {
  const opts = resolveOptions("extractQuotes", text, options);
  // the quote scanner reads lines straight from the text: no line table is built
  return quotesIn({ text }, opts, { exclude: [] });
}

/** @internal Quotes of an already split document, skipping those that start in an excluded range. */
export function quotesIn(doc: Pick<Doc, "text">, opts: ResolvedOptions, ctx: QuoteContext): Quote[] {
  const spans = withoutExcluded(findQuoteSpans(doc), ctx.exclude);
  if (opts.debug) {
    for (const q of spans) {
      opts.debug({ module: "quotes", rule: q.rule ?? "quotes/span", message: q.partial ? "partial quote" : "quote", start: q.start, end: q.end });
    }
  }
  return attributeQuotes(doc, spans);
}

/** Drops the spans whose text starts inside one of `exclude` (in any order); linear after sorting. */
function withoutExcluded(spans: QuoteSpan[], exclude: QuoteContext["exclude"]): QuoteSpan[] {
  if (exclude.length === 0) return spans;
  const ranges = [...exclude].sort((a, b) => a.start - b.start);
  const out: QuoteSpan[] = [];
  let r = 0;
  for (const q of spans) {
    while (r < ranges.length && ranges[r]!.end <= q.start) r++;
    let inside = false;
    for (let k = r; k < ranges.length && ranges[k]!.start <= q.start; k++) {
      if (q.start < ranges[k]!.end) {
        inside = true;
        break;
      }
    }
    if (!inside) out.push(q);
  }
  return out;
}
