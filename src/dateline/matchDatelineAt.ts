import { isSpace } from "../_lib/span.ts";
import {
  isBareCredit,
  isJoiner,
  isKnownCity,
  isKnownCredit,
  isKnownPlace,
  isKnownRegion,
  monthOf,
} from "./lookups.ts";
import { ACRONYM, ARTICLE, CAMEL_WORD } from "./patterns.ts";
import {
  afterComma,
  indexWithin,
  isDashCh,
  isDigitCh,
  isGap,
  isLetterCh,
  isUpperCh,
  lowerWordSoon,
  readDash,
  readTerminator,
  readWord,
  readWordRun,
  skipWs,
  startsBody,
  titleAfter,
  trim,
} from "./scan.ts";
import type { Cursor, Probe, Terminator } from "./scan.ts";
import {
  bareCreditAt,
  creditEnds,
  creditShaped,
  digitNear,
  readDate,
  readParenCredit,
  readPlace,
  readRegion,
  readSlashCredit,
  slashCreditAhead,
} from "./parts.ts";
import type { Credit, DateRange, Place, Range } from "./parts.ts";

/** A dateline found by {@link matchDatelineAt}, before it becomes a `Dateline`. */
export interface DatelineMatch extends Range {
  readonly locations: readonly Range[];
  readonly region: Range | null;
  readonly date: DateRange | null;
  readonly agency: Range | null;
  readonly rule: string;
  /** True for a bare known place alone on its line (`LONDON`): used only when the next line has no dateline. */
  readonly weak: boolean;
  /** Where the body starts after the separator. */
  readonly follow: number;
}

/**
 * @internal Tries to read a dateline that starts exactly at `start` and ends on the same line.
 *
 * Forms handled (separator dash excluded from the result):
 * - place, qualifiers, date, credit: `SEOUL, South Korea (AP) —`, `LONDON, Aug 22 (Reuters) -`,
 *   `WASHINGTON, March 13. /TASS/.`, `NEW YORK, March 24, 2023 /PRNewswire/ --`,
 *   `MOUNT LAUREL, N.J.--(BUSINESS WIRE)--`, `New Delhi, Aug 22 (PTI) The`, `Hamburg (dpa/lno).`
 * - several places: `DUBAI/LONDON`, `TRIPOLI / MOSCOW / ANKARA –`, `PRINCETON, N.J. & BOSTON —`
 * - credit without parentheses: `Tehran, IRNA –`, `Baku, December 2, AZERTAC`, `Riyadh - ArabToday`
 * - no place: `(CNN) --`, `Feb 4 (Reuters) -`; credit first: `(ANSA) - BRUXELLES, 11 LUG -`
 * - date and no credit: `PARIS, March 24 European shares`, `KUALA LUMPUR, Jan 5 ―`
 * - place and separator only: `TOKYO - Japan's`, `Nairobi: Kenya's`, `London, England —`
 * - a known place alone on its line (`LONDON`), marked `weak`.
 *
 * @param t - The whole input.
 * @param start - Where the dateline would begin (a letter, a digit or `(`).
 * @param lineEnd - End of the line holding `start`.
 * @param inner - True when text precedes `start` on the line; then only datelines with a credit or
 *   a date and a separator count.
 * @param probe - For inner starts: receives where a mixed first place failed (see {@link Probe}).
 * @returns The match, or null.
 */
export function matchDatelineAt(
  t: string,
  start: number,
  lineEnd: number,
  inner: boolean,
  probe?: Probe,
): DatelineMatch | null {
  const c: Cursor = { t, end: Math.min(lineEnd, start + 400), inner, probe };
  const ch = t[start];
  if (ch === "(") return inner ? null : creditFirst(c, start);
  if (ch !== undefined && isDigitCh(ch))
    return inner ? null : dateFirst(c, start);
  const w = readWord(c, start);
  // `Feb 4 (Reuters)`: a date first needs a day, a digit right after the month word.
  if (!inner && w > start && digitNear(c, w) && monthOf(t.slice(start, w)) > 0) {
    const d = dateFirst(c, start);
    if (d) return d;
  }
  return placeFirst(c, start);
}

/** `(CNN) --`, `(Reuters) –`, `(ANSA) - BRUXELLES, 11 LUG -`. */
function creditFirst(c: Cursor, p: number): DatelineMatch | null {
  const cr = readParenCredit(c, p);
  if (!cr || c.t[cr.end - 1] !== ")") return null;
  // `(CNN Business) --`, `(NHK) -`: an unknown credit must open with a known one or be an acronym.
  const inner = c.t.slice(cr.inner.start, cr.inner.end);
  const firstWord = inner.split(/\s/u)[0] ?? "";
  if (
    !cr.known &&
    !ACRONYM.test(inner) &&
    !(inner !== firstWord && isKnownCredit(firstWord))
  )
    return null;
  const d = readDash(c, skipWs(c, cr.end));
  if (d < 0) return null;
  const after = skipWs(c, d);
  const body = placeFirst({ ...c, inner: true }, after);
  if (body && !body.agency && body.locations.length > 0) {
    const term = readTerminator(c, body.end);
    if (term?.kind === "dash") {
      return {
        ...body,
        start: p,
        agency: cr.inner,
        rule: "dateline/credit-first",
        weak: false,
      };
    }
  }
  if (!startsBody(c, after)) return null;
  return mk(p, cr.end, [], null, null, cr.inner, "dateline/credit-only");
}

/** `Feb 4 (Reuters) -`, `Aug. 27 (UPI) --`, `March 24, 2023 /PRNewswire/ --`. */
function dateFirst(c: Cursor, p: number): DatelineMatch | null {
  const date = readDate(c, p);
  if (!date || date.day === null) return null;
  const k = skipWs(c, date.end);
  const cr =
    c.t[k] === "("
      ? readParenCredit(c, k)
      : c.t[k] === "/" && k > date.end
        ? readSlashCredit(c, k)
        : null;
  if (!cr || !(cr.known || creditShaped(c, cr))) return null;
  const term = readTerminator(c, cr.end);
  if (!term || term.kind === "pipe" || (term.kind === "none" && !cr.known))
    return null;
  return mk(p, cr.end, [], null, date, cr.inner, "dateline/date-credit");
}

/** Everything that starts with a place. */
function placeFirst(c: Cursor, p: number): DatelineMatch | null {
  const t = c.t;
  const places: Place[] = [];
  let regionStart = -1;
  let regionEnd = -1;
  let regionOwner = -1;
  let i = p;
  for (let n = 0; n < 4; n++) {
    // Inside a line the first place must be clean: a mixed one is refused as soon as it shows.
    let pl = readPlace(c, i, c.inner && n === 0);
    if (!pl) break;
    if (pl.capsEnd > 0 && isKnownRegion(t.slice(pl.titleStart, pl.end))) {
      // `RAFAH Gaza Strip (Reuters)`: the capitals are the place, the rest its region.
      if (places.length === 0) {
        regionStart = pl.titleStart;
        regionEnd = pl.end;
      }
      i = pl.end;
      pl = {
        ...pl,
        end: pl.capsEnd,
        style: "caps",
        capsEnd: -1,
        titleStart: -1,
      };
      places.push(pl);
    } else {
      places.push(pl);
      i = pl.end;
    }
    // Inside a line only a clean place reads (see `accept`): a mixed or lower-case one never does.
    if (c.inner && (pl.style === "mixed" || pl.style === "lower")) return null;
    if (pl.period) break;
    // Qualifiers of this place: `, Calif.`, `, ENGLAND, UNITED KINGDOM`, ` [India]`, ` (Niger)`.
    for (let q = 0; q < 4; q++) {
      let k = i;
      while (k < c.end && isGap(t[k]!)) k++;
      if (t[k] === ",") {
        const j = skipWs(c, k + 1);
        if (readDate(c, j)) break;
        const bc = bareCreditAt(c, j);
        if (bc > 0 && creditEnds(c, bc)) break;
        const r = readRegion(c, j);
        if (!r) break;
        // The region is the first qualifier: of the first place, else of the first place that has one.
        if (regionOwner < 0 || regionOwner === places.length) {
          if (regionStart < 0) regionStart = r.start;
          regionEnd = r.end;
          regionOwner = places.length;
        }
        i = r.end;
        continue;
      }
      const j = skipWs(c, i);
      if (t[j] === "[" || (t[j] === "(" && j > i)) {
        const close = indexWithin(
          t,
          t[j] === "[" ? "]" : ")",
          j,
          Math.min(c.end, j + 41),
        );
        if (close < 0 || close > c.end || close - j > 40) break;
        const [rs, re] = trim(t, j + 1, close);
        const isBracket = t[j] === "[";
        // `(Niger)` is a region only when a credit follows it: `Niamey (Niger) (AFP)`.
        if (
          !isBracket &&
          !(isKnownRegion(t.slice(rs, re)) && t[skipWs(c, close + 1)] === "(")
        )
          break;
        if (re <= rs || !isLetterCh(t[rs]!)) break;
        if (places.length === 1 && regionStart < 0) {
          regionStart = rs;
          regionEnd = re;
        }
        i = close + 1;
        continue;
      }
      break;
    }
    // Joiners: `DUBAI/LONDON`, `TRIPOLI / MOSCOW`, `N.J. & BOSTON`, `OHIO AND MODIIN`.
    const s = skipWs(c, i);
    if (t[s] === "/") {
      if (s > i && slashCreditAhead(c, s)) break;
      const nx = skipWs(c, s + 1);
      if (!isUpperCh(t[nx] ?? "")) break;
      i = nx;
      continue;
    }
    if (s > i) {
      const we = t[s] === "&" ? s + 1 : readWord(c, s);
      if (we > s && (t[s] === "&" || isJoiner(t.slice(s, we)))) {
        const nx = skipWs(c, we);
        if (nx > we && isUpperCh(t[nx] ?? "") && readPlace(c, nx)) {
          i = nx;
          continue;
        }
      }
    }
    break;
  }
  if (places.length === 0) return null;
  // Rewind over a dangling joiner: `i` is always the end of the last part read.
  i = Math.max(i, places[places.length - 1]!.end);
  const region: Range | null =
    regionStart >= 0 ? { start: regionStart, end: regionEnd } : null;

  // Date: `, Aug 22`, ` March 13` (no comma), ` (NOVEMBER 1, 2013)`.
  let date: DateRange | null = null;
  {
    let k = i;
    while (k < c.end && isGap(t[k]!)) k++;
    const lastPeriod = places[places.length - 1]!.period && t[i] === ".";
    if (t[k] === "," || lastPeriod) {
      date = readDate(c, skipWs(c, k + 1));
    } else if (k > i) {
      if (t[k] === "(") {
        const d = readDate(c, skipWs(c, k + 1));
        if (d && t[skipWs(c, d.end)] === ")") {
          date = d;
          i = skipWs(c, d.end) + 1;
        }
      } else {
        date = readDate(c, k);
      }
    }
    // `CHEVY CHASE, Md., - March 4 -`: the date after an extra dash.
    if (!date) {
      let j = k;
      if (t[j] === ",") j = skipWs(c, j + 1);
      const d = isDashCh(t[j] ?? "") ? readDash(c, j) : -1;
      const ds = d > 0 ? skipWs(c, d) : -1;
      const dd = ds > d ? readDate(c, ds) : null;
      if (dd && dd.day !== null && readTerminator(c, dd.end)?.kind === "dash")
        date = dd;
    }
    if (date) i = Math.max(i, date.end);
  }

  // Credit: `(AP)`, `/PRNewswire/`, `. /TASS/`, `, IRNA`, ` Kyodo`, `--(BUSINESS WIRE)`, `- ArabToday`.
  let credit: Credit | null = null;
  {
    let k = i;
    while (k < c.end && isSpace(t.charCodeAt(k))) k++;
    if (t[k] === "(") {
      credit = readParenCredit(c, k);
    } else if (t[k] === "/" && (k > i || date)) {
      credit = readSlashCredit(c, k);
      // `RALEIGH, NC / ACCESSWIRE / December 5, 2023 /`: the date after the credit.
      const ds = credit && !date ? skipWs(c, credit.end) : -1;
      const d2 = ds > 0 ? readDate(c, ds) : null;
      if (credit && d2 && d2.day !== null && t[skipWs(c, d2.end)] === "/") {
        date = d2;
        credit = { ...credit, end: skipWs(c, d2.end) + 1 };
      }
    } else if (t[k] === "|") {
      // `Nairobi, Kenya | AFP | A diplomatic spat`.
      const j = skipWs(c, k + 1);
      const e = readWordRun(c, j, 3);
      const close = e > j ? skipWs(c, e) : -1;
      if (close > 0 && t[close] === "|" && isBareCredit(t.slice(j, e))) {
        credit = {
          start: k,
          end: close + 1,
          inner: { start: j, end: e },
          known: true,
          form: "pipe",
        };
      }
    } else if (t[k] === "." && date && t[skipWs(c, k + 1)] === "/") {
      credit = readSlashCredit(c, skipWs(c, k + 1));
    } else if (
      t[k] === "," ||
      (t[k] === "." && k === places[places.length - 1]!.end)
    ) {
      const j = skipWs(c, k + 1);
      const e = bareCreditAt(c, j);
      if (e > 0 && creditEnds(c, e))
        credit = {
          start: j,
          end: e,
          inner: { start: j, end: e },
          known: true,
          form: "bare",
        };
    } else if (date && k > i && k < c.end && !isDashCh(t[k] ?? "")) {
      const e = bareCreditAt(c, k);
      const after = e > 0 ? readTerminator(c, e)?.kind : undefined;
      if (after === "eol" || after === "dash") {
        credit = {
          start: k,
          end: e,
          inner: { start: k, end: e },
          known: true,
          form: "bare",
        };
      }
    } else if (isDashCh(t[k] ?? "")) {
      const d = readDash(c, k);
      const j = skipWs(c, d);
      if (t[j] === "(") {
        const cr = readParenCredit(c, j);
        // `EVANSVILLE, IND., March 11 - (Acme Corp) said` is body: a dashed credit must be a known wire.
        if (
          cr &&
          (cr.known || ACRONYM.test(t.slice(cr.inner.start, cr.inner.end)))
        ) {
          const after = readTerminator(c, cr.end);
          if (after && (after.kind === "dash" || after.kind === "eol"))
            credit = { ...cr, form: "dashed" };
        }
      } else if (
        !c.inner &&
        (j > d || d - k >= 2) &&
        places.every((pl) => isKnownPlace(t.slice(pl.start, pl.end)))
      ) {
        // `Riyadh - ArabToday` alone on its line.
        const e = readWordRun(c, j, 2);
        if (
          e > j &&
          skipWs(c, e) >= c.end &&
          (isBareCredit(t.slice(j, e)) || CAMEL_WORD.test(t.slice(j, e)))
        ) {
          credit = {
            start: j,
            end: e,
            inner: { start: j, end: e },
            known: true,
            form: "dashed",
          };
        }
      }
    }
    if (credit && !(credit.known || creditShaped(c, credit))) credit = null;
    if (credit && !date) {
      if (credit.date) {
        date = credit.date;
      } else if (credit.form === "paren" && credit.known) {
        // `NEW YORK (PRWEB) March 5, 2024 --`: the date after the credit, before the dash.
        const ds = skipWs(c, credit.end);
        const d = ds > credit.end ? readDate(c, ds) : null;
        if (d && d.day !== null && readTerminator(c, d.end)?.kind === "dash") {
          date = d;
          credit = { ...credit, end: d.end };
        }
      }
    }
  }
  const end = credit ? credit.end : i;
  const term = readTerminator(c, end);
  if (!term) return null;
  const ok = accept(c, places, region, date, credit, term);
  if (!ok) return null;
  return {
    start: p,
    end,
    locations: places.map((pl) => ({ start: pl.start, end: pl.end })),
    region,
    date,
    agency: credit ? credit.inner : null,
    rule: ok,
    weak: ok === "dateline/place-line",
    follow: term.follow,
  };
}

/** Decides whether the parts read make a dateline; returns the rule id, or null. */
function accept(
  c: Cursor,
  places: readonly Place[],
  region: Range | null,
  date: DateRange | null,
  credit: Credit | null,
  term: Terminator,
): string | null {
  const t = c.t;
  const first = places[0]!;
  let caps = false;
  let title = false;
  let other = false;
  for (const pl of places) {
    if (pl.style === "caps") caps = true;
    else if (pl.style === "title") title = true;
    else other = true;
  }
  const clean = !other && !(caps && title);
  if (c.inner && !clean) return null;
  const hasDay = date !== null && date.day !== null;
  // `The Pirate Bay and ...`: a title-case place opening with an article must be a known one
  // (`The Hague`); in capitals it is a place (`THE WOODLANDS, Texas`).
  const article = ARTICLE.test(t.slice(first.start, first.start + 4));
  if (
    article &&
    first.style !== "caps" &&
    !isKnownPlace(t.slice(first.start, first.end))
  )
    return null;
  if (
    term.kind === "none" &&
    !(credit && hasDay) &&
    !lowerWordSoon(c, term.follow)
  )
    return null;
  if (credit) {
    if (term.kind === "pipe") return null;
    if (term.kind === "none" && !(credit.known || hasDay)) return null;
    if (!credit.known && !hasDay) {
      // `Smith (Labour) - `: an unknown credit with no date needs a known place or an acronym credit.
      if (term.kind !== "dash" && term.kind !== "colon") return null;
      const acronym = ACRONYM.test(
        t.slice(credit.inner.start, credit.inner.end).replace(/[-/]/gu, ""),
      );
      if ((c.inner || !acronym) && !sure(t, places, region)) return null;
      if (!startsBody(c, term.follow)) return null;
    }
    if (
      credit.form === "bare" &&
      !hasDay &&
      term.kind !== "dash" &&
      term.kind !== "colon"
    )
      return null;
    // `Trump wins Iowa caucus (AP)`: a place in mixed case needs a date (`New york, March 2 -`).
    if (!clean && !hasDay) return null;
    // `Oil Prices Rise Again (Reuters)` or `OIL PRICES RISE (Reuters)` closing its line is a headline;
    // `Washington (AFP)` is not.
    if (term.kind === "eol" && !hasDay && !sure(t, places, region)) {
      if (
        c.inner ||
        first.style !== "caps" ||
        places.some((pl) => pl.words > 2)
      )
        return null;
    }
    return `dateline/credit-${credit.form}`;
  }
  if (date) {
    if (term.kind === "pipe")
      return hasDay && sure(t, places, region) ? "dateline/place-date" : null;
    if (!hasDay && term.kind !== "dash") return null;
    // `ROTTERDAM PORT SUBSIDY TO END JULY 1 - MINISTER` is a headline: a date with no comma
    // before it follows a short place.
    const comma = afterComma(t, date.start);
    if (!comma && (c.inner || places.some((pl) => pl.words > 2))) return null;
    if (c.inner && term.kind !== "dash" && term.kind !== "colon") return null;
    if (term.kind === "period") return null;
    if (term.kind === "eol" && !clean) return null;
    return "dateline/place-date";
  }
  if (c.inner || !clean) return null;
  // `WHEAT - No Two Hard Red` is a price table; `RYE, N.H. - State Rep.` has a known region.
  const regionKnown =
    region !== null && isKnownRegion(t.slice(region.start, region.end));
  if (places.some((pl) => (pl.table && !regionKnown) || pl.words > 3))
    return null;
  const known = places.every((pl) => isKnownPlace(t.slice(pl.start, pl.end)));
  if (term.kind === "dash" || term.kind === "pipe") {
    if (!startsBody(c, term.follow) || readDate(c, term.follow)) return null;
    if (term.kind === "pipe") {
      const ok =
        sure(t, places, region) &&
        isUpperCh(t[term.follow] ?? "") &&
        lowerWordSoon(c, term.follow);
      return ok ? "dateline/place-dash" : null;
    }
    if (sure(t, places, region)) {
      // `LONDON - UK TO RAISE TAXES` is a headline: a sentence must follow.
      return titleAfter(c, term.follow) ? null : "dateline/place-dash";
    }
    // An unknown place: capitals, one or two words, a spaced dash and a sentence after it
    // (`XIAMEN -- Having been rated`; not `QUESTIONABLE MEDICAL CLAIMS —`, `SIEGEL--Jerome`).
    if (
      !caps ||
      places.some((pl) => pl.words > 2) ||
      !isUpperCh(t[term.follow] ?? "")
    )
      return null;
    if (!isSpace(t.charCodeAt(places[places.length - 1]!.end))) return null;
    return lowerWordSoon(c, term.follow) ? "dateline/place-dash" : null;
  }
  if (term.kind === "colon") {
    // `Kenya: Election results delayed` is a headline; `Nairobi:` and `KUWAIT:` are datelines.
    if (!known && !caps) return null;
    if (
      !caps &&
      !places.every((pl) => isKnownCity(t.slice(pl.start, pl.end)))
    )
      return null;
    // Transcripts (`JAKE TAPPER: Donald Trump ...`) look the same: an unknown place never does.
    return sure(t, places, region) && startsBody(c, term.follow)
      ? "dateline/place-colon"
      : null;
  }
  if (term.kind === "eol") {
    // Anadolu's web layout: `LONDON` or `DHAKA, Bangladesh` alone on its line.
    const regionOk =
      region === null
        ? known
        : isKnownRegion(t.slice(region.start, region.end));
    return places.length === 1 && first.style === "caps" && regionOk
      ? "dateline/place-line"
      : null;
  }
  return null;
}

/** True when every place is a known one, or the first place's region is known (`London, England`). */
function sure(
  t: string,
  places: readonly Place[],
  region: Range | null,
): boolean {
  if (places.every((pl) => isKnownPlace(t.slice(pl.start, pl.end))))
    return true;
  return region !== null && isKnownRegion(t.slice(region.start, region.end));
}

function mk(
  start: number,
  end: number,
  locations: Range[],
  region: Range | null,
  date: DateRange | null,
  agency: Range | null,
  rule: string,
): DatelineMatch {
  return {
    start,
    end,
    locations,
    region,
    date,
    agency,
    rule,
    weak: false,
    follow: end,
  };
}

export type { DateRange, Range } from "./parts.ts";
