import { isSpace } from "../_lib/span.ts";
import {
  isConnector,
  isHonorificKey,
  isJoiner,
  isBareCredit,
  isListedCreditKey,
  isKnownCity,
  isKnownCredit,
  isKnownPlace,
  isKnownRegion,
  isNotCredit,
  isNotPlace,
  isNotPlaceStartKey,
  isTableKey,
  wordKey,
  monthOf,
} from "./lookups.ts";
import {
  ACRONYM,
  ARTICLE,
  CAMEL_WORD,
  DAY_TOKEN,
  ENGLISH_WEEKDAY,
  HAS_DIGIT,
  LETTER,
  LOWER_ACRONYM,
  MARK,
  ORDINAL,
  PARTY_TAG,
  WIRE_CREDIT,
  YEAR,
} from "./patterns.ts";

/** A half-open range of the input. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A date as written and what it says. */
export interface DateRange extends Range {
  readonly month: number;
  /** Day as written, or null for a month alone (`CHICAGO, April -`). */
  readonly day: number | null;
  readonly year: number | null;
}

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

interface Cursor {
  readonly t: string;
  /** End of the line (exclusive). */
  readonly end: number;
  /** The match starts inside a line, after other text: only strong forms count. */
  readonly inner: boolean;
}

interface Place extends Range {
  /** `caps` (`NEW YORK`), `title` (`New Delhi`), `lower`, or `mixed` (`New york`, `WALtHAM` is caps). */
  readonly style: "caps" | "title" | "lower" | "mixed";
  readonly words: number;
  readonly table: boolean;
  /** For `RAFAH Gaza Strip`: end of the capitals and start of the title-case words, else -1. */
  readonly capsEnd: number;
  readonly titleStart: number;
  /** The place ended with a period that is not part of it (`NUR-SULTAN. KAZINFORM`, `Baku. 27 June`). */
  readonly period: boolean;
}

interface Credit extends Range {
  /** The credit text itself, without parentheses or slashes. */
  readonly inner: Range;
  readonly known: boolean;
  /** A date written inside the credit or right after it (`(Newsfile Corp. - March 5, 2024)`, `(PRWEB) March 5, 2024`). */
  readonly date?: DateRange;
  /** `paren` `(AP)`, `slash` `/TASS/`, `bare` `, IRNA`, `dashed` `--(BUSINESS WIRE)` or `- ArabToday`. */
  readonly form: "paren" | "slash" | "bare" | "dashed" | "pipe";
}

type Term = "dash" | "colon" | "period" | "pipe" | "eol" | "none";

interface Terminator {
  readonly kind: Term;
  /** First character of the body after the separator (or the line end). */
  readonly follow: number;
}

const MAX_PLACE_WORDS = 4;
const MAX_PLACE_CHARS = 45;
const MAX_CREDIT_CHARS = 42;

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
 * @returns The match, or null.
 */
export function matchDatelineAt(
  t: string,
  start: number,
  lineEnd: number,
  inner: boolean,
): DatelineMatch | null {
  const c: Cursor = { t, end: Math.min(lineEnd, start + 400), inner };
  const ch = t[start];
  if (ch === "(") return inner ? null : creditFirst(c, start);
  if (ch !== undefined && isDigitCh(ch))
    return inner ? null : dateFirst(c, start);
  const w = readWord(c, start);
  if (!inner && w > start && monthOf(t.slice(start, w)) > 0) {
    const d = dateFirst(c, start);
    if (d) return d;
  }
  return placeFirst(c, start);
}

// ---------------------------------------------------------------------------------------------
// Rules

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
    let pl = readPlace(c, i);
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
        if (cr && (cr.known || creditShaped(c, cr))) {
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
  const styles = new Set(places.map((pl) => pl.style));
  const clean =
    !styles.has("mixed") &&
    !styles.has("lower") &&
    !(styles.has("caps") && styles.has("title"));
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
      if (!acronym && !sure(t, places, region)) return null;
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
      !styles.has("caps") ||
      places.some((pl) => pl.words > 2) ||
      !isUpperCh(t[term.follow] ?? "")
    )
      return null;
    if (!isSpace(t.charCodeAt(places[places.length - 1]!.end))) return null;
    return lowerWordSoon(c, term.follow) ? "dateline/place-dash" : null;
  }
  if (term.kind === "colon") {
    // `Kenya: Election results delayed` is a headline; `Nairobi:` and `KUWAIT:` are datelines.
    if (!known && !styles.has("caps")) return null;
    if (
      !styles.has("caps") &&
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

// ---------------------------------------------------------------------------------------------
// Parts

/** A place name: 1-5 words, no digits, stops at `,` `(` `/` dashes, a joiner or a date. */
function readPlace(c: Cursor, p: number): Place | null {
  const t = c.t;
  let i = p;
  let words = 0;
  let end = p;
  let caps = 0;
  let title = 0;
  let lower = 0;
  let table = false;
  let capsEnd = -1;
  let titleStart = -1;
  let period = false;
  for (;;) {
    let we = readWord(c, i);
    if (we < 0) break;
    // `Baku. 27 June`: a period after a long word ends the place (`ST. LOUIS` keeps its period).
    if (
      t[we - 1] === "." &&
      we - i >= 5 &&
      indexWithin(t, ".", i, we) === we - 1 &&
      t[we] === " "
    ) {
      we--;
      period = true;
    }
    const w = t.slice(i, we);
    const key = wordKey(w);
    if (words > 0 && (isJoiner(key) || (dayAt(c, we) && monthOf(w) > 0))) break;
    if (words === 0 && dayAt(c, we) && monthOf(w) > 0) return null;
    if (
      HAS_DIGIT.test(w) ||
      ENGLISH_WEEKDAY.test(w) ||
      (words === 0 && (isNotPlaceStartKey(key) || isListedCreditKey(key)))
    ) {
      return null;
    }
    const cls = wordClass(w);
    if (words === 0 && cls !== "U" && isHonorificKey(key)) return null;
    // `havana-live-abel-prietHavana`: a lower-case word with capitals inside is an image name.
    if (cls === "L" && w !== key && w !== w.toLowerCase()) return null;
    if (cls === "L") {
      if (words > 0 && isConnector(w)) {
        // a connector must be followed by another word of the place
      } else lower++;
    } else if (cls === "U") {
      caps++;
      if (title === 0 && lower === 0) capsEnd = we;
    } else {
      if (title === 0 && lower === 0 && caps > 0) titleStart = i;
      title++;
    }
    if (isTableKey(key)) table = true;
    words++;
    end = we;
    if (words > MAX_PLACE_WORDS || end - p > MAX_PLACE_CHARS) return null;
    if (period) break;
    // Next word on the same line, after one or two spaces.
    let k = we;
    while (k < c.end && k - we < 2 && isGap(t[k]!)) k++;
    if (k === we || k >= c.end || !isLetterCh(t[k]!)) break;
    i = k;
  }
  if (words === 0) return null;
  // A trailing connector is not part of the place.
  const lastStart = t.lastIndexOf(" ", end - 1) + 1;
  if (words > 1 && lastStart > p && isConnector(t.slice(lastStart, end)))
    return null;
  const style =
    lower === 0 && title === 0
      ? "caps"
      : lower === 0 && caps === 0
        ? "title"
        : caps === 0 && title === 0
          ? "lower"
          : "mixed";
  const split = style === "mixed" && lower === 0 && titleStart > 0;
  return {
    start: p,
    end,
    style,
    words,
    table,
    capsEnd: split ? capsEnd : -1,
    titleStart: split ? titleStart : -1,
    period,
  };
}

/** A region qualifier after a comma: `Calif.`, `N.J.`, `South Korea`, `the United States`, `W. Va.`. */
function readRegion(c: Cursor, p: number): Range | null {
  const t = c.t;
  let i = p;
  let words = 0;
  let end = p;
  for (;;) {
    const we = readWord(c, i);
    if (we < 0) break;
    const w = t.slice(i, we);
    if (words > 0 && isJoiner(w)) {
      // `Trinidad and Tobago`: keep the joiner only inside a known region.
      const nx = skipWs(c, we);
      const ne = readWord(c, nx);
      if (!(ne > nx && isKnownRegion(t.slice(p, ne)))) break;
    } else {
      if (dayAt(c, we) && monthOf(w) > 0) break;
      if (
        HAS_DIGIT.test(w) ||
        ENGLISH_WEEKDAY.test(w) ||
        (words === 0 && isNotPlace(w))
      )
        return null;
      const cls = wordClass(w);
      if (cls === "L" && !(words === 0 && w === "the") && !isConnector(w))
        return null;
    }
    words++;
    end = we;
    if (words > 4) return null;
    let k = we;
    while (k < c.end && k - we < 1 && isGap(t[k]!)) k++;
    if (k === we || k >= c.end || !isLetterCh(t[k]!)) break;
    i = k;
  }
  return words > 0 ? { start: p, end } : null;
}

/**
 * A date: `Aug 22`, `Jan. 28`, `March 24, 2023`, `Sept. 7`, `30th June 2020`, `11 LUG`,
 * `FEBRUARY 19, 2020`, typos `Marchg 12`, `Apri l7`, `March 2O`; a month alone before a dash.
 */
function readDate(c: Cursor, p: number): DateRange | null {
  const t = c.t;
  if (p >= c.end) return null;
  if (isDigitCh(t[p]!)) {
    // Day first: `11 LUG`, `30th June 2020`, `2 March`.
    const d = readDay(c, p);
    if (!d) return null;
    const ms = skipWs(c, d.end);
    if (ms === d.end) return null;
    const me = readWord(c, ms);
    if (me < 0) return null;
    const month = monthOf(t.slice(ms, me));
    if (!month) return null;
    const y = readYearAfter(c, me);
    // `27 June.`: a period after a whole month name ends the sentence, not the abbreviation.
    const mEnd = t[me - 1] === "." && me - ms >= 5 ? me - 1 : me;
    return {
      start: p,
      end: y ? y.end : mEnd,
      month,
      day: d.value,
      year: y ? y.value : null,
    };
  }
  const me = readWord(c, p);
  if (me < 0) return null;
  const month = monthOf(t.slice(p, me));
  if (!month) return null;
  let k = me;
  while (k < c.end && k - me < 2 && isGap(t[k]!)) k++;
  const d = k > me || t[me - 1] === "." ? readDay(c, k) : null;
  if (!d) {
    // `CHICAGO, April - `: a full month name alone right before the separator.
    const full = me - p >= 4 && !t.slice(p, me).includes(".");
    return full && isDashCh(t[skipWs(c, me)] ?? "")
      ? { start: p, end: me, month, day: null, year: null }
      : null;
  }
  const y = readYearAfter(c, d.end);
  return {
    start: p,
    end: y ? y.end : d.end,
    month,
    day: d.value,
    year: y ? y.value : null,
  };
}

/** A day token at `p` (`22`, `07`, `2O`, `l7`, `30th`), with its value. */
function readDay(c: Cursor, p: number): { end: number; value: number } | null {
  const t = c.t;
  let j = p;
  while (j < c.end && j - p < 3 && "0123456789OolI".includes(t[j]!)) j++;
  const tok = t.slice(p, j);
  if (!DAY_TOKEN.test(tok) || !HAS_DIGIT.test(tok)) return null;
  if (
    j + 2 <= c.end &&
    ORDINAL.test(t.slice(j, j + 2)) &&
    !isAlnumCh(t[j + 2] ?? "")
  )
    j += 2;
  if (j < c.end && isAlnumCh(t[j]!)) return null;
  const value = Number(tok.replace(/o/giu, "0").replace(/[lI]/gu, "1"));
  return { end: j, value };
}

/** True when a day token follows `p` after one or two spaces (a month word then starts a date). */
function dayAt(c: Cursor, p: number): boolean {
  let k = p;
  while (k < c.end && k - p < 2 && isGap(c.t[k]!)) k++;
  return (k > p || c.t[p - 1] === ".") && readDay(c, k) !== null;
}

/** `, 2023` or ` 2020` after a date. */
function readYearAfter(
  c: Cursor,
  p: number,
): { end: number; value: number } | null {
  const t = c.t;
  let k = p;
  if (t[k] === ",") k++;
  const s = skipWs(c, k);
  if (s === p) return null;
  const tok = t.slice(s, s + 4);
  if (!YEAR.test(tok) || isAlnumCh(t[s + 4] ?? "")) return null;
  return { end: s + 4, value: Number(tok) };
}

/** A credit in parentheses: `(AP)`, `(Jiji Press)`, `(dpa/lno)`, `(GLOBE NEWSWIRE)`, unclosed `(MENA - `. */
function readParenCredit(c: Cursor, p: number): Credit | null {
  const t = c.t;
  let j = p + 1;
  while (j < c.end && j - p <= MAX_CREDIT_CHARS && t[j] !== ")" && t[j] !== "(")
    j++;
  if (t[j] === ")") {
    const [s, e0] = trim(t, p + 1, j);
    if (e0 <= s || !isLetterCh(t[s]!)) return null;
    // `(Newsfile Corp. - March 5, 2024)`, `(Marketwire - March 5, 2012)`: a wire and its date.
    let e = e0;
    let date: DateRange | null = null;
    const dash = indexWithin(t, " - ", s, e0);
    if (dash > s && dash < e0) {
      const d = readDate(c, skipWs(c, dash + 3));
      if (d && d.end === e0 && WIRE_CREDIT.test(t.slice(s, dash))) {
        e = dash;
        date = d;
      }
    }
    const inner = t.slice(s, e);
    if (readDate(c, s)?.end === e) return null;
    const words = inner.split(/[\s/]+/u);
    if (words.length > 5 || words.some((w) => isNotCredit(w))) return null;
    // `Charlie Dent (Pa.)`, `Sen. Bob Menendez (D-NJ)`: a state or party tag, not a credit.
    if (PARTY_TAG.test(inner) || isKnownRegion(inner)) return null;
    const known = isKnownCredit(inner) || WIRE_CREDIT.test(inner);
    return {
      start: p,
      end: j + 1,
      inner: { start: s, end: e },
      known,
      form: "paren",
      ...(date ? { date } : {}),
    };
  }
  // Unclosed: `(MENA - President ...`: a known credit word, then a dash.
  const s = p + 1;
  const e = readWord(c, s);
  if (e < 0 || !isKnownCredit(t.slice(s, e))) return null;
  const d = skipWs(c, e);
  if (d === e || !isDashCh(t[d] ?? "")) return null;
  return {
    start: p,
    end: e,
    inner: { start: s, end: e },
    known: true,
    form: "paren",
  };
}

/** A credit between slashes: `/PRNewswire/`, `/TASS/`, `/ ACCESSWIRE /`, `/EINPresswire.com/`. */
function readSlashCredit(c: Cursor, p: number): Credit | null {
  const t = c.t;
  const s = skipWs(c, p + 1);
  let j = s;
  while (j < c.end && j - p <= MAX_CREDIT_CHARS && t[j] !== "/") j++;
  if (t[j] !== "/") return null;
  const [cs, ce] = trim(t, s, j);
  if (ce <= cs) return null;
  const inner = t.slice(cs, ce);
  // `/24-7PressRelease/` may open with a digit; other credits open with a letter.
  if (!isLetterCh(t[cs]!) && !(isDigitCh(t[cs]!) && WIRE_CREDIT.test(inner)))
    return null;
  const known = isKnownCredit(inner) || WIRE_CREDIT.test(inner);
  if (!known && !ACRONYM.test(inner.replace(/[-\s]/gu, ""))) return null;
  return {
    start: p,
    end: j + 1,
    inner: { start: cs, end: ce },
    known,
    form: "slash",
  };
}

/** True when a slash at `p` opens a credit rather than joining two places. */
function slashCreditAhead(c: Cursor, p: number): boolean {
  const cr = readSlashCredit(c, p);
  return cr !== null && cr.known;
}

/** End of a known bare credit at `p` (`Reuter`, `IRNA`, `AZERTAC`, `Kyodo`), or -1. */
function bareCreditAt(c: Cursor, p: number): number {
  const e = readWordRun(c, p, 2);
  if (e <= p) return -1;
  if (isBareCredit(c.t.slice(p, e))) return e;
  const e1 = readWord(c, p);
  return e1 > p && e1 < e && isBareCredit(c.t.slice(p, e1)) ? e1 : -1;
}

/** True when a bare credit ending at `p` ends the dateline: a separator or the line end follows. */
function creditEnds(c: Cursor, p: number): boolean {
  const k = readTerminator(c, p)?.kind;
  return k === "dash" || k === "colon" || k === "eol" || k === "period";
}

/** True when an unknown credit looks like an agency: `(Jiji Press)`, `(UNA-OIC)`, `(TNSres)`, not `(left)`. */
function creditShaped(c: Cursor, cr: Credit): boolean {
  const inner = c.t.slice(cr.inner.start, cr.inner.end);
  const words = inner.split(/\s+/u);
  if (words.length > 4 || HAS_DIGIT.test(inner)) return false;
  // `(dts Nachrichtenagentur)`: a lower-case acronym may open the credit.
  const first = words[0] ?? "";
  const start =
    LOWER_ACRONYM.test(first) && !c.inner && words.length > 1 ? 1 : 0;
  return words.slice(start).every((w) => isUpperCh(w[0] ?? ""));
}

/** The separator after a dateline, or null when what follows cannot end one. */
function readTerminator(c: Cursor, p: number): Terminator | null {
  const t = c.t;
  const k = skipWs(c, p);
  if (k >= c.end) return { kind: "eol", follow: k };
  const ch = t[k]!;
  if (ch === "." && isDashCh(t[k + 1] ?? ""))
    return { kind: "dash", follow: skipWs(c, readDash(c, k + 1)) };
  if (ch === ",") {
    // `CHICAGO, March 4, - South Korea's`: a stray comma before the dash.
    const d = skipWs(c, k + 1);
    return isDashCh(t[d] ?? "")
      ? { kind: "dash", follow: skipWs(c, readDash(c, d)) }
      : null;
  }
  if (isDashCh(ch)) {
    const d = readDash(c, k);
    return d > 0 ? { kind: "dash", follow: skipWs(c, d) } : null;
  }
  if (ch === "_" && k > p && isSpace(t.charCodeAt(k + 1))) {
    // Old AP copy: `WASHINGTON (AP) _ The Senate voted`.
    return { kind: "dash", follow: skipWs(c, k + 1) };
  }
  if (ch === ":") return { kind: "colon", follow: skipWs(c, k + 1) };
  if (ch === "|") return { kind: "pipe", follow: skipWs(c, k + 1) };
  if (ch === "." && (k + 1 >= c.end || isSpace(t.charCodeAt(k + 1))))
    return { kind: "period", follow: skipWs(c, k + 1) };
  if (k > p && (isUpperCh(ch) || isQuoteCh(ch)))
    return { kind: "none", follow: k };
  return null;
}

/** End of a dash separator at `p` (`-`, `--`, `–`, `—`, `―`), or -1 for a hyphen glued to a word. */
function readDash(c: Cursor, p: number): number {
  const t = c.t;
  let j = p;
  while (j < c.end && j - p < 3 && isDashCh(t[j]!)) j++;
  if (j === p) return -1;
  return j;
}

// ---------------------------------------------------------------------------------------------
// Characters and words

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

/** End of a word at `p` (letters, marks, digits, `.`, `'`, `’`, `}` and inner hyphens), or -1. */
function readWord(c: Cursor, p: number): number {
  const t = c.t;
  if (p >= c.end || !isLetterCh(t[p]!)) return -1;
  let j = p + 1;
  while (j < c.end) {
    const ch = t[j]!;
    if (isAlnumCh(ch) || ch === "." || ch === "'" || ch === "’" || ch === "}")
      j++;
    else if (ch === "-" && j + 1 < c.end && isLetterCh(t[j + 1]!)) j++;
    else break;
  }
  return j;
}

/** End of up to `max` words separated by single spaces. */
function readWordRun(c: Cursor, p: number, max: number): number {
  let e = readWord(c, p);
  if (e < 0) return -1;
  for (let n = 1; n < max; n++) {
    if (c.t[e] !== " ") break;
    const e2 = readWord(c, e + 1);
    if (e2 < 0) break;
    e = e2;
  }
  return e;
}

/** `U` all capitals (`NEW`, `WALtHAM`, `N.J.`), `T` capitalised (`Delhi`), `L` lower case. */
function wordClass(w: string): "U" | "T" | "L" {
  let up = 0;
  let low = 0;
  let firstUpper: boolean | null = null;
  for (let i = 0; i < w.length; i++) {
    const x = w.charCodeAt(i);
    let u: boolean;
    let l: boolean;
    if (x < 128) {
      u = x >= 65 && x <= 90;
      l = x >= 97 && x <= 122;
    } else {
      const ch = w[i]!;
      u = ch !== ch.toLowerCase();
      l = ch !== ch.toUpperCase();
    }
    if (firstUpper === null && (u || l)) firstUpper = u;
    if (u) up++;
    else if (l) low++;
  }
  if (!firstUpper) return "L";
  if (low === 0) return "U";
  return up >= 3 && up >= 2 * low ? "U" : "T";
}

/** True when the body after a separator starts like a sentence: a capital, a digit or a quote. */
function startsBody(c: Cursor, p: number): boolean {
  if (p >= c.end) return true;
  const ch = c.t[p]!;
  return isUpperCh(ch) || isDigitCh(ch) || isQuoteCh(ch) || ch === "#";
}

/**
 * True when what follows a separator reads as a title, not a sentence: three or more words all in
 * capitals (`LONDON - UK TO RAISE TAXES`), or one or two words closing the line (`Riyadh – About`).
 */
function titleAfter(c: Cursor, p: number): boolean {
  const t = c.t;
  if (p >= c.end) return false;
  let i = p;
  let n = 0;
  let caps = 0;
  while (n < 3 && i < c.end) {
    const we = readWord(c, i);
    if (we > i) {
      const cls = wordClass(t.slice(i, we));
      if (cls === "L") return false;
      if (cls === "U") caps++;
    }
    n++;
    let k = we > i ? we : i + 1;
    while (k < c.end && !isSpace(t.charCodeAt(k))) k++;
    i = skipWs(c, k);
  }
  return n < 3 || caps === 3;
}

/** True when one of the next ten words after `p` is all lower case (a sentence, not a table heading). */
function lowerWordSoon(c: Cursor, p: number): boolean {
  const t = c.t;
  let i = p;
  for (let n = 0; n < 10 && i < c.end; n++) {
    const we = readWord(c, i);
    if (we > i && wordClass(t.slice(i, we)) === "L") return true;
    let k = we > i ? we : i + 1;
    while (k < c.end && !isSpace(t.charCodeAt(k))) k++;
    i = skipWs(c, k);
  }
  return false;
}

/**
 * True when a comma or parenthesis (then spaces) comes right before `p`: `, ` in `LONDON, Aug 22`,
 * `(` in `(NOVEMBER 1, 2013)`; not `END ` in `TO END JULY 1`.
 */
function afterComma(t: string, p: number): boolean {
  let k = p - 1;
  while (k >= 0 && p - k <= 3 && isSpace(t.charCodeAt(k))) k--;
  const ch = t[k];
  return ch === "," || ch === "(" || ch === ")";
}

/** First index of `needle` starting in `[from, to)`, or -1: a search that never runs past `to`. */
function indexWithin(
  t: string,
  needle: string,
  from: number,
  to: number,
): number {
  const last = to - needle.length;
  for (let i = from; i <= last; i++) if (t.startsWith(needle, i)) return i;
  return -1;
}

function skipWs(c: Cursor, p: number): number {
  let i = p;
  while (i < c.end && isSpace(c.t.charCodeAt(i))) i++;
  return i;
}

function trim(t: string, s: number, e: number): [number, number] {
  let a = s;
  let b = e;
  while (a < b && isSpace(t.charCodeAt(a))) a++;
  while (b > a && isSpace(t.charCodeAt(b - 1))) b--;
  return [a, b];
}

function isLetterCh(ch: string): boolean {
  const x = ch.charCodeAt(0);
  if (x < 128) return (x >= 65 && x <= 90) || (x >= 97 && x <= 122);
  return LETTER.test(ch);
}

function isAlnumCh(ch: string): boolean {
  const x = ch.charCodeAt(0);
  if (x < 128)
    return (
      (x >= 65 && x <= 90) || (x >= 97 && x <= 122) || (x >= 48 && x <= 57)
    );
  return LETTER.test(ch) || MARK.test(ch);
}

function isDigitCh(ch: string): boolean {
  const x = ch.charCodeAt(0);
  return x >= 48 && x <= 57;
}

function isUpperCh(ch: string): boolean {
  return ch !== "" && ch !== ch.toLowerCase() && isLetterCh(ch);
}

/** A space inside a dateline: ASCII space or no-break space (U+00A0, U+202F). */
function isGap(ch: string): boolean {
  return ch === " " || ch === "\u00a0" || ch === "\u202f";
}

function isDashCh(ch: string): boolean {
  return (
    ch === "-" ||
    ch === "–" ||
    ch === "—" ||
    ch === "―" ||
    ch === "‒" ||
    ch === "−"
  );
}

function isQuoteCh(ch: string): boolean {
  return "\"'“”‘’«»„`".includes(ch);
}
