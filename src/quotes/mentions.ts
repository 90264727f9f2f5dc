import {
  CURLY_APOSTROPHE,
  HAS_DIGIT,
  LEADING_DIGIT,
  PARTICIPLE_END,
  POSSESSIVE_END,
  POSSESSIVE_S,
  S_END,
  TIME_NUMBER,
} from "./attributionPatterns.ts";
import {
  ABBREVIATIONS,
  ADVERBS_BETWEEN,
  DESCRIPTIVE_ROLES,
  HONORIFICS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  NOT_PERSON_WORDS,
  ORG_HEAD_NOUNS,
  ORG_WORDS,
  PARTICIPLE_VERBS,
  PARTY_EPITHETS,
  PLACE_WORDS,
  PRONOUNS,
  ROLE_MODIFIERS,
  SPEECH_NOUNS,
  SPEECH_VERBS,
  TIME_WORDS,
  TITLE_WORDS,
} from "./attributionData.ts";
import { F, type Tok, type Toks } from "./attributionTokens.ts";

/** Builds a read-only lookup set from a word table (curly apostrophes folded). */
function wordSet(list: readonly string[]): ReadonlySet<string> {
  return new Set(list.map((w) => w.replace(CURLY_APOSTROPHE, "'")));
}

/** @internal Lexicon sets built once from the data tables (read-only). */
export const LEX = /* @__PURE__ */ (() => ({
  verbs: wordSet(SPEECH_VERBS),
  participles: wordSet(PARTICIPLE_VERBS),
  honorifics: wordSet(HONORIFICS),
  titles: wordSet(TITLE_WORDS),
  orgWords: wordSet(ORG_WORDS),
  orgHeads: wordSet(ORG_HEAD_NOUNS),
  notName: wordSet(NOT_NAME_WORDS),
  notPerson: wordSet(NOT_PERSON_WORDS),
  places: wordSet(PLACE_WORDS),
  adverbs: wordSet(ADVERBS_BETWEEN),
  time: wordSet(TIME_WORDS),
  modifiers: wordSet(ROLE_MODIFIERS),
  descriptive: wordSet(DESCRIPTIVE_ROLES),
  speechNouns: wordSet(SPEECH_NOUNS),
  particles: wordSet(NAME_PARTICLES),
  abbrev: wordSet(ABBREVIATIONS),
  epithets: wordSet(PARTY_EPITHETS),
}))();

/** What a speaker mention is made of. */
export type MentionKind = "pronoun" | "name" | "title" | "org" | "descriptor";

/**
 * A speaker mention found next to a cue: tokens `[s, e)`, its kind, the name run inside it (token
 * indices `[ns, ne)`, -1 when none) and the role words it carries (`spokesman`, `chief`).
 *
 * @internal
 */
export interface Mention {
  readonly s: number;
  readonly e: number;
  readonly kind: MentionKind;
  readonly ns: number;
  readonly ne: number;
  /** Lower-cased head word: the pronoun, title or organisation noun. */
  readonly head: string;
  readonly roles: readonly string[];
  /** True when the phrase opens with `a`/`an` (a new referent, never anaphoric). */
  readonly indefinite: boolean;
}

/** True for a token that ends a clause or sentence. */
function isBoundary(t: Tok): boolean {
  return (
    !t.word &&
    (t.w === "." ||
      t.w === "!" ||
      t.w === "?" ||
      t.w === ";" ||
      t.w === ":" ||
      isQuoteMark(t.w))
  );
}

/**
 * True when word token `t` is a personal pronoun of {@link PRONOUNS}; a word of more than four
 * characters is none (its lower case is not cut).
 */
function isPronoun(t: Tok): boolean {
  return t.e - t.s <= 4 && Object.hasOwn(PRONOUNS, t.l);
}

/** True for an apostrophe closing a plural possessive (`Sanders’ campaign`), not a quotation mark. */
export function isPossessiveMark(toks: Toks, i: number): boolean {
  const t = toks.at(i)!;
  const prev = toks.at(i - 1);
  const next = toks.at(i + 1);
  return (
    (t.w === "\u2019" || t.w === "'") &&
    !!prev &&
    prev.word &&
    prev.e === t.s &&
    S_END.test(prev.w) &&
    !!next &&
    next.word &&
    next.s > t.e
  );
}

/** True for a quotation mark of any style. */
export function isQuoteMark(w: string): boolean {
  return w.length === 1 && isQuoteMarkCode(w.charCodeAt(0));
}

/** {@link isQuoteMark} by character code (-1 for none). */
export function isQuoteMarkCode(c: number): boolean {
  return (
    c === 0x22 ||
    c === 0x27 ||
    c === 0x60 ||
    c === 0xab ||
    c === 0xbb ||
    (c >= 0x2018 && c <= 0x201f && c !== 0x201a) ||
    c === 0x2039 ||
    c === 0x203a
  );
}

/** True for an upper-case word that may be part of a name (not `The`, `Monday`). */
export function isNameWord(t: Tok): boolean {
  if (!t.word || !t.cap) return false;
  return !t.has(F.notName) || (t.up && t.l !== "i" && t.l !== "a");
}

/** True for a speech verb token written in lower case, not read as a noun (`the claims`). */
export function isVerbAt(toks: Toks, i: number): boolean {
  // most tokens are no verb: told from the columns before a token object is made
  if (!(i >= 0 && i < toks.length) || !toks.isWord(i) || toks.isCap(i) || !toks.hasAt(i, F.verbs)) return false;
  const t = toks.at(i)!;
  // the word before, read from the token columns
  const p = i - 1;
  if (
    p >= 0 &&
    toks.isWord(p) &&
    (toks.hasAt(p, F.determiners | F.preps) ||
      toks.lowerIs(p, "to") ||
      toks.lowerIs(p, "new") ||
      toks.lowerIs(p, "such"))
  ) {
    return false;
  }
  if (t.has(F.speechNouns) && p >= 0 && isNounBefore(toks, p)) return false;
  if (
    t.l === "fired" ||
    t.l === "fires" ||
    t.l === "shot" ||
    t.l === "hit" ||
    t.l === "hits"
  )
    return toks.lowerIs(i + 1, "back");
  if (
    t.l === "went" ||
    t.l === "goes" ||
    t.l === "pointed" ||
    t.l === "points" ||
    t.l === "summed" ||
    t.l === "sums"
  ) {
    const next = toks.at(i + 1);
    return !!next && (next.l === "on" || next.l === "out" || next.l === "up");
  }
  if (t.l === "put" || t.l === "puts") return toks.lowerIs(i + 1, "it");
  if (t.l === "read" || t.l === "reads") {
    const next = toks.at(i + 1);
    if (next && next.word && next.has(F.determiners)) {
      for (let k = i + 2; k < i + 5; k++)
        if (LEX.speechNouns.has(toks.at(k)?.l ?? "")) return true;
      return false;
    }
    return (
      !!next &&
      !next.word &&
      (next.w === ":" || next.w === "," || isQuoteMark(next.w))
    );
  }
  return true;
}

/**
 * True when the word at `p` opens a noun phrase with the speech noun after it, so that a word like
 * `remarks`, `claims` or `tweets` is the noun, not the verb: a possessive (`Trump's remarks`), a
 * hyphenated modifier (`late-night tweets`), a lower-case modifier after a determiner or a
 * preposition (`the racial remarks`, `his recent comments`), or a capitalised modifier after `of`
 * or a determiner (`of Republican claims`). A role word keeps the verb (`the spokesman claims`).
 */
function isNounBefore(toks: Toks, p: number): boolean {
  const w = toks.at(p)!;
  if (!w.word) return false;
  if (POSSESSIVE_END.test(w.w)) return true;
  if (w.has(F.titles) || w.has(F.descriptive) || w.has(F.adverbs) || isPronoun(w))
    return false;
  const pp = toks.at(p - 1);
  const opens =
    !!pp && pp.word && !pp.cap && (pp.has(F.determiners) || pp.has(F.preps) || pp.l === "of");
  if (w.cap) return opens && !w.has(F.orgHeads) && !w.has(F.orgWords);
  return opens || w.w.includes("-");
}

/** True when `toks[i]` is `to` after `according` (`according to X`). */
export function isAccordingTo(toks: Toks, i: number): boolean {
  return toks.lowerIs(i, "according") && toks.lowerIs(i + 1, "to");
}

/** Skips adverbs and time phrases leftwards from `p` (`on Friday`, `, however,`, `later`). */
function skipAdverbsLeft(toks: Toks, p: number, lo: number): number {
  const v0 = p + 1;
  // (read from the token columns: a token object only for a number or a listed time word)
  for (let k = 0; k < 8 && p >= lo; k++) {
    if (toks.isWord(p)) {
      const f = toks.flags(p);
      const cap = toks.isCap(p);
      if (!cap && (f & F.adverbs) !== 0) {
        p--;
        continue;
      }
      if ((f & F.time) !== 0 && !(cap && (f & F.notName) === 0)) {
        // a preposition only as part of a time phrase (`on Friday`, not `in announcing`)
        if (
          (toks.lowerIs(p, "on") || toks.lowerIs(p, "in") || toks.lowerIs(p, "at")) &&
          !(p + 1 < toks.length && toks.hasAt(p + 1, F.time) && p + 1 < v0)
        )
          break;
        p--;
        continue;
      }
      const c = toks.firstCode(p);
      if (
        c >= 0x30 &&
        c <= 0x39 &&
        TIME_NUMBER.test(toks.at(p)!.w) &&
        p - 1 >= lo &&
        toks.hasAt(p - 1, F.time)
      ) {
        p--;
        continue;
      }
      break;
    }
    const pc = toks.punct(p);
    if (pc === 0x29) {
      // `Rep. Jim Jordan (R-Ohio) said`
      let c = p - 1;
      while (c > lo && p - c < 10 && toks.punct(c) !== 0x28 && toks.punct(c) !== 0x29)
        c--;
      if (c > lo && toks.punct(c) === 0x28) {
        p = c - 1;
        continue;
      }
      break;
    }
    if (pc === 0x2c && p - 2 >= lo) {
      const a = p - 1;
      if (toks.isWord(a) && !toks.isCap(a) && toks.hasAt(a, F.adverbs) && toks.punct(p - 2) === 0x2c) {
        p -= 3;
        continue;
      }
    }
    break;
  }
  return p;
}

/**
 * Reads the speaker noun phrase that ends just before token `v` (the verb), not crossing `lo`:
 * `Kaja Kallas told`, `she added`, `RFS spokesman Alex Chesser told`, `Satoshi Sugimoto, the
 * agency’s chief meteorologist, told`, `Kallas, however, admitted`, `Trump on Thursday said`.
 *
 * @param toks - The story's tokens.
 * @param v - The verb's token.
 * @param lo - First token the phrase may use.
 * @returns The mention, or null when no speaker phrase stands there.
 * @internal
 */
export function readMentionBefore(
  toks: Toks,
  v: number,
  lo: number,
): Mention | null {
  const p = skipAdverbsLeft(toks, v - 1, lo);
  if (p < lo) return null;
  // (read from the token columns: a token object only for a short word that may be a pronoun)
  if (toks.isWord(p)) {
    if (toks.end(p) - toks.start(p) <= 4 && Object.hasOwn(PRONOUNS, toks.at(p)!.l)) return pronounMention(p, toks.at(p)!.l);
  } else {
    const pc = toks.punct(p);
    if (pc === 0x2c || pc === 0x2014 || pc === 0x2013) return appositiveSubject(toks, p, lo, 0);
  }
  // `The staff member who edited said`: a short relative clause before the verb
  for (let k = p - 1; k >= lo && k >= p - 4; k--) {
    if (!toks.isWord(k) || toks.isCap(k)) break;
    if (!toks.lowerIs(k, "who")) continue;
    const head = k - 1 >= lo ? readNpLeft(toks, k - 1, lo) : null;
    if (
      head &&
      head.e === k &&
      (head.kind === "descriptor" || head.kind === "title")
    )
      return { ...head, e: p + 1, kind: "descriptor" };
    if (head && head.e === k && head.kind === "name") return head;
    break;
  }
  let np = readNpLeft(toks, p, lo);
  // `A spokesman at Airbus headquarters in Toulouse said`: a place after `in` is not the speaker
  if (
    np &&
    np.kind === "name" &&
    np.ne - np.ns === 1 &&
    np.s - 2 >= lo &&
    (toks.lowerIs(np.s - 1, "in") || toks.lowerIs(np.s - 1, "at"))
  ) {
    const outer = readNpLeft(toks, np.s - 2, lo);
    if (outer && outer.kind !== "pronoun" && outer.e === np.s - 1) {
      np =
        outer.kind === "name"
          ? outer
          : {
              ...outer,
              e: np.e,
              kind: outer.kind === "title" ? "title" : "descriptor",
            };
    }
  }
  // `A leaked internal letter seen by Sky News says`: the phrase before a passive modifier
  // (an authoring verb keeps its agent: `The statement issued by Akshay reads`)
  if (
    np &&
    np.s - 3 >= lo &&
    toks.lowerIs(np.s - 1, "by") &&
    PARTICIPLE_END.test(toks.at(np.s - 2)!.l) &&
    !toks.at(np.s - 2)!.cap &&
    !toks.at(np.s - 2)!.has(F.authoring)
  ) {
    const outer = readNpLeft(toks, np.s - 3, lo);
    if (outer && outer.e === np.s - 2) np = outer;
  }
  // `NASA and ESA have said`: a joint subject of two names, kept as written
  if (
    np &&
    (np.kind === "name" || np.kind === "org") &&
    (np.ns === np.s || (np.ns === np.s + 1 && toks.lowerIs(np.s, "the"))) &&
    np.s - 2 >= lo &&
    toks.lowerIs(np.s - 1, "and")
  ) {
    const left = readNpLeft(toks, np.s - 2, lo);
    const open = left ? toks.at(left.s - 1) : undefined;
    if (
      left &&
      left.e === np.s - 1 &&
      (left.kind === "name" || left.kind === "org") &&
      left.ns === left.s &&
      left.ne === left.e &&
      (!open ||
        left.s - 1 < lo ||
        !open.word ||
        !(open.has(F.preps) || open.has(F.verbs) || open.l === "and"))
    )
      return { ...np, s: left.s, ns: left.s, roles: [...left.roles, ...np.roles] };
  }
  const anchor = np ? np.s : p + 1;
  // the word before the phrase, read from the token columns
  const pre = anchor - 1;
  if (
    np &&
    pre >= 0 &&
    pre < toks.length &&
    pre >= lo &&
    toks.isWord(pre) &&
    !toks.isCap(pre) &&
    !toks.hasAt(pre, F.determiners | F.preps | F.titles | F.adverbs)
  ) {
    // `Titan Deng, an active editor who organized Wikimania said`: the phrase is an object inside an appositive
    for (let c = anchor - 2; c > lo && c >= anchor - 14; c--) {
      const u = toks.at(c)!;
      if (isBoundary(u)) break;
      if (u.w !== ",") continue;
      const nx = toks.at(c + 1);
      if (!nx || !(nx.has(F.determiners) || nx.l === "who")) break;
      const named = readNpLeft(toks, c - 1, lo);
      if (named && named.kind === "name" && !isPlaceOnly(toks, named))
        return named;
      break;
    }
  }
  if (
    np &&
    np.s - 2 > lo &&
    (toks.lowerIs(np.s - 1, "of") || toks.lowerIs(np.s - 1, "from")) &&
    toks.at(np.s - 2)!.w === ","
  ) {
    // `Tobias Andersson, of Piratbyrån agrees`
    const named = readNpLeft(toks, np.s - 3, lo);
    if (named && named.kind === "name") return named;
  }
  if (
    np &&
    (np.kind === "descriptor" || np.kind === "title") &&
    toks.at(np.s)!.has(F.determiners)
  ) {
    // `Leroy Cain, the American manager of the mission said`: an appositive left open
    for (let c = np.s - 1; c > lo && c >= np.s - 3; c--) {
      if (toks.at(c)!.w !== ",") continue;
      const named = readNpLeft(toks, c - 1, lo);
      if (
        named &&
        named.kind === "name" &&
        named.ne === named.e &&
        !isPlaceOnly(toks, named)
      )
        return { ...named, roles: [...named.roles, ...np.roles] };
      break;
    }
  }
  return np;
}

/**
 * The subject before an appositive that ends at the comma `p`: `NAME, the agency's chief, told`,
 * `NAME, 45, said`, `NAME (R-Ohio), a panel member, said`, `TITLE, NAME, told`, and chains of two
 * or three appositives (`NAME, the foreign minister of France, a member of the council, said`).
 */
function appositiveSubject(
  toks: Toks,
  p: number,
  lo: number,
  depth: number,
): Mention | null {
  let c = p - 1;
  const roles: string[] = [];
  const sep = toks.at(p)!.w;
  for (let k = 0; k < 40 && c > lo; k++, c--) {
    const u = toks.at(c)!;
    if (!u.word && u.w === sep) break;
    if (
      u.w === "." &&
      c - 1 > lo &&
      (isInitialOrAbbrev(toks.at(c - 1)!) ||
        toks.at(c + 1)?.w === "," ||
        toks.at(c + 1)?.w === ")" ||
        innerAbbrevDot(toks, c))
    )
      continue;
    // a scare-quoted word inside the appositive (`wearing a "Ted Cruz" pin`) does not end it
    if (isBoundary(u) && !isPossessiveMark(toks, c) && !isQuoteMark(u.w))
      return loneComma(toks, p, lo);
    if (u.word && u.has(F.titles)) roles.push(u.l);
  }
  if (c <= lo || toks.at(c)!.w !== sep) return loneComma(toks, p, lo);
  let q = c - 1;
  if (toks.at(q)?.w === ")") {
    // `Rep. Jim Jordan (R-Ohio), an oversight panel member, said`
    let r = q - 1;
    while (r > lo && q - r < 10 && toks.at(r)!.w !== "(") r--;
    if (r > lo && toks.at(r)!.w === "(") q = r - 1;
  }
  const np = q >= lo ? readNpLeft(toks, q, lo) : null;
  if (np && np.kind === "name" && !isPlaceOnly(toks, np))
    return { ...np, roles: [...np.roles, ...roles] };
  if (np && np.kind === "org") return { ...np, roles: [...np.roles, ...roles] };
  // `Google's chief executive, Laszlo Bock, told`: the name is the enclosed part
  const inner = readNpLeft(toks, p - 1, c + 1);
  if (
    inner &&
    inner.kind === "name" &&
    inner.s === c + 1 &&
    !isPlaceOnly(toks, inner)
  )
    return { ...inner, roles: [...inner.roles, ...roles] };
  // a chain of appositives
  if (depth < 2 && np && np.s - 1 > lo && toks.at(np.s - 1)!.w === ",")
    return appositiveSubject(toks, np.s - 1, lo, depth + 1);
  return null;
}

/**
 * True when the period at `c` sits inside a dotted abbreviation, a single letter and a period
 * following it: the first dot of `D-N.M.` or `R-S.C.` (a party-state tag), of `U.N.`.
 */
function innerAbbrevDot(toks: Toks, c: number): boolean {
  const a = toks.at(c + 1);
  return !!a && a.word && a.w.length === 1 && toks.at(c + 2)?.w === ".";
}

/** `Suzanne Earley, replied`: a comma with no appositive before it; the name right before it. */
function loneComma(
  toks: Toks,
  p: number,
  lo: number,
): Mention | null {
  if (p - 1 < lo) return null;
  const np = readNpLeft(toks, p - 1, lo);
  if (!np || np.kind !== "name" || np.ne !== p || isPlaceOnly(toks, np))
    return null;
  const prev = toks.at(np.s - 1);
  return !prev || np.s - 1 < lo || !prev.word ? np : null;
}

/** True when a name mention is only place words (`France`, `South Korea`). */
export function isPlaceOnly(toks: Toks, m: Mention): boolean {
  for (let k = m.ns; k < m.ne; k++) {
    const t = toks.at(k)!;
    if (t.word && !t.has(F.places) && !t.has(F.notPerson)) return false;
  }
  return m.ns >= 0;
}

function pronounMention(i: number, l: string): Mention {
  return {
    s: i,
    e: i + 1,
    kind: "pronoun",
    ns: -1,
    ne: -1,
    head: l,
    roles: [],
    indefinite: false,
  };
}

/** Reads a noun phrase ending at token `p` (inclusive), leftwards, not crossing `lo`. */
export function readNpLeft(
  toks: Toks,
  p: number,
  lo: number,
): Mention | null {
  let j = p;
  let lower = 0;
  // (read from the token columns: a token object only for a short lower-case word, a pronoun maybe)
  for (; j >= lo && p - j < 14; j--) {
    if (toks.isWord(j)) {
      const cap = toks.isCap(j);
      if (!cap && toks.end(j) - toks.start(j) <= 4 && Object.hasOwn(PRONOUNS, toks.at(j)!.l)) break;
      const f = toks.flags(j);
      if ((f & F.determiners) !== 0) {
        // `a spokesman for the federal audit office`: the phrase goes on past `for the`
        if (j - 1 >= lo && j - 1 >= 0 && toks.hasAt(j - 1, F.preps) && p - j < 10)
          continue;
        j--;
        break;
      }
      if (cap) {
        if ((f & F.notName) !== 0 && !toks.isUp(j) && (f & F.honorifics) === 0) {
          if (
            toks.lowerIs(j, "the") ||
            toks.lowerIs(j, "a") ||
            toks.lowerIs(j, "an") ||
            (f & F.quantifiers) !== 0
          )
            j--;
          break;
        }
        continue;
      }
      if ((f & F.preps) !== 0) continue;
      // isNpWord of a lower-case word
      if ((f & (F.stop | F.verbs)) !== 0 || ++lower > 6) break;
      continue;
    }
    const pc = toks.punct(j);
    if (pc === 0x2e && j - 1 >= lo && initialOrAbbrevAt(toks, j - 1)) continue;
    if (
      (pc === 0x2d || pc === 0x26) &&
      j - 1 >= lo &&
      toks.isWord(j - 1) &&
      j + 1 < toks.length &&
      toks.isWord(j + 1)
    )
      continue;
    break;
  }
  let s = j + 1;
  // a preposition or a stray lower-case word (`condemned party leader X`) cannot open the phrase
  while (s <= p && (toks.hasAt(s, F.preps) || strayAt(toks, s))) s++;
  if (s > p) return null;
  return classify(toks, s, p + 1);
}

/** True when token `k` (in range) is a lower-case word that is no determiner, role, modifier or organisation noun (read from the token columns). */
function strayAt(toks: Toks, k: number): boolean {
  if (!toks.isWord(k) || toks.isCap(k)) return false;
  const f = toks.flagsIn(k, F.determiners | F.quantifiers | F.titles | F.modifiers | F.places | F.orgHeads | F.orgWords | F.descriptive);
  if ((f & (F.determiners | F.quantifiers)) !== 0) return false;
  return (
    (f & (F.titles | F.modifiers | F.places | F.orgHeads | F.orgWords | F.descriptive)) === 0 &&
    !HAS_DIGIT.test(toks.at(k)!.w)
  );
}

/** {@link isNameWord} of token `k` (in range), read from the token columns. */
function nameWordAt(toks: Toks, k: number): boolean {
  if (!toks.isWord(k) || !toks.isCap(k)) return false;
  return !toks.hasAt(k, F.notName) || (toks.isUp(k) && !toks.lowerIs(k, "i") && !toks.lowerIs(k, "a"));
}

/** {@link isInitialOrAbbrev} of token `k` (in range), read from the token columns. */
function initialOrAbbrevAt(toks: Toks, k: number): boolean {
  return toks.isWord(k) && ((toks.end(k) - toks.start(k) === 1 && toks.isCap(k)) || toks.hasAt(k, F.abbrev));
}

/** True for a one-letter initial (`F`) or a known abbreviation (`Mr`, `Dr`). */
function isInitialOrAbbrev(t: Tok): boolean {
  return t.word && ((t.w.length === 1 && t.cap) || t.has(F.abbrev));
}

/**
 * Reads the speaker noun phrase that starts at token `i`, rightwards, not crossing `hi`
 * (exclusive): `said Chebukati`, `according to state media outlet KCNA`, `-- Springbok lock Jean
 * Kleyn on captain ...`, `said a spokesman for the federal prosecutor’s office`.
 *
 * @param toks - The story's tokens.
 * @param i - The phrase's first token.
 * @param hi - Token bound (exclusive).
 * @returns The mention, or null.
 * @internal
 */
export function readMentionAfter(
  toks: Toks,
  i: number,
  hi: number,
): Mention | null {
  if (!(i >= 0 && i < toks.length) || i >= hi) return null;
  // (read from the token columns: a token object only for a short word that may be a pronoun)
  if (toks.isWord(i) && toks.end(i) - toks.start(i) <= 4 && Object.hasOwn(PRONOUNS, toks.at(i)!.l))
    return pronounMention(i, toks.at(i)!.l);
  let j = i;
  let lower = 0;
  let sawCap = false;
  for (; j < hi && j - i < 16; j++) {
    if (toks.isWord(j)) {
      const f = toks.flags(j);
      const cap = toks.isCap(j);
      if (j === i && (f & (F.determiners | F.quantifiers)) !== 0) continue;
      if (cap && ((f & F.notName) === 0 || (f & F.honorifics) !== 0 || toks.isUp(j))) {
        sawCap = true;
        continue;
      }
      if (cap) break;
      if ((f & (F.titles | F.orgWords | F.modifiers | F.places)) !== 0) continue;
      if (sawCap) {
        const capNext = j + 1 < toks.length && toks.isCap(j + 1);
        if ((f & F.particles) !== 0 && capNext) continue;
        if (toks.lowerIs(j, "of") && capNext) continue;
        break;
      }
      if ((f & F.preps) !== 0 && j > i) continue;
      // not a noun-phrase word (a stop word, a speech verb) or a time word
      if ((f & (F.stop | F.verbs | F.time)) !== 0 || ++lower > 6) break;
      continue;
    }
    const pc = toks.punct(j);
    if (
      pc === 0x2e &&
      j > i &&
      initialOrAbbrevAt(toks, j - 1) &&
      j + 1 < toks.length &&
      toks.isCap(j + 1)
    )
      continue;
    // `Jean-Luc`, `AT&T`, `9/11 widow`
    if (
      (pc === 0x2d || pc === 0x26 || pc === 0x2f) &&
      j > i &&
      toks.isWord(j - 1) &&
      j + 1 < toks.length &&
      toks.isWord(j + 1) &&
      toks.start(j) === toks.end(j - 1)
    )
      continue;
    break;
  }
  let e = j;
  while (e > i && (toks.hasAt(e - 1, F.preps | F.determiners) || toks.lowerIs(e - 1, "of"))) e--;
  if (e <= i) return null;
  return classify(toks, i, e);
}

/**
 * Start of the name {@link classify} finds in a plain run of two or more capitalised name words
 * (`Kaja Kallas`, `Donald J. Trump's`: no listed word, no mark but an initial's full stop, no
 * possessive but on the last word, no `of`), read from the token columns
 * with no token object; -1 when the run is not so plain (then {@link classify} decides). For such
 * a run {@link classify} answers a `name` ending at `e`.
 *
 * @param toks - The story's tokens.
 * @param s - The run's first token.
 * @param e - Token after the run.
 * @returns The name's first token, or -1.
 * @internal
 */
export function plainNameStart(toks: Toks, s: number, e: number): number {
  if (e - s < 2) return -1;
  for (let k = s; k < e; k++) {
    if (!toks.isWord(k)) {
      // a middle initial's full stop (`Donald J. Trump`), a name word after it
      if (toks.punct(k) === 0x2e && k > s && k + 1 < e && toks.isWord(k + 1) && toks.end(k - 1) - toks.start(k - 1) === 1) continue;
      return -1;
    }
    if (!toks.isCap(k)) return -1;
    if (toks.flagsIn(k, PLAIN_NOT) !== 0) return -1;
    // `of` (any case) and a possessive before the last word (`Trump's Clean Power`) leave the run to classify
    if (toks.lowerIs(k, "of") || (k < e - 1 && possessiveAt(toks, k))) return -1;
  }
  if (toks.lowerIs(s, "a") || toks.lowerIs(s, "an")) return -1;
  // `Attorney General of British Columbia Wally Oppal`: after `of`, the last two words
  return toks.lowerIs(s - 1, "of") && e - s >= 3 && toks.isWord(e - 2) ? e - 2 : s;
}

/** Word lists that take a run off {@link plainNameStart}'s path. */
const PLAIN_NOT =
  F.notName | F.titles | F.honorifics | F.places | F.orgWords | F.notPerson | F.particles | F.abbrev;

/**
 * Classifies the noun phrase `toks[s, e)`: a person's name (after titles), an organisation, a
 * title mention (`the manager`), a descriptor (`a spokesman for ...`), or null when it names no one.
 */
export function classify(
  toks: Toks,
  s: number,
  e: number,
): Mention | null {
  // (lower-casing never shortens a word: a longer first word is not `a`/`an`, and its string is not
  // cut; the first and last token objects are made only on the paths that read them)
  const indefinite = toks.end(s) - toks.start(s) <= 2 && (toks.lowerIs(s, "a") || toks.lowerIs(s, "an"));
  const roles: string[] = [];
  for (let k = s; k < e; k++)
    if (toks.hasAt(k, F.titles)) roles.push(toks.at(k)!.l);
  // the name run: the last run of name words inside the phrase (read from the token columns)
  let ne = e;
  while (
    ne > s &&
    !nameWordAt(toks, ne - 1) &&
    !(
      toks.punct(ne - 1) === 0x2e &&
      ne - 2 >= s &&
      initialOrAbbrevAt(toks, ne - 2)
    )
  )
    ne--;
  let ns = ne;
  while (ns > s) {
    if (nameWordAt(toks, ns - 1)) {
      ns--;
      continue;
    }
    if (toks.punct(ns - 1) === 0x2e && ns - 2 >= s && initialOrAbbrevAt(toks, ns - 2)) {
      ns--;
      continue;
    }
    if (
      toks.isWord(ns - 1) &&
      toks.hasAt(ns - 1, F.particles) &&
      ns - 2 >= s &&
      nameWordAt(toks, ns - 2)
    )
      ns--;
    else if (
      toks.lowerIs(ns - 1, "of") &&
      ns - 2 >= s &&
      toks.hasAt(ns - 2, F.orgWords) &&
      toks.isCap(ns - 2)
    )
      ns--;
    else break;
  }
  const trailingLower = ne < e ? toks.slice(ne, e).filter((t) => t.word) : [];
  // `Donald Maude of Midland Montagu Capital Markets Inc.`: a person's name, then where they work
  if (ns > s + 1) {
    for (let k = ns - 1; k > s; k--) {
      const t = toks.at(k)!;
      if (!t.word || t.cap) continue;
      if (
        !(t.l === "of" || t.l === "at" || t.l === "from") ||
        !isOrgRun(toks, ns, ne)
      )
        break;
      const first = classify(toks, s, k);
      if (
        first &&
        first.kind === "name" &&
        first.ne - first.ns >= 2 &&
        first.ne === k
      )
        return { ...first, e };
      break;
    }
  }
  // the word that links a role to the name run: `of Atlantis`, `for the Space Station`
  const link =
    ns > s + 1 && toks.lowerIs(ns - 1, "the") ? ns - 2 : ns - 1;
  if (
    ns < ne &&
    link > s &&
    toks.at(link)!.has(F.preps) &&
    roles.length > 0
  ) {
    // `the launch director of Atlantis`, `the program manager for the Space Station`: a descriptor
    const run = toks.slice(ns, ne).filter((t) => t.word);
    let cut = 0;
    run.forEach((t, k) => {
      if (
        t.has(F.orgWords) ||
        t.has(F.notPerson) ||
        t.has(F.titles) ||
        t.has(F.places)
      )
        cut = k + 1;
    });
    const personLike = run.length - cut >= 2;
    if (!personLike)
      return {
        s,
        e,
        kind: "descriptor",
        ns: -1,
        ne: -1,
        head: roles[roles.length - 1]!,
        roles,
        indefinite,
      };
  }
  if (
    ns < ne &&
    trailingLower.length > 0 &&
    POSSESSIVE_END.test(toks.at(ne - 1)!.w)
  ) {
    // `Trump's campaign`, `Gowdy's office`: the possessor's body speaks, as written
    const tail = trailingLower[trailingLower.length - 1]!;
    if (tail.has(F.bodies))
      return {
        s,
        e,
        kind: "descriptor",
        ns: -1,
        ne: -1,
        head: tail.l,
        roles,
        indefinite,
      };
  }
  if (
    ns < ne &&
    ne === e &&
    ns === s + 1 &&
    toks.lowerIs(s, "the") &&
    ne - ns <= 4 &&
    LEX.epithets.has(toks.at(e - 1)!.l)
  ) {
    // `the Massachusetts Democrat said`: a party epithet standing for a person named earlier
    return {
      s,
      e,
      kind: "title",
      ns: -1,
      ne: -1,
      head: toks.at(e - 1)!.l,
      roles,
      indefinite,
    };
  }
  if (ns < ne && trailingLower.length > 1) {
    // `the Paris prosecutor's office`, `the Ohio governor's spokesman`: the run only modifies a
    // lower-case possessor, so the body or person is the whole phrase, as written
    const owner = trailingLower.findIndex((t) => POSSESSIVE_S.test(t.w));
    if (owner >= 0 && owner < trailingLower.length - 1) {
      const tail = trailingLower[trailingLower.length - 1]!;
      return {
        s,
        e,
        kind: "descriptor",
        ns: -1,
        ne: -1,
        head: tail.l,
        roles,
        indefinite,
      };
    }
  }
  if (ns < ne) {
    const runLast = toks.at(ne - 1)!;
    // `the Indiana governor`, `the PCB chief`: a run followed by a lower-case title
    // (an empty list is not read at index -1: a negative index leaves the array fast path)
    const tail =
      trailingLower.length > 0
        ? trailingLower[trailingLower.length - 1]
        : undefined;
    const trailTitle = trailingLower.find(
      (t) => t.has(F.titles) && !t.has(F.orgWords),
    );
    if (
      trailTitle &&
      !(tail && tail.has(F.titles)) &&
      !isOrgRun(toks, ns, ne)
    ) {
      // `the American manager of the mission`: a title phrase, not a name
      return {
        s,
        e,
        kind:
          indefinite || trailTitle.has(F.descriptive)
            ? "descriptor"
            : "title",
        ns: -1,
        ne: -1,
        head: trailTitle.l,
        roles,
        indefinite,
      };
    }
    if (tail && tail.has(F.titles) && !tail.has(F.orgWords)) {
      return {
        s,
        e,
        kind:
          indefinite || tail.has(F.descriptive) ? "descriptor" : "title",
        ns: -1,
        ne: -1,
        head: tail.l,
        roles,
        indefinite,
      };
    }
    // strip titles, honorifics, places and possessives in front of the name
    let k = ns;
    let titled = false;
    let byPlace = true;
    // (read from the token columns)
    for (let m = ns; m < ne - 1; m++) {
      if (!toks.isWord(m)) {
        if (
          toks.punct(m) === 0x2e &&
          m > ns &&
          toks.hasAt(m - 1, F.abbrev) &&
          toks.end(m - 1) - toks.start(m - 1) > 1
        )
          k = m + 1;
        continue;
      }
      const f = toks.flagsIn(m, F.titles | F.honorifics | F.places | F.orgWords);
      if ((f & (F.titles | F.honorifics)) !== 0) {
        k = m + 1;
        titled = true;
      } else if ((f & F.places) !== 0 || possessiveAt(toks, m)) {
        k = m + 1;
        byPlace = true;
        continue;
      } else if ((f & F.orgWords) !== 0) k = m + 1;
      else continue;
      byPlace = false;
    }
    // `Attorney General of British Columbia Wally Oppal`: after `of`, a place of unknown length
    if (
      toks.lowerIs(ns - 1, "of") &&
      byPlace &&
      ne - k >= 3 &&
      toks.at(ne - 2)!.word
    )
      k = ne - 2;
    let restWords = 0;
    let restBad = false;
    for (let m = k; m < ne; m++) {
      if (!toks.isWord(m)) continue;
      restWords++;
      if (toks.hasAt(m, F.notPerson | F.orgWords)) restBad = true;
    }
    const restPerson = restWords > 0 && !restBad;
    if (
      !titled &&
      (isOrgRun(toks, ns, ne) ||
        (tail && tail.has(F.orgWords)) ||
        (k > ns && !restPerson && hasOrgWord(toks, ns, ne)))
    ) {
      return { s, e, kind: "org", ns, ne, head: runLast.l, roles, indefinite };
    }
    if (indefinite && trailingLower.length > 0)
      return {
        s,
        e,
        kind: "descriptor",
        ns: -1,
        ne: -1,
        head: toks.at(e - 1)!.l,
        roles,
        indefinite,
      };

    return {
      s,
      e,
      kind: "name",
      ns: k,
      ne,
      head: toks.at(ne - 1)!.l,
      roles,
      indefinite,
    };
  }
  // no name: a title, an organisation noun, or a descriptor
  const first = toks.at(s)!;
  const last = toks.at(e - 1)!;
  const headTok =
    trailingLower.length > 0 ? trailingLower[trailingLower.length - 1]! : last;
  const head = headTok.l;
  const determined = first.has(F.determiners) || first.has(F.quantifiers);
  if (
    !indefinite &&
    determined &&
    LEX.orgHeads.has(head) &&
    !LEX.titles.has(head)
  ) {
    return { s, e, kind: "org", ns: -1, ne: -1, head, roles, indefinite };
  }
  if (
    !indefinite &&
    determined &&
    LEX.titles.has(head) &&
    !LEX.descriptive.has(head)
  ) {
    return { s, e, kind: "title", ns: -1, ne: -1, head, roles, indefinite };
  }
  if (
    indefinite ||
    determined ||
    LEX.titles.has(head) ||
    LEX.orgHeads.has(head) ||
    S_END.test(head) ||
    LEADING_DIGIT.test(first.w)
  ) {
    if (
      e - s === 1 &&
      !LEX.titles.has(head) &&
      !LEX.orgHeads.has(head) &&
      !LEX.descriptive.has(head)
    )
      return null;
    return {
      s,
      e,
      kind: "descriptor",
      ns: -1,
      ne: -1,
      head,
      roles,
      indefinite,
    };
  }
  return null;
}

/** True for an all-capital acronym of 2 to 6 letters (`FDA`, `NHC`, `KCNA`). */
export function isAcronym(t: Tok): boolean {
  return t.up && t.w.length <= 6;
}

/** True when the run `toks[ns, ne)` names an organisation (`National Hurricane Center`, `Ministry of Defence`). */
export function isOrgRun(
  toks: Toks,
  ns: number,
  ne: number,
): boolean {
  let end = ne;
  while (end > ns + 1 && !toks.isWord(end - 1)) end--;
  // read from the columns: `last` is a word, or the run's first token
  const last = end - 1;
  if (toks.hasAt(last, F.orgWords)) return true;
  for (let k = ns + 1; k < ne; k++)
    if (toks.lowerIs(k, "of") && toks.hasAt(k - 1, F.orgWords)) return true;
  // isAcronym(last) && last.w.length >= 2
  const len = toks.end(last) - toks.start(last);
  if (ne - ns === 1 && toks.isUp(last) && len <= 6 && len >= 2) return true;
  return false;
}

function hasOrgWord(toks: Toks, ns: number, ne: number): boolean {
  for (let k = ns; k < ne; k++) if (toks.hasAt(k, F.orgWords)) return true;
  return false;
}

/** {@link POSSESSIVE_S} of token `k` (in range), read from the text: it ends in `'s` or `’s`. */
function possessiveAt(toks: Toks, k: number): boolean {
  const z = toks.end(k);
  if (z - toks.start(k) < 2 || toks.charAt(z - 1) !== 0x73) return false;
  const c = toks.charAt(z - 2);
  return c === 0x27 || c === 0x2019;
}

/** True for a speech noun preceded by a possessive name (`Prachi's comment`). */
export function isSpeechNoun(t: Tok): boolean {
  return t.word && !t.cap && t.has(F.speechNouns);
}

/** True for a participle speech verb (`saying`, `adding`). */
export function isParticiple(t: Tok): boolean {
  return t.has(F.participles);
}
