import { NAME_JOINERS, TRAILER_JOINERS } from "./data.ts";
import { AFFILIATION_INDEX } from "./indexes.ts";
import { EMAIL, GLUED_ORG, UPPER_START } from "./patterns.ts";
import { phraseAt } from "./phraseAt.ts";
import { roleAt } from "./roleAt.ts";
import type { Token } from "./tokens.ts";
import { wordKind } from "./wordKind.ts";

/** How {@link readNameList} reads. */
export interface NameListMode {
  /** Trailer mode: skip `in Place` and `at e-mail` after a name, stop at role phrases, accept `or`. */
  readonly trailer: boolean;
  /** Offset where the dateline starts (names end before it); `Infinity` when unknown. */
  readonly stopAt: number;
}

/** A name list read from tokens. */
export interface NameList {
  /** The names' offsets, in order. */
  readonly names: { start: number; end: number }[];
  /** Index of the first token not consumed. */
  readonly next: number;
  /** An affiliation from the table after the names (`Associated Press`, `, Reuters`), or null. */
  readonly affiliation: { start: number; end: number } | null;
  /** The last name was glued to an outlet acronym (`McLeanBBC`): `affiliation` starts inside a token. */
  readonly glued: boolean;
  /** Offset of a dateline run into the names (`By Priya Raman TORONTO (Reuters)`), or -1. */
  readonly datelineAt: number;
}

const MAX_NAME_WORDS = 5;

/**
 * @internal Reads a list of personal names from `toks[i0]` on: `A`, `A and B`, `A, B and C`,
 * `A, B, and C`, `A & B`, each name 2-5 words (capitalised words, initials, particles), then an
 * optional affiliation from the table. Stops at the first word that cannot be part of a name.
 */
export function readNameList(
  toks: readonly Token[],
  i0: number,
  mode: NameListMode,
): NameList {
  const names: { start: number; end: number }[] = [];
  let affiliation: { start: number; end: number } | null = null;
  let glued = false;
  let datelineAt = -1;
  let i = i0;
  for (;;) {
    const first = i;
    let count = 0;
    let realWords = 0;
    let lastKind: string | null = null;
    let nameEnd = -1;
    let prevTitle = false;
    while (i < toks.length) {
      const t = toks[i]!;
      if (t.punct || t.start >= mode.stopAt) break;
      if (mode.trailer && count > 0 && roleAt(toks, i)) break;
      if (!mode.trailer && count > 0) {
        const a = phraseAt(toks, i, AFFILIATION_INDEX);
        if (a > 0) {
          affiliation = { start: t.start, end: toks[i + a - 1]!.end };
          i += a;
          break;
        }
        if (prevTitle && isCaps(t.text) && datelineFollows(toks, i)) {
          datelineAt = t.start;
          break;
        }
      }
      const g = count > 0 && !mode.trailer ? GLUED_ORG.exec(t.text) : null;
      if (g?.groups) {
        const cut = t.start + g.groups["name"]!.length;
        nameEnd = cut;
        affiliation = { start: cut, end: t.end };
        glued = true;
        count++;
        realWords++;
        lastKind = "name";
        i++;
        break;
      }
      const kind = wordKind(t.text, count === 0);
      if (!kind) break;
      count++;
      if (kind === "name") realWords++;
      lastKind = kind;
      prevTitle = kind === "name" && !isCaps(t.text);
      nameEnd =
        kind === "name" &&
        t.text.endsWith(".") &&
        !/^(?:Jr|Sr|St)\.$/iu.test(t.text)
          ? t.end - 1
          : t.end;
      i++;
      if (count > MAX_NAME_WORDS) break;
    }
    const firstTok = toks[first];
    const valid =
      count >= 2 &&
      count <= MAX_NAME_WORDS &&
      realWords >= 1 &&
      lastKind !== "particle" &&
      firstTok !== undefined;
    if (!valid) {
      i = first;
      affiliation = names.length > 0 ? affiliation : null;
      if (glued && names.length === 0) glued = false;
      break;
    }
    names.push({ start: firstTok.start, end: nameEnd });
    if (affiliation || datelineAt >= 0) break;
    if (mode.trailer) i = skipPlaceAndContact(toks, i);
    const t = toks[i];
    if (!t || t.start >= mode.stopAt) break;
    if (!t.punct && isJoiner(t.text, mode.trailer) && startsName(toks, i + 1)) {
      i++;
      continue;
    }
    if (
      t.text === "," ||
      (mode.trailer &&
        t.text === ";" &&
        startsName(toks, i + 1) &&
        !roleAt(toks, i + 1))
    ) {
      let j = i + 1;
      const n = toks[j];
      if (n && !n.punct && isJoiner(n.text, mode.trailer)) j++;
      if (!mode.trailer) {
        const a = phraseAt(toks, j, AFFILIATION_INDEX);
        if (a > 0) {
          affiliation = { start: toks[j]!.start, end: toks[j + a - 1]!.end };
          i = j + a;
          break;
        }
      }
      if (startsName(toks, j) && !(mode.trailer && roleAt(toks, j))) {
        i = j;
        continue;
      }
    }
    break;
  }
  return { names, next: i, affiliation, glued, datelineAt };
}

function isJoiner(word: string, trailer: boolean): boolean {
  const w = word.toLowerCase();
  if (trailer && (TRAILER_JOINERS as readonly string[]).includes(w))
    return true;
  return (NAME_JOINERS as readonly string[]).includes(w);
}

function startsName(toks: readonly Token[], i: number): boolean {
  const a = toks[i];
  const b = toks[i + 1];
  if (!a || a.punct || !b || b.punct) return false;
  return wordKind(a.text, true) !== null && wordKind(b.text) !== null;
}

function isCaps(word: string): boolean {
  let letters = 0;
  for (const ch of word) {
    if (ch.toLowerCase() !== ch) letters++;
    else if (ch.toUpperCase() !== ch) return false;
  }
  return letters >= 2;
}

/**
 * A dateline run into a byline at `toks[i]`: capitalised place words (`TORONTO`, `NEW YORK`), an
 * optional `, Region` of up to three words, then `(` or a dash (`TORONTO (Reuters)`,
 * `WASHINGTON, United States (AFP)`).
 */
function datelineFollows(toks: readonly Token[], i: number): boolean {
  let k = i;
  let caps = 0;
  while (
    k < toks.length &&
    caps < 4 &&
    !toks[k]!.punct &&
    isCaps(toks[k]!.text)
  ) {
    caps++;
    k++;
  }
  if (caps === 0) return false;
  if (toks[k]?.text === ",") {
    k++;
    let region = 0;
    while (
      k < toks.length &&
      region < 3 &&
      !toks[k]!.punct &&
      UPPER_START.test(toks[k]!.text)
    ) {
      region++;
      k++;
    }
    if (region === 0) return false;
  }
  const t = toks[k];
  return (
    t !== undefined && (t.text === "(" || /^(?:-{1,2}|–|—)$/u.test(t.text))
  );
}

/** Skips `in Place Name` and `at/on e-mail` after a trailer name. */
function skipPlaceAndContact(toks: readonly Token[], i: number): number {
  let t = toks[i];
  if (t && !t.punct && t.text === "in") {
    let j = i + 1;
    let k = 0;
    while (j < toks.length && k < 4) {
      const p = toks[j]!;
      if (p.punct || !UPPER_START.test(p.text) || roleAt(toks, j)) break;
      j++;
      k++;
    }
    if (k > 0) i = j;
    t = toks[i];
  }
  if (t && !t.punct && (t.text === "at" || t.text === "on")) {
    const e = toks[i + 1];
    if (e && !e.punct && EMAIL.test(e.text)) i += 2;
  }
  return i;
}
