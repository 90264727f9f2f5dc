import type { Doc, Line } from "../_lib/doc.ts";
import { isSpace } from "../_lib/span.ts";
import {
  AGENCY_INDEX,
  domainAgency,
  isWordChar,
  phraseAgency,
} from "./agencyIndex.ts";
import { AGENCIES, CREDIT_LINE_WORDS, EVIDENCE_WEIGHTS as W } from "./data.ts";
import type { AgencyContext } from "./context.ts";
import { findNames, type NameHit } from "./findNames.ts";
import {
  BY_HINT,
  BY_WORD,
  CITED_BEFORE,
  CITED_LAST_WORDS,
  COPYRIGHT_MARK,
  HOST_NAME,
  HTML_TAGS,
  INPUTS_BEFORE,
  INPUTS_LAST_WORDS,
  MONTHS,
  PHOTO_AFTER,
  PHOTO_BEFORE,
  PHOTO_HINT,
  REDISTRIBUTOR,
  REUTERS_TRAILER,
  TOLD_BEFORE,
  TOLD_LAST_WORDS,
  UNDASHED_DATELINE,
  VERB_AFTER,
} from "./patterns.ts";
import { resolveCredit } from "./resolveCredit.ts";
import type { AgencyEvidence } from "./schema.ts";

/** @internal One piece of evidence before the decision: which agency, where, how much it counts. */
export interface Found {
  readonly agency: number;
  readonly kind: AgencyEvidence["kind"];
  readonly rule: string;
  readonly start: number;
  readonly end: number;
  readonly weight: number;
}

/** Lines the header rules look at: the first non-blank lines, within the first characters. */
const HEAD_LINES = 15;
const HEAD_CHARS = 3000;
/** Most names of running text weighed (a story naming agencies hundreds of times gains nothing more). */
const MAX_BODY_NAMES = 400;
/**
 * The whole-story rules read the names and instrument codes of this many first characters (the
 * longest stories of real copy run to some 35,000).
 */
const BODY_CHARS = 100_000;
/** Lines longer than this are read for lower-case words (prose, sentences) in their first this many characters only. */
const WORDS_REACH = 4000;
/** With no dateline, the header ends at this many lines of running text (a caption may come first). */
const MAX_PROSE = 2;
/** Lines the sign-off rules look at: the last non-blank lines... */
const TAIL_LINES = 8;
/** ...among this many last lines, blank or not... */
const TAIL_SCAN = 64;
/** ...that end in the last this many characters (the last line always counts, however long). */
const TAIL_CHARS = 16_000;
/** Longest line the credit-line rules consider. */
const CREDIT_LINE_MAX = 200;
/** A footer phrase is looked for this far into a line and this far from its end. */
const FOOTER_REACH = 2000;
/** Most numbers a credit line holds (`17 Apr, 2014 03:30 PM`); table rows hold more. */
const MAX_NUMBERS = 6;

const DASHES = "-–—―";

function isDashCode(c: number): boolean {
  return c === 45 || (c >= 0x2013 && c <= 0x2015);
}

/** The first `ch` in `text[from, to)`, or -1: a search that never reads past `to`. */
function indexBefore(
  text: string,
  ch: string,
  from: number,
  to: number,
): number {
  const code = ch.charCodeAt(0);
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

function isDash(c: string | undefined): boolean {
  return c !== undefined && c !== "" && DASHES.includes(c);
}

function isLowerStart(text: string, i: number): boolean {
  const x = text.charCodeAt(i);
  if (x < 128) return x >= 97 && x <= 122;
  const c = text[i]!;
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/** The credit-line words, for lookup. */
const CREDIT_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  CREDIT_LINE_WORDS,
);

/**
 * Every word of the phrases of the agency table (lower case): a word of the text outside this set
 * is never part of a name found by `findNames` (read-only after it is built).
 */
const NAME_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  Object.keys(AGENCY_INDEX.phrases).flatMap((k) => k.split(" ")),
);

/**
 * The shapes of the credit-line words and name words that are ASCII letters: first letter, second
 * letter and length (31 for 31 or more), as bits of a string (read-only; strings are immutable).
 */
const WORD_SHAPES: string = /* @__PURE__ */ shapeBits([...CREDIT_WORDS, ...NAME_WORDS]);

/**
 * The shapes of the credit-line words that are ASCII letters, in whatever case they are listed
 * (read-only): an ASCII word whose shape is not here is no credit-line word, so
 * {@link lowerWords} counts it without a lookup.
 */
const CREDIT_SHAPES: string = /* @__PURE__ */ shapeBits([...CREDIT_WORDS], true);

/** Bit index of a shape: letters `a`-`z` (either case) and a length from 2. */
function shapeIndex(c0: number, c1: number, len: number): number {
  return ((((c0 | 32) - 97) * 26 + ((c1 | 32) - 97)) << 5) | Math.min(len, 31);
}

function shapeBits(words: readonly string[], anyCase = false): string {
  const bits = new Array<number>((26 * 26 * 32) / 16).fill(0);
  for (const w of words) {
    if (!(anyCase ? /^[A-Za-z]{2,}$/u : /^[a-z]{2,}$/u).test(w)) continue;
    const k = shapeIndex(w.charCodeAt(0), w.charCodeAt(1), w.length);
    bits[k >> 4] = bits[k >> 4]! | (1 << (k & 15));
  }
  return String.fromCharCode(...bits);
}

/** Whether a word of ASCII letters (first two `c0`, `c1`, length `len` ≥ 2) has a shape of `shapes`. */
function hasShape(shapes: string, c0: number, c1: number, len: number): boolean {
  const k = shapeIndex(c0, c1, len);
  return ((shapes.charCodeAt(k >> 4) >> (k & 15)) & 1) === 1;
}

/**
 * True when the word `text[s, e)` is two or more ASCII letters in a shape no word of `shapes` has:
 * no lookup can find it (the lower case of ASCII letters has their length). Other words: false.
 */
function shapeRulesOut(shapes: string, text: string, s: number, e: number): boolean {
  if (e - s < 2) return false;
  for (let k = s; k < e; k++) {
    const x = text.charCodeAt(k);
    if (x > 127 || x < 65) return false;
  }
  return !hasShape(shapes, text.charCodeAt(s), text.charCodeAt(s + 1), e - s);
}

/**
 * False when a line (not the first of the story) certainly yields no evidence from its names: its
 * words rule out a credit line (a lower-case word that is neither a credit-line word nor a word of
 * any name, so `isCreditLine` says no whatever names the line holds), no photo-credit word stands
 * in it or in the characters read after its end, and, in the header (`head`), no `by` that
 * `bylineBefore` needs.
 */
function nameMayCount(text: string, cs: number, ce: number, head: boolean): boolean {
  let i = cs;
  let prose = false;
  while (i < ce && !prose) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const s = i;
    while (i < ce && isWordChar(text.charCodeAt(i))) i++;
    if (c >= 48 && c <= 57) continue;
    if (!isLowerStart(text, s)) continue;
    // A word whose shape no listed word has is neither (no lookup).
    if (shapeRulesOut(WORD_SHAPES, text, s, i)) {
      prose = true;
      continue;
    }
    const word = text.slice(s, i);
    if (/\d/u.test(word)) continue;
    const lower = word.toLowerCase();
    prose = !CREDIT_WORDS.has(lower) && !NAME_WORDS.has(lower);
  }
  return (
    !prose ||
    PHOTO_HINT.test(text.slice(cs, Math.min(text.length, ce + 16))) ||
    (head && BY_HINT.test(text.slice(cs, ce)))
  );
}

/** The collector of one call: the text, what was found so far, and the helpers that add to it. */
interface Sink {
  readonly text: string;
  readonly found: Found[];
  readonly lines: readonly Line[];
  /** The dateline's places and date (`SANTA ANA, Calif., March 11`): never a credit line's name. */
  readonly place: { readonly start: number; readonly end: number } | null;
}

function push(
  sink: Sink,
  agency: number,
  kind: AgencyEvidence["kind"],
  rule: string,
  start: number,
  end: number,
  weight: number,
): void {
  if (agency < 0 || end <= start) return;
  sink.found.push({ agency, kind, rule, start, end, weight });
}

function hasStrong(sink: Sink): boolean {
  for (const f of sink.found) if (f.weight >= W.signoff) return true;
  return false;
}

function overlapsFound(sink: Sink, start: number, end: number): boolean {
  for (const f of sink.found) if (f.start < end && start < f.end) return true;
  return false;
}

/**
 * Whether a short line is a credit line, not a sentence: every lower-case word outside the names is
 * a credit-line word (`by`, `provided`, `updated`, `ago`, `source`...), and few other capitalised
 * words remain (`Darpan News Desk IANS, 17 Apr`, `Provincial News provided by The Canadian Press`).
 */
function isCreditLine(
  text: string,
  line: Line,
  hits: readonly NameHit[],
  first: boolean,
): boolean {
  const { contentStart: cs, contentEnd: ce } = line;
  if (ce - cs > CREDIT_LINE_MAX) return false;
  let other = 0;
  let numbers = 0;
  let h = 0;
  let i = cs;
  while (i < ce) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      while (i < ce && isWordChar(text.charCodeAt(i))) i++;
      if (++numbers > MAX_NUMBERS) return false;
      continue;
    }
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const s = i;
    while (i < ce && isWordChar(text.charCodeAt(i))) i++;
    while (h < hits.length && hits[h]!.end <= s) h++;
    const hit = hits[h];
    if (hit && hit.start <= s && s < hit.end) continue;
    const word = text.slice(s, i);
    if (/\d/u.test(word)) continue;
    const known = CREDIT_WORDS.has(word.toLowerCase());
    if (isLowerStart(text, s)) {
      if (!known) return false;
    } else if (!known) other++;
  }
  return other <= (first ? 1 : 3);
}

/** The last words of the end-anchored cue regexes, for lookup (read-only). */
const TOLD_LAST: ReadonlySet<string> = /* @__PURE__ */ new Set(TOLD_LAST_WORDS);
const CITED_LAST: ReadonlySet<string> = /* @__PURE__ */ new Set(CITED_LAST_WORDS);
const INPUTS_LAST: ReadonlySet<string> = /* @__PURE__ */ new Set(INPUTS_LAST_WORDS);

/**
 * The lower-case ASCII letter a case-insensitive Unicode regex reads `c` as (`ſ` as `s`, the
 * Kelvin sign as `k`), or -1 for any other character.
 */
function foldLetter(c: number): number {
  if (c >= 65 && c <= 90) return c | 32;
  if (c >= 97 && c <= 122) return c;
  if (c === 0x17f) return 115;
  if (c === 0x212a) return 107;
  return -1;
}

/** Longest last word looked up by {@link lastWord} (the listed words are shorter). */
const LAST_WORD_MAX = 12;

/**
 * The last word of `text[from, to)` before its trailing whitespace, as the regexes' `/iu` reads it
 * (folded to lower-case ASCII letters, never read before `from`), or `""` when the range does not
 * end in whitespace, or ends in no letter, or in a word longer than {@link LAST_WORD_MAX}.
 */
function lastWord(text: string, from: number, to: number): string {
  let e = to;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  if (e === to) return "";
  let s = e;
  while (s > from && foldLetter(text.charCodeAt(s - 1)) >= 0) {
    if (e - s >= LAST_WORD_MAX) return "";
    s--;
  }
  let w = "";
  for (let k = s; k < e; k++) w += String.fromCharCode(foldLetter(text.charCodeAt(k)));
  return w;
}

/**
 * {@link PHOTO_BEFORE} on `text[from, to)`, run only when the range ends (before trailing
 * whitespace) as the regex needs: in `:`, `/`, `|`, `(` or `by`.
 */
function photoBefore(text: string, from: number, to: number): boolean {
  let e = to;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  if (e === from) return false;
  const c = text.charCodeAt(e - 1);
  const may =
    c === 58 ||
    c === 47 ||
    c === 124 ||
    c === 40 ||
    (e - 2 >= from &&
      (c | 32) === 121 &&
      (text.charCodeAt(e - 2) | 32) === 98);
  return may && PHOTO_BEFORE.test(text.slice(from, to));
}

function photoAround(
  text: string,
  start: number,
  end: number,
  floor: number,
): boolean {
  return (
    photoBefore(text, Math.max(floor, start - 32), start) ||
    PHOTO_AFTER.test(text.slice(end, end + 16))
  );
}

/**
 * Whether the words right before `at` spell the abbreviation in the parenthesis: `Canadian Pacific
 * (CP)`, `Caisse Nationale des Autoroutes (CNA)`. Then the parenthesis names a company, not a wire.
 */
function spelledBefore(
  text: string,
  at: number,
  floor: number,
  abbr: string,
): boolean {
  const letters = abbr.replace(/\P{L}/gu, "");
  if (letters.length < 2 || letters.length > 6) return false;
  const words = text
    .slice(Math.max(floor, at - 80), at)
    .split(/[\s-]+/u)
    .filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < letters.length) return false;
  const initials = words
    .slice(-letters.length)
    .map((w) => w[0])
    .join("");
  return initials.toUpperCase() === letters.toUpperCase();
}

/** The name that ends right before `at` (only spaces between), if it is `agency`: `Kuwait News Agency (KUNA)`. */
function namedBefore(
  text: string,
  at: number,
  floor: number,
  agency: number,
): boolean {
  const from = Math.max(floor, at - 64);
  const hits = findNames(text, from, at);
  const last = hits[hits.length - 1];
  if (!last || last.agency !== agency) return false;
  return text.slice(last.end, at).trim() === "";
}

// ---- Header rules ---------------------------------------------------------------------------

/** Characters a credit line may trail: dashes, `=`, `:`, `.` (`(AP) --`, `(Reuters) ==`). */
const RULE_CHARS = "-–—―=:.";

/**
 * Whether `text[from, to)`, trimmed, holds only {@link RULE_CHARS}: read up to the first other
 * character, so a line of prose costs a few reads.
 */
function onlyRules(text: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && text[k]!.trim() === "") k++;
  for (; k < to; k++) {
    const ch = text[k]!;
    if (RULE_CHARS.includes(ch)) continue;
    if (ch.trim() !== "") return false;
    // Whitespace inside stays after trimming: only trailing whitespace may follow.
    for (let j = k + 1; j < to; j++) if (text[j]!.trim() !== "") return false;
    return true;
  }
  return true;
}

/** `(AP)`, `(Reuters)`, `(dpa/lno)`, `(MENA` (unclosed), `(MENAFN- Kuwait News Agency (KUNA))`. */
function headParens(sink: Sink, line: Line): void {
  const { text } = sink;
  const { contentStart: cs, contentEnd: ce } = line;
  const limit = Math.min(ce, cs + 400);
  for (let i = cs; i < limit; i++) {
    if (text[i] !== "(") continue;
    let close = indexBefore(text, ")", i + 1, Math.min(ce, i + 81));
    if (close < 0) {
      // An unclosed credit: `CAIRO, Jan 8 (MENA - President ...`; the name must end at a separator.
      close = Math.min(ce, i + 41);
    }
    const hit = resolveCredit(text, i + 1, close);
    if (!hit) continue;
    const paren = text.slice(i + 1, close);
    const prefix = REDISTRIBUTOR.exec(paren);
    if (
      photoAround(text, i + 1, hit.end, cs) ||
      PHOTO_BEFORE.test(text.slice(Math.max(cs, i - 32), i + 1))
    ) {
      push(
        sink,
        hit.agency,
        "mention",
        "agency/photo-credit",
        hit.start,
        hit.end,
        W.photo,
      );
    } else if (
      prefix &&
      hit.start > i + 1 &&
      phraseAgency(prefix.groups!["name"]!) < 0
    ) {
      push(
        sink,
        hit.agency,
        "prefix",
        "agency/redistributor-prefix",
        hit.start,
        hit.end,
        W.prefix,
      );
    } else if (namedBefore(text, i, cs, hit.agency)) {
      push(
        sink,
        hit.agency,
        "mention",
        "agency/name-abbreviation",
        hit.start,
        hit.end,
        W.mention,
      );
    } else if (spelledBefore(text, i, cs, paren)) {
      continue;
    } else if (i - cs <= 90 && lowerWords(text, cs, i) < 4) {
      const after = Math.min(ce, close + 1);
      const alone =
        text.slice(cs, i).trim() === "" && onlyRules(text, after, ce);
      if (alone)
        push(
          sink,
          hit.agency,
          "byline",
          "agency/credit-line",
          hit.start,
          hit.end,
          W.byline,
        );
      else
        push(
          sink,
          hit.agency,
          "dateline",
          "agency/credit-paren",
          hit.start,
          hit.end,
          W.dateline,
        );
    } else {
      push(
        sink,
        hit.agency,
        "mention",
        "agency/credit-inline",
        hit.start,
        hit.end,
        W.inline,
      );
    }
    i = close;
  }
}

/** `Sept. 28 /PRNewswire/ --`, `August 21. /ITAR-TASS/.`, `September 20 / Trend , A. Akhundov/`. */
function headSlash(sink: Sink, line: Line): void {
  const { text } = sink;
  const { contentStart: cs, contentEnd: ce } = line;
  const limit = Math.min(ce, cs + 120);
  for (let i = cs + 1; i < limit; i++) {
    if (text[i] !== "/" || !/\s/u.test(text[i - 1]!)) continue;
    const close = indexBefore(text, "/", i + 1, Math.min(ce, i + 51));
    if (close < 0) continue;
    const hit = resolveCredit(text, i + 1, close);
    if (hit)
      push(
        sink,
        hit.agency,
        "dateline",
        "agency/credit-slash",
        hit.start,
        hit.end,
        W.dateline,
      );
    i = close;
  }
}

/** `Tehran, IRNA –`, `Baku, December 2, AZERTAC`, `WASHINGTON, March 12, Reuter -`, `Riyadh - SPA`. */
function headComma(sink: Sink, line: Line): void {
  const { text } = sink;
  const { contentStart: cs, contentEnd: ce } = line;
  const c0 = text[cs]!;
  if (c0 === c0.toLowerCase()) return;
  let sep = -1;
  let sepEnd = -1;
  const limit = Math.min(ce, cs + 120);
  for (let j = cs + 1; j < limit; j++) {
    if (!isDashCode(text.charCodeAt(j))) continue;
    const spaced =
      text[j - 1] === " " || text[j + 1] === " " || isDash(text[j + 1]);
    if (!spaced) continue;
    sep = j;
    sepEnd = j;
    while (sepEnd < ce && (isDash(text[sepEnd]) || text[sepEnd] === " "))
      sepEnd++;
    break;
  }
  if (sep < 0) {
    if (ce - cs > 60) return;
    sep = ce;
    sepEnd = ce;
  }
  const comma = text.lastIndexOf(",", sep - 1);
  if (comma > cs) {
    const hit = resolveCredit(text, comma + 1, sep, true);
    if (hit && hit.end - hit.start >= 3) {
      push(
        sink,
        hit.agency,
        "dateline",
        "agency/credit-comma",
        hit.start,
        hit.end,
        W.dateline,
      );
      return;
    }
  }
  if (sepEnd < ce && ce - sepEnd <= 30 && sep - cs <= 40) {
    const hit = resolveCredit(text, sepEnd, ce, true);
    if (hit && hit.end - hit.start >= 3)
      push(
        sink,
        hit.agency,
        "dateline",
        "agency/credit-after-dash",
        hit.start,
        hit.end,
        W.dateline,
      );
  }
}

/** Lower-case words inside personal names (`Ursula von der Leyen`, `Abdel Fattah el-Sisi`). */
const NAME_PARTICLES: readonly string[] = [
  "de",
  "da",
  "di",
  "du",
  "del",
  "della",
  "van",
  "von",
  "der",
  "den",
  "al",
  "el",
  "bin",
  "binti",
  "la",
  "le",
];

/** Byline affiliation: the name after `By <person>` (`By DOUG FERGUSON, AP Golf Writer`, `By Dana Ford, CNN`). */
function bylineBefore(text: string, cs: number, hit: NameHit): boolean {
  const before = text.slice(cs, hit.start);
  let at = -1;
  for (let k = before.length - 3; k >= 0; k--) {
    if (
      BY_WORD.test(before.slice(Math.max(0, k - 1), k + 3)) &&
      (before[k] === "B" || before[k] === "b")
    ) {
      at = k + 3;
      break;
    }
  }
  if (at < 0) return false;
  const between = before.slice(at);
  const words = between.split(/[\s,|•]+/u).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.includes(w)))
    return false;
  return between.includes(",") || words.length >= 2;
}

/** What a name in running text is: a photo credit, a `told X` cue, a citation, or a mention. */
function classifyName(
  sink: Sink,
  hit: NameHit,
  floor: number,
  headline: boolean,
): void {
  const { text } = sink;
  const preStart = Math.max(floor, hit.start - 48);
  const pre = text.slice(preStart, hit.start);
  const post = text.slice(hit.end, hit.end + 48);
  // The end-anchored cue regexes run only when the word before the name is one they can end in.
  const last = lastWord(text, preStart, hit.start);
  if (photoBefore(text, preStart, hit.start) || PHOTO_AFTER.test(post)) {
    push(
      sink,
      hit.agency,
      "mention",
      "agency/photo-credit",
      hit.start,
      hit.end,
      W.photo,
    );
    return;
  }
  if (INPUTS_LAST.has(last) && INPUTS_BEFORE.test(pre)) {
    push(
      sink,
      hit.agency,
      "mention",
      "agency/inputs-from",
      hit.start,
      hit.end,
      W.told,
    );
    return;
  }
  if (TOLD_LAST.has(last) && TOLD_BEFORE.test(pre)) {
    push(
      sink,
      hit.agency,
      "mention",
      "agency/told",
      hit.start,
      hit.end,
      W.told,
    );
    return;
  }
  const verb = VERB_AFTER.exec(post);
  if (verb?.groups?.["self"]) {
    push(
      sink,
      hit.agency,
      "mention",
      "agency/self-reference",
      hit.start,
      hit.end,
      W.told,
    );
    return;
  }
  if (
    verb?.groups?.["cited"] ||
    (CITED_LAST.has(last) && CITED_BEFORE.test(pre))
  ) {
    if (headline)
      push(
        sink,
        hit.agency,
        "mention",
        "agency/headline",
        hit.start,
        hit.end,
        Math.max(W.cited, W.headline),
      );
    else
      push(
        sink,
        hit.agency,
        "mention",
        "agency/cited",
        hit.start,
        hit.end,
        W.cited,
      );
    return;
  }
  if (headline)
    push(
      sink,
      hit.agency,
      "mention",
      "agency/headline",
      hit.start,
      hit.end,
      W.headline,
    );
  else
    push(
      sink,
      hit.agency,
      "mention",
      "agency/mention",
      hit.start,
      hit.end,
      W.mention,
    );
}

/**
 * Whether a line carries on the sentence of the line above (hard-wrapped copy): it starts in lower
 * case right under a line that ends mid-sentence (`... long-term debt to AA-minus` / `from AA.`).
 */
function continues(sink: Sink, line: Line): boolean {
  const { text } = sink;
  if (!isLowerStart(text, line.contentStart) || line.index === 0) return false;
  const prev = sink.lines[line.index - 1]!;
  if (prev.blank) return false;
  return !/[.!?:;"”’)\]]/u.test(text[prev.contentEnd - 1]!);
}

/**
 * Whether a name on a line is shaped like a credit: not in quotation marks (`Robusta "AA"`) and,
 * for a short code, not a rating or grade (`AA-3`, `AA+`, `AA-minus`).
 */
function creditShaped(text: string, hit: NameHit): boolean {
  const before = text[hit.start - 1] ?? "";
  const after = text[hit.end] ?? "";
  if (
    `"“”'‘’`.includes(before) &&
    before !== "" &&
    `"“”'‘’`.includes(after) &&
    after !== ""
  )
    return false;
  if (hit.end - hit.start <= 4) {
    if (after === "+") return false;
    if (after === "-" && /[\p{N}\p{Ll}]/u.test(text[hit.end + 1] ?? ""))
      return false;
  }
  return true;
}

/** Names on a header or footer line: byline affiliations, credit lines, photo credits. */
function lineNames(
  sink: Sink,
  line: Line,
  zone: "head" | "tail",
  first: boolean,
): void {
  const { text } = sink;
  const { contentStart: cs, contentEnd: ce } = line;
  if (ce - cs > CREDIT_LINE_MAX && !first) return;
  if (continues(sink, line)) return;
  // Past the first line a name counts only in a credit line, a photo credit or (in the header)
  // after a `By`: a line of prose without a photo word (or a `by`) is not read for names.
  if (!first && !nameMayCount(text, cs, ce, zone === "head")) return;
  const hits = findNames(text, cs, Math.min(ce, cs + 400), "written");
  if (hits.length === 0) return;
  let credit: boolean | null = null;
  const place = sink.place;
  for (const hit of hits) {
    if (overlapsFound(sink, hit.start, hit.end)) continue;
    if (place && hit.start < place.end && place.start < hit.end) continue;
    if (!creditShaped(text, hit)) continue;
    if (photoAround(text, hit.start, hit.end, cs)) {
      push(
        sink,
        hit.agency,
        "mention",
        "agency/photo-credit",
        hit.start,
        hit.end,
        W.photo,
      );
      continue;
    }
    if (zone === "head" && bylineBefore(text, cs, hit)) {
      push(
        sink,
        hit.agency,
        "byline",
        "agency/byline-affiliation",
        hit.start,
        hit.end,
        W.byline,
      );
      continue;
    }
    credit ??= isCreditLine(text, line, hits, first);
    if (credit) {
      if (zone === "head")
        push(
          sink,
          hit.agency,
          "byline",
          "agency/credit-line",
          hit.start,
          hit.end,
          W.byline,
        );
      else {
        const copyright = COPYRIGHT_MARK.test(text.slice(cs, ce));
        push(
          sink,
          hit.agency,
          copyright ? "copyright" : "signoff",
          "agency/credit-line",
          hit.start,
          hit.end,
          W.signoff,
        );
      }
    } else if (first && /\p{Lu}/u.test(text[hit.start]!))
      classifyName(sink, hit, cs, true);
  }
}

// ---- Footer rules ---------------------------------------------------------------------------

/** A whole sign-off line: `Reuter`, ` REUTER...`, `REUTER TAW`, `Reuter4`, `--IANS`, `(Yonhap)`, `― Bernama`. */
function tailWhole(sink: Sink, line: Line): boolean {
  const { text } = sink;
  let s = line.contentStart;
  let e = line.contentEnd;
  if (e - s > 48) return false;
  while (e - s >= 2 && text[e - 2] === "^" && text[e - 1] === "M") e -= 2;
  const hit = resolveCredit(text, s, e, true);
  if (hit) {
    push(
      sink,
      hit.agency,
      "signoff",
      "agency/signoff",
      hit.start,
      hit.end,
      W.signoff,
    );
    return true;
  }
  // A sign-off with wire junk after it: `REUTER TAW`, `Reuter4`, `REUTER11:43/VB`, `REUTER...^M`.
  while (
    s < e &&
    (DASHES.includes(text[s]!) || text[s] === " " || text[s] === "(")
  )
    s++;
  let w = s;
  while (w < e && /\p{L}/u.test(text[w]!)) w++;
  if (w - s < 3 || e - w > 16) return false;
  const named = findNames(text, s, w, "written")[0];
  if (!named || named.start !== s || named.end !== w) return false;
  if (/\p{Ll}{4}/u.test(text.slice(w, e))) return false;
  push(sink, named.agency, "signoff", "agency/signoff-junk", s, w, W.signoff);
  return true;
}

/** How many pieces `text[start, end)`, trimmed, splits into at its whitespace runs (1 when blank). */
function wordCount(text: string, start: number, end: number): number {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  let n = 1;
  for (let i = start; i < end; i++) {
    if (isSpace(text.charCodeAt(i)) && !isSpace(text.charCodeAt(i - 1))) n++;
  }
  return n;
}

/** A sign-off glued to the last paragraph: `... (ANI)`, `... (Yonhap)`, `... ― Bernama`, `... – Sapa-AFP`, `... PTI CORR`, `... NIL. REUTER`. */
function tailGlued(sink: Sink, line: Line): void {
  const { text } = sink;
  const { contentStart: cs } = line;
  let ce = line.contentEnd;
  while (ce - cs >= 2 && text[ce - 2] === "^" && text[ce - 1] === "M") ce -= 2;
  const floor = Math.max(cs, ce - 48);
  // `... (ANI)`, `... (MENA`
  let open = ce - 1;
  while (open >= floor && text.charCodeAt(open) !== 40) open--;
  if (open >= floor) {
    const close = text[ce - 1] === ")" ? ce - 1 : ce;
    const hit = resolveCredit(text, open + 1, close, true);
    if (
      hit &&
      !namedBefore(text, open, cs, hit.agency) &&
      !PHOTO_BEFORE.test(text.slice(Math.max(cs, open - 32), open + 1))
    ) {
      push(
        sink,
        hit.agency,
        "signoff",
        "agency/signoff-paren",
        hit.start,
        hit.end,
        W.signoff,
      );
      return;
    }
  }
  // `... ― Bernama`, `... – Sapa-AFP`, `...--IANS`
  for (let d = ce - 2; d >= floor; d--) {
    if (!isDashCode(text.charCodeAt(d))) continue;
    const prev = text[d - 1];
    if (d > cs && prev !== " " && !isDash(prev) && !/[.!?"”’)]/u.test(prev!))
      continue;
    const hit = resolveCredit(text, d + 1, ce, true);
    if (hit) {
      push(
        sink,
        hit.agency,
        "signoff",
        "agency/signoff-dash",
        hit.start,
        hit.end,
        W.signoff,
      );
      return;
    }
    break;
  }
  // `... in time. PTI CORR`, `... GONZAGA NIL. REUTER`
  let stop = -1;
  for (let j = ce - 1; j >= floor; j--) {
    const c = text[j]!;
    if ((c === "." || c === '"' || c === "”") && text[j + 1] === " ") {
      stop = j + 1;
      break;
    }
  }
  if (stop < 0 || wordCount(text, stop, ce) > 4) return;
  const rest = text.slice(stop, ce).trim().split(/\s+/u);
  if (rest.length === 0 || rest.length > 4) return;
  const head = rest[0]!;
  const at = text.indexOf(head, stop);
  if (at < 0) return;
  const named = findNames(text, at, at + head.length, "written")[0];
  if (!named || named.start !== at || named.end !== at + head.length) return;
  const agency = named.agency;
  if (
    !rest
      .slice(1)
      .every(
        (t) => t.length <= 8 && /^[\p{L}/]+$/u.test(t) && t.toUpperCase() === t,
      )
  )
    return;
  push(
    sink,
    agency,
    "signoff",
    "agency/signoff-desk",
    at,
    at + head.length,
    W.signoff,
  );
}

/**
 * Footer phrases of the agency table, on one footer line (one regex over the line; over its first
 * and last {@link FOOTER_REACH} characters when it is longer than twice that).
 */
function tailFooters(sink: Sink, line: Line): void {
  const { text } = sink;
  const { footers } = AGENCY_INDEX;
  const { contentStart: cs, contentEnd: ce } = line;
  if (!footers || ce - cs < 8) return;
  const m =
    ce - cs <= 2 * FOOTER_REACH
      ? footers.exec(text.slice(cs, ce))
      : (footers.exec(text.slice(cs, cs + FOOTER_REACH)) ??
        footers.exec(text.slice(ce - FOOTER_REACH, ce)));
  if (!m) return;
  const agency = AGENCY_INDEX.footerAgency[m[0]];
  if (agency === undefined) return;
  const kind = COPYRIGHT_MARK.test(m[0]) ? "copyright" : "footer";
  push(
    sink,
    agency,
    kind,
    "agency/footer",
    line.contentStart,
    line.contentEnd,
    W.signoff,
  );
}

/** Domains and e-mail addresses on a header or footer line: `www.trend.az`, `jeeho@yna.co.kr`. */
function lineDomains(sink: Sink, line: Line, zone: "head" | "tail"): void {
  const { text } = sink;
  const { contentStart: cs, contentEnd: ce } = line;
  if (ce - cs > 300) return;
  const content = text.slice(cs, ce);
  if (
    !content.includes("@") &&
    !content.includes("www.") &&
    !content.includes("://")
  )
    return;
  for (const m of content.matchAll(HOST_NAME)) {
    const host = m.groups?.["host"] ?? "";
    if (!host.includes(".")) continue;
    const agency = domainAgency(host);
    if (agency < 0) continue;
    const start = cs + m.index;
    const email = m.index > 0 && text[start - 1] === "@";
    const short = ce - cs <= 120;
    if (!short && !email) continue;
    push(
      sink,
      agency,
      zone === "head" ? "byline" : "signoff",
      email ? "agency/email" : "agency/domain",
      start,
      start + host.length,
      W.signoff,
    );
  }
}

// ---- Whole-story rules (run only when nothing strong was found) ----------------------------

function bodyNames(
  sink: Sink,
  heads: readonly Line[],
  memo: WordMemo,
): void {
  const { text } = sink;
  // The headline zone: the first line and the header lines after it, up to running text.
  let headlineEnd = heads[0]?.contentEnd ?? -1;
  for (let k = 1; k < heads.length; k++) {
    if (isProse(text, heads[k]!, memo)) break;
    headlineEnd = heads[k]!.contentEnd;
  }
  let prev: NameHit | null = null;
  // Only the evidence found before this scan can overlap a name; later names follow one another.
  const earlier = sink.found.slice();
  const names = findNames(
    text,
    0,
    Math.min(text.length, BODY_CHARS),
    "capital",
    AGENCY_INDEX,
    MAX_BODY_NAMES,
  );
  for (const hit of names) {
    const merged =
      prev &&
      prev.agency === hit.agency &&
      hit.start - prev.end <= 3 &&
      text.slice(prev.end, hit.start).trim() === "(";
    prev = hit;
    if (merged || earlier.some((f) => f.start < hit.end && hit.start < f.end))
      continue;
    const inHeadline = hit.end <= headlineEnd;
    classifyName(sink, hit, 0, inHeadline);
  }
}

function reutersStyle(
  sink: Sink,
  doc: Doc,
  ctx: AgencyContext,
  heads: readonly Line[],
  tails: readonly Line[],
): void {
  const reuters = AGENCIES.findIndex((a) => a.id === "reuters");
  if (reuters < 0) return;
  const { text } = sink;
  for (const line of tails) {
    if (line.contentEnd - line.contentStart > 320) continue;
    if (REUTERS_TRAILER.test(text.slice(line.contentStart, line.contentEnd))) {
      push(
        sink,
        reuters,
        "byline",
        "agency/reuters-trailer",
        line.contentStart,
        line.contentEnd,
        W.style,
      );
      break;
    }
  }
  const dl = ctx.dateline;
  if (dl) {
    if (
      !dl.agency &&
      dl.date &&
      text[dl.end] === " " &&
      /\p{Lu}/u.test(text[dl.end + 1] ?? "")
    ) {
      push(
        sink,
        reuters,
        "dateline",
        "agency/reuters-undashed-dateline",
        dl.start,
        dl.end,
        W.style,
      );
    }
  } else {
    for (const line of heads.slice(0, 6)) {
      const m = UNDASHED_DATELINE.exec(
        text.slice(
          line.contentStart,
          Math.min(line.contentEnd, line.contentStart + 80),
        ),
      );
      if (
        m &&
        (MONTHS as readonly string[]).includes(m.groups?.["month"] ?? "")
      ) {
        const end = line.contentStart + m[0].length - 3;
        push(
          sink,
          reuters,
          "dateline",
          "agency/reuters-undashed-dateline",
          line.contentStart,
          end,
          W.style,
        );
        break;
      }
    }
  }
  const ric = findRic(doc.text, BODY_CHARS);
  if (ric)
    push(
      sink,
      reuters,
      "mention",
      "agency/reuters-ric",
      ric.start,
      ric.end,
      W.style,
    );
}

/** Whether `c` is an ASCII capital. */
function isCap(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * The first Reuters instrument code of the text that is not an HTML tag, as the `RIC_CODE` pattern
 * matches it (`<PANT>`, `<VOD.L>` after a space; `(AAPL.O)`), found with `indexOf` and checked
 * character by character, among the codes that open before `limit`. Returns the code's offsets
 * (`<` included; for `(AAPL.O)`, the brackets).
 */
function findRic(
  text: string,
  limit: number,
): { start: number; end: number } | null {
  let lt = text.indexOf("<", 1);
  let lp = text.indexOf("(");
  while ((lt >= 0 && lt < limit) || (lp >= 0 && lp < limit)) {
    if (lt >= 0 && (lp < 0 || lt < lp)) {
      // `\s<[A-Z]{2,5}(?:\.[A-Z]{1,2})?>`
      let j = lt + 1;
      while (j < text.length && j - lt <= 6 && isCap(text.charCodeAt(j))) j++;
      const n = j - lt - 1;
      let close = -1;
      if (isSpace(text.charCodeAt(lt - 1)) && n >= 2 && n <= 5) {
        if (text.charCodeAt(j) === 62) close = j;
        else if (text.charCodeAt(j) === 46) {
          let k = j + 1;
          while (k < text.length && k - j <= 3 && isCap(text.charCodeAt(k)))
            k++;
          if (k - j - 1 >= 1 && k - j - 1 <= 2 && text.charCodeAt(k) === 62)
            close = k;
        }
      }
      if (
        close >= 0 &&
        !(HTML_TAGS as readonly string[]).includes(
          text.slice(lt + 1, lt + 1 + n),
        )
      )
        return { start: lt, end: close + 1 };
      lt = text.indexOf("<", close >= 0 ? close + 1 : lt + 1);
    } else {
      // `\([A-Z0-9]{2,6}\.[A-Z]{1,2}\)`
      let j = lp + 1;
      while (j < text.length && j - lp <= 7 && isCapOrDigit(text.charCodeAt(j)))
        j++;
      const n = j - lp - 1;
      if (n >= 2 && n <= 6 && text.charCodeAt(j) === 46) {
        let k = j + 1;
        while (k < text.length && k - j <= 3 && isCap(text.charCodeAt(k))) k++;
        if (k - j - 1 >= 1 && k - j - 1 <= 2 && text.charCodeAt(k) === 41)
          return { start: lp, end: k + 1 };
      }
      lp = text.indexOf("(", lp + 1);
    }
  }
  return null;
}

function isCapOrDigit(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

// ---- Context from the other modules ---------------------------------------------------------

function fromContext(sink: Sink, ctx: AgencyContext): void {
  const { text } = sink;
  const dl = ctx.dateline;
  // A two-letter credit outside brackets is more likely a state (`PITTSBURGH, PA -`).
  const bare =
    dl?.agency &&
    dl.agency.end - dl.agency.start <= 2 &&
    !"(/[".includes(text[dl.agency.start - 1] ?? "(");
  if (dl?.agency && !bare) {
    let agency = dl.agencyId
      ? AGENCIES.findIndex((a) => a.id === dl.agencyId)
      : -1;
    let { start, end } = dl.agency;
    if (agency < 0) {
      const hit = resolveCredit(text, start, end);
      if (hit) ({ agency, start, end } = hit);
    }
    if (agency >= 0)
      push(
        sink,
        agency,
        "dateline",
        "agency/dateline-credit",
        start,
        end,
        W.dateline,
      );
  }
  for (const b of ctx.bylines) {
    if (!b.affiliation) continue;
    const at = text.indexOf(b.affiliation, b.end);
    if (at < 0 || at - b.end > 80) continue;
    const hit = resolveCredit(text, at, at + b.affiliation.length);
    if (hit)
      push(
        sink,
        hit.agency,
        "byline",
        "agency/byline-affiliation",
        hit.start,
        hit.end,
        W.byline,
      );
  }
  for (const b of ctx.boilerplate) {
    if (b.end - b.start > 400) continue;
    const kind =
      b.kind === "signoff" ||
      b.kind === "footer" ||
      b.kind === "copyright" ||
      b.kind === "prefix"
        ? b.kind
        : null;
    const photo = b.kind === "caption" || b.kind === "photo-credit";
    if (!kind && !photo) continue;
    for (const hit of findNames(text, b.start, b.end, "written")) {
      if (photo || photoAround(text, hit.start, hit.end, b.start)) {
        push(
          sink,
          hit.agency,
          "mention",
          "agency/photo-credit",
          hit.start,
          hit.end,
          W.photo,
        );
      } else if (kind === "prefix") {
        push(
          sink,
          hit.agency,
          "prefix",
          "agency/boilerplate-prefix",
          hit.start,
          hit.end,
          W.prefix,
        );
      } else if (kind) {
        push(
          sink,
          hit.agency,
          kind,
          `agency/boilerplate-${kind}`,
          hit.start,
          hit.end,
          W.signoff,
        );
      }
    }
  }
}

/** How many lower-case words that are not credit-line words `text[start, end)` holds (stops at 5). */
function lowerWords(text: string, start: number, end: number): number {
  let n = 0;
  let i = start;
  while (i < end) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < end && isWordChar(text.charCodeAt(i))) i++;
    if (!isLowerStart(text, s)) continue;
    if (shapeRulesOut(CREDIT_SHAPES, text, s, i) || !CREDIT_WORDS.has(text.slice(s, i))) {
      if (++n >= 5) return n;
    }
  }
  return n;
}

/** What closes a sentence: `.`, `!`, `?`, or a closing quotation mark. */
const SENTENCE_END = '.!?"”’';

/** Whether a line is a sentence of the story: three or more lower-case words and a closing stop. */
function isSentence(text: string, line: Line, memo: WordMemo): boolean {
  const last =
    line.contentEnd > line.contentStart ? text[line.contentEnd - 1]! : "";
  return (
    last !== "" &&
    SENTENCE_END.includes(last) &&
    lineWords(text, line, memo) >= 3
  );
}

/** Whether a line reads as running text: five or more lower-case words that are not credit-line words. */
function isProse(text: string, line: Line, memo: WordMemo): boolean {
  return lineWords(text, line, memo) >= 5;
}

/** The {@link lineWords} counts of the lines read so far in one call (a line is read once). */
type WordMemo = Map<Line, number>;

/** {@link lowerWords} over a line's words (to {@link wordsEnd}), counted once per call. */
function lineWords(text: string, line: Line, memo: WordMemo): number {
  let n = memo.get(line);
  if (n === undefined) {
    n = lowerWords(text, line.contentStart, wordsEnd(line));
    memo.set(line, n);
  }
  return n;
}

/** Where a line's words are read to: its end, or {@link WORDS_REACH} into it. */
function wordsEnd(line: Line): number {
  return Math.min(line.contentEnd, line.contentStart + WORDS_REACH);
}

/**
 * The footer lines, last first: the last {@link TAIL_LINES} non-blank lines among the last
 * {@link TAIL_SCAN} lines that end within {@link TAIL_CHARS} of the end (the last line always).
 */
function tailLines(doc: Doc): Line[] {
  const { lines, text } = doc;
  const tails: Line[] = [];
  const floor = Math.max(0, lines.length - TAIL_SCAN);
  const minEnd = text.length - TAIL_CHARS;
  for (let k = lines.length - 1; k >= floor && tails.length < TAIL_LINES; k--) {
    const line = lines[k]!;
    if (line.end < minEnd && k < lines.length - 1) break;
    if (!line.blank) tails.push(line);
  }
  return tails;
}

/**
 * The header lines: up to the dateline's line when there is a dateline, else up to the first line
 * of running text after the headline (that line included: it may open with a dateline).
 */
function headLines(doc: Doc, ctx: AgencyContext, memo: WordMemo): Line[] {
  const heads: Line[] = [];
  const stop = ctx.dateline ? ctx.dateline.start : -1;
  let prose = 0;
  for (const line of doc.lines) {
    // The character limit comes first, so blank lines cost one check each up to `HEAD_CHARS`.
    if (line.start > HEAD_CHARS) break;
    if (line.blank) continue;
    if (heads.length >= HEAD_LINES) break;
    if (stop >= 0 && line.start > stop) break;
    heads.push(line);
    if (stop >= 0) continue;
    if (heads.length > 1 && isProse(doc.text, line, memo) && ++prose >= MAX_PROSE)
      break;
  }
  return heads;
}

/**
 * @internal Gathers the evidence for every agency the story names: the dateline credit and
 * the header lines first, then the sign-offs at the foot; footers, domains, house styles and the
 * names in the running text only when nothing strong was found.
 */
export function collectEvidence(doc: Doc, ctx: AgencyContext): Found[] {
  const dl = ctx.dateline;
  const place = dl
    ? { start: dl.start, end: dl.agency ? dl.agency.start : dl.end }
    : null;
  const sink: Sink = { text: doc.text, lines: doc.lines, found: [], place };
  const memo: WordMemo = new Map();
  const heads = headLines(doc, ctx, memo);
  const tails = tailLines(doc);

  fromContext(sink, ctx);
  const credited = sink.found.some((f) => f.kind === "dateline");
  // Once a sentence has been read, a line of the foot is a sign-off, not a header credit.
  const tailStart =
    tails.length > 0 ? tails[tails.length - 1]!.start : Infinity;
  let storyStarted = false;
  const header: Line[] = [];
  for (const line of heads) {
    if (storyStarted && line.start >= tailStart) break;
    if (isSentence(doc.text, line, memo)) storyStarted = true;
    header.push(line);
  }
  header.forEach((line, n) => {
    // With a dateline found, only its own line can hold a dateline credit.
    const datelineLine =
      !dl || (dl.start >= line.start && dl.start <= line.end);
    if (!credited && datelineLine) {
      headParens(sink, line);
      headSlash(sink, line);
      headComma(sink, line);
    }
    lineNames(sink, line, "head", n === 0);
  });
  tails.forEach((line, n) => {
    if (n < 3 && !tailWhole(sink, line)) tailGlued(sink, line);
    else if (n >= 3) tailWhole(sink, line);
    lineNames(sink, line, "tail", false);
  });
  if (hasStrong(sink)) return sink.found;

  for (const line of tails) tailFooters(sink, line);
  for (const line of header) lineDomains(sink, line, "head");
  for (const line of tails) lineDomains(sink, line, "tail");
  if (hasStrong(sink)) return sink.found;

  bodyNames(sink, header, memo);
  reutersStyle(sink, doc, ctx, header, tails);
  return sink.found;
}
