import { makeDoc, type Doc, type Line } from "../_lib/doc.ts";
import { resolveOptions, type CommonOptions, type ResolvedOptions } from "../_lib/options.ts";
import { isSpace } from "../_lib/span.ts";
import { findTrailers, type Trailer } from "../byline/trailers.ts";
import {
  classifyLine,
  FURNITURE_LINE_HEADS,
  headIndex,
  keyMayMatch,
  lineKey,
  lineKeyHead,
  lookupKey,
  MAX_FURNITURE_KEY,
  plainHeadCode,
  plainKeyMayMatch,
  PREFIX_INDEX,
  type HeadPhrases,
  type LineHit,
  wideHeadFirsts,
  wideHeadMisses,
} from "./classifyLine.ts";
import { LIST_LABELS, STUCK_FURNITURE } from "./data.ts";
import {
  ABOUT_HEADING,
  ANY_LETTER,
  CONTACT_HEADING,
  DESK_INITIALS,
  EMAIL_LINE,
  LOWER_LETTER,
  PHONE_LABEL,
  SOURCE_HEADING,
  TWO_LETTERS,
  WEEKDAY_DATE,
} from "./patterns.ts";
import type { Boilerplate, BoilerplateKind } from "./schema.ts";
import { isContinuation, matchSignoff, signoffTable, type SignoffTable } from "./signoff.ts";

/** Options of {@link findBoilerplate} and {@link stripBoilerplate}. */
export interface BoilerplateOptions extends CommonOptions {}

/**
 * Finds the text around a story that is not story: agency footers, copyright lines, sign-offs,
 * credit trailers, captions and photo credits, page furniture, press-release About and contact
 * blocks, redistributor prefixes.
 *
 * Wire forms handled:
 * - sign-offs at the foot, on their own line or stuck to the last sentence: `Reuter`, `REUTER...`,
 *   typos (`REUTE`, `RUTER`), `--IANS`, `(Xinhua)`, `(end)`, `PTI CORR`, `— Bernama`, `More`;
 * - agency footers and copyright lines: `© 2024 The Associated Press. All rights reserved.`,
 *   `[Copyright The Jiji Press, Ltd.]`, `Our Standards: The Thomson Reuters Trust Principles.`;
 * - captions ending in a photo credit: `... (AP Photo/Khalil Hamra)`, `... - Photo by AFP`,
 *   `... — Reuters pic`, `... [Photo/Xinhua]`; photographer lines (`By X, Getty Images`);
 * - page furniture lines: `Share`, `Advertisement`, `Read more`, `Related:`, `Skip to content`,
 *   timestamps on their own line (`Posted at 10:55 PM, May 11, 2014`), section labels (`WORLD`);
 * - press-release `About Acme Corp.` blocks and contact blocks, SEC exhibit headers
 *   (`Exhibit 99.1`), redistributor prefixes (`(MENAFN- ...)`), `|` separator lines.
 *
 * @param text - The story as received.
 * @param options - Common options.
 * @returns The blocks in text order, non-overlapping, each with its `kind` and the `rule` that matched.
 * @example
 * ```ts
 * findBoilerplate("Shares rose 2 pct.\n Reuter\n")[0]; // { kind: "signoff", text: "Reuter", start: 20, end: 26, ... }
 * ```
 * @remarks Precision first: a story paragraph that mentions "copyright", "Reuters" or "photo" stays.
 * Captions without a credit, and site furniture not in the tables, are missed.
 */
export function findBoilerplate(text: string, options?: BoilerplateOptions): Boilerplate[] {
  const opts = resolveOptions("findBoilerplate", text, options);
  const doc = makeDoc(text);
  return boilerplateIn(doc, opts, findTrailers(doc));
}

/**
 * Returns the text with every boilerplate block removed. A block that fills its lines takes
 * its line breaks with it; a block inside a line takes the spaces beside it. Idempotent:
 * stripping twice gives the same text as stripping once.
 *
 * @param text - The story as received.
 * @param options - Common options.
 * @returns The text without its boilerplate.
 * @example
 * ```ts
 * stripBoilerplate("Shares rose 2 pct.\n Reuter\n"); // "Shares rose 2 pct.\n"
 * ```
 */
export function stripBoilerplate(text: string, options?: BoilerplateOptions): string {
  const blocks = findBoilerplate(text, options);
  const n = text.length;
  let out = "";
  let at = 0;
  for (const b of blocks) {
    let ls = b.start;
    let le = b.end;
    while (ls > at && isHSpace(text.charCodeAt(ls - 1))) ls--;
    while (le < n && isHSpace(text.charCodeAt(le))) le++;
    const lineStart = ls === 0 || isBreak(text.charCodeAt(ls - 1));
    const lineEnd = le === n || isBreak(text.charCodeAt(le));
    let s = ls;
    let e = le;
    if (lineStart && lineEnd) {
      // Whole lines: take the line break after them too.
      if (e < n) e += text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? 2 : 1;
    } else if (!lineStart && !lineEnd) {
      // Inside a line: keep the space before it between the words left and right.
      s = b.start;
    }
    s = Math.max(s, at);
    out += text.slice(at, s);
    at = Math.max(at, e);
  }
  return out + text.slice(at);
}

function isHSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** A found block before it becomes a {@link Boilerplate}. */
interface Hit {
  start: number;
  end: number;
  kind: BoilerplateKind;
  rule: string;
}

/** The sign-off and footer table, built once from the agency table (read-only). */
const SIGNOFFS: SignoffTable = /* @__PURE__ */ signoffTable();

/** The furniture and footer phrases by their plain head code (read-only after it is built). */
const HEADS: readonly (readonly (HeadPhrases | undefined)[] | undefined)[] = /* @__PURE__ */ headIndex(SIGNOFFS.footers);

/** The first characters of the table phrases that are not ASCII (see `wideHeadMisses`). */
const WIDE_FIRST: ReadonlySet<number> = /* @__PURE__ */ wideHeadFirsts(SIGNOFFS.footers);

/** Longest phrase a line's key is compared with: furniture prefixes and agency footers. */
const MAX_PHRASE_KEY = /* @__PURE__ */ longestPhrase([...PREFIX_INDEX.values(), ...SIGNOFFS.footers.values()]);

function longestPhrase(buckets: readonly (readonly (readonly [string, unknown])[])[]): number {
  let max = 0;
  for (const b of buckets) for (const [p] of b) max = Math.max(max, p.length);
  return max;
}

/** Longest caption taken from the paragraph above a photographer's credit line. */
const MAX_CREDITED_CAPTION = 300;

/**
 * @internal Boilerplate of an already split document, given its credit trailers (found by the
 * byline module: one source of truth). Walks the lines once, then the tail once.
 */
export function boilerplateIn(doc: Doc, opts: ResolvedOptions, trailers: readonly Trailer[]): Boilerplate[] {
  const { text, lines } = doc;
  const table = SIGNOFFS;
  const hits: (Hit | null)[] = lines.map((l) => lineHit(text, l, table));

  contextRules(doc, hits);
  aboutAndContactBlocks(doc, hits);
  tailWalk(doc, hits, table, trailers);

  const all: Hit[] = [];
  for (const h of hits) if (h) all.push(h);
  for (const t of trailers) all.push({ start: t.start, end: t.end, kind: "trailer", rule: t.rule });
  const out = resolve(text, all);
  if (opts.debug) {
    for (const b of out) opts.debug({ module: "boilerplate", rule: b.rule, message: `${b.kind} block`, start: b.start, end: b.end });
  }
  return out;
}

/** The per-line rules, plus agency footers and continuation lines. */
function lineHit(text: string, line: Line, table: SignoffTable): Hit | null {
  if (line.blank) return null;
  const len = line.contentEnd - line.contentStart;
  const content = text.slice(line.contentStart, line.contentEnd);
  // The line's key is needed only when a table holds a phrase that opens like it.
  let key = "";
  if (len <= 600) {
    const furniture = len <= MAX_FURNITURE_KEY;
    // Most lines open with two plain characters: their head is looked up by number.
    const code = table === SIGNOFFS ? plainHeadCode(content) : -1;
    if (code >= 0) {
      const e = HEADS[code >> 7]?.[code & 127];
      if (e && (furniture ? e.lines.length + e.prefixes.length + e.footers.length > 0 : e.footers.length > 0) && plainKeyMayMatch(content, e, furniture)) {
        key = lookupKey(content, MAX_PHRASE_KEY);
      }
    } else if (table === SIGNOFFS && !WIDE_FIRST.has(-1) && wideHeadMisses(content.charCodeAt(0), WIDE_FIRST)) {
      // A key opening with a character that is not ASCII: no table phrase opens like it.
    } else {
      const head = lineKeyHead(content);
      const lookup = furniture ? FURNITURE_LINE_HEADS.has(head) || PREFIX_INDEX.has(head) : false;
      const footers = table.footers.get(head);
      if ((lookup || footers) && keyMayMatch(content, head, furniture, footers)) key = lookupKey(content, MAX_PHRASE_KEY);
    }
  }
  const h: LineHit | null = classifyLine(text, line, key, content);
  if (h) return { ...h };
  if (isContinuation(content)) {
    return { start: line.contentStart, end: line.contentEnd, kind: "continuation", rule: "boilerplate/continuation" };
  }
  // An empty key (not built: no phrase can match) opens no footer.
  const bucket = len <= 600 && key !== "" ? table.footers.get(key.slice(0, 2)) : undefined;
  if (bucket) {
    for (const [f] of bucket) {
      // Short phrases ("EFE") only as the whole line; long ones open the line.
      if (f.length < 16 ? key === f : key.startsWith(f)) {
        return { start: line.contentStart, end: line.contentEnd, kind: "footer", rule: "boilerplate/agency-footer" };
      }
    }
  }
  return null;
}

/** Rules that look at a neighbouring line: captions above image lines, echoed captions, photographer credits. */
function contextRules(doc: Doc, hits: (Hit | null)[]): void {
  const { text, lines } = doc;
  const firstContent = lines.findIndex((l) => !l.blank);
  keepPublicationDate(doc, hits, firstContent);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const h = hits[i];
    // Without a hit, only the glued-echo rule can apply: to a line of even length from 6 to 240.
    const len = line.contentEnd - line.contentStart;
    if (!h && (len < 6 || len > 240 || len % 2 !== 0)) continue;
    const prev = i > 0 ? lines[i - 1]! : null;
    const content = text.slice(line.contentStart, line.contentEnd);
    // A caption line directly above an `Image: Credit.` line.
    if (h && h.rule === "boilerplate/image-line" && /^Image:/iu.test(content) && prev && !prev.blank && !hits[i - 1]) {
      if (prev.contentEnd - prev.contentStart <= 250 && i - 1 !== firstContent) {
        hits[i - 1] = whole(prev, "caption", "boilerplate/caption-above-image");
      }
    }
    // The line under a `Categories` / `Tags` label.
    if (h && h.rule === "boilerplate/furniture-line" && (LIST_LABELS as readonly string[]).includes(lineKey(content))) {
      const next = lines[i + 1];
      if (next && !next.blank && !hits[i + 1] && next.contentEnd - next.contentStart <= 200) {
        const nc = text.slice(next.contentStart, next.contentEnd);
        if (!/[.!?]$/u.test(nc)) hits[i + 1] = whole(next, "navigation", "boilerplate/list-under-label");
      }
    }
    // A short label line directly above a caption that repeats it (`Sadhvi Prachi` / `VHP leader Sadhvi Prachi. Photo: ANI`).
    if (h && h.kind === "caption" && prev && !prev.blank && !hits[i - 1] && i - 1 !== firstContent) {
      const label = text.slice(prev.contentStart, prev.contentEnd);
      if (label.length <= 60 && label.length >= 3 && content.includes(label)) {
        hits[i - 1] = whole(prev, "caption", "boilerplate/caption-label");
      }
    }
    // A line printed twice glued (`Sean DycheSean Dyche`), and the copy on the next line.
    if (!h && isGluedTwice(content)) {
      hits[i] = whole(line, "caption", "boilerplate/glued-echo");
      const half = content.slice(0, content.length / 2);
      const next = lines[i + 1];
      if (next && !next.blank && text.slice(next.contentStart, next.contentEnd) === half && !hits[i + 1]) {
        hits[i + 1] = whole(next, "caption", "boilerplate/glued-echo");
      }
    }
    // The caption paragraph above a photographer's credit line (`By Jeff Topping, Getty Images`).
    if (h && h.rule === "boilerplate/photographer") {
      let j = i - 1;
      if (j >= 0 && lines[j]!.blank) j--;
      let k = j;
      while (k > 0 && !lines[k - 1]!.blank) k--;
      if (j >= 0 && !lines[j]!.blank && !hits[j]) {
        const start = lines[k]!.contentStart;
        const end = lines[j]!.contentEnd;
        if (end - start <= MAX_CREDITED_CAPTION) {
          for (let m = k; m <= j; m++) if (!lines[m]!.blank) hits[m] = whole(lines[m]!, "caption", "boilerplate/caption-above-credit");
        }
      }
    }
  }
}

/**
 * A publication date printed as the article's own date line (`Wednesday, August 20, 2008` as the
 * first line, or right under the headline) is header, not page furniture; it stays. A date with a
 * time, or one beside other furniture (`Google` / `Sunday, August 12, 2007`), is a page stamp.
 */
function keepPublicationDate(doc: Doc, hits: (Hit | null)[], firstContent: number): void {
  const { text, lines } = doc;
  if (firstContent < 0) return;
  let second = firstContent + 1;
  while (second < lines.length && lines[second]!.blank) second++;
  for (const i of [firstContent, second]) {
    const h = hits[i];
    if (!h || h.rule !== "boilerplate/timestamp-line") continue;
    const content = text.slice(lines[i]!.contentStart, lines[i]!.contentEnd);
    if (/\d[:.]\d\d|\bago\b|\bupdated?\b|\bposted\b|\bpublished\b/iu.test(content)) continue;
    // Weekday, month, day, year: `Wednesday, August 20, 2008`.
    if (!WEEKDAY_DATE.test(content)) continue;
    // Furniture directly beside it makes it a page stamp.
    const before = i > 0 ? lines[i - 1]! : null;
    const after = i + 1 < lines.length ? lines[i + 1]! : null;
    if (before && !before.blank && hits[i - 1]) continue;
    if (after && !after.blank && hits[i + 1]) continue;
    if (i === second) {
      // Under a headline only: the first line must not be furniture itself.
      if (hits[firstContent]) continue;
    } else if (!after || after.blank) {
      // As the first line, the story must follow it directly.
      continue;
    }
    hits[i] = null;
  }
}

/** A press-release `About X` heading with its paragraphs, and contact blocks. */
function aboutAndContactBlocks(doc: Doc, hits: (Hit | null)[]): void {
  const { text, lines } = doc;
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    seen++;
    if (seen <= 3 || hits[i] || !mayBeHeading(text, line)) continue;
    const content = text.slice(line.contentStart, line.contentEnd);
    if (isAboutHeading(content)) {
      // The next paragraph must read like a company description.
      let j = i + 1;
      while (j < lines.length && lines[j]!.blank) j++;
      const next = lines[j];
      if (!next) continue;
      const body = text.slice(next.contentStart, Math.min(next.contentEnd, next.contentStart + 300));
      const subject = content.replace(/^About\s(?:the\s)?/iu, "").split(/[\s:,]/u)[0] ?? "";
      if (!(subject.length >= 2 && body.startsWith(subject)) && !/\b(?:is an?|is the|was founded|founded in|headquartered|based in)\b/u.test(body)) continue;
      for (let m = i; m < lines.length; m++) {
        const l = lines[m]!;
        if (l.blank || hits[m]) continue;
        hits[m] = whole(l, "about", "boilerplate/about-block");
      }
      // Contact headings below an About block still read as contacts.
      for (let m = i + 1; m < lines.length; m++) {
        const l = lines[m]!;
        if (!l.blank && CONTACT_HEADING.test(text.slice(l.contentStart, l.contentEnd))) {
          markContact(doc, hits, m, true);
          break;
        }
      }
      return;
    }
    if (CONTACT_HEADING.test(content) || SOURCE_HEADING.test(content)) markContact(doc, hits, i, false);
  }
}

/** Marks a contact heading and the short lines under it, up to two blank lines or a long line. */
function markContact(doc: Doc, hits: (Hit | null)[], at: number, force: boolean): void {
  const { lines } = doc;
  let blanks = 0;
  for (let m = at; m < lines.length; m++) {
    const l = lines[m]!;
    if (l.blank) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (m > at && l.contentEnd - l.contentStart > 120) break;
    if (hits[m] && !force) continue;
    hits[m] = whole(l, "contact", "boilerplate/contact-block");
  }
}

/** Longest line that {@link ABOUT_HEADING}, {@link CONTACT_HEADING} or {@link SOURCE_HEADING} can match. */
const MAX_HEADING = 100;

/**
 * False when the line cannot be an About, contact or source heading: too long, or its first
 * character opens none of them (`A`, `M`, `P`, `I`, `C`, `F`, `S` in either case; any non-ASCII
 * character is left to the patterns).
 */
function mayBeHeading(text: string, line: Line): boolean {
  if (line.contentEnd - line.contentStart > MAX_HEADING) return false;
  const c = text.charCodeAt(line.contentStart) | 32;
  return c > 127 || c === 97 || c === 109 || c === 112 || c === 105 || c === 99 || c === 102 || c === 115;
}

function isAboutHeading(content: string): boolean {
  if (!ABOUT_HEADING.test(content)) return false;
  const words = content.split(/\s+/u);
  if (words.length > 10) return false;
  // A sentence ("About 90 fires burned.") is not a heading; a company name may end in "Inc.".
  if (content.endsWith(".") && !/\b(?:Inc|Corp|Ltd|Co|Plc|LLC|S\.A|N\.V|L\.P|AG|SE)\.$/iu.test(content)) return false;
  if (/^About\s\d/iu.test(content)) return false;
  return true;
}

/** Walks back from the end over sign-offs, continuations, contacts and furniture; then looks for a stuck sign-off. */
function tailWalk(doc: Doc, hits: (Hit | null)[], table: SignoffTable, trailers: readonly Trailer[]): void {
  const { text, lines } = doc;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.blank) continue;
    const h = hits[i];
    if (h && h.start === line.contentStart && h.end === line.contentEnd) continue;
    if (trailers.some((t) => t.start <= line.contentStart && t.end >= line.contentEnd)) continue;
    if (h) return; // a partial hit (a prefix or glued caption) is story around it
    const content = text.slice(line.contentStart, line.contentEnd);
    const m = matchSignoff(content, table, true);
    if (m) {
      hits[i] = whole(line, "signoff", `boilerplate/${m}`);
      continue;
    }
    // `jeeho@yna.co.kr (END)`: an e-mail then a sign-off on one line.
    const sp = content.lastIndexOf(" ");
    if (sp > 0 && EMAIL_LINE.test(content.slice(0, sp)) && matchSignoff(content.slice(sp + 1), table, false)) {
      hits[i] = whole(line, "signoff", "boilerplate/email-signoff");
      continue;
    }
    if (EMAIL_LINE.test(content)) {
      hits[i] = whole(line, "contact", "boilerplate/email-line");
      continue;
    }
    // `SOURCE Acme Corp`: the PR Newswire source line closing a release, also in a short one.
    if (content.length <= 70 && SOURCE_HEADING.test(content)) {
      hits[i] = whole(line, "contact", "boilerplate/source-line");
      continue;
    }
    if (content.length <= 24 && DESK_INITIALS.test(content.replace(/ /gu, ""))) {
      hits[i] = whole(line, "signoff", "boilerplate/desk-initials");
      continue;
    }
    if (isPhoneLine(content)) {
      hits[i] = whole(line, "contact", "boilerplate/phone-line");
      continue;
    }
    const stuck = stuckSignoff(text, line.contentStart, line.contentEnd, table);
    if (stuck < line.contentEnd) {
      hits[i] = { start: stuck, end: line.contentEnd, kind: "signoff", rule: "boilerplate/stuck-signoff" };
    }
    return;
  }
}

/** A short contact line holding a phone number: `** Newsroom: 81-3-5403-4833 **`, `Tel: +44 20 7946 0958`. */
function isPhoneLine(content: string): boolean {
  if (content.length > 100 || !PHONE_LABEL.test(content)) return false;
  // 7 to 15 digits in groups of at least three, and few words.
  let digits = 0;
  let groups = 0;
  let inGroup = false;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      if (!inGroup) groups++;
      inGroup = true;
    } else inGroup = false;
  }
  if (digits < 7 || digits > 15 || groups < 3) return false;
  const t = content.trimEnd();
  if (t.endsWith(".") && LOWER_LETTER.test(t.charAt(t.length - 2))) return false;
  return content.split(/\s+/u).filter((w) => TWO_LETTERS.test(w)).length <= 6;
}

/**
 * Where a sign-off stuck to the end of the line `[cs, ce)` starts (`ce` when none): after a
 * sentence end and a space, `... SIMAO NIL. REUTER11:43/VB`, `... yesterday. ― Bernama`,
 * `... party". (ANI)`. Repeats, so `... said. (ANI) (ANI)` loses both.
 */
function stuckSignoff(text: string, cs: number, ce: number, table: SignoffTable): number {
  let end = ce;
  for (let guard = 0; guard < 4; guard++) {
    // The last space run in the line before `end`, at most 40 characters back.
    let found = -1;
    for (let i = end - 1; i > cs && i >= end - 40; i--) {
      const c = text.charCodeAt(i);
      if (!isSpace(c)) continue;
      let s = i;
      while (s > cs && isSpace(text.charCodeAt(s - 1))) s--;
      // Only after a sentence end is the rest of the line read.
      if (!isSentenceEnd(text.charCodeAt(s - 1))) continue;
      const rest = text.slice(i + 1, end);
      const furniture = (STUCK_FURNITURE as readonly string[]).includes(rest.toLowerCase());
      if (furniture || matchSignoff(rest, table, false)) {
        found = i + 1;
        break;
      }
    }
    if (found < 0) break;
    end = found;
    while (end > cs && isSpace(text.charCodeAt(end - 1))) end--;
  }
  if (end === ce) return ce;
  // Start of the sign-off: the first non-space after `end`.
  let s = end;
  while (s < ce && isSpace(text.charCodeAt(s))) s++;
  return s;
}

function isSentenceEnd(c: number): boolean {
  // . ! ? " ” ’ ) ]
  return c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

function isGluedTwice(content: string): boolean {
  const n = content.length;
  if (n < 6 || n > 240 || n % 2 !== 0) return false;
  const half = n / 2;
  if (content.charCodeAt(0) !== content.charCodeAt(half) || !ANY_LETTER.test(content)) return false;
  return content.slice(0, half) === content.slice(half);
}

function whole(line: Line, kind: BoilerplateKind, rule: string): Hit {
  return { start: line.contentStart, end: line.contentEnd, kind, rule };
}

/** Sorts hits, drops overlaps, joins neighbours of one kind and rule separated only by whitespace. */
function resolve(text: string, hits: Hit[]): Boilerplate[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const h of hits) {
    if (h.end <= h.start) continue;
    const last = kept[kept.length - 1];
    if (last && h.start < last.end) {
      if (h.end > last.end && last.kind === h.kind) last.end = h.end;
      continue;
    }
    if (last && last.kind === h.kind && last.rule === h.rule && onlySpace(text, last.end, h.start)) {
      last.end = h.end;
      continue;
    }
    kept.push({ ...h });
  }
  return kept.map((h) => ({ text: text.slice(h.start, h.end), start: h.start, end: h.end, kind: h.kind, rule: h.rule }));
}

function onlySpace(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
