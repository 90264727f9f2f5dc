import { makeDoc } from "../_lib/doc.ts";
import { resolveOptions, type CommonOptions } from "../_lib/options.ts";
import { agencyIn } from "../agency/detectAgency.ts";
import { boilerplateIn } from "../boilerplate/findBoilerplate.ts";
import { bylinesIn } from "../byline/parseBylines.ts";
import { findTrailers } from "../byline/trailers.ts";
import { datelineIn } from "../dateline/parseDateline.ts";
import { quotesIn } from "../quotes/extractQuotes.ts";
import { findHeadline } from "./headline.ts";
import type { Article } from "./schema.ts";
import { afterDateline, bodyOf, buildSegments, type Labelled } from "./segments.ts";

/** Options of {@link parseArticle}. */
export interface ParseOptions extends CommonOptions {}

/**
 * Parses one wire story: agency, headline, dateline, bylines, quotes with speakers, boilerplate,
 * the clean body, and segments that label every character of the input.
 *
 * @param text - The story as received (any string; never throws on one).
 * @param options - `referenceDate` resolves a dateline date written without a year; `debug` receives rule events.
 * @returns An {@link Article}: every key present, `null` or `[]` when absent.
 * @throws TypeError when `text` is not a string or an option is unknown or of the wrong type.
 * @example
 * ```ts
 * import { parseArticle } from "wirecopy";
 *
 * const article = parseArticle(
 *   "SEOUL, South Korea (AP) — North Korea fired a missile, officials said.\n" +
 *     '"This is a grave provocation," Defense Minister Shin Won-sik told reporters.',
 * );
 * article.dateline?.text; // "SEOUL, South Korea (AP)"
 * article.agency?.id; // "ap"
 * article.quotes[0]?.speaker?.name; // "Shin Won-sik"
 * ```
 */
export function parseArticle(text: string, options?: ParseOptions): Article {
  const opts = resolveOptions("parseArticle", text, options);
  const doc = makeDoc(text);
  const trailers = findTrailers(doc);
  const boilerplate = boilerplateIn(doc, opts, trailers);
  const dateline = datelineIn(doc, opts);
  const { bylines, lines: bylineLines } = bylinesIn(doc, opts, dateline, trailers);
  const storyStart = dateline?.start ?? bylineLines[0]?.start ?? null;
  const headline = findHeadline(doc, storyStart, boilerplate, bylineLines);
  const quotes = quotesIn(doc, opts, { exclude: boilerplate });
  const agency = agencyIn(doc, opts, { dateline, bylines, boilerplate });

  const labelled: Labelled[] = [];
  for (const b of boilerplate) labelled.push({ start: b.start, end: b.end, kind: "boilerplate" });
  if (dateline) labelled.push({ start: dateline.start, end: afterDateline(text, dateline), kind: "dateline" });
  for (const l of bylineLines) labelled.push({ start: l.start, end: l.end, kind: "byline" });
  if (headline) labelled.push({ start: headline.start, end: headline.end, kind: "headline" });
  const segments = buildSegments(text, labelled);

  return { agency, headline, dateline, bylines, quotes, boilerplate, body: bodyOf(doc, segments), segments };
}
