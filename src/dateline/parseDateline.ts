import { makeDoc, type Doc } from "../_lib/doc.ts";
import {
  resolveOptions,
  type CommonOptions,
  type ResolvedOptions,
} from "../_lib/options.ts";
import { isSpace } from "../_lib/span.ts";
import { AGENCIES } from "../agency/data.ts";
import { agencyByCredit } from "../agency/lookup.ts";
import { ALNUM, ANCHOR } from "./patterns.ts";
import type { Probe } from "./scan.ts";
import {
  matchDatelineAt,
  type DatelineMatch,
  type Range,
} from "./matchDatelineAt.ts";
import { resolveIsoDate } from "./resolveIsoDate.ts";
import type { Dateline } from "./schema.ts";

/** Options of {@link parseDateline}. */
export interface DatelineOptions extends CommonOptions {}

/** Only the head of a story is searched: this many non-blank lines... */
const HEAD_LINES = 15;
/** ...starting before this offset. */
const HEAD_CHARS = 2000;
/** An inner dateline's credit or date lies at most this far after its start. */
const ANCHOR_REACH = 90;
/** Inside a line, a dateline after other text (`UPDATE:`, a glued caption) starts this early at most. */
const INNER_CHARS = 600;

/**
 * Finds the dateline of a wire story: the place (and qualifier, date and agency credit) that opens
 * its first paragraph. Only the head of the story is read: the first 15 non-blank lines that start
 * within 2,000 characters.
 *
 * Forms handled:
 * - AP `SEOUL, South Korea (AP) —`, Reuters `LONDON, Aug 22 (Reuters) -`, AFP `Riyadh (AFP) –`,
 *   Xinhua/UPI/Yonhap `BEIJING, June 27 (Xinhua) --`, Jiji `Tokyo, Nov. 15 (Jiji Press)--`
 * - PTI/IANS with no dash `New Delhi, Aug 22 (PTI) The`, dpa `Hamburg (dpa/lno).`, EFE
 *   `Madrid, Mar 18 (EFE).-`, TASS `WASHINGTON, March 13. /TASS/.`
 * - press-release wires `NEW YORK, March 24, 2023 /PRNewswire/ --`,
 *   `MOUNT LAUREL, N.J.--(BUSINESS WIRE)--`, `FORT WAYNE, Ind., June 07, 2023 (GLOBE NEWSWIRE) —`
 * - several places `DUBAI/LONDON`, `TRIPOLI / MOSCOW / ANKARA –`, `PRINCETON, N.J. & BOSTON —`
 * - no place `(CNN) --`, `Feb 4 (Reuters) -`; credit first `(ANSA) - BRUXELLES, 11 LUG -`
 * - credit without parentheses `Tehran, IRNA –`, `Baku, December 2, AZERTAC`,
 *   1987 Reuters `WASHINGTON, March 12, Reuter -`
 * - no credit `PARIS, March 24 European shares`, `TOKYO - Japan's`, colon `Nairobi: Kenya's`,
 *   a known place alone on its line (Anadolu `LONDON`)
 * - text in front on the same line: `UPDATE:  TOWSON, Md. (AP) --`,
 *   `(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, Jan 5 (KUNA) --`, a caption glued to the place
 * - dashes of every kind or none, lower case and typo'd months (`Caracas, feb 26`, `Marchg 12`,
 *   `Juin 9`, `11 LUG`), an unclosed credit `CAIRO, Jan 8 (MENA -`.
 *
 * Place names come from the text; lists of cities, states and countries only raise confidence
 * where nothing else marks a dateline (`TOKYO -`, `Nairobi:`, a bare `LONDON` line).
 *
 * @param text - The story as received.
 * @param options - `referenceDate` resolves a date written without a year (`Aug 22`) to the latest
 *   such day not after it; `debug` receives the rule that fired.
 * @returns The dateline with its parts as spans into `text`, or null when the story has none.
 * @throws TypeError when `text` is not a string or an option is unknown or of the wrong type.
 * @example
 * ```ts
 * const d = parseDateline("SEOUL, South Korea (AP) — North Korea fired a missile on Sunday.");
 * d?.text; // "SEOUL, South Korea (AP)"
 * d?.locations.map((l) => l.text); // ["SEOUL"]
 * d?.region?.text; // "South Korea"
 * d?.agency?.text; // "AP"
 *
 * parseDateline("New Delhi, Aug 22 (PTI) The government said on Friday ...", {
 *   referenceDate: "2025-08-20",
 * })?.isoDate; // "2024-08-22"
 * ```
 * @remarks Known misses: a place line with neither date, credit nor separator is a dateline only
 * when the place is a known city or country written in capitals (`LONDON`); a colon dateline
 * (`Kollam:`) needs a known city, and a title-case place with only a dash (`Kollam - `) a
 * known place or region. Datelines split over two lines are not read, nor forms with the credit
 * glued to a trailing slash (`Baku. 27 June. REPORT.AZ/`). `NEW YORK, Louisville, KY` reads
 * `Louisville` as a region. A section label that is a known place (`CHINA` alone on its line over
 * a story) reads as a dateline.
 */
export function parseDateline(
  text: string,
  options?: DatelineOptions,
): Dateline | null {
  const opts = resolveOptions("parseDateline", text, options);
  return datelineIn(makeDoc(text), opts);
}

/** @internal The dateline of an already split document. */
export function datelineIn(doc: Doc, opts: ResolvedOptions): Dateline | null {
  const { text, lines } = doc;
  let fallback: DatelineMatch | null = null;
  let seen = 0;
  for (const line of lines) {
    // The limits come first: past the head, a blank line ends the search too (any later line
    // starts past it), so a run of blank lines costs one check per line up to `HEAD_CHARS`.
    if (line.start >= HEAD_CHARS) break;
    if (line.blank) continue;
    if (seen++ >= HEAD_LINES || line.contentStart >= HEAD_CHARS) break;
    const m = matchLine(text, line.contentStart, line.contentEnd);
    if (fallback) {
      if (m && !m.weak) return toDateline(text, m, opts);
      // A bare place line (`LONDON`) is a dateline only over a paragraph of the story, not over a
      // headline: `CHINA` as a section label above `Xi meets Biden` is not one.
      if (isParagraph(text, line.contentStart, line.contentEnd))
        return toDateline(text, fallback, opts);
      fallback = null;
    }
    if (!m) continue;
    if (!m.weak) return toDateline(text, m, opts);
    fallback = m;
  }
  return null;
}

/** The first dateline on a line: at its start, else after text in front of it. */
function matchLine(
  text: string,
  start: number,
  end: number,
): DatelineMatch | null {
  const m = matchDatelineAt(text, start, end, false);
  if (m) {
    // `RPT -- LUDWIGSHAFEN, March 30 -`: a place-and-dash match whose body opens with a fuller
    // dateline gives way to it.
    if (
      (m.rule === "dateline/place-dash" || m.rule === "dateline/place-colon") &&
      m.follow < end
    ) {
      const next = matchDatelineAt(text, m.follow, end, true);
      if (next && (next.agency || next.date)) return next;
    }
    return m;
  }
  const stop = Math.min(end, start + INNER_CHARS);
  // An inner dateline has a credit or a date: a `(`, `/`, `|` or digit (an anchor) at most
  // `ANCHOR_REACH` after its start. Only capitals in the reach before an anchor are tried, so the
  // line is read anchor by anchor, never one capital at a time.
  const reachEnd = Math.min(end, stop + ANCHOR_REACH);
  const probe: Probe = { lowerAt: -1 };
  // Starts after a space before `skipTo` fail as the attempt that set it did (see `Probe`).
  let skipTo = -1;
  let from = start + 1;
  while (from < stop) {
    const k = text.slice(from, reachEnd).search(ANCHOR);
    if (k < 0) break;
    const anchor = from + k;
    const last = Math.min(anchor, stop - 1);
    for (let i = Math.max(from, anchor - ANCHOR_REACH); i <= last; i++) {
      if (!isUpperAt(text, i)) continue;
      const p = text.charCodeAt(i - 1);
      // After a space or punctuation (`UPDATE:  `, `****`, `RPT --`), or a glued caption (`picKUALA`).
      const boundary =
        isSpace(p) || !isAlnumCode(p) || isLowerOnly(text[i - 1]!, p);
      if (!boundary) continue;
      if (i < skipTo && (p === 32 || p === 0xa0 || p === 0x202f)) continue;
      probe.lowerAt = -1;
      const inner = matchDatelineAt(text, i, end, true, probe);
      if (probe.lowerAt > i) skipTo = probe.lowerAt;
      if (inner && !inner.weak && !namesAnAgency(text, inner)) return inner;
    }
    from = anchor + 1;
  }
  return null;
}

/**
 * True when the places and qualifiers of a match hold an agency's name: the match started inside a
 * byline run into the dateline (`By PAUL KELLY, Associated Press HELENA, Mont. (AP) —`), so a later
 * start is the dateline. Only names of eight or more characters count (`Associated Press`,
 * `Agence France-Presse`, `The Canadian Press`).
 */
function namesAnAgency(text: string, m: DatelineMatch): boolean {
  const head = text.slice(m.start, m.agency?.start ?? m.end);
  for (const a of AGENCIES) {
    for (const name of a.aliases) if (name.length >= 8 && head.includes(name)) return true;
  }
  return false;
}

/** True when `text[i]` changes under lower-casing (a capital letter; ASCII fast path). */
function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[i]!;
  return ch !== ch.toLowerCase();
}

/** True for a letter, mark or digit (ASCII fast path). */
function isAlnumCode(c: number): boolean {
  if (c < 128)
    return (
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
    );
  return ALNUM.test(String.fromCharCode(c));
}

/** True for a character that is lower case and has a capital form (`a`, `é`; not `1`, `-`). */
function isLowerOnly(ch: string, c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** True when a line reads as a paragraph of the story: 40 characters or more with three lower-case words. */
function isParagraph(text: string, start: number, end: number): boolean {
  if (end - start < 40) return false;
  let lower = 0;
  let i = start;
  while (i < end && lower < 3) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      let j = i;
      while (
        j < end &&
        !isSpace(text.charCodeAt(j)) &&
        !(text.charCodeAt(j) >= 65 && text.charCodeAt(j) <= 90)
      )
        j++;
      if (j === end || isSpace(text.charCodeAt(j))) lower++;
      i = j;
    }
    while (i < end && !isSpace(text.charCodeAt(i))) i++;
  }
  return lower >= 3;
}

function toDateline(
  text: string,
  m: DatelineMatch,
  opts: ResolvedOptions,
): Dateline {
  const span = (r: Range): { text: string; start: number; end: number } => ({
    text: text.slice(r.start, r.end),
    start: r.start,
    end: r.end,
  });
  const agency = m.agency ? span(m.agency) : null;
  const date = m.date;
  const isoDate =
    date && date.day !== null
      ? resolveIsoDate(date.month, date.day, date.year, opts.referenceDate)
      : null;
  opts.debug?.({
    module: "dateline",
    rule: m.rule,
    message: "dateline found",
    start: m.start,
    end: m.end,
  });
  return {
    text: text.slice(m.start, m.end),
    start: m.start,
    end: m.end,
    locations: m.locations.map(span),
    region: m.region ? span(m.region) : null,
    date: date ? span(date) : null,
    isoDate,
    agency,
    agencyId: agency ? (agencyByCredit(agency.text)?.id ?? null) : null,
    rule: m.rule,
  };
}
