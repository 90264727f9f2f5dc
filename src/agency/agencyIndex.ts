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
  /** Most words in one phrase. */
  readonly maxWords: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True for a letter or digit (ASCII fast path, then Unicode). */
export function isWordChar(c: number): boolean {
  if (c < 128)
    return (
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
    );
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

/** True when `s` has letters and none of them is lower case (`AP`, `BUSINESS WIRE`, `ČTK`). */
export function isCaps(s: string): boolean {
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

const FIELD_RANK: Readonly<Record<PhraseField, number>> = {
  alias: 3,
  credit: 2,
  signoff: 1,
};

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
  let maxWords = 1;
  table.forEach((entry, agency) => {
    const add = (raw: string, field: PhraseField): void => {
      const key = foldPhrase(raw);
      if (!key) return;
      const caps = isCaps(raw);
      const lower = raw !== "" && raw[0] !== raw[0]!.toUpperCase();
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
      for (let n = 1; n < words.length; n++)
        prefixes[words.slice(0, n).join(" ")] = true;
    };
    for (const s of entry.aliases) add(s, "alias");
    for (const s of entry.credits) add(s, "credit");
    for (const s of entry.signoffs) add(s, "signoff");
    for (const d of entry.domains) {
      const key = d.toLowerCase();
      if (!(key in domains)) domains[key] = agency;
    }
  });
  return Object.freeze({
    phrases: Object.freeze(phrases),
    prefixes: Object.freeze(prefixes),
    domains: Object.freeze(domains),
    maxWords,
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
