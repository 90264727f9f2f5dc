import {
  AGENCY_INDEX,
  isCaps,
  isWordChar,
  hashMayOpen,
  type AgencyIndex,
  type PhraseHit,
  type PhraseField,
} from "./agencyIndex.ts";

/** @internal One name of the agency table found in the text. */
export interface NameHit {
  readonly agency: number;
  readonly start: number;
  readonly end: number;
  readonly field: PhraseField;
}

/**
 * Source of the regex that finds capitals that may open a name (`Reuters`, `AFP`, `ČTK`): ASCII,
 * Latin-1, Latin Extended-A, Greek and Cyrillic capitals. Plain ranges, no `\p{...}`: much faster.
 * One UTF-16 unit per match.
 */
const CAPITAL_START = String.raw`[A-Z\u00C0-\u00DE\u0100-\u017F\u0391-\u03A9\u0410-\u042F]`;
/** Ranges up to this long are scanned with a plain loop instead of a regex. */
const SHORT_RANGE = 256;

/** Source of the regex that finds the first letter or digit of any word (one UTF-16 unit per match). */
const ANY_START = String.raw`\b[A-Za-z0-9]|[\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]`;

/** True for what may sit between two words of one name: spaces, hyphens, `&`, `'`, a dot not ending a sentence. */
function joins(text: string, a: number, b: number): boolean {
  if (b - a > 3 || b <= a) return false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */) {
      if (i + 1 < b) return false; // `. ` ends a sentence
      continue;
    }
    if (
      c === 32 ||
      c === 0xa0 ||
      c === 45 ||
      c === 0x2013 ||
      c === 0x27 ||
      c === 0x2019 ||
      c === 38
    )
      continue;
    return false;
  }
  return true;
}

/** End of the run of word characters from `i`, at most `end`. */
function wordEndFrom(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && isWordChar(text.charCodeAt(j))) j++;
  return j;
}

/** True for a character `\w` matches (what `\b` looks at): ASCII letters, digits, `_`. */
function isAsciiWordChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 95
  );
}

/** True when `source` matches `c` only after a `\b` (the `\b[...]` alternatives: ASCII, not capitals of `CAPITAL_START`). */
function needsBoundary(source: string, c: number): boolean {
  if (source === CAPITAL_START) return false;
  if (source === ANY_START) return isAsciiWordChar(c) && c !== 95;
  return c >= 97 && c <= 122;
}

function isUpperStart(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase();
}

/**
 * @internal Finds the names of the agency table in `text[start, end)`, longest match first, in one
 * pass over the words. Case modes: `capital` (the default) takes names that start with a capital
 * (`Reuters`, `AFP`, `Agence France-Presse`); `written` also takes names the table writes in lower
 * case (`dpa`); `any` takes any case (`reuters`), for text known to be a credit. Table strings
 * written in capitals match only capitals (`AP`, not `Ap`). The scan stops at the `max`-th name.
 */
export function findNames(
  text: string,
  start: number,
  end: number,
  mode: "capital" | "written" | "any" = "capital",
  index: AgencyIndex = AGENCY_INDEX,
  max = Infinity,
): NameHit[] {
  const hits: NameHit[] = [];
  // Long ranges: a fresh regex per call (never a shared `/g` one) jumps between candidate words;
  // every match is one character, so `test` (no match array) and `lastIndex - 1` give its offset.
  // It runs over the range alone (a slice, which V8 makes without copying), so a search never
  // reads past `end`. Short ranges (a line, a credit): a plain loop, cheaper than the regex.
  const long = end - start > SHORT_RANGE;
  const source = !long
    ? ""
    : mode === "capital"
      ? CAPITAL_START
      : mode === "written" && index.lowerFirst
        ? `${CAPITAL_START}|\\b[${index.lowerFirst}]`
        : mode === "written"
          ? CAPITAL_START
          : ANY_START;
  const words = long ? new RegExp(source, "gu") : null;
  const range = words ? text.slice(start, end) : "";
  // The table's lower-case first letters as bits (`a` is bit 0).
  let lowMask = 0;
  for (let k = 0; k < index.lowerFirst.length; k++)
    lowMask |= 1 << (index.lowerFirst.charCodeAt(k) - 97);
  let from = start;
  while (hits.length < max) {
    let s: number;
    if (words) {
      words.lastIndex = from - start;
      if (!words.test(range)) break;
      s = start + words.lastIndex - 1;
      if (s >= end) break;
      // `\b` holds at the slice's start: in the text, a word character before it may undo it.
      if (s === start && s > 0 && needsBoundary(source, text.charCodeAt(s))) {
        if (isAsciiWordChar(text.charCodeAt(s - 1))) {
          from = s + 1;
          continue;
        }
      }
      if (s > start && isWordChar(text.charCodeAt(s - 1))) {
        from = wordEndFrom(text, s + 1, end);
        continue;
      }
    } else {
      // The next word start (a letter or digit not glued to one before it) whose first character
      // the mode may take. An ASCII first character the mode never takes (a digit, a lower-case
      // letter no table name opens with, or any lower-case letter in `capital` mode) passes the
      // whole word over at once.
      s = -1;
      let i = from > start && isWordChar(text.charCodeAt(from - 1)) ? wordEndFrom(text, from, end) : from;
      while (i < end) {
        const c = text.charCodeAt(i);
        if (c < 128) {
          const lower = c >= 97 && c <= 122;
          if (!lower && !(c >= 65 && c <= 90) && !(c >= 48 && c <= 57)) {
            i++;
            continue;
          }
          if (mode !== "any" && !(c >= 65 && c <= 90) && !(mode === "written" && lower && ((lowMask >> (c - 97)) & 1) === 1)) {
            i = wordEndFrom(text, i + 1, end);
            continue;
          }
        } else if (!isWordChar(c)) {
          i++;
          continue;
        }
        s = i;
        break;
      }
      if (s < 0) break;
    }
    // The word's end and its `wordHash` in one walk.
    const c0 = text.charCodeAt(s);
    let h = (7 * 31 + (c0 >= 65 && c0 <= 90 ? c0 | 32 : c0 > 127 ? text[s]!.toLowerCase().charCodeAt(0) : c0)) & 4095;
    let i = s + 1;
    while (i < end) {
      let c = text.charCodeAt(i);
      if (!isWordChar(c)) break;
      if (c >= 65 && c <= 90) c |= 32;
      else if (c > 127) c = text[i]!.toLowerCase().charCodeAt(0);
      h = (h * 31 + c) & 4095;
      i++;
    }
    from = i;
    const upper = isUpperStart(c0);
    if (mode === "capital" && !upper) continue;
    // Not a capital: only a table's lower-case first letter (ASCII `a`-`z`) may open a name.
    if (!upper && mode === "written") {
      if (c0 < 97 || c0 > 122 || ((lowMask >> (c0 - 97)) & 1) === 0) continue;
    }
    if (!hashMayOpen(index, h)) continue;
    // Extend word by word while the words so far open a phrase of the table; keep the longest hit.
    let key = text.slice(s, i).toLowerCase();
    let wordEnd = i;
    let bestEnd = -1;
    let bestHit: PhraseHit | null = null;
    for (let n = 1; n <= index.maxWords; n++) {
      if (n > 1) {
        let a = wordEnd;
        while (a < end && !isWordChar(text.charCodeAt(a))) a++;
        if (a >= end || !joins(text, wordEnd, a)) break;
        let b = a;
        while (b < end && isWordChar(text.charCodeAt(b))) b++;
        key += " " + text.slice(a, b).toLowerCase();
        wordEnd = b;
      }
      const hit = index.phrases[key];
      if (
        hit &&
        (upper || mode === "any" || hit.lower) &&
        (!hit.caps || isCaps(text.slice(s, wordEnd)))
      ) {
        bestEnd = wordEnd;
        bestHit = hit;
      }
      if (!index.prefixes[key]) break;
    }
    if (bestHit) {
      hits.push({
        agency: bestHit.agency,
        start: s,
        end: bestEnd,
        field: bestHit.field,
      });
      from = bestEnd;
    }
  }
  return hits;
}
