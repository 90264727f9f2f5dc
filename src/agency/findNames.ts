import {
  AGENCY_INDEX,
  isCaps,
  isWordChar,
  type AgencyIndex,
  type PhraseField,
} from "./agencyIndex.ts";

/** @internal One name of the agency table found in the text. */
export interface NameHit {
  readonly agency: number;
  readonly start: number;
  readonly end: number;
  readonly field: PhraseField;
}

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
 * written in capitals match only capitals (`AP`, not `Ap`).
 */
export function findNames(
  text: string,
  start: number,
  end: number,
  mode: "capital" | "written" | "any" = "capital",
  index: AgencyIndex = AGENCY_INDEX,
): NameHit[] {
  const starts: number[] = [];
  const ends: number[] = [];
  let i = start;
  while (i < end) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < end && isWordChar(text.charCodeAt(i))) i++;
    starts.push(s);
    ends.push(i);
  }
  const hits: NameHit[] = [];
  const n = starts.length;
  let t = 0;
  while (t < n) {
    const s = starts[t]!;
    const upper = isUpperStart(text.charCodeAt(s));
    if (mode === "capital" && !upper) {
      t++;
      continue;
    }
    let key = text.slice(s, ends[t]).toLowerCase();
    let best = -1;
    let bestHit = null as (typeof index.phrases)[string] | null;
    for (let k = t; k < n && k - t < index.maxWords; k++) {
      if (k > t) {
        if (!joins(text, ends[k - 1]!, starts[k]!)) break;
        key += " " + text.slice(starts[k], ends[k]).toLowerCase();
      }
      const hit = index.phrases[key];
      if (
        hit &&
        (upper || mode === "any" || hit.lower) &&
        (!hit.caps || isCaps(text.slice(s, ends[k])))
      ) {
        best = k;
        bestHit = hit;
      }
      if (!index.prefixes[key]) break;
    }
    if (bestHit && best >= 0) {
      hits.push({
        agency: bestHit.agency,
        start: s,
        end: ends[best]!,
        field: bestHit.field,
      });
      t = best + 1;
    } else t++;
  }
  return hits;
}
