import type { Doc, Line } from "../_lib/doc.ts";
import {
  CONTACT_ROLES,
  CONTRIBUTOR_DESCRIPTORS,
  TRAILER_FOOTERS,
} from "./data.ts";
import { readNameList } from "./nameList.ts";
import { isSpace } from "../_lib/span.ts";
import { CONTRIBUTED, TRAILER_CUE_AT, TRAILER_PLACE } from "./patterns.ts";
import { phraseAt } from "./phraseAt.ts";
import { phraseIndex } from "./phraseIndex.ts";
import { roleAt } from "./roleAt.ts";
import type { Byline, BylineRole } from "./schema.ts";
import { tokenize, type Token } from "./tokens.ts";

/**
 * A credit trailer at the foot of a story (`(Reporting by X; Editing by Y)`, `X contributed to this
 * report.`): the whole trailer's span (boilerplate) and the people it credits (bylines).
 */
export interface Trailer {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly bylines: readonly Byline[];
  readonly rule: string;
}

/** Non-blank lines at the foot searched for trailers anywhere in the line. */
const TAIL_LINES = 15;
/** Characters at the foot searched for trailers anywhere in a line. */
const TAIL_CHARS = 3000;
/** The tail never reaches further back than this, however short the lines. */
const MAX_TAIL_CHARS = 4000;
/** A line before the tail is checked only when it opens with a trailer phrase. */
const LINE_START_CUE =
  /^[(*•\s-]{0,3}(?:additional|extra|with|reporting|reported|writing|written|compiled|compiling|editing|edited|zusätzliche|berichterstattung|bericht|geschrieben|redaktion|bearbeitet|bearbeitung|reportage|rédigé|écrit|édité|édition|version|reportaje|reporte|información|informes|escrito|redacción|editado|edición|reportagem|edição|servizio|scritto|to contact)\s/iu;
/** Footers that may follow a trailer on its line. */
const FOOTER_INDEX = /* @__PURE__ */ phraseIndex(TRAILER_FOOTERS);
/** A byline at the foot, after a dash (`-By Jane Doe, Dow Jones Newswires`). */
const BY_FOOT = /^-{1,2}\s?By\s/u;
/** A Bloomberg contact footer opening. */
const CONTACT_START = /^to contact the /iu;
const CONTACT_INDEX = /* @__PURE__ */ phraseIndex(
  CONTACT_ROLES.map(([p]) => p.slice(0, -1)),
);
const DESCRIPTORS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  CONTRIBUTOR_DESCRIPTORS.flatMap((d) => d.split(" ")),
);

/**
 * @internal Finds the credit trailers of a story, one source of truth for the people they credit
 * (bylines) and their spans (boilerplate of kind `trailer`):
 *
 * - `(Reporting by X in Y; Additional reporting by Z; Writing by W; Editing by V)`, with or without
 *   the parentheses, any case, on its own line or glued to the last paragraph;
 * - `Written by A, B, and C; Edited by D`, `Reporting by X in Y Editing by Z` (no separator),
 *   `*Writing by X in Ankara`, `Compiled by X`;
 * - `X in A and Y in B contributed to this report.`, `Associated Press writer X contributed.`;
 * - Bloomberg `To contact the reporter on this story: X in Y at x@bloomberg.net` (author) and `To
 *   contact the editor responsible for this story: Z` (editor);
 * - the German translation `(Berichterstattung von A, B und C). Redaktion von D`.
 *
 * Only the last ~15 lines / ~3,000 characters are searched anywhere in a line; earlier lines only
 * when they open with a trailer phrase.
 *
 * @param doc - The story, split into lines.
 * @returns The trailers in text order.
 */
export function findTrailers(doc: Doc): Trailer[] {
  const { text, lines } = doc;
  const n = text.length;
  let count = 0;
  let tailLine = lines.length;
  for (let li = lines.length - 1; li >= 0 && count < TAIL_LINES; li--) {
    if (!lines[li]!.blank) count++;
    tailLine = li;
  }
  const tailStart = Math.max(
    n - MAX_TAIL_CHARS,
    Math.min(lines[tailLine]?.start ?? 0, n - TAIL_CHARS),
  );
  const out: Trailer[] = [];
  // Sentence ends in the tail followed by what may open a cue word, found in one pass when the
  // first tail line is reached.
  let places: Places | null = null;
  // The next `contributed` in the text (see `mentions`), searched for once from start to end.
  const contributed = { at: -2 };
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    if (line.blank || line.start < (out[out.length - 1]?.end ?? 0)) continue;
    const inTail = line.contentEnd > tailStart;
    if (
      !inTail &&
      !(
        lineStartCue(text.charCodeAt(line.contentStart)) &&
        LINE_START_CUE.test(
          text.slice(line.contentStart, line.contentStart + 40),
        )
      )
    )
      continue;
    if (inTail && !places) places = findPlaces(text, line.contentStart);
    const from = inTail
      ? Math.max(line.contentStart, tailStart)
      : line.contentStart;
    const found =
      contactTrailer(text, line, nextLine(lines, li)) ??
      (inTail ? byTrailer(text, line) : null) ??
      (mentions(text, contributed, from, line.contentEnd)
        ? contributedTrailer(text, line, from)
        : null) ??
      roleTrailer(text, line, from, inTail ? places : null);
    if (found) out.push(found);
  }
  return out;
}

/** The next non-blank line after `lines[li]`, if any. */
function nextLine(lines: readonly Line[], li: number): Line | undefined {
  for (let k = li + 1; k < lines.length && k <= li + 3; k++)
    if (!lines[k]!.blank) return lines[k];
  return undefined;
}

/**
 * `To contact the reporter on this story: Tom Berry in Paris at tberry3@bloomberg.net`; the
 * names may stand on the next line.
 */
function contactTrailer(
  text: string,
  line: Line,
  next: Line | undefined,
): Trailer | null {
  if (
    !CONTACT_START.test(text.slice(line.contentStart, line.contentStart + 16))
  )
    return null;
  const toks = tokenize(text, line.contentStart, line.contentEnd, 60);
  const len = phraseAt(toks, 0, CONTACT_INDEX);
  if (len === 0 || toks[len]?.text !== ":") return null;
  const phrase =
    toks
      .slice(0, len)
      .map((t) => t.text.toLowerCase())
      .join(" ") + ":";
  const role: BylineRole =
    CONTACT_ROLES.find(([p]) => p === phrase)?.[1] ?? "author";
  let nl = readNameList(toks, len + 1, { trailer: true, stopAt: Infinity });
  let end = line.contentEnd;
  if (len + 1 >= toks.length && next) {
    // `To contact the reporter on this story:` / `Tom Berry in Paris at ...`
    const nt = tokenize(text, next.contentStart, next.contentEnd, 60);
    const nn = readNameList(nt, 0, { trailer: true, stopAt: Infinity });
    if (nn.names.length > 0) {
      nl = nn;
      end = next.contentEnd;
    }
  }
  const bylines = nl.names.map((s) =>
    byline(text, s, role, "byline/trailer-contact"),
  );
  return make(text, line.contentStart, end, bylines, "byline/trailer-contact");
}

/** A byline at the foot (Dow Jones): `-By Jane Doe, Dow Jones Newswires; 212-555-0100; jane.doe@dowjones.com`. */
function byTrailer(text: string, line: Line): Trailer | null {
  if (!BY_FOOT.test(text.slice(line.contentStart, line.contentStart + 6)))
    return null;
  const toks = tokenize(text, line.contentStart, line.contentEnd, 40);
  const nl = readNameList(toks, 1, { trailer: false, stopAt: Infinity });
  const t = toks[nl.next];
  if (nl.names.length === 0 || (t && t.text !== "," && t.text !== ";"))
    return null;
  const bylines = nl.names.map((x) =>
    byline(text, x, "author", "byline/trailer-by"),
  );
  return make(
    text,
    line.contentStart,
    line.contentEnd,
    bylines,
    "byline/trailer-by",
  );
}

/**
 * True when `contributed` (as written: lower case) stands inside `text[from, end)`. `cur.at` keeps
 * the first occurrence at or after the last search (-1: none left; below 0 before the first search);
 * calls come with `from` never decreasing (lines in text order), so the text is searched once.
 */
function mentions(
  text: string,
  cur: { at: number },
  from: number,
  end: number,
): boolean {
  if (cur.at !== -1 && cur.at < from)
    cur.at = text.indexOf("contributed", from);
  return cur.at >= 0 && cur.at + 11 <= end;
}

/** `X in A and Y in B contributed to this report.` */
function contributedTrailer(
  text: string,
  line: Line,
  from: number,
): Trailer | null {
  const slice = text.slice(from, line.contentEnd);
  const m = CONTRIBUTED.exec(slice);
  if (!m) return null;
  const at = from + m.index;
  // The sentence start: the line start or just after the previous sentence end (bounded).
  let s = at;
  const limit = Math.max(line.contentStart, at - 400);
  while (s > limit) {
    const c = text.charCodeAt(s - 1);
    if (
      (c === 46 || c === 33 || c === 63 || c === 0x201d) &&
      /\s/u.test(text[s] ?? "")
    )
      break;
    s--;
  }
  if (s === limit && limit !== line.contentStart) return null;
  while (s < at && /\s/u.test(text[s]!)) s++;
  const toks = tokenize(text, s, at, 80);
  let i = 0;
  while (
    i < toks.length &&
    !toks[i]!.punct &&
    DESCRIPTORS.has(toks[i]!.text.toLowerCase())
  )
    i++;
  const nl = readNameList(toks, i, { trailer: true, stopAt: Infinity });
  if (nl.names.length === 0 || nl.next < toks.length) return null;
  const bylines = nl.names.map((x) =>
    byline(text, x, "contributor", "byline/trailer-contributed"),
  );
  let end = at + m[0].length;
  if (!m[0].endsWith(".")) {
    // `contributed reporting from Tulsa.`: the sentence goes on to its period.
    const stop = text.indexOf(".", end);
    if (stop >= 0 && stop < line.contentEnd && stop - end <= 100)
      end = stop + 1;
  }
  return make(text, s, end, bylines, "byline/trailer-contributed");
}

/** `(Reporting by X; Editing by Y)` and its variants, from the first role phrase in the line. */
function roleTrailer(
  text: string,
  line: Line,
  from: number,
  places: Places | null,
): Trailer | null {
  // A role phrase counts only at the line start (after up to three bullets) or right after a
  // sentence end, so only those places are tried, in text order; `TRAILER_CUE_AT` then checks the
  // word there. In the tail (`places` given) any sentence end of the line counts; above it, only
  // the line start.
  const anywhere = places !== null;
  const cs = line.contentStart;
  const ce = line.contentEnd;
  const lineCue = cueAfter(text, bulletsEnd(text, cs, ce), ce);
  let lineDone = false;
  let last = -1;
  let pi = 0;
  if (places) {
    while (places.at < places.list.length && places.list[places.at]! < cs)
      places.at++;
    pi = places.at;
  }
  const limit = anywhere ? ce : Math.min(ce, cs + 5);
  for (let q = cs; q <= limit; q++) {
    let p: number;
    if (places) {
      // Jump to the next sentence end found in the tail.
      const next = places.list[pi];
      q = next !== undefined && next < limit ? next : limit;
      if (q < limit) pi++;
    }
    if (q === limit) {
      if (lineDone) break;
      p = lineCue;
      lineDone = true;
    } else {
      if (!isSentenceEnd(text.charCodeAt(q))) continue;
      p = cueAfter(text, q + 1, ce);
      if (!lineDone && lineCue <= p) {
        // The line-start place comes first in text order.
        lineDone = true;
        q--;
        if (places) pi--;
        p = lineCue;
      }
    }
    if (p <= last || p < from || p >= ce) continue;
    last = p;
    if (!anywhere && p > cs + 4) break;
    if (
      !cueLetter(text.charCodeAt(p)) ||
      !TRAILER_CUE_AT.test(text.slice(p, Math.min(ce, p + 19)))
    )
      continue;
    let start = p;
    let paren = false;
    if (text[p - 1] === "(") {
      start = p - 1;
      paren = true;
    } else if (text[p - 1] === "*") start = p - 1;
    // At the line start, or glued after a sentence end.
    const before = text.slice(cs, start).trim();
    const atLineStart = /^[-–—*•]{0,3}$/u.test(before);
    if (!atLineStart && !/[.!?"”’)»:–—-]$/u.test(before)) continue;
    if (atLineStart && !paren) start = cs;
    const toks = tokenize(text, start, ce, 200);
    const r = parseRoles(text, toks, paren);
    if (!r) continue;
    if (r.bylines.length === 0 && !(paren && r.closed)) continue;
    if (!r.complete && !(paren && r.closed)) continue;
    return make(
      text,
      start,
      r.end,
      r.bylines,
      paren ? "byline/trailer-paren" : "byline/trailer-roles",
    );
  }
  return null;
}

/** The ASCII sentence ends `! " ) - . : ?` as bits of `c - 32`. */
const ASCII_ENDS =
  (1 << 1) | (1 << 2) | (1 << 9) | (1 << 13) | (1 << 14) | (1 << 26) | (1 << 31);

/** Sentence ends in the tail that a cue word may follow, in text order, and a reading cursor. */
interface Places {
  readonly list: readonly number[];
  at: number;
}

/**
 * The sentence ends from `from` to the text end that are followed by a cue word
 * ({@link TRAILER_PLACE}), in one pass. `roleTrailer` tries no other sentence end: it checks
 * the cue word at each one, and where a place is not followed by one the check fails.
 */
function findPlaces(text: string, from: number): Places {
  const list: number[] = [];
  // The pattern (not global: no hidden state) runs over the rest of the text from each place's
  // end: the same places a global search finds, without building a regex per call.
  let at = from;
  for (let m = TRAILER_PLACE.exec(text.slice(at)); m; m = TRAILER_PLACE.exec(text.slice(at))) {
    list.push(at + m.index);
    at += m.index + m[0].length;
  }
  return { list, at: 0 };
}

/** True when a line opening with `c` may open with a trailer phrase (`LINE_START_CUE`). */
function lineStartCue(c: number): boolean {
  return (
    cueLetter(c) ||
    c === 40 ||
    c === 42 ||
    c === 45 ||
    c === 0x2022 ||
    (c | 0x20) === 116
  );
}

/** A character after which a trailer may be glued: `. ! ? " ” ’ ) » : – — -`. */
function isSentenceEnd(c: number): boolean {
  if (c < 64) return c >= 32 && ((ASCII_ENDS >>> (c - 32)) & 1) === 1;
  return (
    c >= 0xbb &&
    (c === 0xbb || c === 0x2013 || c === 0x2014 || c === 0x2019 || c === 0x201d)
  );
}

/** The first letters of the trailer cue words (`a b c e g i r s v w z`, any case, and `é`): others never start one. */
const CUE_LETTERS =
  (1 << 0) |
  (1 << 1) |
  (1 << 2) |
  (1 << 4) |
  (1 << 6) |
  (1 << 8) |
  (1 << 17) |
  (1 << 18) |
  (1 << 21) |
  (1 << 22) |
  (1 << 25);

/** True when `c` may open a trailer cue word (any non-ASCII character may: case folding is left to the pattern). */
function cueLetter(c: number): boolean {
  if (c > 127) return true;
  const l = c | 0x20;
  return l >= 97 && l <= 122 && ((CUE_LETTERS >>> (l - 97)) & 1) === 1;
}

/** Past up to three bullets or dashes at `i` (`-`, `–`, `—`, `*`, `•`). */
function bulletsEnd(text: string, i: number, end: number): number {
  for (let k = 0; k < 3 && i < end; k++, i++) {
    const c = text.charCodeAt(i);
    if (c !== 45 && c !== 0x2013 && c !== 0x2014 && c !== 42 && c !== 0x2022)
      break;
  }
  return i;
}

/** Where a role phrase would start after `i`: past spaces and one `(` or `*`. */
function cueAfter(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return i < end && (c === 40 || c === 42) ? i + 1 : i;
}

interface Roles {
  readonly bylines: Byline[];
  readonly end: number;
  readonly complete: boolean;
  readonly closed: boolean;
}

function parseRoles(
  text: string,
  toks: readonly Token[],
  paren: boolean,
): Roles | null {
  let i = 0;
  let depth = 0;
  if (paren && toks[0]?.text === "(") {
    depth = 1;
    i = 1;
  }
  if (!roleAt(toks, i)) return null;
  const bylines: Byline[] = [];
  let end = toks[i]!.start;
  let closed = false;
  let role: BylineRole | null = null;
  const rule = paren ? "byline/trailer-paren" : "byline/trailer-roles";
  while (i < toks.length) {
    const t = toks[i]!;
    const r = roleAt(toks, i);
    if (r) {
      role = r.role;
      i += r.length;
      end = toks[i - 1]!.end;
      const nl = readNameList(toks, i, { trailer: true, stopAt: Infinity });
      for (const s of nl.names) bylines.push(byline(text, s, r.role, rule));
      if (nl.next > i) end = toks[nl.next - 1]!.end;
      i = nl.next;
      continue;
    }
    if (t.text === ")") {
      if (depth === 0) break;
      depth--;
      closed = true;
      end = t.end;
      i++;
      let j = i;
      while (j < toks.length && /^[.;,]$/u.test(toks[j]!.text)) j++;
      if (j < toks.length && roleAt(toks, j)) {
        i = j;
        continue;
      }
      if (j >= toks.length) {
        end = toks[j - 1]!.end;
        i = j;
      }
      break;
    }
    if (
      t.text === ";" ||
      t.text === "," ||
      t.text === "/" ||
      /^[.*]{1,3}$/u.test(t.text)
    ) {
      if (t.text === "." && i === toks.length - 1) end = t.end;
      i++;
      // `Editing by Jane Doe/John Roe`, `Editing by A; B`: more names under the same role.
      if (role !== null && t.text !== "." && !roleAt(toks, i)) {
        const nl = readNameList(toks, i, { trailer: true, stopAt: Infinity });
        if (nl.names.length > 0) {
          for (const s of nl.names) bylines.push(byline(text, s, role, rule));
          end = toks[nl.next - 1]!.end;
          i = nl.next;
        }
      }
      continue;
    }
    if (depth > 0 && !t.punct) {
      i++;
      continue;
    }
    break;
  }
  // A footer glued after the trailer (`... Editing by Y Our Standards: ...`) ends it.
  const complete =
    i >= toks.length ||
    (bylines.length > 0 && phraseAt(toks, i, FOOTER_INDEX) > 0);
  return { bylines, end, complete, closed };
}

function byline(
  text: string,
  s: { start: number; end: number },
  role: BylineRole,
  rule: string,
): Byline {
  const name = text.slice(s.start, s.end);
  return {
    text: name,
    start: s.start,
    end: s.end,
    name,
    role,
    affiliation: null,
    source: "trailer",
    rule,
  };
}

function make(
  text: string,
  start: number,
  end: number,
  bylines: Byline[],
  rule: string,
): Trailer {
  return { start, end, text: text.slice(start, end), bylines, rule };
}
