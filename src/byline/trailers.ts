import type { Doc } from "../_lib/doc.ts";
import type { Byline } from "./schema.ts";

/**
 * A credit trailer at the foot of a story (`(Reporting by X; Editing by Y)`, `X contributed to this
 * report.`): the whole trailer's span (boilerplate) and the people it credits (bylines).
 */
export interface Trailer {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly bylines: readonly Byline[];
  readonly rule: string;
}

/** @internal Finds credit trailers. One source of truth for both `bylines` and `boilerplate`. */
export function findTrailers(doc: Doc): Trailer[] {
  void doc;
  return [];
}
