import { makeDoc, type Doc } from "../_lib/doc.ts";
import { resolveOptions, type CommonOptions, type ResolvedOptions } from "../_lib/options.ts";
import { findTrailers, type Trailer } from "../byline/trailers.ts";
import type { Boilerplate } from "./schema.ts";

/** Options of {@link findBoilerplate} and {@link stripBoilerplate}. */
export interface BoilerplateOptions extends CommonOptions {}

/**
 * Finds the text around a story that is not story: agency footers, copyright lines, sign-offs,
 * credit trailers, captions, page furniture, press-release About blocks.
 *
 * @param text - The story as received.
 * @param options - Common options.
 * @returns The blocks in text order, each with its `kind` and the `rule` that matched.
 * @example
 * ```ts
 * findBoilerplate("Shares rose 2 pct.\n Reuter\n")[0]?.kind; // "signoff"
 * ```
 */
export function findBoilerplate(text: string, options?: BoilerplateOptions): Boilerplate[] {
  const opts = resolveOptions("findBoilerplate", text, options);
  const doc = makeDoc(text);
  return boilerplateIn(doc, opts, findTrailers(doc));
}

/**
 * Returns the text with every boilerplate block removed. Idempotent.
 *
 * @param text - The story as received.
 * @param options - Common options.
 * @returns The text without its boilerplate.
 * @example
 * ```ts
 * stripBoilerplate("Shares rose 2 pct.\n Reuter\n"); // "Shares rose 2 pct.\n"
 * ```
 */
export function stripBoilerplate(text: string, options?: BoilerplateOptions): string {
  const blocks = findBoilerplate(text, options);
  let out = "";
  let at = 0;
  for (const b of blocks) {
    out += text.slice(at, b.start);
    at = b.end;
  }
  return out + text.slice(at);
}

/** @internal Boilerplate of an already split document, given its credit trailers. */
export function boilerplateIn(doc: Doc, opts: ResolvedOptions, trailers: readonly Trailer[]): Boilerplate[] {
  void opts;
  void doc;
  return trailers.map((t) => ({ text: t.text, start: t.start, end: t.end, kind: "trailer", rule: t.rule }));
}
