import { AGENCIES, type AgencyEntry } from "./data.ts";

/** Which field of the agency table a phrase came from. */
export type PhraseField = "alias" | "credit" | "signoff";

/** @internal What a folded phrase of the agency table points at. */
export interface PhraseHit {
  /** Index of the agency in {@link AGENCIES}. */
  readonly agency: number;
  /** True when every table string folding to this phrase is written in capitals: the text must be too. */
  readonly caps: boolean;
  /** The strongest field the phrase came from (`alias` beats `credit` beats `signoff`). */
  readonly field: PhraseField;
  /** True when a table string folding to this phrase starts with a lower-case letter (`dpa`). */
  readonly lower: boolean;
}

/**
 * @internal The agency table folded for lookup: phrases (lowercase words joined by one space),
 * the proper prefixes of multi-word phrases (to extend a match word by word), and domains.
 * Derived from the literal table once, then frozen: read-only, never filled during a call.
 */
export interface AgencyIndex {
  readonly phrases: Readonly<Record<string, PhraseHit>>;
  readonly prefixes: Readonly<Record<string, true>>;
  readonly domains: Readonly<Record<string, number>>;
  /** Aliases and credits by {@link foldCompact} key (`businesswire`, `jijipress`), for `agencyByCredit`. */
  readonly compact: Readonly<Record<string, number>>;
  /** Most words in one phrase. */
  readonly maxWords: number;
  /**
   * A 4096-bit filter of the first words of all phrases, as a string of 256 16-bit units (strings
   * are immutable): a word whose {@link wordHash} bit is clear opens no phrase, so most words are
   * skipped without building a lookup key.
   */
  readonly firstWords: string;
  /** One regex matching any footer phrase of the table (literal alternation, longest first), or null. */
  readonly footers: RegExp | null;
  /** The agency of each footer phrase. */
  readonly footerAgency: Readonly<Record<string, number>>;
  /** First letters of the table strings written in lower case (`d` for `dpa`): other lower-case words are skipped. */
  readonly lowerFirst: string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True for a letter or digit (ASCII fast path, then Unicode). */
export function isWordChar(c: number): boolean {
  // Lower-case letters first (most characters of copy), one unsigned compare per range.
  if (c < 128)
    return c - 97 >>> 0 < 26 || c - 65 >>> 0 < 26 || c - 48 >>> 0 < 10;
  // Spaces, dashes, quotes and other punctuation common in copy: not letters.
  if (
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0x3000 && c <= 0x303f)
  )
    return false;
  return WORD_CHAR.test(String.fromCharCode(c));
}

/**
 * @internal Folds a phrase for lookup: lower case, runs of letters and digits joined by one space,
 * everything else dropped. `Agence France-Presse` → `agence france presse`; `(BUSINESS WIRE)` →
 * `business wire`.
 */
export function foldPhrase(s: string): string {
  let out = "";
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWordChar(c)) {
      if (!inWord && out) out += " ";
      out += s[i];
      inWord = true;
    } else inWord = false;
  }
  return out.toLowerCase();
}

/**
 * @internal A 12-bit hash of `s[start, end)` lower-cased (ASCII letters folded by bit, others by
 * `toLowerCase`), computed without building a string.
 */
export function wordHash(s: string, start: number, end: number): number {
  let h = 7;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 32;
    else if (c > 127) c = s[i]!.toLowerCase().charCodeAt(0);
    h = (h * 31 + c) & 4095;
  }
  return h;
}

/** @internal Whether a word of {@link wordHash} `h` may open a phrase of the index (false: it certainly does not). */
export function hashMayOpen(index: AgencyIndex, h: number): boolean {
  return ((index.firstWords.charCodeAt(h >> 4) >> (h & 15)) & 1) === 1;
}

/** @internal Whether a word may open a phrase of the index (false: it certainly does not). */
export function mayOpenPhrase(
  index: AgencyIndex,
  s: string,
  start: number,
  end: number,
): boolean {
  const h = wordHash(s, start, end);
  return ((index.firstWords.charCodeAt(h >> 4) >> (h & 15)) & 1) === 1;
}

/** @internal Folds a credit to letters and digits only, lower case: `BUSINESS WIRE` → `businesswire`. */
export function foldCompact(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++)
    if (isWordChar(s.charCodeAt(i))) out += s[i];
  return out.toLowerCase();
}

/** True when `s` has letters and none of them is lower case (`AP`, `BUSINESS WIRE`, `ČTK`). */
export function isCaps(s: string): boolean {
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

const FIELD_RANK: Readonly<Record<PhraseField, number>> = {
  alias: 3,
  credit: 2,
  signoff: 1,
};

/** A regex matching any of the phrases literally, longest first; null for none. */
function footerRegex(phrases: readonly string[]): RegExp | null {
  if (phrases.length === 0) return null;
  const escaped = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"));
  return new RegExp(escaped.join("|"), "u");
}

/** @internal Builds the index of a table. Pure; the first agency listing a phrase keeps it. */
export function buildAgencyIndex(table: readonly AgencyEntry[]): AgencyIndex {
  const phrases: Record<string, PhraseHit> = Object.create(null) as Record<
    string,
    PhraseHit
  >;
  const prefixes: Record<string, true> = Object.create(null) as Record<
    string,
    true
  >;
  const domains: Record<string, number> = Object.create(null) as Record<
    string,
    number
  >;
  const compact: Record<string, number> = Object.create(null) as Record<
    string,
    number
  >;
  let maxWords = 1;
  let lowerFirst = "";
  const bits: number[] = new Array<number>(256).fill(0);
  const footerAgency: Record<string, number> = Object.create(null) as Record<
    string,
    number
  >;
  table.forEach((entry, agency) => {
    const add = (raw: string, field: PhraseField): void => {
      const key = foldPhrase(raw);
      if (!key) return;
      const caps = isCaps(raw);
      const lower = raw !== "" && raw[0] !== raw[0]!.toUpperCase();
      if (lower && /^[a-z]/u.test(key) && !lowerFirst.includes(key[0]!))
        lowerFirst += key[0]!;
      const old = phrases[key];
      if (old && old.agency !== agency) return;
      phrases[key] = old
        ? {
            agency,
            caps: old.caps && caps,
            field:
              FIELD_RANK[field] > FIELD_RANK[old.field] ? field : old.field,
            lower: old.lower || lower,
          }
        : { agency, caps, field, lower };
      const words = key.split(" ");
      maxWords = Math.max(maxWords, words.length);
      const h = wordHash(words[0]!, 0, words[0]!.length);
      bits[h >> 4] = bits[h >> 4]! | (1 << (h & 15));
      for (let n = 1; n < words.length; n++)
        prefixes[words.slice(0, n).join(" ")] = true;
    };
    for (const s of entry.aliases) add(s, "alias");
    for (const s of entry.credits) add(s, "credit");
    for (const s of [...entry.credits, ...entry.aliases]) {
      const key = foldCompact(s);
      if (key && !(key in compact)) compact[key] = agency;
    }
    for (const s of entry.signoffs) add(s, "signoff");
    for (const f of entry.footers) {
      if (f.length >= 6 && !(f in footerAgency)) footerAgency[f] = agency;
    }
    for (const d of entry.domains) {
      const key = d.toLowerCase();
      if (!(key in domains)) domains[key] = agency;
    }
  });
  return Object.freeze({
    phrases: Object.freeze(phrases),
    prefixes: Object.freeze(prefixes),
    domains: Object.freeze(domains),
    compact: Object.freeze(compact),
    maxWords,
    firstWords: String.fromCharCode(...bits),
    footers: footerRegex(Object.keys(footerAgency)),
    footerAgency: Object.freeze(footerAgency),
    lowerFirst,
  });
}

/** @internal The index of {@link AGENCIES}, built once at load and frozen (read-only data, not a cache). */
export const AGENCY_INDEX: AgencyIndex =
  /* @__PURE__ */ buildAgencyIndex(AGENCIES);

/**
 * @internal The agency a whole phrase names (`AP`, `Reuter`, `BUSINESS WIRE`, `Jiji Press`), or -1.
 * A phrase written in capitals in the table only matches capitals in `raw`.
 */
export function phraseAgency(
  raw: string,
  index: AgencyIndex = AGENCY_INDEX,
): number {
  const key = foldPhrase(raw);
  if (!key) return -1;
  const hit = index.phrases[key];
  if (!hit) return -1;
  if (hit.caps && !isCaps(raw)) return -1;
  return hit.agency;
}

/** @internal The agency a host name belongs to (`www.trend.az`, `yna.co.kr`, `en.trend.az`), or -1. */
export function domainAgency(
  host: string,
  index: AgencyIndex = AGENCY_INDEX,
): number {
  let h = host.toLowerCase();
  for (let guard = 0; guard < 6 && h.includes("."); guard++) {
    const a = index.domains[h];
    if (a !== undefined) return a;
    h = h.slice(h.indexOf(".") + 1);
  }
  return -1;
}
