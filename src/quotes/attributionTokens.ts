import {
  CURLY_APOSTROPHE,
  UPPER_CHAR,
  WORD_CHAR,
} from "./attributionPatterns.ts";
import { isSpace } from "../_lib/span.ts";
import { isWideWordChar } from "./marks.ts";
import {
  ABBREVIATIONS,
  ADVERBS_BETWEEN,
  AUTHORING_VERBS,
  BODY_NOUNS,
  DESCRIPTIVE_ROLES,
  DETERMINER_WORDS,
  FEMALE_WORDS,
  HONORIFICS,
  MALE_WORDS,
  MEDIA_TYPE_WORDS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  NOT_PERSON_WORDS,
  NP_PREPOSITIONS,
  NP_STOP_WORDS,
  ORG_HEAD_NOUNS,
  ORG_WORDS,
  PARTICIPLE_VERBS,
  PLACE_WORDS,
  QUANTIFIER_WORDS,
  ROLE_MODIFIERS,
  SPEECH_NOUNS,
  SPEECH_VERBS,
  TIME_WORDS,
  TITLE_WORDS,
} from "./attributionData.ts";

/**
 * The word lists a token may belong to, one bit each: a token's lists are found with one table
 * lookup of its lower-cased word, then tested as bits (`t.has(F.titles)`).
 *
 * @internal
 */
export const F = {
  verbs: 1 << 0,
  participles: 1 << 1,
  honorifics: 1 << 2,
  titles: 1 << 3,
  orgWords: 1 << 4,
  orgHeads: 1 << 5,
  notName: 1 << 6,
  notPerson: 1 << 7,
  places: 1 << 8,
  adverbs: 1 << 9,
  time: 1 << 10,
  modifiers: 1 << 11,
  descriptive: 1 << 12,
  speechNouns: 1 << 13,
  particles: 1 << 14,
  abbrev: 1 << 15,
  stop: 1 << 16,
  determiners: 1 << 17,
  quantifiers: 1 << 18,
  authoring: 1 << 19,
  bodies: 1 << 20,
  preps: 1 << 21,
  female: 1 << 22,
  male: 1 << 23,
  media: 1 << 24,
} as const;

/** Lower-cased word (curly apostrophes folded) → the {@link F} bits of the lists holding it; read-only. */
const LEXICON: ReadonlyMap<string, number> = /* @__PURE__ */ (() => {
  const lists: readonly [number, readonly string[]][] = [
    [F.verbs, SPEECH_VERBS],
    [F.participles, PARTICIPLE_VERBS],
    [F.honorifics, HONORIFICS],
    [F.titles, TITLE_WORDS],
    [F.orgWords, ORG_WORDS],
    [F.orgHeads, ORG_HEAD_NOUNS],
    [F.notName, NOT_NAME_WORDS],
    [F.notPerson, NOT_PERSON_WORDS],
    [F.places, PLACE_WORDS],
    [F.adverbs, ADVERBS_BETWEEN],
    [F.time, TIME_WORDS],
    [F.modifiers, ROLE_MODIFIERS],
    [F.descriptive, DESCRIPTIVE_ROLES],
    [F.speechNouns, SPEECH_NOUNS],
    [F.particles, NAME_PARTICLES],
    [F.abbrev, ABBREVIATIONS],
    [F.stop, NP_STOP_WORDS],
    [F.determiners, DETERMINER_WORDS],
    [F.quantifiers, QUANTIFIER_WORDS],
    [F.authoring, AUTHORING_VERBS],
    [F.bodies, BODY_NOUNS],
    [F.preps, NP_PREPOSITIONS],
    [F.female, FEMALE_WORDS],
    [F.male, MALE_WORDS],
    [F.media, MEDIA_TYPE_WORDS],
  ];
  const map = new Map<string, number>();
  for (const [bit, list] of lists)
    for (const raw of list) {
      const w = raw.replace(CURLY_APOSTROPHE, "'");
      map.set(w, (map.get(w) ?? 0) | bit);
    }
  return map;
})();

/** The code unit a lower-cased, apostrophe-folded ASCII token holds for `c`. */
function foldCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c === 0x2019 ? 0x27 : c;
}

/** Open-addressing copy of {@link LEXICON} keyed by a hash of the code units, read without cutting a string. */
interface CodeTable {
  readonly mask: number;
  readonly hashes: Int32Array;
  /** 0 for an empty slot (every listed word has at least one bit). */
  readonly flags: Int32Array;
  readonly words: readonly string[];
}

const CODE_TABLE: CodeTable = /* @__PURE__ */ (() => {
  let size = 1024;
  while (size < LEXICON.size * 4) size *= 2;
  const mask = size - 1;
  const hashes = new Int32Array(size);
  const flags = new Int32Array(size);
  const words: string[] = new Array<string>(size).fill("");
  for (const [w, f] of LEXICON) {
    let h = 0;
    for (let k = 0; k < w.length; k++)
      h = (Math.imul(h, 31) + w.charCodeAt(k)) | 0;
    let slot = h & mask;
    while (flags[slot] !== 0) slot = (slot + 1) & mask;
    hashes[slot] = h;
    flags[slot] = f;
    words[slot] = w;
  }
  return { mask, hashes, flags, words };
})();

/**
 * Per word shape (first character's low five bits, length up to 31), the {@link F} bits of the
 * listed words of that shape: a token whose shape holds none of the bits asked for is in none of
 * those lists, told without hashing it. Read-only.
 */
const SHAPE_FLAGS: Int32Array = /* @__PURE__ */ (() => {
  const table = new Int32Array(32 * 32);
  for (const [w, f] of LEXICON) {
    if (w.length === 0) continue;
    const key = shapeKey(w.charCodeAt(0), w.length);
    table[key] = table[key]! | f;
  }
  return table;
})();

/** {@link SHAPE_FLAGS} slot of a word of `len` code units opening with `c` (either case of an ASCII letter: the same slot). */
function shapeKey(c: number, len: number): number {
  return ((c & 31) << 5) | (len < 31 ? len : 31);
}

/** {@link F} bits of `text[s, e)` lower-cased, for a token whose letters are all ASCII. */
function codeFlags(text: string, s: number, e: number): number {
  return flagsByHash(text, s, e, foldHashOf(text, s, e));
}

/** Hash of `text[s, e)` lower-cased with curly apostrophes folded (as {@link hashWord} of that string). */
function foldHashOf(text: string, s: number, e: number): number {
  let h = 0;
  for (let k = s; k < e; k++)
    h = (Math.imul(h, 31) + foldCode(text.charCodeAt(k))) | 0;
  return h;
}

/** {@link codeFlags} for a token whose {@link foldHashOf} hash `h` is known. */
function flagsByHash(text: string, s: number, e: number, h: number): number {
  const { mask, hashes, flags, words } = CODE_TABLE;
  const len = e - s;
  for (let slot = h & mask; flags[slot] !== 0; slot = (slot + 1) & mask) {
    if (hashes[slot] !== h) continue;
    const w = words[slot]!;
    if (w.length !== len) continue;
    let k = 0;
    while (k < len && w.charCodeAt(k) === foldCode(text.charCodeAt(s + k)))
      k++;
    if (k === len) return flags[slot]!;
  }
  return 0;
}

/**
 * Hash of a lower-cased word (the same as {@link Toks.foldHash} of an ASCII token that reads so).
 *
 * @internal
 */
export function hashWord(w: string): number {
  let h = 0;
  for (let k = 0; k < w.length; k++) h = (Math.imul(h, 31) + w.charCodeAt(k)) | 0;
  return h;
}

/** Token bits: a word, capitalised, all capitals, holds a curly apostrophe, lower-cases by its first letter. */
const WORD = 1;
const CAP = 2;

/**
 * Bit of {@link Toks.meta} set for a word token; a meta value below 64 has no break before it.
 *
 * @internal
 */
export const TOKEN_WORD = WORD;
const UP = 4;
const CURLY = 8;
const SIMPLE = 16;
const ASCII = 32;

/**
 * One token of the story, as the attribution rules see it: a word (`Kallas`, `O’Neill`,
 * `Kang-chul`, `prosecutor’s`) or a single punctuation character. `s`/`e` are UTF-16 offsets into
 * the caller's text; `l` is the lower-cased word; `brk` tells what separates it from the token
 * before (0 space or nothing, 1 a line break, 2 a blank line). The strings are cut from the text
 * only when a rule first reads them (most tokens are never read as strings).
 *
 * @internal
 */
export class Tok {
  readonly s: number;
  readonly e: number;
  /** Break before this token: 0 none, 1 line break, 2 blank line. */
  readonly brk: 0 | 1 | 2;
  private readonly bits: number;
  private readonly text: string;
  private ws: string | null;
  private ls: string | null = null;
  /** {@link F} bits, -1 until first read. */
  private fs = -1;

  constructor(
    text: string,
    s: number,
    e: number,
    bits: number,
    brk: 0 | 1 | 2,
    w: string | null,
    fs = -1,
  ) {
    this.fs = fs;
    this.ws = w;
    this.text = text;
    this.s = s;
    this.e = e;
    this.bits = bits;
    this.brk = brk;
  }

  /** The token as written. */
  get w(): string {
    const w = this.ws;
    return w !== null ? w : (this.ws = this.text.slice(this.s, this.e));
  }

  /** Lower case, curly apostrophe folded to `'`. */
  get l(): string {
    const l = this.ls;
    return l !== null ? l : (this.ls = lowerOf(this.w, this.bits));
  }

  /** True when the lower-cased token is in the word list(s) of `flag` (bits of {@link F}). */
  has(flag: number): boolean {
    return (this.flagBits() & flag) !== 0;
  }

  /** All {@link F} bits of the token. */
  flagBits(): number {
    const f = this.fs;
    return f >= 0 ? f : this.lookUp();
  }

  /** {@link Tok.flagBits} not yet known: looked up and kept. */
  private lookUp(): number {
    const f = (this.bits & ASCII) !== 0 ? codeFlags(this.text, this.s, this.e) : (LEXICON.get(this.l) ?? 0);
    this.fs = f;
    return f;
  }

  /** A word (letters or digits) rather than punctuation. */
  get word(): boolean {
    return (this.bits & WORD) !== 0;
  }

  /** A word whose first character is an upper-case letter. */
  get cap(): boolean {
    return (this.bits & CAP) !== 0;
  }

  /** A capitalised word of two or more characters written all in capitals (`NHC`, `WALLACE`). */
  get up(): boolean {
    return (this.bits & UP) !== 0;
  }
}

function lowerOf(w: string, bits: number): string {
  if ((bits & WORD) === 0) return w;
  // an ASCII word with no capital after its first letter lower-cases by its first letter alone
  const lower =
    (bits & SIMPLE) !== 0
      ? (bits & CAP) === 0
        ? w
        : String.fromCharCode(w.charCodeAt(0) + 32) + w.slice(1)
      : w.toLowerCase();
  return (bits & CURLY) !== 0 ? lower.replace(CURLY_APOSTROPHE, "'") : lower;
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128)
    return (
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
    );
  // Latin-1 and Latin Extended letters, without a regex
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  // general punctuation (quotes, dashes, ellipsis) and Latin-1 symbols are never word characters
  if ((c >= 0x2000 && c <= 0x206f) || c < 0xc0)
    return c === 0xaa || c === 0xb5 || c === 0xba;
  // a surrogate pair by its code point; other scripts by code ranges first
  if (c >= 0xd800 && c <= 0xdfff)
    return c <= 0xdbff && WORD_CHAR.test(text.slice(i, i + 2));
  return isWideWordChar(c);
}

function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Apostrophes and hyphens that may join two word parts (`O’Neill`, `Kang-chul`). */
function isJoiner(c: number): boolean {
  return (
    c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010 || c === 0x2011
  );
}

/** Slots of the recently read token objects that {@link Toks} keeps (a power of two). */
const RECENT_SLOTS = 1024;

/**
 * The tokens of a story, stored as offsets and bits in typed arrays (a few bytes a token); the
 * {@link Tok} object of a token is made when a rule reads it with {@link Toks.at} and kept in a
 * small direct-mapped table of recent reads (the rules read around each quote), so memory stays
 * bounded however long the story. Whole-text passes read the columns ({@link Toks.start},
 * {@link Toks.isCap}...) without making objects.
 *
 * @internal
 */
export class Toks {
  readonly length: number;
  private readonly text: string;
  /** Start offset of each token (read-only; for whole-text passes). */
  readonly starts: Int32Array;
  /** Length of each token, 255 for a token of 255 characters or more (its end is in `longEnds`). */
  private readonly lens: Uint8Array;
  private readonly longEnds: ReadonlyMap<number, number> | null;
  /**
   * Token bits ({@link TOKEN_WORD}...), and the break before it times 64 (read-only; for
   * whole-text passes).
   */
  readonly meta: Uint8Array;
  private readonly objs: (Tok | undefined)[];
  /**
   * Direct-mapped cache of {@link F} bits read through {@link Toks.flags}: slot `k & fmask` holds
   * token `k + 1` in `ftag` and its bits in `fval` (reads are local: a quote's surroundings, the
   * inventory's one pass), so memory stays bounded however long the story.
   */
  private readonly ftag: Int32Array;
  private readonly fval: Int32Array;
  /** Beside `fval`: the token's {@link Toks.foldHash} for an ASCII token. */
  private readonly fhash: Int32Array;
  private readonly fmask: number;

  constructor(
    text: string,
    starts: Int32Array,
    lens: Uint8Array,
    longEnds: ReadonlyMap<number, number> | null,
    meta: Uint8Array,
    ftag: Int32Array,
    fval: Int32Array,
    fhash: Int32Array,
    length: number,
  ) {
    this.text = text;
    this.starts = starts;
    this.lens = lens;
    this.longEnds = longEnds;
    this.meta = meta;
    this.length = length;
    this.objs = new Array<Tok | undefined>(Math.min(RECENT_SLOTS, length));
    this.ftag = ftag;
    this.fval = fval;
    this.fhash = fhash;
    this.fmask = ftag.length - 1;
  }

  /**
   * A zeroed {@link TokenLayout} for these tokens, in the tokens' own buffer; for the one layout
   * pass of a call.
   */
  newLayout(): TokenLayout {
    const buf = this.meta.buffer;
    const at = placesOf(this.meta.length);
    const n = this.length;
    const nb = blocksOf(n);
    return new TokenLayout(
      new Uint8Array(buf, at.lay, n),
      new Uint8Array(buf, at.lay + at.cap, n),
      new Uint8Array(buf, at.lay + 2 * at.cap, n),
      new Int32Array(buf, at.bases, nb),
      new Int32Array(buf, at.bases + at.blocks * 4, nb),
      new Int32Array(buf, at.bases + at.blocks * 8, nb),
    );
  }

  /** {@link F} bits of token `k` (in range), looked up once per token. */
  flags(k: number): number {
    // (the cached case is kept small so that callers take it inline)
    const slot = k & this.fmask;
    return this.ftag[slot] === k + 1 ? this.fval[slot]! : this.lookUp(k, slot);
  }

  /** {@link Toks.flags} of token `k` not in the cache: looked up and cached in `slot`. */
  private lookUp(k: number, slot: number): number {
    let f: number;
    const s = this.starts[k]!;
    const bits = this.meta[k]! & 63;
    if ((bits & ASCII) !== 0) {
      // the hash is kept for {@link Toks.foldHash}
      const e = this.end(k);
      const h = foldHashOf(this.text, s, e);
      f = flagsByHash(this.text, s, e, h);
      this.fhash[slot] = h;
    } else {
      const t = this.objs[k & (RECENT_SLOTS - 1)];
      f = t !== undefined && t.s === s ? t.flagBits() : (LEXICON.get(lowerOf(this.text.slice(s, this.end(k)), bits)) ?? 0);
    }
    this.ftag[slot] = k + 1;
    this.fval[slot] = f;
    return f;
  }

  /** True when token `k` (in range) is in the word list(s) of `flag` (bits of {@link F}). */
  hasAt(k: number, flag: number): boolean {
    return this.flagsIn(k, flag) !== 0;
  }

  /**
   * {@link Toks.flags} of token `k` (in range) masked by `mask`; an ASCII token whose shape no
   * word of those lists has ({@link SHAPE_FLAGS}) is answered 0 without a lookup.
   */
  flagsIn(k: number, mask: number): number {
    const slot = k & this.fmask;
    if (this.ftag[slot] === k + 1) return this.fval[slot]! & mask;
    if ((this.meta[k]! & ASCII) !== 0 && (SHAPE_FLAGS[shapeKey(this.text.charCodeAt(this.starts[k]!), this.lens[k]!)]! & mask) === 0) return 0;
    return this.lookUp(k, slot) & mask;
  }

  /** True when token `k` (in range) is a capitalised word of two or more characters in capitals. */
  isUp(k: number): boolean {
    return (this.meta[k]! & UP) !== 0;
  }

  /** Token `k`, or undefined outside `[0, length)`. */
  at(k: number): Tok | undefined {
    if (!(k >= 0 && k < this.length)) return undefined;
    // (the cached case is kept small so that callers take it inline)
    const t = this.objs[k & (RECENT_SLOTS - 1)];
    return t !== undefined && t.s === this.starts[k]! ? t : this.make(k);
  }

  /** A new token object for token `k` (in range), kept in the recent reads. */
  private make(k: number): Tok {
    const s = this.starts[k]!;
    const m = this.meta[k]!;
    const e = this.end(k);
    const bits = m & 63;
    // punctuation is read by most rules: its characters are cut at once
    const t = new Tok(this.text, s, e, bits, (m >> 6) as 0 | 1 | 2, (bits & WORD) === 0 ? this.text.slice(s, e) : null, this.ftag[k & this.fmask] === k + 1 ? this.fval[k & this.fmask]! : -1);
    this.objs[k & (RECENT_SLOTS - 1)] = t;
    return t;
  }

  /** Tokens `[from, to)` as objects. */
  slice(from: number, to: number): Tok[] {
    const out: Tok[] = [];
    for (let k = Math.max(0, from); k < Math.min(to, this.length); k++) out.push(this.at(k)!);
    return out;
  }

  /** Start offset of token `k` (in range). */
  start(k: number): number {
    return this.starts[k]!;
  }

  /** True when every letter of token `k` (in range) is ASCII: its lower case is {@link Toks.foldHash}'s input. */
  isAscii(k: number): boolean {
    return (this.meta[k]! & ASCII) !== 0;
  }

  /**
   * Hash of token `k` (in range) lower-cased with curly apostrophes folded, read from the text; for
   * an ASCII token it equals {@link hashWord} of its `l`.
   */
  foldHash(k: number): number {
    const slot = k & this.fmask;
    if (this.ftag[slot] === k + 1 && (this.meta[k]! & ASCII) !== 0) return this.fhash[slot]!;
    return foldHashOf(this.text, this.starts[k]!, this.end(k));
  }

  /**
   * True when ASCII tokens `a` and `b` (in range, of equal length) read alike lower-cased with
   * curly apostrophes folded (their {@link Tok.l} strings are equal), compared in place.
   */
  foldEquals(a: number, b: number): boolean {
    const text = this.text;
    const sa = this.starts[a]!;
    const sb = this.starts[b]!;
    const len = this.end(a) - sa;
    for (let c = 0; c < len; c++) if (foldCode(text.charCodeAt(sa + c)) !== foldCode(text.charCodeAt(sb + c))) return false;
    return true;
  }

  /**
   * True when token `k` lower-cased ({@link Tok.l}) is `w` (a lower-case word or a punctuation
   * mark); an ASCII word or a mark is compared without cutting a string. False outside
   * `[0, length)`.
   */
  lowerIs(k: number, w: string): boolean {
    if (!(k >= 0 && k < this.length)) return false;
    const m = this.meta[k]!;
    const s = this.starts[k]!;
    if ((m & WORD) === 0) return this.lens[k] === w.length && this.text.startsWith(w, s);
    if ((m & ASCII) === 0) return this.at(k)!.l === w;
    if (this.lens[k] !== w.length) return false;
    for (let c = 0; c < w.length; c++) if (foldCode(this.text.charCodeAt(s + c)) !== w.charCodeAt(c)) return false;
    return true;
  }

  /** Index of the first capitalised word at or after `k`, else {@link Toks.length}. */
  nextCap(k: number): number {
    const meta = this.meta;
    const n = this.length;
    while (k < n && (meta[k]! & CAP) === 0) k++;
    return k;
  }

  /** End offset of token `k` (in range). */
  end(k: number): number {
    const len = this.lens[k]!;
    return len < 255 ? this.starts[k]! + len : (this.longEnds?.get(k) ?? this.starts[k]! + len);
  }

  /** Break before token `k` (in range): 0 none, 1 line break, 2 blank line. */
  brk(k: number): number {
    return this.meta[k]! >> 6;
  }

  /** True when token `k` (in range) is a word. */
  isWord(k: number): boolean {
    return (this.meta[k]! & WORD) !== 0;
  }

  /** True when token `k` (in range) is a capitalised word. */
  isCap(k: number): boolean {
    return (this.meta[k]! & CAP) !== 0;
  }

  /** The code unit at text offset `i`. */
  charAt(i: number): number {
    return this.text.charCodeAt(i);
  }

  /** The first code unit of token `k` (in range). */
  firstCode(k: number): number {
    return this.text.charCodeAt(this.starts[k]!);
  }

  /** {@link Toks.punct} of token `k`, -1 outside `[0, length)`. */
  punctAt(k: number): number {
    return k >= 0 && k < this.length ? this.punct(k) : -1;
  }

  /** The character of a one-character punctuation token `k` (in range), else -1. */
  punct(k: number): number {
    return (this.meta[k]! & WORD) === 0 && this.lens[k] === 1 ? this.text.charCodeAt(this.starts[k]!) : -1;
  }
}

/** Tokens a layout block holds: each block keeps its first values as integers, the rest as small offsets. */
const BLOCK_SHIFT = 6;

/** Layout blocks for `n` tokens. */
function blocksOf(n: number): number {
  return (n + (1 << BLOCK_SHIFT) - 1) >> BLOCK_SHIFT;
}

/** Most slots of the flag cache of {@link Toks} (a power of two). */
const FLAG_SLOTS = 4096;

/** Slots of the flag cache for `cap` tokens: a power of two, at least 16, at most {@link FLAG_SLOTS}. */
function slotsOf(cap: number): number {
  let slots = 16;
  while (slots < cap && slots < FLAG_SLOTS) slots *= 2;
  return slots;
}

/** Byte offsets of the parts of the builder's one buffer for `cap` tokens (32-bit parts first). */
interface Places {
  readonly cap: number;
  readonly slots: number;
  readonly blocks: number;
  /** Flag cache: tags, bits, then hashes (`slots` each). */
  readonly cache: number;
  /** Layout blocks' integers: quote, paragraph, sentence bases (`blocks` each). */
  readonly bases: number;
  /** Token bits, one byte a token. */
  readonly meta: number;
  /** Token lengths, one byte a token. */
  readonly lens: number;
  /** Three layout offset columns, `cap` bytes each. */
  readonly lay: number;
  readonly bytes: number;
}

/**
 * Where each part lies in the builder's buffer for `cap` tokens: starts (4 a token), the flag cache
 * (12 a slot), the layout blocks' integers (12 a block), bits and lengths (2 a token), three layout
 * offset columns (3 a token).
 */
function placesOf(cap: number): Places {
  const slots = slotsOf(cap);
  const blocks = blocksOf(cap);
  const cache = cap * 4;
  const bases = cache + slots * 12;
  const meta = bases + blocks * 12;
  return { cap, slots, blocks, cache, bases, meta, lens: meta + cap, lay: meta + 2 * cap, bytes: meta + 5 * cap };
}

/**
 * Quote, paragraph and sentence of every token, kept small: per block of 64 tokens the values of
 * its first token as integers, and per token its distance from them in one byte (a paragraph or
 * sentence index grows by at most one a token). Read out of range, each answers NaN (as an
 * out-of-range typed array read answers undefined: never equal, never in a quote).
 *
 * @internal
 */
export class TokenLayout {
  /** Per token: 0 outside quotes, else the quote index minus its block's base plus one (255: see `over`). */
  private readonly qOff: Uint8Array;
  private readonly pOff: Uint8Array;
  private readonly sOff: Uint8Array;
  private readonly qBase: Int32Array;
  private readonly pBase: Int32Array;
  private readonly sBase: Int32Array;
  /** Quote indices too far above their block's base for a byte (never in practice). */
  private over: Map<number, number> | null = null;

  constructor(qOff: Uint8Array, pOff: Uint8Array, sOff: Uint8Array, qBase: Int32Array, pBase: Int32Array, sBase: Int32Array) {
    this.qOff = qOff;
    this.pOff = pOff;
    this.sOff = sOff;
    this.qBase = qBase;
    this.pBase = pBase;
    this.sBase = sBase;
  }

  /** Stores token `k`'s values (tokens in order, from 0; quote -1 outside quotes). */
  set(k: number, quote: number, para: number, sent: number): void {
    const b = k >> BLOCK_SHIFT;
    if ((k & ((1 << BLOCK_SHIFT) - 1)) === 0) {
      this.pBase[b] = para;
      this.sBase[b] = sent;
      this.qBase[b] = quote < 0 ? 0 : quote;
    }
    this.pOff[k] = para - this.pBase[b]!;
    this.sOff[k] = sent - this.sBase[b]!;
    if (quote < 0) return;
    const d = quote - this.qBase[b]! + 1;
    if (d < 255) this.qOff[k] = d;
    else {
      this.qOff[k] = 255;
      (this.over ??= new Map()).set(k, quote);
    }
  }

  /** Index of the quote span token `k` lies in, else -1. */
  quoteAt(k: number): number {
    const d = this.qOff[k]!;
    if (d === 0) return -1;
    return d === 255 ? (this.over?.get(k) ?? NaN) : this.qBase[k >> BLOCK_SHIFT]! + d - 1;
  }

  /** Paragraph index of token `k`. */
  paraAt(k: number): number {
    return this.pBase[k >> BLOCK_SHIFT]! + this.pOff[k]!;
  }

  /** Sentence index of token `k`. */
  sentAt(k: number): number {
    return this.sBase[k >> BLOCK_SHIFT]! + this.sOff[k]!;
  }
}

/** Collects tokens into growing typed arrays (starts, lengths, bits, flag cache and layout share one buffer: one allocation). */
class TokBuilder {
  private readonly text: string;
  private starts: Int32Array;
  private lens: Uint8Array;
  private meta: Uint8Array;
  private longEnds: Map<number, number> | null = null;
  private n = 0;

  constructor(text: string) {
    this.text = text;
    const at = placesOf(Math.max(16, Math.ceil(text.length / 5)));
    const buf = new ArrayBuffer(at.bytes);
    this.starts = new Int32Array(buf, 0, at.cap);
    this.meta = new Uint8Array(buf, at.meta, at.cap);
    this.lens = new Uint8Array(buf, at.lens, at.cap);
  }

  push(s: number, e: number, bits: number, brk: 0 | 1 | 2): void {
    const k = this.n;
    if (k === this.meta.length) {
      const at = placesOf(k * 2);
      const buf = new ArrayBuffer(at.bytes);
      const starts = new Int32Array(buf, 0, at.cap);
      starts.set(this.starts);
      this.starts = starts;
      const meta = new Uint8Array(buf, at.meta, at.cap);
      meta.set(this.meta);
      this.meta = meta;
      const lens = new Uint8Array(buf, at.lens, at.cap);
      lens.set(this.lens);
      this.lens = lens;
    }
    this.starts[k] = s;
    const len = e - s;
    if (len < 255) this.lens[k] = len;
    else {
      this.lens[k] = 255;
      (this.longEnds ??= new Map()).set(k, e);
    }
    this.meta[k] = bits | (brk << 6);
    this.n = k + 1;
  }

  done(): Toks {
    const at = placesOf(this.meta.length);
    const buf = this.meta.buffer;
    return new Toks(
      this.text,
      this.starts,
      this.lens,
      this.longEnds,
      this.meta,
      new Int32Array(buf, at.cache, at.slots),
      new Int32Array(buf, at.cache + at.slots * 4, at.slots),
      new Int32Array(buf, at.cache + at.slots * 8, at.slots),
      this.n,
    );
  }
}

/**
 * Splits the whole story into word and punctuation tokens in one linear pass.
 *
 * @param text - The story.
 * @param skips - Sorted ranges to leave out (the middles of long quotes, which no rule reads).
 * @returns Tokens in text order, kept as offsets and bits (a token object is made when a rule
 *   first reads it).
 * @internal
 */
export function tokenize(
  text: string,
  skips: readonly { readonly from: number; readonly to: number }[] = [],
): Toks {
  const out = new TokBuilder(text);
  const n = text.length;
  let i = 0;
  let brk: 0 | 1 | 2 = 0;
  let sk = 0;
  // start of the next range to skip (the ranges are read only once the scan reaches it)
  let skipFrom = skips.length > 0 ? skips[0]!.from : Infinity;
  while (i < n) {
    while (i >= skipFrom) {
      while (sk < skips.length && skips[sk]!.to <= i) sk++;
      const skip = skips[sk];
      skipFrom = skip ? skip.from : Infinity;
      if (!skip || skip.from > i) break;
      // the middle of a long quote: no token there, only its line breaks count
      const nl = text.indexOf("\n", i);
      if (nl >= 0 && nl < skip.to)
        brk =
          text.indexOf("\n", nl + 1) >= 0 &&
          text.indexOf("\n", nl + 1) < skip.to
            ? 2
            : (Math.max(brk, 1) as 1 | 2);
      i = skip.to;
      sk++;
      skipFrom = sk < skips.length ? skips[sk]!.from : Infinity;
    }
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    // a word character is never a space: words are tested first (most tokens are words)
    if (c < 128 ? isAsciiWordCode(c) : isWordChar(text, i)) {
      let j = i + 1;
      let curly = false;
      let upper = 0;
      let ascii = c < 128; // every letter ASCII (joiners aside)
      // the character that ends the word (-1 at the end of the text), read once
      let stop = -1;
      for (;;) {
        stop = -1;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d < 128) {
            if (d >= 97 && d <= 122) {
              j++;
              continue;
            }
            if (d >= 65 && d <= 90) {
              upper++;
              j++;
              continue;
            }
            if (d >= 48 && d <= 57) {
              j++;
              continue;
            }
            stop = d;
            break;
          }
          if (!isWordChar(text, j)) {
            stop = d;
            break;
          }
          ascii = false;
          j++;
        }
        if (j + 1 < n && isJoiner(stop) && isWordChar(text, j + 1)) {
          if (stop === 0x2019) curly = true;
          j += 1;
          continue;
        }
        break;
      }
      let bits =
        WORD |
        (curly ? CURLY : 0) |
        (ascii ? ASCII : 0) |
        (ascii && upper === 0 ? SIMPLE : 0);
      if (c < 128 ? c >= 65 && c <= 90 : UPPER_CHAR.test(text.slice(i, i + 1))) {
        bits |= CAP;
        if (
          j - i > 1 &&
          (c < 128
            ? upper === j - i - 1
            : text.slice(i, j) === text.slice(i, j).toUpperCase())
        )
          bits |= UP;
      }
      out.push(i, j, bits, brk);
      // the space after a word is passed here (a space never changes the break)
      i = stop === 32 ? j + 1 : j;
    } else if (isSpace(c)) {
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
        if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
        brk = brk >= 1 ? 2 : 1;
      }
      i++;
      continue;
    } else {
      const len = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      out.push(i, i + len, c < 128 ? ASCII : 0, brk);
      i += len;
    }
    brk = 0;
  }
  return out.done();
}

/** Index of the first token whose start is at or after `offset` (binary search). */
export function tokenAt(toks: Toks, offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks.start(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * {@link tokenAt} searched forward from token `from` (by doubling steps, then halving) when every
 * token before `from` starts before `offset`; else a whole search. Same answer, fewer reads for a
 * nearby offset.
 *
 * @internal
 */
export function tokenAtFrom(toks: Toks, offset: number, from: number): number {
  if (from <= 0 || from > toks.length || toks.start(from - 1) >= offset)
    return tokenAt(toks, offset);
  // every token before lo starts before offset; the answer is at most hi
  let lo = from;
  let hi = toks.length;
  for (let step = 1; lo + step - 1 < toks.length; step *= 2) {
    const k = lo + step - 1;
    if (toks.start(k) >= offset) {
      hi = k;
      break;
    }
    lo = k + 1;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks.start(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
