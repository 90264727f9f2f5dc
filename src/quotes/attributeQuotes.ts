import {
  AGE_HEAD,
  FOLDED_POSSESSIVE,
  POSSESSIVE_S,
  SPACES,
  TRAILING_PUNCT,
} from "./attributionPatterns.ts";
import type { Doc } from "../_lib/doc.ts";
import { isSpace } from "../_lib/span.ts";
import {
  DOCUMENT_NOUNS,
  GROUP_TITLES,
  MODAL_WORDS,
  NEWS_SOURCE_WORDS,
  PUBLISHED_NOUNS,
  PUBLISHING_PARTICIPLES,
} from "./attributionData.ts";
import { F, TOKEN_WORD, tokenAt, tokenAtFrom, tokenize, type Tok, type Toks } from "./attributionTokens.ts";
import {
  cueAfter,
  cueBefore,
  cueLater,
  type CueHit,
  fragmentSubject,
  type QuoteFrame,
  transcriptSpeaker,
} from "./cues.ts";
import type { QuoteSpan } from "./findQuoteSpans.ts";
import {
  classify,
  isAcronym,
  isQuoteMarkCode,
  isVerbAt,
  LEX,
  type Mention,
  readNpLeft,
} from "./mentions.ts";
import type { Quote, Speaker, SpeakerResolution } from "./schema.ts";
import {
  buildInventory,
  type Entity,
  entitiesWith,
  entityNamed,
  type Gender,
  type Inventory,
  type Layout,
  lookupAlias,
  type Sighting,
} from "./speakers.ts";

/** Nouns for a document that speaks for whoever issued it (`the post said`, `the statement said`). */
const DOC_NOUNS = /* @__PURE__ */ new Set<string>(DOCUMENT_NOUNS);

/** Groups whose words a named member speaks (`the Justices`). */
const GROUPS = /* @__PURE__ */ new Set<string>(GROUP_TITLES);
const PUBLISHED = /* @__PURE__ */ new Set<string>(PUBLISHED_NOUNS);
const NEWS_SOURCE = /* @__PURE__ */ new Set<string>(NEWS_SOURCE_WORDS);
const PUBLISHING = /* @__PURE__ */ new Set<string>(PUBLISHING_PARTICIPLES);
const MODALS = /* @__PURE__ */ new Set<string>(MODAL_WORDS);

/** The organisation an unnamed `the agency` stands for: the latest one that spoke nearby, else the next. */
function salientOrg(inv: Inventory, layout: Layout, at: number): Entity | null {
  const para = layout.paraAt(at);
  for (let k = before(inv.sightings, at) - 1; k >= 0; k--) {
    const s = inv.sightings[k]!;
    if (para - s.para > 3) break;
    const e = s.entity;
    if (e && e.kind === "org" && s.speaks) return e;
  }
  for (let k = before(inv.sightings, at + 1); k < inv.sightings.length; k++) {
    const s = inv.sightings[k]!;
    if (s.para - para > 2) break;
    const e = s.entity;
    if (e && e.kind === "org" && s.speaks) return e;
  }
  return null;
}

/** A speaker decided for one quote, kept for the quotes that follow. */
interface Decided {
  readonly speaker: Speaker;
  readonly entity: Entity | null;
  readonly tok: number;
  readonly para: number;
  readonly cue: CueHit | null;
}

function isTerminal(t: Tok | undefined): boolean {
  return !!t && !t.word && (t.w === "." || t.w === "!" || t.w === "?");
}

/** True for a `.`, `!` or `?` token, by its character ({@link Toks.punct}). */
function isTerminalCode(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

/**
 * Quote membership, paragraph and sentence of every token, in one pass over the token columns
 * (no token object is made but for the word before a full stop).
 */
function layoutOf(toks: Toks, spans: readonly QuoteSpan[]): Layout {
  const n = toks.length;
  // the layout lives in the tokens' buffer (a typed array's own store costs more than its fill)
  const layout = toks.newLayout();
  let prevQ = -1;
  let q = 0;
  let p = 0;
  let s = 0;
  // the current span's bounds; a token starting at or past `next` moves on to a later span (a span
  // is passed once its closing mark lies at or before the token)
  let open = Infinity;
  let shut = -Infinity;
  let next = -Infinity;
  // the columns are read directly in the common case
  const { starts, meta } = toks;
  for (let i = 0; i < n; i++) {
    const ts = starts[i]!;
    if (ts >= next) {
      while (q < spans.length && spans[q]!.close <= ts) q++;
      const sp = spans[q];
      open = sp ? sp.open : Infinity;
      shut = sp ? Math.max(sp.close, sp.end) : -Infinity;
      next = sp ? sp.close : Infinity;
    }
    const inside = ts >= open && ts < shut;
    const cur = inside ? q : -1;
    // most tokens follow a word on the same line outside a quote's end: nothing to count
    if (i > 0 && meta[i]! < 64 && (meta[i - 1]! & TOKEN_WORD) !== 0 && !(prevQ >= 0 && !inside)) {
      layout.set(i, cur, p, s);
      prevQ = cur;
      continue;
    }
    if (i > 0) {
      const prevInQ = prevQ >= 0;
      const brk = toks.brk(i);
      const pc = toks.punct(i - 1);
      if (
        brk === 2 ||
        (brk === 1 &&
          (isTerminalCode(pc) || isQuoteMarkCode(pc) || pc === 0x3a) &&
          !(toks.isWord(i) && !toks.isCap(i)))
      ) {
        p++;
        s++;
      } else if (!inside || prevQ !== q) {
        // a sentence ends after . ! ? (not an abbreviation or an initial) before a capital or a mark
        if (
          !prevInQ &&
          isTerminalCode(pc) &&
          (toks.isCap(i) || isQuoteMarkCode(toks.punct(i)) || brk > 0)
        ) {
          // (an abbreviation or an initial before the stop, read from the columns)
          const w = i - 2;
          if (!(w >= 0 && toks.isWord(w) && (toks.hasAt(w, F.abbrev) || (toks.end(w) - toks.start(w) === 1 && toks.isCap(w))))) s++;
        } else if (
          prevInQ &&
          !inside &&
          i >= 2 &&
          isTerminalCode(toks.punct(i - 2)) &&
          toks.isCap(i) &&
          brk === 0
        ) {
          s++;
        }
      }
    }
    layout.set(i, cur, p, s);
    prevQ = cur;
  }
  return layout;
}

function span(
  text: string,
  toks: Toks,
  s: number,
  e: number,
): { text: string; start: number; end: number } {
  const start = toks.at(s)!.s;
  const end = toks.at(e - 1)!.e;
  return { text: text.slice(start, end), start, end };
}

function textOf(toks: Toks, s: number, e: number): string {
  let out = "";
  for (let k = s; k < e; k++)
    out += (k > s && toks.at(k)!.s > toks.at(k - 1)!.e ? " " : "") + toks.at(k)!.w;
  return out;
}

/** A lower-cased word without its possessive `'s` (the regex runs only on a word ending so). */
function withoutFoldedPossessive(l: string): string {
  return l.endsWith("'s") ? l.replace(FOLDED_POSSESSIVE, "") : l;
}

function clean(name: string): string {
  if (isPlain(name)) return name;
  return name.replace(SPACES, " ").replace(POSSESSIVE_S, "").trim();
}

/** True when `name` has no space at its ends, no run of spaces, no other whitespace and no possessive `'s`. */
function isPlain(name: string): boolean {
  const n = name.length;
  if (n === 0) return true;
  let prevSpace = true;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (isSpace(c)) return false;
    else prevSpace = false;
  }
  if (prevSpace) return false;
  const a = n >= 2 ? name.charCodeAt(n - 2) : 0;
  return !((a === 0x27 || a === 0x2019) && name.charCodeAt(n - 1) === 0x73);
}

function compatible(ent: Entity, g: Gender): boolean {
  return !g || !ent.gender || ent.gender === g;
}

/**
 * Gives each quoted passage its cue and speaker.
 *
 * Per quote, in order: a cue right after the closing mark (`" she added`, `" said X`, `" X told
 * the BBC`, a dash attribution); the other half of a quote split by its cue; a cue before the
 * opening mark in the same sentence (`X said: "`, `X said it was "...`, `According to X,`,
 * `..., saying "`); a cue later in the clause; a `NAME:` transcript line; a lead-in paragraph
 * ending in a colon; else the speaker the story was last quoting. Mentions resolve to the fullest
 * name in the story's inventory: surnames to full names, pronouns to the most recent compatible
 * subject, titles (`the manager`) to the named holder, acronyms (`the NHC`) to the organisation.
 *
 * Speaker forms: full names with titles and roles dropped (`Russian President Vladimir Putin` →
 * `Vladimir Putin`), appositives (`X, the minister, said`), honorifics (`Datuk Seri`, `Mr.`),
 * organisations by their fullest name (`the NHC` → `National Hurricane Center`), descriptors as
 * written (`a spokesman for the federal prosecutor’s office`), pronouns by the story's evidence
 * (`Ms.`, `spokeswoman`, earlier pronoun use, the latest speaking subject), `the 77-year-old` by an
 * age appositive, `the pilot` by the fuller phrase written earlier.
 *
 * @param doc - The story, split into lines.
 * @param spans - The quoted passages found in it, in text order.
 * @returns One {@link Quote} per span, in the same order.
 * @example
 * ```ts
 * const text = 'EU foreign policy chief Kaja Kallas spoke in London.\n\n"Aggression will pay off," she added.';
 * const [q] = attributeQuotes(makeDoc(text), findQuoteSpans(makeDoc(text)));
 * q?.speaker; // { name: "Kaja Kallas", text: "she", resolvedBy: "pronoun", ... }
 * q?.cue?.text; // "added"
 * ```
 * @remarks Misses: coreference that needs world knowledge (`the court` → the judge), speakers
 * named only in a later paragraph for a bare `the spokesman`, quotes whose cue is a noun phrase
 * far from the quote (`a statement previously posted on X's website`), and annotation styles that
 * keep a title mention as written where this resolves it to the holder's name.
 * @internal
 */
export function attributeQuotes(
  doc: Pick<Doc, "text">,
  spans: readonly QuoteSpan[],
): Quote[] {
  const { text } = doc;
  if (spans.length === 0) return [];
  const toks = tokenize(text, quoteMiddles(text, spans));
  const layout = layoutOf(toks, spans);
  const inv = buildInventory(text, toks, layout);
  const frames = spans.map((sp, qi) => frameOf(toks, layout, sp, qi));
  const decided: (Decided | null)[] = [];
  const out: Quote[] = [];
  for (let qi = 0; qi < spans.length; qi++) {
    const sp = spans[qi]!;
    const f = frames[qi]!;
    let d: Decided | null = null;
    let rule = "quotes/unattributed";
    const prev = qi > 0 ? (decided[qi - 1] ?? null) : null;
    const prevFrame = qi > 0 ? frames[qi - 1]! : null;
    const hit = cueAfter(toks, f);
    if (hit) {
      d = decide(text, toks, layout, inv, hit, decided, f);
      if (d) rule = hit.rule;
    }
    if (
      !d &&
      prev &&
      prevFrame &&
      prev.cue &&
      prevFrame.a <= prev.cue.cs &&
      prev.cue.ce <= f.o &&
      layout.paraAt(prevFrame.a) === layout.paraAt(f.o) &&
      gapIsCueOnly(toks, Math.max(prev.cue.ce, prev.cue.mention.e), f.o)
    ) {
      d = { ...prev, cue: prev.cue };
      rule = "quotes/split";
    }
    if (!d) {
      const h = headlineSpeaker(toks, layout, f);
      if (h) {
        d = decide(text, toks, layout, inv, h, decided, f);
        if (d) rule = h.rule;
      }
    }
    if (!d) {
      const h = headlineVerbSpeaker(toks, layout, f);
      if (h) {
        d = decide(text, toks, layout, inv, h, decided, f);
        if (d) rule = h.rule;
      }
    }
    if (!d) {
      const t = transcriptSpeaker(toks, f);
      if (t) {
        d = decide(
          text,
          toks,
          layout,
          inv,
          { mention: t, cs: t.e, ce: t.e + 1, rule: "quotes/transcript" },
          decided,
          f,
        );
        if (d) rule = "quotes/transcript";
      }
    }
    if (!d && f.b0 < f.o) {
      const h = cueBefore(toks, f, f.b0, f.o);
      if (h) {
        d = decide(text, toks, layout, inv, h, decided, f);
        if (d) rule = h.rule;
      }
    }
    if (!d) {
      const h = cueLater(toks, f);
      if (h) {
        d = decide(text, toks, layout, inv, h, decided, f);
        if (d) rule = h.rule;
      }
    }
    if (
      !d &&
      f.b0 === f.o &&
      f.o > 0 &&
      toks.at(f.o - 1)!.w === ":" &&
      layout.paraAt(f.o - 1) !== layout.paraAt(f.o)
    ) {
      // `Caddell continued:` on the line before
      const end = f.o;
      let lo = end - 1;
      while (
        lo > 0 &&
        layout.sentAt(lo - 1) === layout.sentAt(end - 1) &&
        layout.quoteAt(lo - 1) < 0
      )
        lo--;
      const h = cueBefore(toks, { ...f, s0: lo }, lo, end);
      if (h) {
        d = decide(text, toks, layout, inv, h, decided, f);
        if (d) rule = "quotes/colon-paragraph";
      }
    }
    if (!d && (f.partial || f.b0 < f.o)) {
      const h = fragmentSubject(toks, f);
      if (h) {
        // only a person the story names (`Rain fell ...` names no one)
        const got = decide(text, toks, layout, inv, h, decided, f);
        if (
          got &&
          got.entity &&
          (got.entity.kind === "person" || got.entity.parts.length >= 2)
        ) {
          d = got;
          rule = h.rule;
        }
      }
    }
    if (!d) {
      const last = lastDecided(decided);
      const spoke = lastSpeechSighting(inv, layout, f.o, last ? last.tok : -1);
      if (spoke) {
        const t = toks.at(spoke.tok)!;
        d = {
          speaker: {
            text: text.slice(t.s, t.e),
            start: t.s,
            end: t.e,
            name: spoke.entity!.name,
            resolvedBy: "previous",
          },
          entity: spoke.entity,
          tok: spoke.tok,
          para: layout.paraAt(f.o),
          cue: null,
        };
        rule = "quotes/previous";
      } else if (last && layout.paraAt(f.o) - last.para <= 3) {
        d = {
          ...last,
          speaker: { ...last.speaker, resolvedBy: "previous" },
          cue: null,
        };
        rule = "quotes/previous";
      }
    }
    decided.push(d);
    out.push({
      text: text.slice(sp.start, sp.end),
      start: sp.start,
      end: sp.end,
      speaker: d?.speaker ?? null,
      cue:
        d?.cue &&
        d.cue.cs < d.cue.ce &&
        rule !== "quotes/previous" &&
        rule !== "quotes/transcript"
          ? span(text, toks, d.cue.cs, d.cue.ce)
          : null,
      partial: sp.partial,
      rule,
    });
  }
  return echoSpeakers(out);
}

/** A partial quote with no speaker of its own: none, carried over, or a group (`the Justices ruled`). */
function echoable(q: Quote): boolean {
  const sp = q.speaker;
  if (!sp || sp.resolvedBy === "previous") return true;
  // the last space-separated word, lower-cased (lower-casing never adds or drops a space)
  return GROUPS.has(sp.text.slice(sp.text.lastIndexOf(" ") + 1).toLowerCase());
}

/** Rules whose speaker was read from a cue, not carried over. */
function isCueRule(rule: string): boolean {
  return rule !== "quotes/previous" && rule !== "quotes/unattributed";
}

/**
 * A partial quote of three or more words that recurs inside a full quote nearby (`ruling it had
 * "no prospect of success"` ... `Justice X said, "An appeal would enjoy no prospect of success."`)
 * takes the full quote's speaker when it has none of its own or only a group's (`the Justices`). Compares each partial quote with at
 * most 12 full quotes on either side.
 */
function echoSpeakers(quotes: Quote[]): Quote[] {
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    if (!q.partial || !echoable(q)) continue;
    const words = q.text.trim().replace(TRAILING_PUNCT, "");
    if (words.length < 12 || words.split(" ").length < 3) continue;
    for (let k = Math.max(0, i - 12); k < quotes.length && k <= i + 12; k++) {
      const full = quotes[k]!;
      if (
        k === i ||
        full.partial ||
        !full.speaker ||
        !isCueRule(full.rule ?? "") ||
        full.text.length <= words.length ||
        !full.text.includes(words)
      )
        continue;
      if (q.speaker?.name !== full.speaker.name) {
        quotes[i] = {
          ...q,
          speaker: { ...full.speaker, resolvedBy: "previous" },
          cue: null,
          rule: "quotes/echo",
        };
      }
      break;
    }
  }
  return quotes;
}

/** True when nothing but a few words without a second speech verb lies between a cue and the next quote. */
function gapIsCueOnly(toks: Toks, from: number, to: number): boolean {
  if (to - from > 40) return false;
  for (let k = from; k < to; k++) {
    const t = toks.at(k)!;
    // the cue's sentence may go on (`Hooton said after Rubio spoke.`), but no new sentence may start
    if (
      isTerminal(t) &&
      k + 1 < to &&
      toks.slice(k + 1, to).some((u) => u.word)
    )
      return false;
    if (t.w === ":" && k + 1 < to) return false;
  }
  return true;
}

/** The latest mention of a named speaker (`Carter said ...`) after token `after` and before the quote, within the previous paragraph. */
function lastSpeechSighting(
  inv: Inventory,
  layout: Layout,
  o: number,
  after: number,
): Sighting | null {
  const para = layout.paraAt(o);
  for (let k = before(inv.sightings, o) - 1; k >= 0; k--) {
    const s = inv.sightings[k]!;
    if (s.tok >= o) continue;
    if (s.tok <= after || para - s.para > 1) break;
    // (a lone word that names no one has no entity: passed over)
    if (s.entity && s.speaks) return s;
  }
  return null;
}

/** `Milbank: Republicans ‘waving the flag’`: a line that opens with a name and a colon. */
function headlineSpeaker(
  toks: Toks,
  layout: Layout,
  f: QuoteFrame,
): CueHit | null {
  let s = f.o;
  const para = layout.paraAt(f.o);
  // (read from the token columns)
  while (
    s > 0 &&
    layout.paraAt(s - 1) === para &&
    f.o - s < 30 &&
    toks.brk(s) === 0
  )
    s--;
  let k = s;
  while (
    k < f.o &&
    k < s + 6 &&
    ((toks.isWord(k) && toks.isCap(k)) ||
      (toks.punct(k) === 0x2e && LEX.abbrev.has(toks.at(k - 1)?.l ?? "")))
  )
    k++;
  // `Obama on Climate Change: The Trends Are 'Terrifying.'`: the topic after `on` up to the colon
  let c = k;
  if (k > s && k < f.o && toks.lowerIs(k, "on") && !toks.at(k)!.cap) {
    c = k + 1;
    while (c < f.o && c < k + 7 && toks.at(c)!.word && toks.at(c)!.cap) c++;
  }
  if (k === s || c >= f.o || toks.at(c)!.w !== ":" || toks.at(c + 1)?.brk)
    return null;
  const m = classify(toks, s, k);
  if (!m || (m.kind !== "name" && m.kind !== "org")) return null;
  return { mention: m, cs: c, ce: c + 1, rule: "quotes/headline-colon" };
}

/** True for a capitalised speech verb of a Title Case headline (`Calls`, `Says`), not a participle. */
function isHeadlineVerb(t: Tok | undefined): boolean {
  return !!t && t.word && t.cap && !t.up && t.has(F.verbs) && !t.has(F.participles);
}

/** A mention that can speak in a headline: a name, an organisation or a title. */
function headlineMention(toks: Toks, v: number, lo: number): Mention | null {
  const m = readNpLeft(toks, v - 1, lo);
  return m && m.e === v && (m.kind === "name" || m.kind === "org" || m.kind === "title")
    ? m
    : null;
}

/**
 * The speaker of a quote in the story's first paragraph when it is a Title Case headline: the
 * subject of a capitalised speech verb before the quote (`Christie Calls Clinton ‘A Disgrace’`),
 * or of one closing the headline (`Trump ‘The Dealmaker’ Could Act, Lindsey Graham Says.`). Reads
 * at most 30 tokens either side.
 */
function headlineVerbSpeaker(
  toks: Toks,
  layout: Layout,
  f: QuoteFrame,
): CueHit | null {
  if (layout.paraAt(f.o) !== 0) return null;
  let s = f.o;
  while (s > 0 && layout.paraAt(s - 1) === 0 && f.o - s < 30) s--;
  for (let k = f.o - 1; k > s; k--) {
    const t = toks.at(k)!;
    // `Museum Will Tell`: a verb after a modal has the headline's object as its subject
    if (!isHeadlineVerb(t) || MODALS.has(toks.at(k - 1)!.l)) continue;
    const m = headlineMention(toks, k, s);
    if (m) return { mention: m, cs: k, ce: k + 1, rule: "quotes/headline-verb" };
    break;
  }
  let e = f.a;
  while (e < toks.length && layout.paraAt(e) === 0 && e - f.a < 30) e++;
  let v = e - 1;
  if (v > f.a && !toks.at(v)!.word) v--;
  if (v > f.a && isHeadlineVerb(toks.at(v))) {
    const m = headlineMention(toks, v, f.a);
    if (m) return { mention: m, cs: v, ce: v + 1, rule: "quotes/headline-verb" };
  }
  return null;
}

/** The middles of long quotes, cut at spaces: the rules read only a quote's first and last words. */
function quoteMiddles(
  text: string,
  spans: readonly QuoteSpan[],
): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let last = 0;
  for (const sp of spans) {
    if (sp.end - sp.start < 60 || sp.start < last) continue;
    const from = text.indexOf(" ", sp.start + 24);
    const to = text.lastIndexOf(" ", sp.end - 16);
    if (from > 0 && to > from + 20) {
      out.push({ from, to });
      last = to;
    }
  }
  return out;
}

/**
 * A fuller phrase for a bare `the pilot` written earlier (two paragraphs back at most) that ends in
 * the same head noun and names no one (`The affiliate's helicopter pilot`), as written.
 */
function phraseWithHead(
  toks: Toks,
  layout: Layout,
  m: Mention,
  at: number,
): string | null {
  const para = layout.paraAt(at);
  for (let k = m.s - 1; k >= 0 && at - k < 400; k--) {
    if (para - layout.paraAt(k) > 2) break;
    const t = toks.at(k)!;
    if (t.l !== m.head || layout.quoteAt(k) >= 0) continue;
    const np = readNpLeft(toks, k, Math.max(0, k - 8));
    if (
      !np ||
      np.e !== k + 1 ||
      np.e - np.s < 3 ||
      np.kind === "name" ||
      np.kind === "pronoun"
    )
      continue;
    let s = np.s;
    while (s < np.e && !toks.at(s)!.word) s++;
    return toks.slice(s, np.e).length > 0 ? textOf(toks, s, np.e) : null;
  }
  return null;
}

/**
 * The phrase that introduced a bare `the parent` (two paragraphs back at most): an indefinite
 * `A parent who does not wish to be named` whose relative clause runs, with no punctuation, up to
 * a speech verb (`... told Wikinews`, `... said`), as written.
 */
function relativeIntro(
  toks: Toks,
  layout: Layout,
  m: Mention,
  at: number,
): string | null {
  const para = layout.paraAt(at);
  for (let k = m.s - 1; k > 0 && at - k < 400; k--) {
    if (para - layout.paraAt(k) > 2) break;
    const t = toks.at(k)!;
    if (t.l !== m.head || layout.quoteAt(k) >= 0) continue;
    const det = toks.at(k - 1)!;
    if (!(det.l === "a" || det.l === "an") || !toks.lowerIs(k + 1, "who"))
      continue;
    for (let j = k + 3; j < toks.length && j - k < 16; j++) {
      const u = toks.at(j)!;
      if (!u.word) break;
      if (isVerbAt(toks, j)) return textOf(toks, k - 1, j);
    }
    return null;
  }
  return null;
}

/**
 * A news source that the speaker cites (`According to Yonhap, citing the state news agency Korean
 * Central News Agency (KCNA), ...`): the last name run of the cited phrase when the phrase has a news
 * word; token range `[s, e)`, or null. A person cited by a newspaper is not taken.
 */
function citedSource(toks: Toks, e: number): { s: number; e: number } | null {
  // (read from the token columns)
  if (toks.punctAt(e) !== 0x2c || !(toks.lowerIs(e + 1, "citing") || toks.lowerIs(e + 1, "quoting")))
    return null;
  let news = false;
  let rs = -1;
  let re = -1;
  for (let k = e + 2; k < e + 20; k++) {
    const t = toks.at(k);
    if (!t || !t.word) break;
    if (NEWS_SOURCE.has(t.l)) news = true;
    if (isRunWord(t)) {
      if (re !== k) rs = k;
      re = k + 1;
    }
  }
  return news && rs >= 0 ? { s: rs, e: re } : null;
}

/** True for a capitalised word of a name run (`Jatalla`, `Digg.com`'s parts). */
function isRunWord(t: Tok): boolean {
  return t.word && t.cap && !t.has(F.notName);
}

/**
 * The publisher of a published text that speaks: the name before the noun (`The Jatalla page for
 * Frequently Asked Questions states`), or the name after a publishing participle (`said a statement
 * previously posted on Digg.com's website`). Token range `[s, e)` of the name, or null.
 */
function publisherOf(
  toks: Toks,
  m: Mention,
): { s: number; e: number } | null {
  // a title read as the speaker (`The Jatalla page for Frequently Asked Questions states`)
  let c = m.s - 1;
  while (c > 0 && m.s - c < 6 && toks.isWord(c) && toks.isCap(c)) c--;
  if (
    c > 1 &&
    (toks.lowerIs(c, "for") || toks.lowerIs(c, "of")) &&
    toks.isWord(c - 1) &&
    !toks.isCap(c - 1) &&
    PUBLISHED.has(toks.at(c - 1)!.l)
  ) {
    let s = c - 1;
    while (s > 0 && isRunWord(toks.at(s - 1)!) && c - s < 6) s--;
    if (s < c - 1) return { s, e: c - 1 };
  }
  for (let k = m.s; k < m.e; k++) {
    if (!toks.isWord(k) || toks.isCap(k)) continue;
    const t = toks.at(k)!;
    if (!PUBLISHED.has(t.l)) continue;
    // the name right before the noun, after a determiner at most
    let s = k;
    while (s > m.s && isRunWord(toks.at(s - 1)!) && k - s < 6) s--;
    const lead = toks.at(s - 1);
    if (
      s < k &&
      (s === m.s || (s === m.s + 1 && !!lead && lead.has(F.determiners))) &&
      (k + 1 === m.e || toks.at(k + 1)!.has(F.preps))
    )
      return { s, e: k };
    // `posted on X's website`, `published by X`
    let j = k + 1;
    while (j < k + 3 && toks.at(j)?.word && toks.at(j)!.l.endsWith("ly")) j++;
    const part = toks.at(j);
    const prep = toks.at(j + 1);
    if (
      !part ||
      !PUBLISHING.has(part.l) ||
      part.cap ||
      !prep ||
      !(prep.l === "on" || prep.l === "by" || prep.l === "to")
    )
      return null;
    let a = j + 2;
    if (toks.lowerIs(a, "the")) a++;
    let b = a;
    while (b < a + 6) {
      const u = toks.at(b);
      if (u && isRunWord(u)) b++;
      else if (
        u &&
        (u.w === "." || u.w === "-") &&
        u.s === toks.at(b - 1)?.e &&
        b > a &&
        toks.at(b + 1)?.word
      )
        b += 2;
      else break;
    }
    return b > a ? { s: a, e: b } : null;
  }
  return null;
}

/** Index of the first sighting at or after token `tok` (binary search). */
function before(list: readonly Sighting[], tok: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.tok < tok) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lastDecided(decided: readonly (Decided | null)[]): Decided | null {
  for (let k = decided.length - 1; k >= 0 && k >= decided.length - 50; k--)
    if (decided[k]) return decided[k]!;
  return null;
}

/** The token frame of one quote span. */
function frameOf(
  toks: Toks,
  layout: Layout,
  sp: QuoteSpan,
  qi: number,
): QuoteFrame {
  const o0 = tokenAt(toks, sp.open);
  const o = Math.min(o0, toks.length - 1);
  // the quote's other offsets lie after its opening mark: searched forward from the one before
  const is = tokenAtFrom(toks, sp.start, o0);
  const ie = tokenAtFrom(toks, sp.end, is);
  const a = tokenAtFrom(toks, sp.close, ie);
  // the writer's text before the quote, back to the sentence start or an earlier quote
  let b0 = o;
  const sent = layout.sentAt(o);
  while (
    b0 > 0 &&
    layout.sentAt(b0 - 1) === sent &&
    layout.quoteAt(b0 - 1) < 0 &&
    o - b0 < 80
  )
    b0--;
  let s0 = b0;
  while (s0 > 0 && layout.sentAt(s0 - 1) === sent && o - s0 < 120) s0--;
  // the clause after it, up to a full stop, a quote or a paragraph break
  let aEnd = a;
  while (aEnd < toks.length && aEnd - a < 60) {
    // read from the token columns: a token object only at a stop
    if (aEnd > a && toks.brk(aEnd) >= 1 && layout.paraAt(aEnd) !== layout.paraAt(a)) break;
    if (layout.quoteAt(aEnd) >= 0 && layout.quoteAt(aEnd) !== qi) break;
    const c = toks.punct(aEnd);
    if (isTerminalCode(c) || c === 0x3b) {
      // the tokens around the stop, read from the columns
      const w = aEnd - 1;
      const next = aEnd + 1;
      const continues =
        c === 0x2e &&
        next < toks.length &&
        toks.brk(next) === 0 &&
        (toks.punct(next) === 0x29 ||
          toks.punct(next) === 0x2c ||
          (toks.isWord(next) && !toks.isCap(next)) ||
          // the first dot of `D-N.M.`, `U.N.`: a single letter and a dot follow
          (toks.isWord(next) && toks.end(next) - toks.start(next) === 1 && toks.punctAt(aEnd + 2) === 0x2e));
      if (
        !continues &&
        !(w >= 0 && toks.isWord(w) && (toks.hasAt(w, F.abbrev) || (toks.end(w) - toks.start(w) === 1 && toks.isCap(w))))
      )
        break;
    }
    aEnd++;
  }
  const breakAfter =
    a < toks.length && layout.paraAt(a) !== layout.paraAt(Math.max(o, a - 1));
  return { o, is, ie, a, b0, aEnd, s0, partial: sp.partial, breakAfter };
}

/** Resolves a cue's mention to a speaker. */
function decide(
  text: string,
  toks: Toks,
  layout: Layout,
  inv: Inventory,
  hit: CueHit,
  decided: readonly (Decided | null)[],
  f: QuoteFrame,
): Decided | null {
  const m = hit.mention;
  const at = m.s;
  const mentionSpan = span(text, toks, m.s, m.e);
  const make = (
    name: string,
    by: SpeakerResolution,
    entity: Entity | null,
  ): Decided => ({
    speaker: {
      text: mentionSpan.text,
      start: mentionSpan.start,
      end: mentionSpan.end,
      name: clean(name),
      resolvedBy: by,
    },
    entity,
    tok: at,
    para: layout.paraAt(f.o),
    cue: hit,
  });
  const cited = m.kind === "pronoun" ? null : citedSource(toks, m.e);
  if (cited) return make(textOf(toks, cited.s, cited.e), "organization", null);
  const pub = m.kind === "pronoun" ? null : publisherOf(toks, m);
  if (pub) {
    const org = classify(toks, pub.s, pub.e);
    if (org && (org.kind === "name" || org.kind === "org"))
      return make(textOf(toks, pub.s, pub.e), "organization", null);
  }
  if (m.kind === "name" || (m.kind === "org" && m.ns >= 0)) {
    const words: string[] = [];
    for (let k = m.ns; k < m.ne; k++)
      if (toks.at(k)!.word) words.push(withoutFoldedPossessive(toks.at(k)!.l));
    const written = text.slice(toks.at(m.ns)!.s, toks.at(m.ne - 1)!.e);
    if (words.length === 1) {
      const t = toks.at(m.ns)!;
      if (isAcronym(t) && hit.rule !== "quotes/transcript") {
        const org = inv.acronyms.get(t.w) ?? null;
        if (org) return make(org.name, "organization", org);
        const person = lookupAlias(inv, words[0]!, toks.at(at)!.s, "person");
        if (person) return make(person.name, "alias", person);
        return make(written, "organization", null);
      }
      const person = lookupAlias(inv, words[0]!, toks.at(at)!.s, "person");
      if (person) return make(person.name, "alias", person);
      const org = lookupAlias(inv, words[0]!, toks.at(at)!.s, "org");
      // `publishes Granma newspaper`: the mention itself, the type word after it left out
      if (org && org.parts[org.parts.length - 1] !== toks.at(m.ne)?.l)
        return make(org.name, "organization", org);
      return make(written, m.kind === "org" ? "organization" : "name", null);
    }
    const ent: Entity | null = entityNamed(inv, words);
    if (m.kind === "name") {
      for (const e of (words.length > 0 ? entitiesWith(inv, words[words.length - 1]!) : [])) {
        const lastWord = words[words.length - 1]!;
        if (
          e.kind === "person" &&
          e.parts.length > words.length &&
          e.parts.length <= words.length + 2 &&
          e.parts[0] === words[0] &&
          e.parts[e.parts.length - 1] === lastWord &&
          !e.parts.slice(1, -1).some((w) => w.includes(lastWord))
        ) {
          return make(e.name, "alias", e);
        }
      }
    }
    const lead = toks.lowerIs(m.ns, "the") ? 1 : 0;
    const name = lead
      ? text.slice(toks.at(m.ns + 1)!.s, toks.at(m.ne - 1)!.e)
      : written;
    return make(
      ent?.name ?? name,
      m.kind === "org" ? "organization" : "name",
      ent,
    );
  }
  if (m.kind === "org") {
    const orgs = entitiesWith(inv, m.head).filter((e) => e.kind === "org");
    if (orgs.length > 0) {
      const before = orgs.filter((e) => e.first <= toks.at(at)!.s);
      const org = before.length > 0 ? before[before.length - 1]! : orgs[0]!;
      return make(org.name, "organization", org);
    }
    const last = lastDecided(decided);
    if (DOC_NOUNS.has(m.head) && last && layout.paraAt(at) - last.para <= 3)
      return make(last.speaker.name, "organization", last.entity);
    const org = salientOrg(inv, layout, at);
    if (org) return make(org.name, "organization", org);
    return make(mentionSpan.text, "descriptor", null);
  }
  if (
    m.kind === "descriptor" &&
    !(toks.lowerIs(m.s, "the") && AGE_HEAD.test(m.head))
  ) {
    // `the parent said` after `A parent who asked not to be named told ...`: that fuller phrase
    const intro =
      m.e - m.s === 2 && toks.lowerIs(m.s, "the")
        ? relativeIntro(toks, layout, m, at)
        : null;
    return make(intro ?? mentionSpan.text, "descriptor", null);
  }
  if (m.kind === "title" || m.kind === "descriptor") {
    // `the manager` → the named holder of the role; `the 77-year-old` → `Heide Austin, 77,`
    let best: Entity | null = null;
    let bestTok = -1;
    for (const r of inv.roles) {
      if (r.role !== m.head) continue;
      if (r.tok <= at ? r.tok > bestTok : bestTok < 0) {
        best = r.entity;
        bestTok = r.tok <= at ? r.tok : bestTok;
      }
    }
    if (best) return make(best.name, "title", best);
    // `The affiliate's helicopter pilot estimated ...` → `the pilot said`: the earlier phrase with that head
    const earlier = phraseWithHead(toks, layout, m, at);
    if (earlier) return make(earlier, "descriptor", null);
    if (m.kind === "descriptor")
      return make(mentionSpan.text, "descriptor", null);
    const ent = salient(inv, layout, decided, at, null, true);
    if (ent) return make(ent.name, "title", ent);
    return make(mentionSpan.text, "descriptor", null);
  }
  // pronouns
  if (m.head === "he" || m.head === "she") {
    const g: Gender = m.head === "he" ? "m" : "f";
    const ent = salient(inv, layout, decided, at, g, false);
    if (ent) {
      ent.gender ??= g;
      return make(ent.name, "pronoun", ent);
    }
    return null;
  }
  if (m.head === "it" || m.head === "they" || m.head === "we") {
    const last = lastDecided(decided);
    if (
      last &&
      (!last.entity || last.entity.kind === "org") &&
      layout.paraAt(at) - last.para <= 3
    )
      return make(last.speaker.name, "pronoun", last.entity);
    for (let k = before(inv.sightings, at) - 1; k >= 0; k--) {
      const s = inv.sightings[k]!;
      if (s.tok >= at) continue;
      if (layout.paraAt(at) - s.para > 3) break;
      const e = s.entity;
      if (e && e.kind === "org") return make(e.name, "pronoun", e);
    }
    return null;
  }
  return null;
}

/**
 * The person a pronoun or a bare title most likely stands for at token `at`: a subject earlier in
 * the same paragraph; else, in the three paragraphs before, the latest speaker (of a quote or a
 * speech verb), then the latest subject; else the last quoted speaker. Gender must not conflict.
 */
function salient(
  inv: Inventory,
  layout: Layout,
  decided: readonly (Decided | null)[],
  at: number,
  g: Gender,
  titleMode: boolean,
): Entity | null {
  const para = layout.paraAt(at);
  const seen: Sighting[] = [];
  for (let k = before(inv.sightings, at) - 1; k >= 0; k--) {
    const s = inv.sightings[k]!;
    if (s.tok >= at) continue;
    if (para - s.para > 3) break;
    const e = s.entity;
    if (e && e.kind === "person" && compatible(e, g)) seen.push(s);
  }
  const here =
    seen.find((s) => s.para === para && s.subject) ??
    seen.find((s) => s.para === para);
  if (here) return here.entity;
  const last = lastDecided(decided);
  const lastOk =
    last &&
    last.entity &&
    last.entity.kind === "person" &&
    compatible(last.entity, g) &&
    para - last.para <= 3
      ? last
      : null;
  const speaker = seen.find((s) => s.speaks);
  if (speaker && lastOk)
    return speaker.tok > lastOk.tok ? speaker.entity : lastOk.entity!;
  if (speaker) return speaker.entity;
  if (lastOk) return lastOk.entity!;
  const subj = seen.find((s) => s.subject);
  if (subj) return subj.entity;
  if (seen[0]) return seen[0].entity;
  if (titleMode) {
    // a lead that names the title before the person: the next person who speaks
    for (let k = before(inv.sightings, at + 1); k < inv.sightings.length; k++) {
      const s = inv.sightings[k]!;
      if (s.para - para > 2) break;
      const e = s.entity;
      if (e && e.kind === "person" && s.speaks) return e;
    }
  }
  if (
    last &&
    last.entity &&
    last.entity.kind === "person" &&
    compatible(last.entity, g)
  )
    return last.entity;
  if (!titleMode) {
    // no one named yet (`the ministry's spokesman said ... "..." he said ... Konashenkov added`): the next speaker
    for (let k = before(inv.sightings, at + 1); k < inv.sightings.length; k++) {
      const s = inv.sightings[k]!;
      if (s.para - para > 2) break;
      const e = s.entity;
      if (e && e.kind === "person" && s.speaks && compatible(e, g)) return e;
    }
  }
  return null;
}
