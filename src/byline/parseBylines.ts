import { makeDoc, type Doc } from "../_lib/doc.ts";
import { byStart } from "../_lib/span.ts";
import {
  resolveOptions,
  type CommonOptions,
  type ResolvedOptions,
} from "../_lib/options.ts";
import type { Span } from "../_lib/schema.ts";
import type { Dateline } from "../dateline/schema.ts";
import { datelineIn } from "../dateline/parseDateline.ts";
import { headerBylines } from "./header.ts";
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
 * Finds the people credited for a story: bylines at the top and credits in trailers at the foot.
 *
 * Forms handled:
 * - `By JOHN SMITH` / `Associated Press`, `By Jane Doe and John Roe`, `by Ellen Marsh, Reuters`,
 *   `By LAURA FINCH, DAVID R. OKAFOR and MEI TANAKA`, `by Claire PELLETIER Agence France-Presse`,
 *   `By MIN-JI PARK and LEE SANG-HOON Associated Press`;
 * - a byline run into the dateline (`By JOHN HALLORAN Associated Press DES MOINES, Iowa (AP) —`);
 * - newspaper templates: `MARK DELANEY and ROSA ORTIZ|Jan 8, 2021`, `Nadia Birch, The
 *   Canadian Press 2 minute read`, glued `By Fiona McLeanBBC Scotland news`, a byline glued to the
 *   end of a headline (`... By ALAN PRICE, AP Sports Writer`);
 * - trailers: `(Reporting by X in Y; Additional reporting by Z; Editing by W)` with or without
 *   parentheses, `Writing by`, `Written by`, `Compiled by`, `*Writing by X in Ankara`, `X and Y
 *   contributed to this report.`, Bloomberg `To contact the reporter on this story: ...`, the
 *   German `(Berichterstattung von ...). Redaktion von ...`.
 *
 * Roles: a top byline, `Reporting by`, `Writing by` → `author`; `Editing by` → `editor`;
 * `Additional reporting by`, `Compiled by`, `contributed to this report` → `contributor`. Credit
 * lines that name no person (`Reuters Staff`, `By The Associated Press`, `• Kyodo`) and photo
 * credits (`By Lena Moritz, Getty Images`) give no byline. Names keep the case written.
 *
 * @param text - The story as received.
 * @param options - Common options.
 * @returns The bylines in text order (top ones, then trailer credits); `[]` when none.
 *   `text`/`start`/`end` locate each name.
 * @example
 * ```ts
 * const story =
 *   "Storm knocks out power across region\n" +
 *   "By JOHN SMITH and MARIA GARCIA\n" +
 *   "Associated Press\n" +
 *   "DENVER (AP) — High winds toppled power lines on Sunday.\n" +
 *   "(Reporting by Ann Lee in Boulder; Editing by Tom Hart)";
 * parseBylines(story).map((b) => [b.name, b.role]);
 * // [["JOHN SMITH", "author"], ["MARIA GARCIA", "author"], ["Ann Lee", "author"], ["Tom Hart", "editor"]]
 * parseBylines(story)[0]?.affiliation; // "Associated Press"
 * ```
 * @remarks Bylines that sit below the dateline, bare name lines with no `By` (`Ivanova
 * Olga`) and one-word names are not found.
 */
export function parseBylines(text: string, options?: BylineOptions): Byline[] {
  const opts = resolveOptions("parseBylines", text, options);
  const doc = makeDoc(text);
  return bylinesIn(doc, opts, datelineIn(doc, opts), findTrailers(doc)).bylines;
}

/**
 * @internal Bylines of an already split document, given its dateline and trailers: the header
 * bylines (first 15 non-blank lines, never past the dateline) then the trailers' credits, and the
 * byline lines at the top.
 */
export function bylinesIn(
  doc: Doc,
  opts: ResolvedOptions,
  dateline: Dateline | null,
  trailers: readonly Trailer[],
): BylineResult {
  const head = headerBylines(doc, dateline);
  const bylines: Byline[] = [...head.bylines];
  for (const t of trailers) bylines.push(...t.bylines);
  byStart(bylines);
  if (opts.debug) {
    for (const b of bylines)
      opts.debug({
        module: "byline",
        rule: b.rule,
        message: `${b.role}: ${b.name}`,
        start: b.start,
        end: b.end,
      });
  }
  return { bylines, lines: head.lines };
}
