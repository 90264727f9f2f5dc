import { makeDoc, type Doc } from "../_lib/doc.ts";
import { resolveOptions, type CommonOptions, type ResolvedOptions } from "../_lib/options.ts";
import type { Boilerplate } from "../boilerplate/schema.ts";
import type { Byline } from "../byline/schema.ts";
import type { Dateline } from "../dateline/schema.ts";
import { datelineIn } from "../dateline/parseDateline.ts";
import type { Agency } from "./schema.ts";

/** Options of {@link detectAgency}. */
export interface AgencyOptions extends CommonOptions {}

/** @internal What the other modules found, for the agency to use as evidence. */
export interface AgencyContext {
  readonly dateline: Dateline | null;
  readonly bylines: readonly Byline[];
  readonly boilerplate: readonly Boilerplate[];
}

/**
 * Tells which wire service wrote a story.
 *
 * @param text - The story as received.
 * @param options - Common options.
 * @returns The agency with its evidence, or null.
 * @example
 * ```ts
 * detectAgency("LONDON, Aug 22 (Reuters) - Britain's ...")?.id; // "reuters"
 * ```
 */
export function detectAgency(text: string, options?: AgencyOptions): Agency | null {
  const opts = resolveOptions("detectAgency", text, options);
  const doc = makeDoc(text);
  return agencyIn(doc, opts, { dateline: datelineIn(doc, opts), bylines: [], boilerplate: [] });
}

/** @internal The agency of an already split document, given what the other modules found. */
export function agencyIn(doc: Doc, opts: ResolvedOptions, ctx: AgencyContext): Agency | null {
  void doc;
  void opts;
  void ctx;
  return null;
}
