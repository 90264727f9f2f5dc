import type { Doc, Line } from "../_lib/doc.ts";
import type { Span } from "../_lib/schema.ts";
import { span, trimRange } from "../_lib/span.ts";
import { AFFILIATIONS, CREDIT_AGENCIES, PHOTO_AGENCIES } from "./data.ts";
import { creditLine } from "./creditLine.ts";
import { readNameList, type NameList } from "./nameList.ts";
import { LINE_META, PIPE_DATE } from "./patterns.ts";
import { phraseAt } from "./phraseAt.ts";
import type { Byline } from "./schema.ts";
import { tokenize, type Token } from "./tokens.ts";

/** Non-blank lines scanned at the top of a story. */
const HEAD_LINES = 15;
/** Non-blank lines in which a byline glued to the end of a headline is looked for. */
const GLUED_HEAD_LINES = 8;
/** Longest affiliation written after a comma and taken as written (`AP Golf Writer`), in words. */
const MAX_FREE_AFFILIATION = 6;

/** Byline lines and the people they name. */
export interface HeaderBylines {
  readonly bylines: Byline[];
  readonly lines: Span[];
}

/** One byline line read. */
interface LineHit {
  readonly bylines: Byline[];
  readonly end: number;
  readonly start: number;
}

/**
 * @internal Finds the byline lines at the top of a story (the first 15 non-blank lines, never past
 * the dateline) and the people they name: `By JOHN SMITH`, `By Jane Doe and John Roe`, `by Janie
 * Gabbett, Reuters`, `By JOHN O'CONNOR Associated Press SPRINGFIELD, Ill. (AP) —` (stops at the
 * dateline), `JONATHAN LEMIRE and ZEKE MILLER|Jan 8, 2021`, `Catherine Morrison, The Canadian Press
 * 1 minute read`, `By Mary McCoolBBC Scotland news`, a headline with `By DOUG FERGUSON, AP Golf
 * Writer` glued to its end, and credit lines naming no person (`Reuters Staff`, `• Kyodo`).
 *
 * @param doc - The story, split into lines.
 * @param datelineStart - Where the dateline starts, or null when unknown.
 */
export function headerBylines(doc: Doc, datelineStart: number | null): HeaderBylines {
  const { text, lines } = doc;
  const stopAt = datelineStart ?? Infinity;
  const bylines: Byline[] = [];
  const spans: Span[] = [];
  let nonBlank = 0;
  let prevBlank = true;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    if (line.blank) {
      prevBlank = true;
      continue;
    }
    if (++nonBlank > HEAD_LINES || line.contentStart >= stopAt) break;
    const end = Math.min(line.contentEnd, stopAt);
    const lenient = prevBlank || nonBlank <= 2 || line.contentStart > line.start;
    const hit = readLine(text, line, end, stopAt, lenient, nonBlank <= GLUED_HEAD_LINES, lines[li + 1]);
    prevBlank = false;
    if (!hit) continue;
    const [s, e] = trimRange(text, hit.start, hit.end);
    if (e > s) spans.push(span(text, s, e));
    for (const b of hit.bylines) if (!bylines.some((x) => x.name === b.name)) bylines.push(b);
    // `By JOHN SMITH` / `Associated Press`: the affiliation on the next line.
    const next = lines[li + 1];
    if (hit.bylines.length > 0 && next && !next.blank && next.contentStart < stopAt) {
      const added = bylines.filter((b) => hit.bylines.some((h) => h.start === b.start));
      if (nextIsAffiliation(text, next)) {
        spans.push(span(text, next.contentStart, next.contentEnd));
        const aff = text.slice(next.contentStart, next.contentEnd);
        for (const b of added) if (b.affiliation === null) bylines[bylines.indexOf(b)] = { ...b, affiliation: aff };
        li++;
        nonBlank++;
      }
    }
    if (line.contentEnd > stopAt) break;
  }
  return { bylines, lines: spans };
}

function readLine(
  text: string,
  line: Line,
  end: number,
  stopAt: number,
  afterBreak: boolean,
  gluedOk: boolean,
  next: Line | undefined,
): LineHit | null {
  const toks = tokenize(text, line.contentStart, end, 80);
  if (toks.length === 0) return null;
  const credit = creditLine(text, toks, end);
  if (credit >= 0) return { bylines: [], start: line.contentStart, end: credit };
  let i = 0;
  while (i < toks.length && /^[•·*‣▪]$/u.test(toks[i]!.text)) i++;
  const first = toks[i];
  if (!first) return null;
  if (/^(?:By|by|BY)$/u.test(first.text)) {
    return byLine(text, toks, i, end, stopAt, afterBreak, next, line.contentStart);
  }
  // `JONATHAN LEMIRE and ZEKE MILLER|Jan 8, 2021`, `Catherine Morrison, The Canadian Press ...`
  const nl = readNameList(toks, i, { trailer: false, stopAt });
  if (nl.names.length > 0) {
    const k = nl.next;
    const t = toks[k];
    if (t?.text === "|" && nl.affiliation === null && PIPE_DATE.test(text.slice(t.start, t.start + 40))) {
      return { bylines: toBylines(text, nl, null, "byline/pipe-date"), start: line.contentStart, end };
    }
    if (nl.affiliation && !nl.glued && text.slice(nl.names[nl.names.length - 1]!.end, nl.affiliation.start).includes(",")) {
      if (!t || t.start >= stopAt || LINE_META.test(text.slice(t.start, Math.min(end, t.start + 120)))) {
        return { bylines: toBylines(text, nl, nl.affiliation, "byline/name-affiliation"), start: line.contentStart, end };
      }
    }
  }
  if (gluedOk) return gluedBy(text, toks, end);
  return null;
}

/** A line starting with `By`: names, then an affiliation, the dateline, a date, or the line end. */
function byLine(
  text: string,
  toks: readonly Token[],
  i: number,
  end: number,
  stopAt: number,
  afterBreak: boolean,
  next: Line | undefined,
  lineStart: number,
): LineHit | null {
  const by = toks[i]!.text;
  const nl = readNameList(toks, i + 1, { trailer: false, stopAt });
  if (nl.names.length === 0) {
    const low = lowerCaseNames(text, toks, i + 1);
    return low ? { bylines: toBylines(text, low, low.affiliation, "byline/by-line-lower"), start: lineStart, end } : null;
  }
  let affiliation = nl.affiliation;
  let spanEnd = end;
  let k = nl.next;
  if (affiliation && !nl.glued) {
    const x = titleAfter(toks, k, stopAt);
    if (x > k) {
      affiliation = { start: affiliation.start, end: toks[x - 1]!.end };
      k = x;
    }
  }
  const t = toks[k];
  if (nl.glued && affiliation) {
    const words = toks.length - k;
    if (words > MAX_FREE_AFFILIATION) return null;
    affiliation = { start: affiliation.start, end };
  } else if (nl.datelineAt >= 0) {
    spanEnd = nl.datelineAt;
  } else if (!t || t.start >= stopAt) {
    // names (and affiliation) fill the line, or run into the dateline
  } else if (t.text === "," && affiliation === null) {
    const rest = toks.slice(k + 1);
    if (rest.length === 0) {
      // trailing comma
    } else {
      if (phraseAt(toks, k + 1, PHOTO_AGENCIES) > 0) return null;
      if (rest.length > MAX_FREE_AFFILIATION || !freeAffiliation(rest)) return null;
      affiliation = { start: rest[0]!.start, end: rest[rest.length - 1]!.end };
    }
  } else if (t.text === "|" && PIPE_DATE.test(text.slice(t.start, t.start + 40))) {
    // `By X | Jan 8, 2021`
  } else if (t.text === "|" && affiliation === null && phraseAt(toks, k + 1, CREDIT_AGENCIES) > 0) {
    // `By X | Reuters`
    const a = phraseAt(toks, k + 1, CREDIT_AGENCIES);
    affiliation = { start: toks[k + 1]!.start, end: toks[k + a]!.end };
  } else if (t.text === "(" && affiliation === null && phraseAt(toks, k + 1, CREDIT_AGENCIES) > 0 && toks[k + 1 + phraseAt(toks, k + 1, CREDIT_AGENCIES)]?.text === ")") {
    // `By Jane Doe (AFP)`: the credit in parentheses ends the line
    const a = phraseAt(toks, k + 1, CREDIT_AGENCIES);
    const after = toks[k + 2 + a];
    if (after && after.start < stopAt && !LINE_META.test(text.slice(after.start, Math.min(end, after.start + 120)))) return null;
    affiliation = { start: toks[k + 1]!.start, end: toks[k + a]!.end };
  } else if (t.text === "in" && placeToEnd(toks, k + 1, stopAt)) {
    // `By SM Najmus Sakib in Dhaka`
  } else if (LINE_META.test(text.slice(t.start, Math.min(end, t.start + 120)))) {
    // a time stamp after the names stays with the line
  } else if (affiliation) {
    // run on into the story: the byline line ends with the affiliation
    spanEnd = affiliation.end;
  } else {
    return null;
  }
  if (affiliation && isPhoto(text, affiliation)) return null;
  if (by === "by" && !afterBreak && affiliation === null) return null;
  if (by === "BY" && affiliation === null && !nextIsAffiliation(text, next)) {
    if (toks.every((x) => x.text.toUpperCase() === x.text)) return null;
  }
  return { bylines: toBylines(text, nl, affiliation, "byline/by-line"), start: lineStart, end: spanEnd };
}

/** `Tiger wins PGA Championship by 2 shots By DOUG FERGUSON, AP Golf Writer`: a headline with the byline glued on. */
function gluedBy(text: string, toks: readonly Token[], end: number): LineHit | null {
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.text !== "By" || toks[i - 1]!.punct) continue;
    const nl = readNameList(toks, i + 1, { trailer: false, stopAt: Infinity });
    if (nl.names.length === 0) continue;
    let k = nl.next;
    let affiliation = nl.affiliation;
    if (affiliation && !nl.glued) {
      const x = titleAfter(toks, k, Infinity);
      if (x > k) {
        affiliation = { start: affiliation.start, end: toks[x - 1]!.end };
        k = x;
      }
    }
    const allCaps = nl.names.every((n) => text.slice(n.start, n.end).toUpperCase() === text.slice(n.start, n.end));
    if (k >= toks.length) {
      if (!allCaps && !affiliation) continue;
    } else if (toks[k]!.text === "," && !affiliation) {
      const rest = toks.slice(k + 1);
      if (rest.length === 0 || rest.length > MAX_FREE_AFFILIATION || !freeAffiliation(rest)) continue;
      affiliation = { start: rest[0]!.start, end: rest[rest.length - 1]!.end };
    } else {
      continue;
    }
    if (affiliation && isPhoto(text, affiliation)) return null;
    return { bylines: toBylines(text, nl, affiliation, "byline/glued-headline"), start: t.start, end };
  }
  return null;
}

/**
 * The end (token index) of a job title run on after an affiliation up to the line end (`AP` + `Golf
 * Writer`): at most four capitalised words; `k` when there is none.
 */
function titleAfter(toks: readonly Token[], k: number, stopAt: number): number {
  let x = k;
  while (x < toks.length && x - k < 4 && !toks[x]!.punct && toks[x]!.start < stopAt && /^\p{Lu}/u.test(toks[x]!.text)) x++;
  const atEnd = x >= toks.length || toks[x]!.start >= stopAt;
  return atEnd && x > k ? x : k;
}

/**
 * `By keith grant, Reuters`: a name typed in lower case, accepted only as two or three plain words
 * followed by a comma and an affiliation from the table that ends the line.
 */
function lowerCaseNames(text: string, toks: readonly Token[], i: number): (NameList & { affiliation: { start: number; end: number } }) | null {
  let k = i;
  while (k < toks.length && k - i < 3 && !toks[k]!.punct && /^\p{Ll}[\p{Ll}'’-]{1,20}$/u.test(toks[k]!.text)) k++;
  if (k - i < 2 || toks[k]?.text !== ",") return null;
  const a = phraseAt(toks, k + 1, AFFILIATIONS);
  if (a === 0 || k + 1 + a !== toks.length) return null;
  void text;
  const affiliation = { start: toks[k + 1]!.start, end: toks[k + a]!.end };
  return { names: [{ start: toks[i]!.start, end: toks[k - 1]!.end }], next: k + 1 + a, affiliation, glued: false, datelineAt: -1 };
}

/** One to three capitalised words from `toks[k]` to the line end or the dateline (`in New Delhi`). */
function placeToEnd(toks: readonly Token[], k: number, stopAt: number): boolean {
  let x = k;
  while (x < toks.length && toks[x]!.start < stopAt && !toks[x]!.punct && /^\p{Lu}/u.test(toks[x]!.text)) x++;
  return x > k && x - k <= 3 && (x >= toks.length || toks[x]!.start >= stopAt);
}

/** Words after `Name,` that read as an outlet or a job title (`Reuters`, `CNN`, `AP Golf Writer`). */
function freeAffiliation(rest: readonly Token[]): boolean {
  return rest.every((t, k) => !t.punct && (/^[\p{Lu}\d]/u.test(t.text) || (k > 0 && /^(?:of|for|the|and|de|news)$/u.test(t.text))));
}

function isPhoto(text: string, a: { start: number; end: number }): boolean {
  const toks = tokenize(text, a.start, a.end, 8);
  return phraseAt(toks, 0, PHOTO_AGENCIES) > 0;
}

/** A line that holds only an affiliation, maybe with a job title (`Associated Press`, `AP Business Writer`). */
function nextIsAffiliation(text: string, next: Line | undefined): boolean {
  if (!next || next.blank) return false;
  const nt = tokenize(text, next.contentStart, next.contentEnd, 8);
  const a = phraseAt(nt, 0, AFFILIATIONS);
  return a > 0 && titleAfter(nt, a, Infinity) === nt.length;
}

function toBylines(text: string, nl: NameList, affiliation: { start: number; end: number } | null, rule: string): Byline[] {
  const aff = affiliation ? text.slice(affiliation.start, affiliation.end) : null;
  return nl.names.map((n) => {
    const name = text.slice(n.start, n.end);
    return { text: name, start: n.start, end: n.end, name, role: "author", affiliation: aff, source: "header", rule };
  });
}
