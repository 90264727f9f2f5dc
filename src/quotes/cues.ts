import {
  ING_END,
  LY_END,
  LEADING_DIGIT,
  PAST_TENSE,
  POSSESSIVE_S,
} from "./attributionPatterns.ts";
import {
  EVALUATIVE_VERBS,
  ISSUED_NOUNS,
  OBJECT_PREPOSITIONS,
  OBJECT_VERBS,
  PARTICIPLE_SUBORDINATORS,
} from "./attributionData.ts";
import { F, type Tok, type Toks } from "./attributionTokens.ts";
import {
  isAccordingTo,
  isParticiple,
  isQuoteMark,
  isSpeechNoun,
  isVerbAt,
  type Mention,
  readMentionAfter,
  readMentionBefore,
  readNpLeft,
  isPlaceOnly as isPlaceOnlyMention,
} from "./mentions.ts";

const OBJ = /* @__PURE__ */ new Set<string>(OBJECT_VERBS);
const EVALUATIVE = /* @__PURE__ */ new Set<string>(EVALUATIVE_VERBS);
const ISSUED = /* @__PURE__ */ new Set<string>(ISSUED_NOUNS);
const OBJECT_PREPS = /* @__PURE__ */ new Set<string>(OBJECT_PREPOSITIONS);
/** Words that put a participle under the main clause (`by saying`, `after telling`, `while adding`). */
const SUBORDINATORS = /* @__PURE__ */ new Set<string>(PARTICIPLE_SUBORDINATORS);
const PRONOUN_SET = { he: 1, she: 1, they: 1, it: 1, we: 1 } as const;

/**
 * Where one quote sits among the tokens: the opening mark `o`, the first inner token `is`, the
 * end of the inner tokens `ie`, the first token after the closing mark `a`, plus the bounds of the
 * writer's text around it (`b0` start of the sentence before the quote, `aEnd` end of the clause
 * after it).
 *
 * @internal
 */
export interface QuoteFrame {
  readonly o: number;
  readonly is: number;
  readonly ie: number;
  readonly a: number;
  readonly b0: number;
  readonly aEnd: number;
  /** Start of the sentence (ignoring earlier quotes in it). */
  readonly s0: number;
  readonly partial: boolean;
  /** A new paragraph starts right after the closing mark. */
  readonly breakAfter: boolean;
}

/** A cue found for a quote: the mention it uses, the cue tokens `[cs, ce)` and the rule id. */
export interface CueHit {
  readonly mention: Mention;
  readonly cs: number;
  readonly ce: number;
  readonly rule: string;
}

function isDash(t: Tok | undefined): boolean {
  return (
    !!t &&
    !t.word &&
    (t.w === "-" || t.w === "\u2013" || t.w === "\u2014" || t.w === "\u2015")
  );
}

/** Extends a verb token to its cue phrase: `told the BBC`, `said in a statement`, `according to`. */
function cueEnd(toks: Toks, v: number, hi: number): number {
  let e = v + 1;
  const t = toks.at(v)!;
  if (t.l === "according") return v + 2;
  if (
    (t.l === "went" ||
      t.l === "goes" ||
      t.l === "pointed" ||
      t.l === "points" ||
      t.l === "put" ||
      t.l === "puts" ||
      t.l === "fired" ||
      t.l === "shot") &&
    toks.at(e)?.word
  )
    e++;
  if (OBJ.has(t.l)) {
    // the audience: `told the BBC`, `told reporters`, `told a news conference`
    let k = e;
    let words = 0;
    while (k < hi && words < 5) {
      const u = toks.at(k)!;
      if (
        !u.word ||
        (words > 0 &&
          (u.has(F.time) ||
            u.l === "that" ||
            u.l === "when" ||
            u.l === "after"))
      )
        break;
      if (
        u.l === "that" ||
        u.l === "on" ||
        u.l === "in" ||
        u.l === "of" ||
        u.l === "at"
      )
        break;
      k++;
      words++;
    }
    e = k;
  }
  // `said in a statement`, `said in its latest advisory`
  if (toks.lowerIs(e, "in") && e + 2 < hi) {
    for (let k = e + 1; k < Math.min(hi, e + 5); k++) {
      const l = toks.at(k)!.l;
      if (
        l === "statement" ||
        l === "advisory" ||
        l === "interview" ||
        l === "post" ||
        l === "tweet" ||
        l === "release" ||
        l === "letter"
      )
        return k + 1;
      if (!toks.at(k)!.word) break;
    }
  }
  return e;
}

/**
 * A cue right after the closing mark: `..." she added.`, `..." said X, a spokesman.`,
 * `..." Kallas said.`, `..." RFS spokesman Alex Chesser told AAP.`, `..." according to X`, or a
 * pull-quote dash attribution (`– Canada coach David Clark after ...`, also on the next line).
 *
 * @param toks - The story's tokens.
 * @param f - The quote's frame.
 * @returns The cue and its mention, or null.
 * @internal
 */
export function cueAfter(toks: Toks, f: QuoteFrame): CueHit | null {
  let k = f.a;
  let first = toks.at(k);
  if (!first) return null;
  // `... hauled in.` then `—Valeska Paris` on a line of its own
  if (
    !first.word &&
    (first.w === "." || first.w === ",") &&
    isDash(toks.at(k + 1)) &&
    toks.at(k + 1)!.brk >= 1
  ) {
    k++;
    first = toks.at(k)!;
  }
  // pull-quote dash attribution
  if (isDash(first) && first.brk <= 2) {
    let d = k + 1;
    while (isDash(toks.at(d)) && d < k + 3) d++;
    let hi = d;
    while (hi < toks.length && hi < d + 16 && toks.at(hi)!.brk === 0) hi++;
    if (hi === d && toks.at(d)) hi = d + 1;
    const m = readMentionAfter(toks, d, hi);
    if (m && (m.kind === "name" || m.kind === "org" || m.kind === "title"))
      return { mention: m, cs: k, ce: d, rule: "quotes/dash" };
    return null;
  }
  if (first.brk >= 1 && !(first.word && first.brk === 1)) return null;
  if (first.brk === 1 && f.breakAfter) {
    // hard-wrapped copy: `"..."` then `Malmgreen said.` at the start of the next line
    for (let v = k + 1; v < Math.min(toks.length, k + 6); v++) {
      if (toks.at(v)!.brk >= 1) break;
      if (!isVerbAt(toks, v)) continue;
      const m = readMentionBefore(toks, v, k);
      const ce = cueEnd(toks, v, toks.length);
      const next = toks.at(ce);
      if (m && m.s === k && m.kind !== "descriptor" && (!next || !next.word))
        return { mention: m, cs: v, ce, rule: "quotes/after" };
      break;
    }
    return null;
  }
  // a fragment that closes its sentence (`... “stop its escapades.” The agency said`)
  const lastInner = toks.at(f.ie - 1);
  if (
    (f.partial || f.b0 < f.o) &&
    lastInner &&
    isTerminalMark(lastInner) &&
    first.cap
  )
    return null;
  if (!first.word && (first.w === "," || first.w === ":")) k++;
  const hi = f.aEnd;
  if (k >= hi) return null;
  if (isVerbAt(toks, k) && !isParticiple(toks.at(k)!)) {
    const m = readMentionAfter(toks, k + 1, hi);
    if (m)
      return {
        mention: m,
        cs: k,
        ce: cueEnd(toks, k, hi),
        rule: "quotes/after-verb-first",
      };
  }
  if (isAccordingTo(toks, k)) {
    const m = readMentionAfter(toks, k + 2, hi);
    if (m) return { mention: m, cs: k, ce: k + 2, rule: "quotes/according-to" };
  }
  for (let v = k + 1; v < Math.min(hi, k + 50); v++) {
    if (!isVerbAt(toks, v)) continue;
    const m = readMentionBefore(toks, v, k);
    if (m && m.s === k)
      return {
        mention: m,
        cs: v,
        ce: cueEnd(toks, v, hi),
        rule: "quotes/after",
      };
    break;
  }
  // an unlisted verb right after a quote that ends in a comma: `," Toomey fumed.`, `," scoffed Ann Gil`
  const inner = toks.at(f.ie - 1);
  if (
    inner &&
    !inner.word &&
    (inner.w === "," || inner.w === "?" || inner.w === "!")
  ) {
    if (looseVerbAt(toks, k)) {
      const m = readMentionAfter(toks, k + 1, hi);
      if (
        m &&
        (m.kind === "name" ||
          m.kind === "pronoun" ||
          (m.kind === "org" && m.ns >= 0))
      )
        return {
          mention: m,
          cs: k,
          ce: k + 1,
          rule: "quotes/after-verb-first",
        };
    }
    for (let v = k + 1; v < Math.min(hi, k + 6); v++) {
      if (!looseVerbAt(toks, v)) continue;
      const m = readMentionBefore(toks, v, k);
      const after = toks.at(v + 1);
      if (
        m &&
        m.s === k &&
        (m.kind === "name" || m.kind === "pronoun") &&
        (!after || !after.word || v + 1 >= hi)
      ) {
        return { mention: m, cs: v, ce: v + 1, rule: "quotes/after" };
      }
      break;
    }
  }
  return null;
}

function isTerminalMark(t: Tok): boolean {
  return !t.word && (t.w === "." || t.w === "!" || t.w === "?");
}

/** A lower-case past-tense word (`fumed`, `scoffed`, `pressed`): a speech verb only right next to a quote. */
function isLooseVerb(t: Tok): boolean {
  return t.word && !t.cap && t.w.length > 4 && PAST_TENSE.test(t.l);
}

/** {@link isLooseVerb} of token `k` (false outside the tokens), its word read only past the column checks. */
function looseVerbAt(toks: Toks, k: number): boolean {
  return (
    k >= 0 &&
    k < toks.length &&
    toks.isWord(k) &&
    !toks.isCap(k) &&
    toks.end(k) - toks.start(k) > 4 &&
    isLooseVerb(toks.at(k)!)
  );
}

/**
 * A cue before the opening mark in the same sentence: `X said: "..."`, `X told reporters that
 * "..."`, `X said it was "a disaster"`, `According to X, ... "..."`, `..., saying "..."` (the
 * main clause's subject), `Prachi's comment that "..."`.
 *
 * @param toks - The story's tokens.
 * @param f - The quote's frame.
 * @param lo - First token the cue may use.
 * @param end - The opening mark's token (exclusive bound).
 * @returns The cue and its mention, or null.
 * @internal
 */
export function cueBefore(
  toks: Toks,
  f: QuoteFrame,
  lo: number,
  end: number,
): CueHit | null {
  let possessive: CueHit | null = null;
  for (let v = end - 1; v >= lo; v--) {
    // every rule below reads a speech verb, a speech noun or `to`: other words are passed from
    // the token columns, with no token object
    if (!toks.isWord(v) || (!toks.hasAt(v, F.verbs | F.speechNouns) && !toks.lowerIs(v, "to"))) continue;
    const t = toks.at(v)!;
    // `Said Dorothy Poynter, who grew up with him, "..."`: a verb opening the sentence
    if (t.cap && v === lo && t.has(F.verbs) && !isParticiple(t)) {
      const m = readMentionAfter(toks, v + 1, end);
      if (m && m.kind !== "descriptor")
        return { mention: m, cs: v, ce: v + 1, rule: "quotes/before-inverted" };
      continue;
    }
    if (t.l === "to" && toks.lowerIs(v - 1, "according") && v - 1 >= lo) {
      const m = readMentionAfter(toks, v + 1, end);
      if (m && m.kind !== "pronoun")
        return {
          mention: m,
          cs: v - 1,
          ce: v + 1,
          rule: "quotes/according-to",
        };
      continue;
    }
    if (isSpeechNoun(t) && v - 1 >= lo && POSSESSIVE_S.test(toks.at(v - 1)!.w)) {
      // kept only if no speech verb stands further left (`Ryan said Obama's words were "..."`)
      const m = readNpLeft(toks, v - 1, lo);
      if (m && (m.kind === "name" || m.kind === "org") && !possessive)
        possessive = {
          mention: m,
          cs: v,
          ce: v + 1,
          rule: "quotes/possessive-noun",
        };
      continue;
    }
    if (!t.cap && t.has(F.verbs) && toks.lowerIs(v - 1, "to") && v - 1 > lo) {
      // `Mr. Trump was prompted to say, "..."`: the nearest name before the infinitive
      for (let k = v - 2; k >= lo && k >= v - 10; k--) {
        const u = toks.at(k)!;
        if (!u.word || !(u.cap || (u.e - u.s <= 4 && Object.hasOwn(PRONOUN_SET, u.l)))) continue;
        const m2 = readNpLeft(toks, k, lo);
        // `Trump took to Twitter to accuse`: a name after a preposition is no subject
        const lead = m2 && m2.s - 1 >= lo ? toks.at(m2.s - 1) : undefined;
        if (m2 && lead && lead.word && !lead.cap && OBJECT_PREPS.has(lead.l)) {
          k = m2.s - 1;
          continue;
        }
        if (
          m2 &&
          (m2.kind === "name" || m2.kind === "pronoun" || m2.kind === "org")
        )
          return {
            mention: m2,
            cs: v - 1,
            ce: v + 1,
            rule: "quotes/infinitive",
          };
        break;
      }
      continue;
    }
    if (!isVerbAt(toks, v)) continue;
    // `X condemned Y's comment that "..."`: an evaluating verb leaves the words to Y, but not
    // when the quote is the evaluator's label (`X denounced Y's remarks as "hurtful"`)
    if (possessive && EVALUATIVE.has(t.l) && !afterAs(toks, end, lo)) return possessive;
    let m: Mention | null = null;
    const before = toks.at(v - 1);
    if (
      (isParticiple(t) &&
        (before?.w === "," ||
          v === lo ||
          SUBORDINATORS.has(before?.l ?? ""))) ||
      (before && (before.l === "and" || before.l === "but") && v - 1 >= lo)
    ) {
      m = mainClauseSpeaker(toks, f.s0, v);
      if (!m && isParticiple(t)) return possessive;
    } else {
      m = readMentionBefore(toks, v, lo);
      if (!m && (v === lo || before?.w === ",") && toks.at(v + 1)?.cap)
        m = readMentionAfter(toks, v + 1, end);
      // `Trump issued a statement saying`: the thing issued is the object, its issuer speaks
      if (m && isParticiple(t) && isObjectOfVerb(toks, m, lo)) {
        const subject = mainClauseSpeaker(toks, f.s0, m.s - 1);
        if (
          subject &&
          subject.e <= m.s - 1 &&
          subject.kind !== "descriptor"
        )
          m = subject;
      }
    }
    if (m)
      return {
        mention: m,
        cs: v,
        ce: cueEnd(toks, v, end),
        rule: isParticiple(t) ? "quotes/participle" : "quotes/before",
      };
  }
  if (possessive) return possessive;
  // `Wally Oppal spoke out against the group: "..."`: the subject of a sentence ending in a colon
  const colon = toks.at(end - 1);
  if (colon && colon.w === ":" && end - 1 > lo) {
    // `... doesn't surprise pollster Daron Shaw: "..."`: a name right before the colon
    const named = readNpLeft(toks, end - 2, lo);
    if (named && named.kind === "name" && named.e === end - 1)
      return { mention: named, cs: end - 1, ce: end, rule: "quotes/colon" };
    const m = sentenceSubject(toks, f.s0 > lo ? f.s0 : lo, end - 1);
    if (m && m.kind !== "descriptor")
      return { mention: m, cs: end - 1, ce: end, rule: "quotes/colon" };
  }
  // `Clinton shared her worry with donors, "..."`, `Trump also embraced torture -- "..."`
  if (
    colon &&
    !f.partial &&
    (colon.w === "," ||
      colon.w === "\u2014" ||
      colon.w === "\u2013" ||
      colon.w === "-") &&
    end - 1 > lo
  ) {
    const m = sentenceSubject(toks, f.s0 > lo ? f.s0 : lo, end - 1);
    if (m && (m.kind === "name" || m.kind === "pronoun"))
      return { mention: m, cs: end - 1, ce: end, rule: "quotes/lead-in" };
  }
  return null;
}

/** True when `as` or `as a`/`as an` stands right before the opening mark at `end`. */
function afterAs(toks: Toks, end: number, lo: number): boolean {
  const a = toks.at(end - 1);
  if (!a || end - 1 < lo) return false;
  if (a.l === "as") return true;
  return (a.l === "a" || a.l === "an") && end - 2 >= lo && toks.lowerIs(end - 2, "as");
}

/**
 * True when a descriptor read before a participle is a text sent out by the verb before it (`issued
 * a statement saying`, `sent out a press release saying`): its head is an {@link ISSUED_NOUNS}
 * word, a determiner opens it and a lower-case word that is no preposition stands right before
 * (`saw the suspect screaming` keeps the suspect).
 */
function isObjectOfVerb(toks: Toks, m: Mention, lo: number): boolean {
  if (m.kind !== "descriptor" || m.s - 2 < lo || !ISSUED.has(m.head)) return false;
  const det = toks.at(m.s)!;
  const verb = toks.at(m.s - 1)!;
  return (
    det.word &&
    (det.has(F.determiners) || det.has(F.quantifiers)) &&
    verb.word &&
    !verb.cap &&
    !verb.has(F.preps) &&
    !verb.has(F.determiners) &&
    !verb.has(F.verbs) &&
    verb.l !== "and" &&
    verb.l !== "or" &&
    verb.l !== "that" &&
    verb.l !== "who"
  );
}

/**
 * A cue later in the same clause: `"credible and robust" guarantees, Kallas, however, admitted`,
 * `"..." and disputes should go to court, Ambassador X said`.
 *
 * @param toks - The story's tokens.
 * @param f - The quote's frame.
 * @returns The cue and its mention, or null.
 * @internal
 */
export function cueLater(toks: Toks, f: QuoteFrame): CueHit | null {
  // not past a paragraph break, nor into a new sentence after a quote that closed its own
  if (f.breakAfter) return null;
  const lastInner = toks.at(f.ie - 1);
  if (lastInner && isTerminalMark(lastInner) && toks.at(f.a)?.cap) return null;
  for (let v = f.a; v < f.aEnd; v++) {
    if (isAccordingTo(toks, v)) {
      const m = readMentionAfter(toks, v + 2, f.aEnd);
      if (m && m.kind !== "pronoun")
        return { mention: m, cs: v, ce: v + 2, rule: "quotes/according-to" };
    }
    if (!isVerbAt(toks, v) || isParticiple(toks.at(v)!)) continue;
    const m =
      readMentionBefore(toks, v, f.a) ??
      (toks.at(v - 1)?.w === "," ? readMentionAfter(toks, v + 1, f.aEnd) : null);
    if (m)
      return {
        mention: m,
        cs: v,
        ce: cueEnd(toks, v, f.aEnd),
        rule: "quotes/later",
      };
    return null;
  }
  return null;
}

/**
 * Lead-in words that open a phrase before the subject (`Meanwhile,`, `In Geneva,`, `Speaking to
 * reporters,`, `Shortly after the call ended,`): an adverb in `-ly` counts only before a
 * subordinator (`after`, `before`, `when`), so a name like `Kelly` stays a subject.
 */
function isLeadIn(t: Tok, next: Tok | undefined): boolean {
  if (
    t.word &&
    t.cap &&
    next &&
    next.word &&
    !next.cap &&
    SUBORDINATORS.has(next.l) &&
    LY_END.test(t.l)
  )
    return true;
  if (
    t.word &&
    (t.has(F.time) ||
      (next &&
        (next.l === "later" || next.l === "ago" || next.l === "earlier")))
  )
    return true;
  return (
    t.word &&
    (t.has(F.notName) || ING_END.test(t.l)) &&
    !(
      t.l === "he" ||
      t.l === "she" ||
      t.l === "they" ||
      t.l === "it" ||
      t.l === "we" ||
      t.l === "the" ||
      t.l === "a" ||
      t.l === "an"
    )
  );
}

/**
 * The speaker of the main clause a participle (`..., saying "..."`) or a coordinated verb hangs on:
 * the subject of the nearest finite speech verb before it (`she said, stressing`), else the
 * sentence's opening subject.
 */
function mainClauseSpeaker(
  toks: Toks,
  s0: number,
  v: number,
): Mention | null {
  for (let k = v - 1; k >= s0 && v - k < 40; k--) {
    if (!isVerbAt(toks, k) || isParticiple(toks.at(k)!)) continue;
    const m =
      readMentionBefore(toks, k, s0) ?? readMentionAfter(toks, k + 1, v);
    if (m) return m;
    break;
  }
  return sentenceSubject(toks, s0, v);
}

/** The subject that opens the sentence `[s0, v)`, after an optional lead-in phrase ending in a comma. */
export function sentenceSubject(
  toks: Toks,
  s0: number,
  v: number,
): Mention | null {
  let s = s0;
  // skip a dateline (`SEOUL, Sept. 5 (UPI) -- ...`)
  for (let k = s0; k < v && k < s0 + 14; k++) {
    const t = toks.at(k)!;
    if (
      !t.word &&
      (t.w === "\u2014" ||
        t.w === "\u2013" ||
        (t.w === "-" && toks.at(k + 1)?.w === "-"))
    ) {
      s = t.w === "-" ? k + 2 : k + 1;
      break;
    }
  }
  while (s < v && !toks.at(s)!.word) s++;
  for (
    let round = 0;
    round < 3 &&
    s < v &&
    (isLeadIn(toks.at(s)!, toks.at(s + 1)) || LEADING_DIGIT.test(toks.at(s)!.w));
    round++
  ) {
    let c = s;
    while (c < v && c < s + 25 && toks.at(c)!.w !== ",") c++;
    if (c < v && toks.at(c)!.w === ",") s = c + 1;
    else break;
  }
  const m = readMentionAfter(toks, s, v);
  return m;
}

/** True when the transcript form `NAME: ...` opens the quote (`WALLACE: Let's start ...`). */
export function transcriptSpeaker(
  toks: Toks,
  f: QuoteFrame,
): Mention | null {
  let k = f.is;
  while (
    k < f.ie &&
    k < f.is + 3 &&
    toks.at(k)!.word &&
    toks.at(k)!.cap &&
    toks.at(k)!.up
  )
    k++;
  if (k === f.is || toks.at(k)?.w !== ":") return null;
  return {
    s: f.is,
    e: k,
    kind: "name",
    ns: f.is,
    ne: k,
    head: toks.at(k - 1)!.l,
    roles: [],
    indefinite: false,
  };
}

/** True for a quotation-mark token. */
export function isMark(t: Tok | undefined): boolean {
  return !!t && !t.word && isQuoteMark(t.w);
}

/**
 * The writer's sentence around a fragment names its speaker as its subject even without a listed
 * verb (`Bush referred to Rubio as "a bright, charismatic leader"`): the opening subject, when it
 * is a name, a pronoun or an organisation.
 *
 * @internal
 */
export function fragmentSubject(
  toks: Toks,
  f: QuoteFrame,
): CueHit | null {
  if (f.b0 >= f.o) return null;
  const m = sentenceSubject(toks, f.s0, f.o);
  if (!m || (m.kind !== "name" && m.kind !== "pronoun")) return null;
  if (m.kind === "name" && (isPlaceOnlyMention(toks, m) || toks.at(m.ns)!.up))
    return null;
  return { mention: m, cs: m.e, ce: m.e, rule: "quotes/fragment-subject" };
}
