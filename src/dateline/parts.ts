import {
  isBareCredit,
  isConnector,
  isJoiner,
  isKnownCredit,
  isKnownRegion,
  isNotCredit,
  isNotPlace,
  KEY_CREDIT,
  KEY_HONORIFIC,
  KEY_JOINER,
  KEY_NOT_FIRST,
  KEY_TABLE,
  KEY_WEEKDAY,
  keyFlags,
  monthOf,
  wordKey,
} from "./lookups.ts";
import {
  ACRONYM,
  ENGLISH_WEEKDAY,
  HAS_DIGIT,
  LOWER_ACRONYM,
  ORDINAL,
  PARTY_TAG,
  WIRE_CREDIT,
  YEAR,
} from "./patterns.ts";
import { PLACE_CONNECTORS, PLACE_JOINERS } from "./data.ts";
import {
  indexWithin,
  isAlnumCh,
  isDashCh,
  isDigitCh,
  isGap,
  isLetterCh,
  isUpperCh,
  readTerminator,
  readWord,
  readWordRun,
  skipWs,
  trim,
  wordClass,
} from "./scan.ts";
import type { Cursor } from "./scan.ts";

// The parts of a dateline, each read at a given offset: a place (`NEW YORK`), a region
// (`Calif.`, `South Korea`), a date (`Aug 22`, `30th June 2020`, `11 LUG`) and a credit (`(AP)`,
// `/PRNewswire/`, `, IRNA`).

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

/** A place name as read, with its letter case and word count. */
export interface Place extends Range {
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

/** An agency credit as read, with the form it was written in. */
export interface Credit extends Range {
  /** The credit text itself, without parentheses or slashes. */
  readonly inner: Range;
  readonly known: boolean;
  /** A date written inside the credit or right after it (`(Newsfile Corp. - March 5, 2024)`, `(PRWEB) March 5, 2024`). */
  readonly date?: DateRange;
  /** `paren` `(AP)`, `slash` `/TASS/`, `bare` `, IRNA`, `dashed` `--(BUSINESS WIRE)` or `- ArabToday`. */
  readonly form: "paren" | "slash" | "bare" | "dashed" | "pipe";
}

/** Longest place name, in words (`SALT LAKE CITY`, `RIO DE JANEIRO`) and characters. */
export const MAX_PLACE_WORDS = 4;

export const MAX_PLACE_CHARS = 45;

/** Longest credit inside parentheses or slashes (`PRNewswire-HISPANIC PR WIRE`). */
export const MAX_CREDIT_CHARS = 42;

/**
 * A place name: 1-5 words, no digits, stops at `,` `(` `/` dashes, a joiner or a date.
 * With `clean` (the first place of a dateline inside a line, which must not be in mixed case), a
 * lower-case word after the first that is not a connector (`Modi said`) gives null at once: the
 * place would be `mixed`, which the caller rejects all the same.
 */
export function readPlace(c: Cursor, p: number, clean = false): Place | null {
  // Two passes: the first finds where the place ends from the word shapes alone (cheap: most lines
  // of running text fail here, with five words or more); the second checks each word of it.
  const t = c.t;
  let i = p;
  let words = 0;
  let end = p;
  let period = false;
  for (;;) {
    const we = readWord(c, i);
    if (we < 0) break;
    if (t.charCodeAt(we) !== 32 || t.charCodeAt(we - 1) !== 46) {
      // no period to drop
    } else if (we - 1 - i >= 4 && indexWithin(t, ".", i, we) === we - 1) {
      period = true;
    }
    const wEnd = period ? we - 1 : we;
    // A month word before a day starts a date, not a place (`Aug 22`).
    const dated = dayAt(c, wEnd) && monthOf(t.slice(i, wEnd)) > 0;
    if (words > 0 && (isJoinerAt(t, i, wEnd) || dated)) break;
    if (words === 0 && dated) return null;
    if (clean && words > 0 && lowerWordAt(t, i, wEnd)) {
      // Every read so far stopped short of the cursor end (a day after the last word reads at most
      // eight characters): a start further right, whose cursor ends no earlier, reads the same.
      if (c.probe && we + 8 < c.end) c.probe.lowerAt = i;
      return null;
    }
    words++;
    end = wEnd;
    if (words > MAX_PLACE_WORDS || end - p > MAX_PLACE_CHARS) return null;
    if (period) break;
    const k = nextWordStart(c, wEnd);
    if (k < 0) break;
    i = k;
  }
  if (words === 0) return null;
  let caps = 0;
  let title = 0;
  let lower = 0;
  let table = false;
  let capsEnd = -1;
  let titleStart = -1;
  i = p;
  for (let n = 0; n < words; n++) {
    const we = n === words - 1 ? end : readWord(c, i);
    const w = t.slice(i, we);
    const key = wordKey(w);
    const flags = keyFlags(key);
    if (
      hasDigit(t, i, we) ||
      (key.endsWith("day") && ENGLISH_WEEKDAY.test(w)) ||
      (n === 0 && (flags & (KEY_WEEKDAY | KEY_NOT_FIRST | KEY_CREDIT)) !== 0)
    ) {
      return null;
    }
    const cls = wordClass(w);
    if (n === 0 && cls !== "U" && (flags & KEY_HONORIFIC) !== 0) return null;
    // `havana-live-abel-prietHavana`: a lower-case word with capitals inside is an image name.
    if (cls === "L" && w !== key && w !== w.toLowerCase()) return null;
    if (cls === "L") {
      if (n > 0 && isConnector(w)) {
        // a connector must be followed by another word of the place
      } else lower++;
    } else if (cls === "U") {
      caps++;
      if (title === 0 && lower === 0) capsEnd = we;
    } else {
      if (title === 0 && lower === 0 && caps > 0) titleStart = i;
      title++;
    }
    if ((flags & KEY_TABLE) !== 0) table = true;
    if (n < words - 1) i = nextWordStart(c, we);
  }
  // A trailing connector is not part of the place.
  if (words > 1) {
    const lastStart = t.lastIndexOf(" ", end - 1) + 1;
    if (lastStart > p && isConnector(t.slice(lastStart, end))) return null;
  }
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

/**
 * True when `t[s, e)` opens with an ASCII lower-case letter and is not a connector (`said`, not
 * `de`): a word that makes a place of capitals or capitalised words `mixed`.
 */
function lowerWordAt(t: string, s: number, e: number): boolean {
  const x = t.charCodeAt(s);
  if (x < 97 || x > 122) return false;
  return e - s > MAX_CONNECTOR || !isConnector(t.slice(s, e));
}

/** Longest word of {@link PLACE_CONNECTORS}. */
const MAX_CONNECTOR = /* @__PURE__ */ Math.max(
  ...PLACE_CONNECTORS.map((w) => w.length),
);

/** Start of the next word of a place after `we`: one or two spaces, then a letter; else -1. */
function nextWordStart(c: Cursor, we: number): number {
  const t = c.t;
  let k = we;
  while (k < c.end && k - we < 2 && isGap(t[k]!)) k++;
  if (k === we || k >= c.end || !isLetterCh(t[k]!)) return -1;
  return k;
}

/** Longest word of {@link PLACE_JOINERS} (lower-casing never shortens a word). */
const MAX_JOINER = /* @__PURE__ */ Math.max(
  ...PLACE_JOINERS.map((w) => w.length),
);

/** True when `t[s, e)` is a joiner (`and`, `AND`, `und`): its {@link wordKey} has `KEY_JOINER`. */
function isJoinerAt(t: string, s: number, e: number): boolean {
  // Every joiner opens with `a`, `e`, `u`, `y` or `&` in either case; no other first character
  // lower-cases to one of them.
  const x = t.charCodeAt(s) | 32;
  if (x !== 97 && x !== 101 && x !== 117 && x !== 121 && x !== 38) return false;
  let n = e;
  while (n > s && t.charCodeAt(n - 1) === 46) n--;
  if (n - s > MAX_JOINER) return false;
  return (keyFlags(wordKey(t.slice(s, e))) & KEY_JOINER) !== 0;
}

/** A region qualifier after a comma: `Calif.`, `N.J.`, `South Korea`, `the United States`, `W. Va.`. */
export function readRegion(c: Cursor, p: number): Range | null {
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
 * `FEBRUARY 19, 2020`, `3. Oktober`, typos `Marchg 12`, `Apri l7`, `March 2O`; a month alone before a dash.
 */
export function readDate(c: Cursor, p: number): DateRange | null {
  const t = c.t;
  if (p >= c.end) return null;
  if (isDigitCh(t[p]!)) {
    // Day first: `11 LUG`, `30th June 2020`, `2 March`, German `3. Oktober`.
    const d = readDay(c, p);
    if (!d) return null;
    const de = t[d.end] === "." ? d.end + 1 : d.end;
    const ms = skipWs(c, de);
    if (ms === de) return null;
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
  // A day is a digit within five characters of the month word's end; else a dash must follow it.
  if (!digitNear(c, me) && !isDashCh(t[skipWs(c, me)] ?? "")) return null;
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

/**
 * True when an ASCII digit lies in the five characters from `p` (within the line): where the day
 * after a month word ending at `p` is read (two spaces, then three characters), if there is one.
 */
export function digitNear(c: Cursor, p: number): boolean {
  const e = Math.min(c.end, p + 5);
  for (let i = p; i < e; i++) {
    const x = c.t.charCodeAt(i);
    if (x >= 48 && x <= 57) return true;
  }
  return false;
}

/** A day token at `p` (`22`, `07`, `2O`, `l7`, `30th`), with its value. */
export function readDay(
  c: Cursor,
  p: number,
): { end: number; value: number } | null {
  const t = c.t;
  // Up to three digits or digit look-alikes (`O`, `o`, `l`, `I`), at least one real digit.
  let j = p;
  let value = 0;
  let digit = false;
  while (j < c.end && j - p < 3) {
    const x = t.charCodeAt(j);
    if (x >= 48 && x <= 57) {
      digit = true;
      value = value * 10 + (x - 48);
    } else if (x === 79 || x === 111) value *= 10;
    else if (x === 108 || x === 73) value = value * 10 + 1;
    else break;
    j++;
  }
  if (!digit) return null;
  if (
    j + 2 <= c.end &&
    ORDINAL.test(t.slice(j, j + 2)) &&
    !isAlnumCh(t[j + 2] ?? "")
  )
    j += 2;
  if (j < c.end && isAlnumCh(t[j]!)) return null;
  return { end: j, value };
}

/** True when `t[s, e)` holds an ASCII digit. */
function hasDigit(t: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const x = t.charCodeAt(i);
    if (x >= 48 && x <= 57) return true;
  }
  return false;
}

/** True when a day token follows `p` after one or two spaces (a month word then starts a date). */
export function dayAt(c: Cursor, p: number): boolean {
  let k = p;
  while (k < c.end && k - p < 2 && isGap(c.t[k]!)) k++;
  return (k > p || c.t[p - 1] === ".") && readDay(c, k) !== null;
}

/** `, 2023` or ` 2020` after a date. */
export function readYearAfter(
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
export function readParenCredit(c: Cursor, p: number): Credit | null {
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
    // `Charlie Dent (Pa.)`, `Sen. Bob Menendez (D-NJ)`: a state or party tag, not a credit; but an
    // agency credit in capitals that is also a state code (`LONDON (PA) -`) stays a credit.
    if (PARTY_TAG.test(inner)) return null;
    if (isKnownRegion(inner) && !(inner === inner.toUpperCase() && isKnownCredit(inner))) return null;
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
export function readSlashCredit(c: Cursor, p: number): Credit | null {
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
export function slashCreditAhead(c: Cursor, p: number): boolean {
  const cr = readSlashCredit(c, p);
  return cr !== null && cr.known;
}

/** End of a known bare credit at `p` (`Reuter`, `IRNA`, `AZERTAC`, `Kyodo`), or -1. */
export function bareCreditAt(c: Cursor, p: number): number {
  const e = readWordRun(c, p, 2);
  if (e <= p) return -1;
  if (isBareCredit(c.t.slice(p, e))) return e;
  const e1 = readWord(c, p);
  return e1 > p && e1 < e && isBareCredit(c.t.slice(p, e1)) ? e1 : -1;
}

/** True when a bare credit ending at `p` ends the dateline: a separator or the line end follows. */
export function creditEnds(c: Cursor, p: number): boolean {
  const k = readTerminator(c, p)?.kind;
  return k === "dash" || k === "colon" || k === "eol" || k === "period";
}

/** True when an unknown credit looks like an agency: `(Jiji Press)`, `(UNA-OIC)`, `(TNSres)`, not `(left)`. */
export function creditShaped(c: Cursor, cr: Credit): boolean {
  const inner = c.t.slice(cr.inner.start, cr.inner.end);
  const words = inner.split(/\s+/u);
  if (words.length > 4 || HAS_DIGIT.test(inner)) return false;
  // `(dts Nachrichtenagentur)`: a lower-case acronym may open the credit.
  const first = words[0] ?? "";
  const start =
    LOWER_ACRONYM.test(first) && !c.inner && words.length > 1 ? 1 : 0;
  return words.slice(start).every((w) => isUpperCh(w[0] ?? ""));
}
