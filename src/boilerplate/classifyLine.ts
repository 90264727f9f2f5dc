import type { Line } from "../_lib/doc.ts";
import { isSpace } from "../_lib/span.ts";
import type { BoilerplateKind } from "./schema.ts";
import {
  FURNITURE_LINES,
  FURNITURE_PHRASES,
  FURNITURE_PREFIXES,
  MONTHS,
  PHOTO_AGENCIES,
  SECTION_WORDS,
  SHORT_LINE,
  TIME_ZONES,
  TIMESTAMP_WORDS,
  WEEKDAYS,
} from "./data.ts";
import {
  ARCHIVE_LINE,
  BAR_LINE,
  BREADCRUMB,
  BY_PHOTOGRAPHER,
  COPYRIGHT_LINE,
  DASH_PIC_CREDIT,
  DATE_SOURCE,
  DAY_TOKEN,
  DOMAIN_TOKEN,
  ECHO_CREDIT,
  EXHIBIT_LINE,
  IMAGE_LINE,
  MIN_READ,
  NUMERIC_DATE,
  PAREN_PHOTO_CREDIT,
  PROMO_LABEL,
  REDISTRIBUTOR_PREFIX,
  SOURCE_LINE,
  TAIL_PHOTO_CREDIT,
  TIME_TOKEN,
  TAG_PART,
  TOPICS_LINE,
  URL_LINE,
  YEAR_TOKEN,
  ZONE_TOKEN,
} from "./patterns.ts";

/** A piece of one line found to be boilerplate. */
export interface LineHit {
  readonly start: number;
  readonly end: number;
  readonly kind: BoilerplateKind;
  readonly rule: string;
}

/** Longest line looked at by the caption rules. */
const MAX_CAPTION = 800;
/** Longest line looked at by the whole-line furniture rules. */
const MAX_FURNITURE = 160;
/** @internal Longest line whose key {@link classifyLine} looks up in the furniture tables. */
export const MAX_FURNITURE_KEY = MAX_FURNITURE;

/**
 * @internal Classifies one line on its own content: page furniture, timestamps, captions, photo
 * credits, copyright lines, redistributor prefixes, exhibit headers, separators. Returns the part of
 * the line that is boilerplate (usually the whole content), or null. `key` is the line's
 * {@link lineKey}. Looks at no other line, so
 * removing other lines never changes its answer.
 */
export function classifyLine(text: string, line: Line, key: string, content = text.slice(line.contentStart, line.contentEnd)): LineHit | null {
  if (line.blank) return null;
  const cs = line.contentStart;
  const ce = line.contentEnd;
  const len = ce - cs;
  // The anchored patterns below are tried only when the line's first character can open them
  // (any non-ASCII first character tries the case-insensitive ones).
  const c0 = content.charCodeAt(0);
  const wide = c0 > 127;
  const upper = c0 >= 97 && c0 <= 122 ? c0 - 32 : c0;
  // The second character, lower-cased when an ASCII capital (`| 32`), narrows them further.
  const c1 = content.charCodeAt(1);
  const lower1 = c1 | 32;

  // A redistributor prefix opens a line that goes on with the story.
  const pre = c0 === 40 /* ( */ ? REDISTRIBUTOR_PREFIX.exec(content) : null;
  if (pre) return { start: cs, end: cs + pre[0].length, kind: "prefix", rule: "boilerplate/redistributor-prefix" };

  if (len <= MAX_FURNITURE) {
    // An empty key (no table phrase can match, see `keyMayMatch`) is in neither table.
    const kind =
      key !== "" && key.length <= MAX_LINE_KEY && Object.hasOwn(FURNITURE_LINES, key)
        ? (FURNITURE_LINES as Record<string, BoilerplateKind>)[key]
        : undefined;
    if (kind) return wholeLine(line, kind, "boilerplate/furniture-line");
    const bucket = key === "" ? undefined : PREFIX_INDEX.get(key.slice(0, 2));
    if (bucket) {
      for (const [phrase, k] of bucket) if (key.startsWith(phrase)) return wholeLine(line, k, "boilerplate/furniture-prefix");
    }
    const digit = c0 >= 48 && c0 <= 57;
    if ((wide || c0 === 91 || c0 === 40 || (upper === 67 && lower1 === 111)) && COPYRIGHT_LINE.test(content)) return wholeLine(line, "copyright", "boilerplate/copyright");
    if (c0 === 124 && BAR_LINE.test(content)) return wholeLine(line, "separator", "boilerplate/bar-separator");
    if ((wide || (upper === 69 && lower1 === 120)) && EXHIBIT_LINE.test(content)) return wholeLine(line, "other", "boilerplate/exhibit-header");
    if (c0 === 65 && c1 === 114 && ARCHIVE_LINE.test(content)) return wholeLine(line, "navigation", "boilerplate/archive-heading");
    if (((c0 === 78 && c1 === 101) || (c0 === 83 && c1 === 111)) && SOURCE_LINE.test(content)) return wholeLine(line, "other", "boilerplate/source-line");
    if (c0 === 91 && TOPICS_LINE.test(content)) return wholeLine(line, "other", "boilerplate/topics-line");
    if (digit && MIN_READ.test(content)) return wholeLine(line, "timestamp", "boilerplate/min-read");
    if (digit && DATE_SOURCE.test(content)) return wholeLine(line, "timestamp", "boilerplate/date-source");
    if ((((c0 === 82 || c0 === 83) && c1 === 69) || (c0 === 65 && c1 === 76) || (c0 === 77 && c1 === 79)) && PROMO_LABEL.test(content)) return wholeLine(line, "promo", "boilerplate/promo-label");
    if ((c0 === 104 || c0 === 119) && URL_LINE.test(content)) return wholeLine(line, "navigation", "boilerplate/url-line");
    if (c0 === 72 && BREADCRUMB.test(content)) return wholeLine(line, "navigation", "boilerplate/breadcrumb");
    if (isTagPath(content)) return wholeLine(line, "navigation", "boilerplate/tag-path");
    if ((wide || (upper === 73 && lower1 === 109) || (upper === 70 && lower1 === 105)) && IMAGE_LINE.test(content)) return wholeLine(line, "caption", "boilerplate/image-line");
    if (isTimestampLine(content)) return wholeLine(line, "timestamp", "boilerplate/timestamp-line");
    if (isSectionLine(content)) return wholeLine(line, "navigation", "boilerplate/section-line");
    const by = c0 === 66 ? BY_PHOTOGRAPHER.exec(content) : null;
    const agency = by?.groups?.["agency"];
    if (agency && (PHOTO_AGENCIES as readonly string[]).includes(agency.trim().toLowerCase())) {
      return wholeLine(line, "photo-credit", "boilerplate/photographer");
    }
  }
  // `Acme Media Ltd. All Rights Reserved.`: the notice ends the line.
  if (len <= SHORT_LINE && rightsReservedAtEnd(content)) return wholeLine(line, "copyright", "boilerplate/rights-reserved");
  // The phrase and caption rules need words that one pass of `LINE_HINT` finds (or rules out).
  let lower: string | null = null;
  if (len <= SHORT_LINE && LINE_HINT.test(content)) {
    lower = content.toLowerCase();
    for (const [phrase, k] of FURNITURE_PHRASES) {
      if (lower.includes(phrase)) return wholeLine(line, k, "boilerplate/furniture-phrase");
    }
  }
  if (len <= MAX_CAPTION && (lower === null ? len > SHORT_LINE && CAPTION_HINT.test(content) : captionHint(lower))) {
    const cap = captionEnd(content);
    if (cap > 0) return { start: cs, end: cs + cap, kind: "caption", rule: "boilerplate/caption-credit" };
  }
  return null;
}

/** The whole content of `line` as one hit. */
function wholeLine(line: Line, kind: BoilerplateKind, rule: string): LineHit {
  return { start: line.contentStart, end: line.contentEnd, kind, rule };
}

/** The notice that makes a short line a copyright line when it ends it (a full stop may follow). */
const RIGHTS_RESERVED = "all rights reserved";

/**
 * True when the lowercased line ends with `all rights reserved` (and a full stop), read without
 * lowercasing: the notice is ASCII without `k`, so a character lowercases to one of its characters
 * only when it is that character or its upper-case ASCII form.
 */
function rightsReservedAtEnd(content: string): boolean {
  let end = content.length;
  if (content.charCodeAt(end - 1) === 46 /* . */) end--;
  const start = end - RIGHTS_RESERVED.length;
  if (start < 0) return false;
  for (let i = 0; i < RIGHTS_RESERVED.length; i++) {
    const c = content.charCodeAt(start + i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== RIGHTS_RESERVED.charCodeAt(i)) return false;
  }
  return true;
}

/** {@link CAPTION_HINT} on a lowercased line (it may say yes where the pattern says no, never the reverse). */
function captionHint(lower: string): boolean {
  return lower.includes("pho") || lower.includes("pic") || lower.includes("ima") || lower.includes("==");
}

/** Characters of a long line read for its {@link lookupKey}: more than any table phrase needs. */
const KEY_READ = 100;

/** Longest {@link FURNITURE_LINES} key: a longer key is never looked up. */
const MAX_LINE_KEY = /* @__PURE__ */ Math.max(...Object.keys(FURNITURE_LINES).map((k) => k.length));

/**
 * @internal The {@link lineKey} of a line for the table lookups, or, for a long line, a prefix of
 * it long enough for every table phrase (`maxPhrase`: the longest phrase compared): the key of the
 * first {@link KEY_READ} characters, taken when the line ends with a character the key keeps (so
 * the full key runs past that prefix) and the prefix is longer than `maxPhrase`. A phrase then
 * opens the prefix exactly when it opens the key, and equals neither.
 */
export function lookupKey(content: string, maxPhrase: number): string {
  if (content.length > KEY_READ && !KEY_TRAIL.includes(content[content.length - 1]!)) {
    const head = lineKey(content.slice(0, KEY_READ), false);
    // The last character may read differently in the whole line (a final sigma): leave it out.
    if (head.length - 1 > maxPhrase) return head.slice(0, -1);
  }
  return lineKey(content);
}

/** Characters dropped from the end of a {@link lineKey}. */
const KEY_TRAIL = ": »›>|-–—";

/**
 * @internal The lookup key of a line: lowercased, straight apostrophes, one space between words,
 * no trailing `:`, `»`, `›`, `>`, `|` or dash.
 */
export function lineKey(content: string, trail = true): string {
  let k = content.toLowerCase();
  // One pass: are there curly apostrophes, or whitespace other than single spaces, to fold?
  let quotes = false;
  let spaces = false;
  let prevSpace = false;
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018) quotes = true;
    else if (isSpace(c)) {
      if (c !== 32 || prevSpace) spaces = true;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
  }
  if (quotes) k = k.replace(/[’‘]/gu, "'");
  if (spaces) k = k.replace(/\s+/gu, " ");
  if (!trail) return k;
  let end = k.length;
  while (end > 0 && KEY_TRAIL.includes(k[end - 1]!)) end--;
  return end === k.length ? k : k.slice(0, end);
}

/**
 * @internal The first two characters of a line's {@link lineKey}, read from the line's first two
 * characters when they are printable ASCII that the key keeps as they are (lowercased).
 */
export function lineKeyHead(content: string): string {
  if (content.length >= 2) {
    const c0 = content.charCodeAt(0);
    const c1 = content.charCodeAt(1);
    if (c0 > 32 && c0 < 127 && c1 > 32 && c1 < 127 && c1 !== 58 && c1 !== 62 && c1 !== 124 && c1 !== 45) {
      return String.fromCharCode(c0 >= 65 && c0 <= 90 ? c0 + 32 : c0, c1 >= 65 && c1 <= 90 ? c1 + 32 : c1);
    }
  }
  // The key of the first characters opens the key of the line when the line ends in a character
  // the key keeps (the key is then not cut at its end).
  if (content.length > 8 && !KEY_TRAIL.includes(content[content.length - 1]!)) {
    const k = lineKey(content.slice(0, 8), false);
    if (k.length >= 3) return k.slice(0, 2);
  }
  return lineKey(content).slice(0, 2);
}

/** The first two characters of the {@link FURNITURE_LINES} keys (read-only after it is built). */
export const FURNITURE_LINE_HEADS: ReadonlySet<string> = /* @__PURE__ */ new Set(Object.keys(FURNITURE_LINES).map((k) => k.slice(0, 2)));

/** The {@link FURNITURE_LINES} keys by their first two characters (read-only after it is built). */
const LINE_INDEX: ReadonlyMap<string, readonly (readonly [string, unknown])[]> = /* @__PURE__ */ indexByHead(Object.entries(FURNITURE_LINES));

/**
 * @internal False when no table phrase for a line can match its key, decided from the line's first
 * characters without building the key: the furniture lines and prefixes with key head `head` (when
 * `furniture`: the line is short enough for them) and the agency `footers` of that head (whole
 * keys under 16 characters, openings otherwise). True when one may match, or when the line's
 * characters do not decide it (the key would fold them: non-ASCII, tabs, double spaces, or a line
 * ending in a character the key drops).
 */
export function keyMayMatch(
  content: string,
  head: string,
  furniture: boolean,
  footers: readonly (readonly [string, unknown])[] | undefined,
): boolean {
  if (KEY_TRAIL.includes(content[content.length - 1]!)) return true;
  if (furniture) {
    for (const [k] of LINE_INDEX.get(head) ?? []) if (mayOpenKey(content, k, true)) return true;
    for (const [p] of PREFIX_INDEX.get(head) ?? []) if (mayOpenKey(content, p, false)) return true;
  }
  if (footers) for (const [f] of footers) if (mayOpenKey(content, f, f.length < 16)) return true;
  return false;
}

/**
 * Whether the key of `content` (a line that ends in a character its key keeps) may start with
 * `phrase` (or, `exact`, equal it). Printable ASCII without double spaces is read as the key reads
 * it (lowercased); the first other character leaves the answer open (true).
 */
function mayOpenKey(content: string, phrase: string, exact: boolean): boolean {
  return mayOpenKeyFrom(content, phrase, exact, 0);
}

/** {@link mayOpenKey} with the first `from` characters already known to read as the phrase's. */
function mayOpenKeyFrom(content: string, phrase: string, exact: boolean, from: number): boolean {
  const n = phrase.length;
  for (let i = from; i < n; i++) {
    // Plain and shorter than the phrase: the key is the lowercased line, shorter too.
    if (i >= content.length) return false;
    const c = content.charCodeAt(i);
    if (c < 32 || c > 126 || (c === 32 && content.charCodeAt(i - 1) === 32)) return true;
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== phrase.charCodeAt(i)) return false;
  }
  // The phrase opens the key; as a whole key it must also end it.
  return !exact || content.length === n;
}

/**
 * @internal The code of a line's first two characters when {@link lineKeyHead} reads its key head
 * from them (printable ASCII the key keeps), lowercased: `c0 * 128 + c1`; -1 otherwise.
 */
export function plainHeadCode(content: string): number {
  if (content.length < 2) return -1;
  const c0 = content.charCodeAt(0);
  const c1 = content.charCodeAt(1);
  if (c0 > 32 && c0 < 127 && c1 > 32 && c1 < 127 && c1 !== 58 && c1 !== 62 && c1 !== 124 && c1 !== 45) {
    return (c0 >= 65 && c0 <= 90 ? c0 + 32 : c0) * 128 + (c1 >= 65 && c1 <= 90 ? c1 + 32 : c1);
  }
  return -1;
}

/** @internal The table phrases whose keys open with one two-character head (see {@link headIndex}). */
export interface HeadPhrases {
  /** {@link FURNITURE_LINES} keys (whole keys). */
  readonly lines: readonly string[];
  /** {@link FURNITURE_PREFIXES} phrases (openings). */
  readonly prefixes: readonly string[];
  /** Agency footers: under 16 characters whole keys, openings otherwise. */
  readonly footers: readonly string[];
  /**
   * The same phrases by their third character (128 slots, ASCII), each slot also holding the
   * phrases of two characters: the only ones a line whose third character is plain may match.
   */
  readonly byThird: readonly (PhraseGroup | undefined)[];
}

/** @internal Phrases of one {@link HeadPhrases} entry that share a third character. */
export interface PhraseGroup {
  readonly lines: readonly string[];
  readonly prefixes: readonly string[];
  readonly footers: readonly string[];
}

/**
 * @internal The furniture lines, furniture prefixes and the given agency footers by the
 * {@link plainHeadCode} of their two-character head (an array of 128 × 128 slots, read-only after
 * it is built), for a lookup by number: no string is built per line. Heads that no plain line can open (non-ASCII, or a character the fast path leaves
 * to {@link lineKeyHead}) are left out: such a line never has a plain head code.
 */
export function headIndex(footers: ReadonlyMap<string, readonly (readonly [string, unknown])[]>): readonly (readonly (HeadPhrases | undefined)[] | undefined)[] {
  const m: ({ lines: string[]; prefixes: string[]; footers: string[] } | undefined)[] = Array.from({ length: 128 * 128 }, () => undefined);
  const add = (phrase: string, field: "lines" | "prefixes" | "footers"): void => {
    const code = plainHeadCode(phrase);
    if (code < 0 || phrase.charCodeAt(0) !== code >> 7 || phrase.charCodeAt(1) !== (code & 127)) return;
    const e = (m[code] ??= { lines: [], prefixes: [], footers: [] });
    e[field].push(phrase);
  };
  for (const k of Object.keys(FURNITURE_LINES)) add(k, "lines");
  for (const [p] of FURNITURE_PREFIXES) add(p, "prefixes");
  for (const bucket of footers.values()) for (const [f] of bucket) add(f, "footers");
  const full = m.map((e) => {
    if (!e) return undefined;
    const byThird: PhraseGroup[] = [];
    for (let c = 0; c < 128; c++) {
      const fits = (p: string): boolean => p.length <= 2 || p.charCodeAt(2) === c;
      byThird.push({ lines: e.lines.filter(fits), prefixes: e.prefixes.filter(fits), footers: e.footers.filter(fits) });
    }
    return { ...e, byThird };
  });
  // By first character, then second: only the first characters that open a phrase hold a table.
  const byFirst: ((HeadPhrases | undefined)[] | undefined)[] = [];
  for (let c0 = 0; c0 < 128; c0++) {
    const row = full.slice(c0 * 128, c0 * 128 + 128);
    byFirst.push(row.some((e) => e !== undefined) ? row : undefined);
  }
  return byFirst;
}

/**
 * @internal True when a line whose first character is `c0` (not whitespace: a line's content) has
 * a key head that no table phrase opens with, read from `c0` alone: a character that is not ASCII
 * and lower-cases to one character that is not ASCII either and opens no head of `wideFirst`
 * (anything but the curly apostrophes, folded to `'`, the Kelvin sign, lower-cased to `k`, a dotted
 * capital I, lower-cased to two characters, and surrogates).
 */
export function wideHeadMisses(c0: number, wideFirst: ReadonlySet<number>): boolean {
  if (c0 < 128 || c0 === 0x2018 || c0 === 0x2019 || c0 === 0x212a || c0 === 0x130 || (c0 >= 0xd800 && c0 <= 0xdfff)) return false;
  if (wideFirst.size === 0) return true;
  const lower = String.fromCharCode(c0).toLowerCase();
  return lower.length === 1 && lower.charCodeAt(0) > 127 && !wideFirst.has(lower.charCodeAt(0));
}

/**
 * @internal The first characters of the phrase heads of the tables that are not ASCII (`©` of
 * `© 2024 ...` footers); -1 stands for an empty head (then no line is decided by its first character).
 */
export function wideHeadFirsts(footers: ReadonlyMap<string, unknown>): ReadonlySet<number> {
  const out = new Set<number>();
  for (const h of [...FURNITURE_LINE_HEADS, ...PREFIX_INDEX.keys(), ...footers.keys()]) {
    if (h.length === 0) out.add(-1);
    else if (h.charCodeAt(0) > 127) out.add(h.charCodeAt(0));
  }
  return out;
}

/** True when `c` is one of {@link KEY_TRAIL}'s characters (dropped from the end of a key). */
function isKeyTrail(c: number): boolean {
  return c === 58 || c === 32 || c === 0xbb || c === 0x203a || c === 62 || c === 124 || c === 45 || c === 0x2013 || c === 0x2014;
}

/**
 * @internal {@link keyMayMatch} for a line with a plain head (`code` from {@link plainHeadCode}):
 * its first two characters equal the head of every phrase of `e`, so each phrase is compared from
 * its third character. `furniture`: the line is short enough for the furniture phrases.
 */
export function plainKeyMayMatch(content: string, head: HeadPhrases, furniture: boolean): boolean {
  if (isKeyTrail(content.charCodeAt(content.length - 1))) return true;
  // A plain third character (printable ASCII; a space after the plain second character is a single
  // space) is compared as the key reads it: only phrases with that third character, or of two
  // characters, can match.
  let e: PhraseGroup = head;
  const c2 = content.length > 2 ? content.charCodeAt(2) : -1;
  if (c2 >= 32 && c2 <= 126) e = head.byThird[c2 >= 65 && c2 <= 90 ? c2 + 32 : c2]!;
  if (furniture) {
    for (const k of e.lines) if (mayOpenKeyFrom(content, k, true, 2)) return true;
    for (const p of e.prefixes) if (mayOpenKeyFrom(content, p, false, 2)) return true;
  }
  for (const f of e.footers) if (mayOpenKeyFrom(content, f, f.length < 16, 2)) return true;
  return false;
}

/** {@link FURNITURE_PREFIXES} by their first two characters (read-only after it is built). */
export const PREFIX_INDEX: ReadonlyMap<string, readonly (readonly [string, BoilerplateKind])[]> = /* @__PURE__ */ indexByHead(FURNITURE_PREFIXES);

/** @internal Groups phrases by their first two characters, for a lookup per line instead of a scan. */
export function indexByHead<K>(phrases: readonly (readonly [string, K])[]): Map<string, (readonly [string, K])[]> {
  const m = new Map<string, (readonly [string, K])[]>();
  for (const p of phrases) {
    const head = p[0].slice(0, 2);
    const list = m.get(head);
    if (list) list.push(p);
    else m.set(head, [p]);
  }
  return m;
}

/** A cheap test run before the caption patterns: the words they need. */
const CAPTION_HINT = /pho|pic|ima|==/iu;

/**
 * {@link CAPTION_HINT} or any {@link FURNITURE_PHRASES} phrase, case-insensitively: one pass over a
 * short line. It says yes wherever the lowercased line holds a phrase (case folding matches at
 * least what lowercasing does for these ASCII phrases); the phrases are then checked exactly.
 */
const LINE_HINT = /* @__PURE__ */ new RegExp(
  [CAPTION_HINT.source, ...FURNITURE_PHRASES.map(([p]) => p.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&"))].join("|"),
  "iu",
);

/** Where a caption that ends with a photo credit ends in `content` (0 when none). */
function captionEnd(content: string): number {
  if (PAREN_PHOTO_CREDIT.test(content) || ECHO_CREDIT.test(content)) return content.length;
  for (const word of ["Photo", "Picture", "Image"]) {
    const p = content.lastIndexOf(word);
    if (p < 0 || content.length - p > 90 || !TAIL_PHOTO_CREDIT.test(content.slice(p))) continue;
    if (p === 0 || creditLead(content, p)) return content.length;
  }
  // `— AFP pic`: the last one on the line (a caption may be printed twice, glued).
  let last = 0;
  let at = content.indexOf(" pic");
  while (at >= 0) {
    const after = at + 4;
    const next = content.charCodeAt(after + (content.startsWith("ture", after) ? 4 : 0));
    const end = after + (content.startsWith("ture", after) ? 4 : 0);
    if (end === content.length || next === 32 || (next >= 65 && next <= 90)) {
      let d = at - 1;
      while (d > 0 && d > at - 40 && !"-–—―".includes(content[d]!)) d--;
      if (d > 0 && isSpaceChar(content.charCodeAt(d - 1)) && DASH_PIC_CREDIT.test(content.slice(d, at))) last = end;
    }
    at = content.indexOf(" pic", after);
  }
  return last;
}

function isSpaceChar(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 9;
}

/** True when a sentence end and spaces, or a spaced dash, stand right before offset `p`. */
function creditLead(content: string, p: number): boolean {
  let i = p - 1;
  let spaces = 0;
  while (i >= 0 && content.charCodeAt(i) === 32) {
    i--;
    spaces++;
  }
  if (spaces === 0 || spaces > 3 || i < 0) return false;
  const c = content[i]!;
  if (".!?)\"”’".includes(c)) return true;
  return "-–—―".includes(c) && i > 0 && content.charCodeAt(i - 1) === 32 || "-–—―".includes(c) && i > 1 && "-–—―".includes(content[i - 1]!) && content.charCodeAt(i - 2) === 32;
}

/** True for a tag path: `Egypt/Cabinet/Egypt` (three to seven capitalised parts). */
function isTagPath(content: string): boolean {
  if (content.length > 120 || !content.includes("/")) return false;
  const parts = content.split("/");
  return parts.length >= 3 && parts.length <= 7 && parts.every((x) => TAG_PART.test(x));
}

const MONTH_SET: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(MONTHS);
const WEEKDAY_SET: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(WEEKDAYS);
const TS_WORD_SET: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(TIMESTAMP_WORDS);
const ZONE_SET: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(TIME_ZONES);
const SECTION_SET: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(SECTION_WORDS);
const SECTION_FIRST: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(SECTION_WORDS.map((w) => w[0]!));

/**
 * @internal True when a line is only a date stamp, with a weekday, time, zone and words like
 * `Posted at`, `Last Updated`, `ago` around it: `Thursday January 5, 2017`,
 * `Posted at 10:55 PM, May 11, 2014`, `17.04.2017 - Update : 17.04.2017`, `46 minutes ago`,
 * `06:59 PM GMT+8`. A bare time (`12:50 p.m.`, an AP 'The Latest' entry) is not one.
 */
export function isTimestampLine(content: string): boolean {
  // A wrapped sentence ending in a date ("... ended December 31, 1986.") is story.
  if (content.endsWith(".") && !endsWithMeridiem(content)) return false;
  if (!/\d/u.test(content)) return false;
  const tokens = content.split(/[\s,|]+/u);
  let month = false;
  let day = false;
  let year = false;
  let weekday = false;
  let time = false;
  let zone = false;
  let numeric = 0;
  let ago = false;
  let count = 0;
  for (const raw of tokens) {
    const t = trimToken(raw.toLowerCase());
    if (!t || t === "-" || t === "–" || t === ":") continue;
    if (t.includes("/") && !NUMERIC_DATE.test(t)) {
      // `1985/86`, `(August/July)`: a range, not a stamp.
      return false;
    }
    count++;
    if (MONTH_SET.has(t)) month = true;
    else if (WEEKDAY_SET.has(t)) weekday = true;
    else if (YEAR_TOKEN.test(t)) year = true;
    else if (DAY_TOKEN.test(t)) day = true;
    else if (NUMERIC_DATE.test(t)) numeric++;
    else if (TIME_TOKEN.test(t)) time = true;
    else if (ZONE_TOKEN.test(t)) zone = true;
    else if (ZONE_SET.has(t)) zone = true;
    else if (TS_WORD_SET.has(t) || TS_WORD_SET.has(t.replace(/\.$/u, ""))) {
      if (t === "ago") ago = true;
    } else if (DOMAIN_TOKEN.test(t)) continue;
    else if (t === "0") day = true;
    else return false;
  }
  if (count === 0 || count > 16) return false;
  if (month && day && (year || weekday || time)) return true;
  if (numeric > 0 && numeric <= 2) return true;
  if (ago && day) return true;
  if (time && zone && !month && count <= 4) return true;
  return false;
}

/** True when the line ends with `a.m.` or `p.m.` (any case), read from its last four characters. */
function endsWithMeridiem(content: string): boolean {
  const n = content.length;
  if (n < 4 || content.charCodeAt(n - 3) !== 46 /* . */) return false;
  const ap = content.charCodeAt(n - 4) | 32;
  return (ap === 97 || ap === 112) && (content.charCodeAt(n - 2) | 32) === 109;
}

/** A token without the brackets, slashes and punctuation around it: `(August/July).` → `august/july`. */
function trimToken(t: string): string {
  let a = 0;
  let b = t.length;
  while (a < b && "([/".includes(t[a]!)) a++;
  while (b > a && ".,:;)]".includes(t[b - 1]!)) b--;
  return t.slice(a, b);
}

/**
 * False when the line's first token (read as {@link isSectionLine} splits it) is ASCII and not a
 * section word; true otherwise (also when the token holds a non-ASCII character: not decided here).
 */
function firstTokenMaySection(content: string): boolean {
  const c0 = content.charCodeAt(0);
  if (!((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122))) return true;
  let i = 1;
  for (; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c >= 128) return true;
    // The separators of the split, and a lower-to-upper case change.
    if (c === 32 || (c >= 9 && c <= 13) || c === 44 || c === 47 || c === 124 || c === 62 || c === 45) break;
    const p = content.charCodeAt(i - 1);
    if (c >= 65 && c <= 90 && p >= 97 && p <= 122) break;
  }
  return SECTION_SET.has(content.slice(0, i).toLowerCase());
}

/** True for a short line made only of section words: `WORLD`, `NewsNational News`. */
function isSectionLine(content: string): boolean {
  if (content.length > 60) return false;
  // An ASCII first character other than a separator opens the first token: it must open a section word.
  const c0 = content.charCodeAt(0);
  if (c0 < 128 && !",/|>-".includes(content[0]!) && !SECTION_FIRST.has(String.fromCharCode(c0 >= 65 && c0 <= 90 ? c0 + 32 : c0))) return false;
  if (!firstTokenMaySection(content)) return false;
  // Split glued words at a lowercase-to-uppercase change ("NewsNational").
  const spaced = content.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, " ");
  const tokens = spaced.toLowerCase().split(/[\s,/|»›>·•-]+/u).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 6) return false;
  for (const t of tokens) if (!SECTION_SET.has(t)) return false;
  return true;
}
