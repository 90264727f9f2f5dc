import { sameFrom, withinOneEdit } from "../_lib/edit.ts";
import { agencyByCredit } from "../agency/lookup.ts";
import {
  BARE_CREDITS,
  KNOWN_CITIES,
  MONTH_FULL,
  MONTH_WORDS,
  HONORIFIC_WORDS,
  NOT_CREDIT_WORDS,
  NOT_PLACE_FIRST_WORDS,
  NOT_PLACE_WORDS,
  PLACE_CONNECTORS,
  PLACE_JOINERS,
  REGION_ABBREVIATIONS,
  REGION_NAMES,
  TABLE_WORDS,
} from "./data.ts";

/** Read-only lookup sets over the tables of `data.ts`, built once when the module loads. */
const MONTHS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(
  MONTH_WORDS,
);
const WEEKDAYS: ReadonlySet<string> = /* @__PURE__ */ new Set(NOT_PLACE_WORDS);
const NOT_FIRST: ReadonlySet<string> = /* @__PURE__ */ new Set(
  NOT_PLACE_FIRST_WORDS,
);
const HONORIFICS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  HONORIFIC_WORDS,
);
const TABLE: ReadonlySet<string> = /* @__PURE__ */ new Set(TABLE_WORDS);
const ABBR: ReadonlySet<string> = /* @__PURE__ */ new Set(REGION_ABBREVIATIONS);
const REGIONS: ReadonlySet<string> = /* @__PURE__ */ new Set(REGION_NAMES);
const CITIES: ReadonlySet<string> = /* @__PURE__ */ new Set(KNOWN_CITIES);
const CREDITS: ReadonlySet<string> = /* @__PURE__ */ new Set(BARE_CREDITS);
const NOT_CREDIT: ReadonlySet<string> = /* @__PURE__ */ new Set(
  NOT_CREDIT_WORDS,
);
const CONNECTORS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  PLACE_CONNECTORS,
);
const JOINERS: ReadonlySet<string> = /* @__PURE__ */ new Set(PLACE_JOINERS);

/** Bits of {@link keyFlags}: which word tables a {@link wordKey} is in. */
export const KEY_WEEKDAY = 1;
export const KEY_NOT_FIRST = 2;
export const KEY_CREDIT = 4;
export const KEY_HONORIFIC = 8;
export const KEY_TABLE = 16;
export const KEY_JOINER = 32;

/** Every word table a place word is checked against, merged: one lookup per word instead of six. */
const KEY_FLAGS: ReadonlyMap<string, number> = /* @__PURE__ */ (() => {
  const m = new Map<string, number>();
  const add = (words: readonly string[], bit: number): void => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | bit);
  };
  add(NOT_PLACE_WORDS, KEY_WEEKDAY);
  add(NOT_PLACE_FIRST_WORDS, KEY_NOT_FIRST);
  add(BARE_CREDITS, KEY_CREDIT);
  add(HONORIFIC_WORDS, KEY_HONORIFIC);
  add(TABLE_WORDS, KEY_TABLE);
  add(PLACE_JOINERS, KEY_JOINER);
  return m;
})();

/**
 * The tables a {@link wordKey} is in, as `KEY_...` bits: `KEY_WEEKDAY` ({@link isWeekdayKey}),
 * `KEY_NOT_FIRST` (with `KEY_WEEKDAY`, {@link isNotPlaceStartKey}), `KEY_CREDIT`
 * ({@link isListedCreditKey}), `KEY_HONORIFIC`, `KEY_TABLE`, `KEY_JOINER` ({@link isJoiner}).
 */
export function keyFlags(key: string): number {
  return KEY_FLAGS.get(key) ?? 0;
}

/** `s` without trailing periods and colons (`Calif.` gives `Calif`, `UPDATE:` gives `UPDATE`). */
function stripEnd(s: string): string {
  let e = s.length;
  while (e > 0 && (s[e - 1] === "." || s[e - 1] === ":")) e--;
  return s.slice(0, e);
}

/** Folds a place or credit for lookup: lower case, curly apostrophe straightened, spaces single. */
export function foldKey(s: string): string {
  const l = s.toLowerCase();
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    if (c === 0x2019 || c === 32 || c === 9 || c === 0xa0) {
      return l.replace(/’/gu, "'").replace(/\s+/gu, " ").trim();
    }
  }
  return l;
}

/** Lower-case first letters (char codes) of every month word and month name: a word opening otherwise is no month... */
const MONTH_FIRST: ReadonlySet<number> = /* @__PURE__ */ new Set([
  ...MONTH_WORDS.map(([w]) => w.charCodeAt(0)),
  ...MONTH_FULL.map((w) => w.charCodeAt(0)),
]);
/** ...unless its second letter is that of a month name of five letters or more (`Narch`, first letter wrong). */
const MONTH_SECOND: ReadonlySet<number> = /* @__PURE__ */ new Set(
  MONTH_FULL.filter((w) => w.length >= 5).map((w) => w.charCodeAt(1)),
);

/**
 * Month number of every three-letter ASCII word that has one (`jan`, `aug`, `jun`, `sep`), keyed by
 * its three lower-case char codes: the month words of that length, else a prefix of a month name.
 */
const MONTH3: ReadonlyMap<number, number> = /* @__PURE__ */ (() => {
  const m = new Map<number, number>();
  const key = (w: string): number =>
    (w.charCodeAt(0) << 16) | (w.charCodeAt(1) << 8) | w.charCodeAt(2);
  const ascii = (w: string): boolean =>
    w.length === 3 && [...w].every((ch) => ch.charCodeAt(0) < 128);
  MONTH_FULL.forEach((name, k) => {
    const p = name.slice(0, 3);
    if (name.length >= 4 && ascii(p) && !m.has(key(p))) m.set(key(p), k + 1);
  });
  for (const [w, n] of MONTH_WORDS) if (ascii(w)) m.set(key(w), n);
  return m;
})();

/** ASCII lower case of a char code (other codes unchanged). */
function lowerCode(x: number): number {
  return x >= 65 && x <= 90 ? x + 32 : x;
}

/** Month number (1-12) of a month word as written (`Aug`, `Sept.`, `Juin`, `LUG`, `Marchg`, `Juen`), or 0. */
export function monthOf(word: string): number {
  // Most words are told apart by their first two (ASCII) letters alone, before any lower-casing.
  const x0 = word.charCodeAt(0);
  const x1 = word.charCodeAt(1);
  if (x0 < 128 && x1 < 128) {
    if (!MONTH_FIRST.has(lowerCode(x0)) && !MONTH_SECOND.has(lowerCode(x1)))
      return 0;
    // Three letters (`The`, `Aug`, `Jan.`): one lookup by char codes, no lower-cased copy.
    const x2 = word.charCodeAt(2);
    const n = word.length;
    if (
      x2 < 128 &&
      ((n === 3 && x2 !== 46) || (n === 4 && word.charCodeAt(3) === 46))
    )
      return (
        MONTH3.get(
          (lowerCode(x0) << 16) | (lowerCode(x1) << 8) | lowerCode(x2),
        ) ?? 0
      );
  }
  // Lower-casing never shortens a string: a word over 10 characters stays too long.
  if (word.length - (word.endsWith(".") ? 1 : 0) > 10) return 0;
  let w = word.toLowerCase();
  if (w.endsWith(".")) w = w.slice(0, -1);
  if (w.length < 3 || w.length > 10) return 0;
  const exact = MONTHS.get(w);
  if (exact !== undefined) return exact;
  for (let m = 0; m < MONTH_FULL.length; m++) {
    const name = MONTH_FULL[m]!;
    if (name.length < 4) continue;
    if (name[0] !== w[0]) {
      // `Narch`: only the first letter wrong.
      if (w.length >= 5 && w.length === name.length && sameFrom(w, 1, name, 1))
        return m + 1;
      continue;
    }
    if (name.startsWith(w) || (w.length >= 4 && withinOneEdit(w, name, true)))
      return m + 1;
  }
  return 0;
}

/**
 * The lookup key of one word: lower case, trailing periods and colons dropped (`Calif.` gives
 * `calif`, `UPDATE:` gives `update`). Compute it once per word for the `...Key` tests.
 */
export function wordKey(word: string): string {
  return stripEnd(word.toLowerCase());
}

/** {@link isNotPlace} on a {@link wordKey}. */
export function isWeekdayKey(key: string): boolean {
  return WEEKDAYS.has(key);
}

/** {@link isNotPlaceStart} on a {@link wordKey}. */
export function isNotPlaceStartKey(key: string): boolean {
  return WEEKDAYS.has(key) || NOT_FIRST.has(key);
}

/** {@link isListedCredit} on a {@link wordKey} (the caller checks the capital). */
export function isListedCreditKey(key: string): boolean {
  return CREDITS.has(key);
}

/** {@link isHonorific} on a {@link wordKey}. */
export function isHonorificKey(key: string): boolean {
  return HONORIFICS.has(key);
}

/** {@link isTableWord} on a {@link wordKey}. */
export function isTableKey(key: string): boolean {
  return TABLE.has(key);
}

/** True for words that are never part of a dateline place (weekdays: `Wednesday`, `Kamis`). */
export function isNotPlace(word: string): boolean {
  return WEEKDAYS.has(stripEnd(foldKey(word)));
}

/** True for words that never open a dateline place (`Image`, `UPDATE`, `By`, `Today`). */
export function isNotPlaceStart(word: string): boolean {
  const k = stripEnd(foldKey(word));
  return WEEKDAYS.has(k) || NOT_FIRST.has(k);
}

/** True for a title before a name (`Sen.`, `King`, `President`). */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(stripEnd(foldKey(word)));
}

/** True for price-table and market words (`WHEAT`, `GRADINGS`, `FOB`). */
export function isTableWord(word: string): boolean {
  return TABLE.has(stripEnd(foldKey(word)));
}

/** True for a known region qualifier: `Calif.`, `N.J.`, `W. Va.`, `Ohio`, `South Korea`, `the United States`. */
export function isKnownRegion(s: string): boolean {
  const k = foldKey(s);
  if (REGIONS.has(k) || REGIONS.has(stripEnd(k))) return true;
  const abbr = k.replace(/[.\s]/gu, "");
  return (s.includes(".") || s.length <= 4) && ABBR.has(abbr);
}

/** True for a known city or stand-alone dateline place (`LONDON`, `Nairobi`, `KUWAIT`, `New Delhi`). */
export function isKnownPlace(s: string): boolean {
  const k = foldKey(s);
  return CITIES.has(k) || REGIONS.has(k);
}

/** True for a known city (not a country): `Nairobi`, `New Delhi`, `Jeddah`. */
export function isKnownCity(s: string): boolean {
  return CITIES.has(foldKey(s));
}

/** True for a known agency credit: the bare-credit table or the agency table (`Reuter`, `IRNA`, `dpa/lno`). */
export function isKnownCredit(s: string): boolean {
  const k = foldKey(s);
  if (!k) return false;
  if (CREDITS.has(k) || CREDITS.has(k.split("/")[0]!.trim())) return true;
  return agencyByCredit(s) !== null;
}

/**
 * True for a credit written without parentheses (`Reuter`, `IRNA`, `AZERTAC`, `Kyodo`): the
 * bare-credit table, or an all-capitals acronym of the agency table (so `Pa.` stays a state).
 */
export function isBareCredit(s: string): boolean {
  if (!isUpperFirst(s)) return false;
  if (CREDITS.has(foldKey(s))) return true;
  return /^[\p{Lu}\d-]{2,12}$/u.test(s) && agencyByCredit(s) !== null;
}

function isUpperFirst(s: string): boolean {
  const ch = s[0] ?? "";
  return ch !== ch.toLowerCase();
}

/** True for a credit of the bare-credit table (`Reuter`, `IRNA`, `Kyodo`); no agency-table lookup. */
export function isListedCredit(s: string): boolean {
  return isUpperFirst(s) && CREDITS.has(foldKey(s));
}

/** True for a word that marks a caption or photo credit in parentheses (`Photo`, `File`, `R`). */
export function isNotCredit(word: string): boolean {
  return NOT_CREDIT.has(word.toLowerCase());
}

/** True for a lower-case word that may sit inside a title-case place (`de` in `Rio de Janeiro`). */
export function isConnector(word: string): boolean {
  return CONNECTORS.has(word);
}

/** True for a word joining two places (`AND`, `and`, `&`). */
export function isJoiner(word: string): boolean {
  return JOINERS.has(word.toLowerCase());
}
