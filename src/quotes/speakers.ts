import { isSpace } from "../_lib/span.ts";
import { AGE, SPACES } from "./attributionPatterns.ts";
import { F, hashWord, type TokenLayout, type Toks } from "./attributionTokens.ts";
import {
  classify,
  isAcronym,
  isNameWord,
  isVerbAt,
  plainNameStart,
  readMentionBefore,
} from "./mentions.ts";

/** Gender evidence: `m`, `f`, or unknown. */
export type Gender = "m" | "f" | null;

/** A person or organisation named in the story (its fullest written form). */
export interface Entity {
  readonly id: number;
  /**
   * The name as written (whitespace collapsed), titles and honorifics dropped; a legal name given
   * in parentheses after it (`Rev. Mary Magdalen (Rachel Bevilacqua)`) replaces it.
   */
  name: string;
  /** Lower-cased name tokens. */
  readonly parts: readonly string[];
  readonly kind: "person" | "org";
  /** Offset of the first mention. */
  readonly first: number;
  /** Initials of the capitalised words of an organisation of two or more words (`NHC` for `National Hurricane Center`); else empty. */
  readonly initials: string;
  gender: Gender;
}

/**
 * An {@link Entity} named by the words of tokens `[ws, we)`: its name, `text[first, end)` with
 * whitespace collapsed, and its lower-cased words are cut when first read (most entities are never
 * read as strings).
 */
class NamedEntity implements Entity {
  readonly id: number;
  readonly kind: "person" | "org";
  readonly first: number;
  readonly initials: string;
  gender: Gender = null;
  /** Tokens of the name (its words and the marks between them). */
  readonly ws: number;
  readonly we: number;
  /** Number of name words ({@link Entity.parts}' length). */
  readonly nparts: number;
  /** The last name word's token and its {@link wordKey}. */
  readonly lastTok: number;
  readonly lastKey: number;
  /** The next entity whose words have the same {@link namesKey}, in creation order. */
  sameKey: NamedEntity | null = null;
  private readonly toks: Toks;
  private readonly text: string;
  private readonly end: number;
  private written: string | null = null;
  private words: readonly string[] | null = null;

  constructor(text: string, toks: Toks, id: number, ws: number, we: number, nparts: number, lastTok: number, lastKey: number, kind: "person" | "org", initials: string) {
    this.text = text;
    this.toks = toks;
    this.id = id;
    this.ws = ws;
    this.we = we;
    this.first = toks.start(ws);
    this.end = toks.end(we - 1);
    this.nparts = nparts;
    this.lastTok = lastTok;
    this.lastKey = lastKey;
    this.kind = kind;
    this.initials = initials;
  }

  get parts(): readonly string[] {
    const w = this.words;
    return w !== null ? w : (this.words = partsOf(this.toks, this.ws, this.we));
  }

  get name(): string {
    const w = this.written;
    return w !== null ? w : (this.written = collapsed(this.text.slice(this.first, this.end)));
  }

  set name(name: string) {
    this.written = name;
  }
}

/** The entities whose names hold one word (its first token `tok`), in creation order; chained on a key clash. */
interface PartList {
  readonly tok: number;
  readonly ents: NamedEntity[];
  next: PartList | null;
}

/** Keys are kept to 30 bits (small integers). */
const KEY_MASK = 0x3fffffff;

/** Key of a lower-cased word string (equal to {@link wordKey} of a token that lower-cases to it). */
function stringKey(w: string): number {
  return hashWord(w) & KEY_MASK;
}

/** Key of word token `k`'s lower-cased form ({@link Tok.l}), read from the text for an ASCII word. */
function wordKey(toks: Toks, k: number): number {
  return (toks.isAscii(k) ? toks.foldHash(k) : hashWord(toks.at(k)!.l)) & KEY_MASK;
}

/** Key of a name: its words' keys combined in order. */
function namesKey(h: number, word: number): number {
  return (Math.imul(h ^ word, 0x01000193) + word) & KEY_MASK;
}

/** True when word tokens `a` and `b` lower-case alike (ASCII words compared in place). */
function sameWord(toks: Toks, a: number, b: number): boolean {
  if (toks.isAscii(a) && toks.isAscii(b)) {
    const len = toks.end(a) - toks.start(a);
    if (toks.end(b) - toks.start(b) !== len) return false;
    return toks.foldEquals(a, b);
  }
  return toks.at(a)!.l === toks.at(b)!.l;
}

/** True when word token `k` lower-cases to `w` ({@link Tok.l}); read in place unless 255 characters or longer. */
function wordIs(toks: Toks, k: number, w: string): boolean {
  return toks.end(k) - toks.start(k) < 255 ? toks.lowerIs(k, w) : toks.at(k)!.l === w;
}

/** True when the words of tokens `[s, e)` are those of `ent`, in order. */
function sameWords(toks: Toks, ent: NamedEntity, s: number, e: number): boolean {
  let a = ent.ws;
  let b = s;
  for (;;) {
    while (a < ent.we && !toks.isWord(a)) a++;
    while (b < e && !toks.isWord(b)) b++;
    if (a === ent.we || b === e) return a === ent.we && b === e;
    if (!sameWord(toks, a, b)) return false;
    a++;
    b++;
  }
}

/** True when `ent`'s words are `words`, in order. */
function namedBy(ent: Entity, words: readonly string[]): boolean {
  const parts = ent.parts;
  if (parts.length !== words.length) return false;
  for (let p = 0; p < parts.length; p++) if (parts[p] !== words[p]) return false;
  return true;
}

/**
 * One mention of a known entity outside quotes, in text order; a lone word that turns out to name
 * no one has no entity (the rules pass over it).
 */
export interface Sighting {
  readonly entity: Entity | null;
  readonly tok: number;
  readonly para: number;
  /** The mention is the subject of a speech verb (`Kallas said`). */
  readonly speaks: boolean;
  /** The mention opens its sentence or clause (`Erdogan spoke to supporters`). */
  readonly subject: boolean;
}

/** A role word tied to a named person (`manager Lee Kang-chul`, `X, the minister,`). */
export interface RoleLink {
  readonly role: string;
  readonly entity: Entity;
  readonly tok: number;
}

/**
 * The story's name inventory, built once per call: every person and organisation named, their
 * aliases (surname, acronym), gender evidence, roles, and where each is mentioned.
 *
 * @internal
 */
export interface Inventory {
  readonly entities: Entity[];
  readonly sightings: Sighting[];
  readonly roles: RoleLink[];
  /** Acronym → organisation, from `National Hurricane Center (NHC)`. */
  readonly acronyms: Map<string, Entity>;
  /** Key of a name word ({@link wordKey}) → the entities whose name holds it (read with {@link entitiesWith}). */
  readonly byPart: Map<number, PartList>;
  /** Key of a full name ({@link namesKey}) → the entities so named, in creation order (read with {@link entityNamed}). */
  readonly byName: Map<number, NamedEntity>;
  readonly toks: Toks;
}

/**
 * The entities whose name holds the lower-cased word `word`, in creation order (empty if none).
 *
 * @internal
 */
export function entitiesWith(
  inv: Pick<Inventory, "byPart" | "toks">,
  word: string,
): readonly Entity[] {
  for (let l = inv.byPart.get(stringKey(word)) ?? null; l; l = l.next)
    if (wordIs(inv.toks, l.tok, word)) return l.ents;
  return NO_ENTITIES;
}

const NO_ENTITIES: readonly Entity[] = [];

/**
 * The entity first named by the lower-cased words `words` (`["kaja", "kallas"]`), else null.
 *
 * @internal
 */
export function entityNamed(inv: Inventory, words: readonly string[]): Entity | null {
  let h = 0;
  for (let p = 0; p < words.length; p++) h = namesKey(h, stringKey(words[p]!));
  for (let e = inv.byName.get(h) ?? null; e; e = e.sameKey)
    if (namedBy(e, words)) return e;
  return null;
}

/** Kinds of a capitalised run in the inventory pass: no entity, a person's name, an organisation. */
const RUN_NONE = 0;
const RUN_NAME = 1;
const RUN_ORG = 2;

/** Per-token layout the inventory needs: quote membership, paragraph and sentence indices. */
export type Layout = TokenLayout;

function nameOf(
  text: string,
  toks: Toks,
  s: number,
  e: number,
): string {
  return collapsed(text.slice(toks.at(s)!.s, toks.at(e - 1)!.e));
}

/** `name` with each run of whitespace as one space; the regex runs only when a run needs it. */
function collapsed(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 32 ? isSpace(name.charCodeAt(i + 1)) : isSpace(c)) return name.replace(SPACES, " ");
  }
  return name;
}

function partsOf(toks: Toks, s: number, e: number): string[] {
  const out: string[] = [];
  for (let k = s; k < e; k++) if (toks.at(k)!.word) out.push(toks.at(k)!.l);
  return out;
}

function initialsOf(toks: Toks, s: number, e: number): string {
  let out = "";
  for (let k = s; k < e; k++) {
    const t = toks.at(k)!;
    if (t.word && t.cap) out += isAcronym(t) ? t.w : t.w[0]!;
  }
  return out.toUpperCase();
}

/** Gender evidence in the few words around a run (`Ms.`, `spokeswoman`, `, a spokesman,`). */
function genderNear(toks: Toks, s: number, e: number): Gender {
  // the gender word lists are read as token bits; a word's string is read only when it is listed
  for (let k = Math.max(0, s - 3); k < s; k++) {
    const f = toks.flagsIn(k, F.female | F.male);
    if (f === 0) continue;
    const l = toks.at(k)!.l;
    if ((f & F.female) !== 0 && l !== "her" && l !== "she") return "f";
    if ((f & F.male) !== 0 && l !== "his" && l !== "he") return "m";
  }
  if (e < toks.length && toks.punct(e) === 44) {
    for (let k = e + 1; k < Math.min(toks.length, e + 8); k++) {
      if (!toks.isWord(k)) break;
      const f = toks.flagsIn(k, F.female | F.male);
      if (f === 0) continue;
      const l = toks.at(k)!.l;
      if ((f & F.female) !== 0 && l !== "her" && l !== "she") return "f";
      if ((f & F.male) !== 0 && l !== "his" && l !== "he") return "m";
    }
  }
  return null;
}

/**
 * Builds the story's name inventory in one pass over the tokens: capitalised runs become persons
 * (two or more name words once titles, honorifics and places are dropped) or organisations (a run
 * ending in `Ministry`, `Agency`, `Center`...; an acronym); single words that repeat a known
 * person's surname or first name become sightings of that person.
 *
 * @param text - The story.
 * @param toks - Its tokens.
 * @param layout - Quote membership, paragraph and sentence of every token.
 * @returns The inventory.
 * @internal
 */
export function buildInventory(
  text: string,
  toks: Toks,
  layout: Layout,
): Inventory {
  const entities: Entity[] = [];
  const acronyms = new Map<string, Entity>();
  const roles: RoleLink[] = [];
  // the capitalised runs, as parallel lists (start and end token, mention when classified)
  const runS: number[] = [];
  const runE: number[] = [];
  // (the mention of a classified run, as columns: kind, name start and end)
  const runK: number[] = [];
  const runNs: number[] = [];
  const runNe: number[] = [];
  const n = toks.length;
  let i = 0;
  while (i < n) {
    // only a capitalised word can start a run (read from the token columns, no token objects)
    i = toks.nextCap(i);
    if (i >= n) break;
    if (!runWordAt(toks, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    // (the column checks come before the word-list lookups)
    while (j < n) {
      if (toks.brk(j) === 2) break;
      if (toks.isCap(j) && runWordAt(toks, j)) {
        j++;
        continue;
      }
      if (!(j + 1 < n && toks.isCap(j + 1))) break;
      if (
        toks.punct(j) === 46 &&
        toks.isWord(j - 1) &&
        (toks.end(j - 1) - toks.start(j - 1) === 1 || toks.hasAt(j - 1, F.abbrev))
      )
        j++;
      else if (
        toks.isWord(j) &&
        (toks.hasAt(j, F.particles) ||
          (isOf(text, toks, j) && toks.hasAt(j - 1, F.orgWords)))
      )
        j++;
      else break;
    }
    // a lone capitalised word is classified only when it can found an entity (an acronym, `user Aphaia`)
    const single = j - i === 1;
    // a plain run of name words is a name without a mention object ({@link plainNameStart})
    const plain = single ? -1 : plainNameStart(toks, i, j);
    let kind = RUN_NONE;
    let ns = -1;
    let ne = -1;
    if (plain >= 0) {
      kind = RUN_NAME;
      ns = plain;
      ne = j;
    } else if (single && toks.isUp(i) && toks.end(i) - toks.start(i) <= 6) {
      // a lone acronym of two to six capitals (`NHC`) is an organisation ({@link classify}'s answer)
      kind = RUN_ORG;
      ns = i;
      ne = j;
    } else {
      const m =
        !single ||
        (toks.isUp(i) && toks.end(i) - toks.start(i) <= 6) ||
        roleBefore(toks, i)
          ? classify(toks, i, j)
          : null;
      if (m && (m.kind === "name" || (m.kind === "org" && m.ns >= 0))) {
        kind = m.kind === "name" ? RUN_NAME : RUN_ORG;
        ns = m.ns;
        ne = m.ne;
      }
    }
    runS.push(i);
    runE.push(j);
    runK.push(kind);
    runNs.push(ns);
    runNe.push(ne);
    i = j;
  }
  const byPart = new Map<number, PartList>();
  // a bit per key of the words of byPart: an ASCII word whose bit is clear names no one (no string cut)
  // (sixteen bits a slot keeps every slot a small integer; a plain array costs less to make than a typed one)
  const partBits: number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const mayName = (k: number): boolean => {
    if (!toks.isAscii(k)) return true;
    const h = toks.foldHash(k) & KEY_MASK;
    return (partBits[(h >>> 4) & 15]! & (1 << (h & 15))) !== 0;
  };
  // every entity under the key of its words, in creation order: a name's person and organisation
  // are found by kind, the entity first named so is the first of the chain with those words
  const byName = new Map<number, NamedEntity>();
  const byInitials = new Map<string, Entity>();
  const add = (kind: "person" | "org", s: number, e: number): NamedEntity => {
    // the name's key from its words' keys (no string is cut)
    let key = 0;
    let nparts = 0;
    let lastTok = -1;
    let lastKey = 0;
    for (let k = s; k < e; k++) {
      if (!toks.isWord(k)) continue;
      lastKey = wordKey(toks, k);
      key = namesKey(key, lastKey);
      lastTok = k;
      nparts++;
    }
    const head = byName.get(key);
    let tail: NamedEntity | null = null;
    for (let c = head ?? null; c; c = c.sameKey) {
      if (c.kind === kind && sameWords(toks, c, s, e)) return c;
      tail = c;
    }
    // (initials serve only an organisation's acronym)
    const ent = new NamedEntity(
      text,
      toks,
      entities.length,
      s,
      e,
      nparts,
      lastTok,
      lastKey,
      kind,
      kind === "org" && nparts > 1 ? initialsOf(toks, s, e) : "",
    );
    entities.push(ent);
    if (tail) tail.sameKey = ent;
    else byName.set(key, ent);
    for (let k = s; k < e; k++) {
      if (!toks.isWord(k)) continue;
      const h = k === lastTok ? lastKey : wordKey(toks, k);
      // each distinct word once, in first-written order
      let dup = false;
      for (let q = s; q < k && !dup; q++)
        dup = toks.isWord(q) && wordKey(toks, q) === h && sameWord(toks, q, k);
      if (dup) continue;
      let list = byPart.get(h) ?? null;
      while (list && !sameWord(toks, list.tok, k)) list = list.next;
      if (list) list.ents.push(ent);
      else {
        const fresh: PartList = { tok: k, ents: [ent], next: byPart.get(h) ?? null };
        byPart.set(h, fresh);
        partBits[(h >>> 4) & 15]! |= 1 << (h & 15);
      }
    }
    if (kind === "org" && nparts > 1 && !byInitials.has(ent.initials))
      byInitials.set(ent.initials, ent);
    return ent;
  };
  // the person a single word token `k` stands for ({@link lookupAlias}, the word read in place)
  const aliasAt = (k: number, at: number): NamedEntity | null => {
    const h = wordKey(toks, k);
    let list = byPart.get(h) ?? null;
    while (list && !sameWord(toks, list.tok, k)) list = list.next;
    if (!list) return null;
    let best: NamedEntity | null = null;
    let bestScore = -Infinity;
    const ents = list.ents;
    for (let q = 0; q < ents.length && q < 64; q++) {
      const ent = ents[q]!;
      if (ent.kind !== "person" || ent.nparts < 2) continue;
      const lastHit = ent.lastKey === h && sameWord(toks, ent.lastTok, k);
      const score = (lastHit ? 1e9 : 0) + (ent.first <= at ? ent.first : -ent.first / 2) + ent.nparts;
      if (score > bestScore) {
        bestScore = score;
        best = ent;
      }
    }
    return best;
  };
  const runEntity: (NamedEntity | null)[] = [];
  for (let ri = 0; ri < runS.length; ri++) {
    const rs = runS[ri]!;
    const re = runE[ri]!;
    const m = { kind: runK[ri]!, ns: runNs[ri]!, ne: runNe[ri]! };
    let ent: NamedEntity | null = null;
    if (m.kind === RUN_ORG) {
      let s = m.ns;
      while (s < m.ne && toks.lowerIs(s, "the")) s++;
      if (s < m.ne) ent = add("org", s, m.ne);
      // `National Hurricane Center (NHC)`
      // (read from the columns: `(`, an acronym of two to six capitals, `)`)
      if (ent && toks.punctAt(re) === 0x28 && toks.punctAt(re + 2) === 0x29 && toks.isUp(re + 1) && toks.end(re + 1) - toks.start(re + 1) <= 6)
        acronyms.set(toks.at(re + 1)!.w, ent);
    } else if (m.kind === RUN_NAME) {
      // the name's words, counted and checked from the token columns
      let nwords = 0;
      let bad = false;
      for (let k = m.ns; k < m.ne; k++) {
        if (!toks.isWord(k)) continue;
        nwords++;
        if (toks.hasAt(k, F.notPerson | F.orgWords)) bad = true;
      }
      // the honorific just before the name, past its period (`Ms Clark`, `Ms. Clark`, `Sen. Clark`)
      const hk = m.ns > 0 && toks.punct(m.ns - 1) === 46 ? m.ns - 2 : m.ns - 1;
      const honor =
        (hk >= rs &&
          hk < n &&
          (toks.hasAt(hk, F.honorifics) ||
            (hk < m.ns - 1 && toks.isCap(hk) && toks.hasAt(hk, F.titles)))) ||
        roleBefore(toks, m.ns);
      if (!bad && (nwords >= 2 || honor) && nwords <= 5) {
        ent = add("person", m.ns, m.ne);
        ent.gender ??= genderNear(toks, m.ns, m.ne);
        const legal = parenthesisedName(toks, m.ne);
        if (legal > 0) ent.name = nameOf(text, toks, m.ne + 1, legal);
        // role words just before the name (`manager Lee Kang-chul`) or in an appositive after it
        for (let k = Math.max(0, rs - 4); k < m.ns; k++)
          if (toks.hasAt(k, F.titles))
            roles.push({ role: toks.at(k)!.l, entity: ent, tok: m.ns });
        const comma = toks.punctAt(m.ne) === 0x2c;
        if (
          comma &&
          AGE.test(toks.at(m.ne + 1)?.w ?? "") &&
          toks.at(m.ne + 2)?.w === ","
        ) {
          // `Heide Austin, 77, ...` answers a later `the 77-year-old`
          roles.push({
            role: `${toks.at(m.ne + 1)!.w}-year-old`,
            entity: ent,
            tok: m.ns,
          });
        }
        if (comma) {
          for (let k = m.ne + 1; k < Math.min(n, m.ne + 10); k++) {
            const t = toks.at(k)!;
            if (!t.word && t.w !== "'" && t.w !== "\u2019") break;
            if (t.has(F.titles))
              roles.push({ role: t.l, entity: ent, tok: m.ns });
          }
        }
      } else if (nwords >= 2 && !bad) {
        ent = null;
      }
    }
    if (!ent) ent = typedMedia(toks, rs, re, add);
    runEntity.push(ent);
  }
  // a lone surname (`Mr Jones-King`) stands for the full name when the story gives one
  for (let k = 0; k < runEntity.length; k++) {
    const ent = runEntity[k];
    if (ent && ent.kind === "person" && ent.nparts === 1) {
      const full = aliasAt(ent.lastTok, ent.first);
      if (full) runEntity[k] = full;
    }
  }
  // acronyms by initials
  for (let ri = 0; ri < runS.length; ri++) {
    // {@link isAcronym} read from the columns first: a token object only for a lone acronym
    const k = runS[ri]!;
    if (runE[ri]! - k !== 1 || !toks.isUp(k) || toks.end(k) - toks.start(k) > 6) continue;
    const t = toks.at(k)!;
    if (!acronyms.has(t.w)) {
      const org = byInitials.get(t.w);
      if (org) acronyms.set(t.w, org);
    }
  }
  // sightings: full names, and single words that repeat a known name
  // (a lone word's person is found when a rule first reads the sighting: most are never read; a
  // word that names no one then reads as no entity, which the rules pass over)
  const sightings: LazySighting[] = [];
  const finder: PersonFinder = { alias: aliasAt, add };
  for (let k = 0; k < runS.length; k++) {
    const rs = runS[k]!;
    const re = runE[k]!;
    const rk = runK[k]!;
    const rns = runNs[k]!;
    if (layout.quoteAt(rs) >= 0) continue;
    const ent = runEntity[k] ?? null;
    // the speech verb after the run is looked for only where its answer is used: for a known
    // entity only when a rule reads `speaks` (most sightings are never read)
    if (ent) {
      sightings.push(new LazySighting(toks, layout, ent, rs, re, null));
      continue;
    }
    // the word that may repeat a known name (-1: none)
    let aliasTok = -1;
    if (re - rs === 1 && nameAt(toks, rs)) {
      if (mayName(rs)) aliasTok = rs;
    } else if (rk === RUN_NAME && runNe[k]! - rns === 1) {
      if (mayName(rns)) aliasTok = rns;
    }
    // `Konashenkov added`: a lone name that speaks is a person even when no full name is given
    // (a sighting that speaks; its speech verb is looked for when the sighting is read)
    // (not a capitalised word opening a sentence: `Dealers said ...`)
    const mayBeBorn =
      re - rs === 1 &&
      rs > 0 &&
      layout.sentAt(rs - 1) === layout.sentAt(rs) &&
      nameAt(toks, rs) &&
      !toks.isUp(rs) &&
      !toks.hasAt(rs, F.places | F.notPerson | F.orgWords);
    if (aliasTok >= 0 || mayBeBorn)
      sightings.push(new LazySighting(toks, layout, null, rs, re, null, finder, aliasTok, mayBeBorn));
  }
  return { entities, sightings, roles, acronyms, byPart, byName, toks };
}

/** Finds the person of a lone word when its sighting is first read (the inventory's own lookups). */
interface PersonFinder {
  /** The person a single word token names ({@link lookupAlias}), else null. */
  readonly alias: (k: number, at: number) => Entity | null;
  /** The person named by tokens `[s, e)`, made when new. */
  readonly add: (kind: "person", s: number, e: number) => Entity;
}

/**
 * A sighting whose `speaks` and `subject` are worked out when first read; for a lone word, its
 * entity too (the known person it repeats, else a person born of the speech verb after it, else
 * none).
 */
class LazySighting implements Sighting {
  readonly tok: number;
  readonly para: number;
  private readonly toks: Toks;
  private readonly layout: Layout;
  private readonly end: number;
  /** -1 not yet known, else 0/1. */
  private said = -1;
  private opens = -1;
  private ent: Entity | null;
  /** Set while the entity of a lone word is not yet found. */
  private finder: PersonFinder | null;
  private readonly aliasTok: number;
  private readonly mayBeBorn: boolean;

  constructor(
    toks: Toks,
    layout: Layout,
    entity: Entity | null,
    s: number,
    e: number,
    speaks: boolean | null,
    finder: PersonFinder | null = null,
    aliasTok = -1,
    mayBeBorn = false,
  ) {
    if (speaks !== null) this.said = speaks ? 1 : 0;
    this.ent = entity;
    this.tok = s;
    this.para = layout.paraAt(s);
    this.toks = toks;
    this.layout = layout;
    this.end = e;
    this.finder = finder;
    this.aliasTok = aliasTok;
    this.mayBeBorn = mayBeBorn;
  }

  get entity(): Entity | null {
    const f = this.finder;
    return f === null ? this.ent : this.find(f);
  }

  /** The entity of a lone word, found once. */
  private find(f: PersonFinder): Entity | null {
    this.finder = null;
    const k = this.aliasTok;
    let ent = k >= 0 ? f.alias(k, this.toks.start(k)) : null;
    if (!ent && this.mayBeBorn && nextVerb(this.toks, this.end) >= 0) {
      ent = f.add("person", this.tok, this.end);
      this.said = 1;
    }
    this.ent = ent;
    return ent;
  }

  get speaks(): boolean {
    if (this.said < 0)
      this.said =
        nextVerb(this.toks, this.end) >= 0 ||
        isDashLine(this.toks, this.tok, this.end)
          ? 1
          : 0;
    return this.said === 1;
  }

  get subject(): boolean {
    if (this.opens < 0)
      this.opens =
        this.speaks || isClauseStart(this.toks, this.layout, this.tok) ? 1 : 0;
    return this.opens === 1;
  }
}

/**
 * `(Rachel Bevilacqua)` right after a name: two to four name words, none a place or an
 * organisation word, closed by `)`; returns the index of the last name word + 1, else -1.
 */
function parenthesisedName(toks: Toks, e: number): number {
  if (toks.punctAt(e) !== 0x28) return -1;
  let k = e + 1;
  while (k < toks.length && k - e <= 5) {
    const t = toks.at(k)!;
    if (
      !isNameWord(t) ||
      t.up ||
      t.has(F.places) ||
      t.has(F.orgWords) ||
      t.has(F.notPerson) ||
      t.has(F.titles)
    )
      break;
    k++;
  }
  return k - e - 1 >= 2 && k - e - 1 <= 4 && toks.punctAt(k) === 0x29 ? k : -1;
}

/** `Time magazine`: a short capitalised run and the publication type word written after it, as an organisation. */
function typedMedia(
  toks: Toks,
  s: number,
  e: number,
  add: (kind: "person" | "org", s: number, e: number) => NamedEntity,
): NamedEntity | null {
  // the type word is found from the token columns before any token object is made
  if (e >= toks.length || !toks.isWord(e) || toks.isCap(e) || !toks.hasAt(e, F.media) || toks.brk(e) > 0)
    return null;
  const t = toks.at(e)!;
  if (e - s > 3 || t.s !== toks.at(e - 1)!.e + 1) return null;
  for (let k = s; k < e; k++) if (!isNameWord(toks.at(k)!)) return null;
  return add("org", s, e + 1);
}

/** True for a name alone on its line after a dash (`—Valeska Paris`), the signature of a pull quote. */
function isDashLine(toks: Toks, s: number, e: number): boolean {
  // read from the token columns
  const d = toks.punctAt(s - 1);
  if (d !== 0x2014 && d !== 0x2013) return false;
  if (toks.brk(s - 1) === 0 && s - 1 > 0) return false;
  return e >= toks.length || toks.brk(e) > 0;
}

/** True when a lower-case role word stands right before a single name (`user Aphaia`, `runner Yang`). */
function roleBefore(toks: Toks, ns: number): boolean {
  const k = ns - 1;
  return (
    k >= 0 &&
    k < toks.length &&
    toks.isWord(k) &&
    !toks.isCap(k) &&
    toks.hasAt(k, F.titles) &&
    !toks.hasAt(k, F.descriptive) &&
    toks.end(k) < toks.start(ns)
  );
}

/**
 * True when capitalised token `k` may stand in a name run: a name word ({@link nameAt}) or an
 * honorific, with one word-list lookup.
 */
function runWordAt(toks: Toks, k: number): boolean {
  const f = toks.flagsIn(k, F.notName | F.honorifics);
  return (f & F.notName) === 0 || toks.isUp(k) || (f & F.honorifics) !== 0;
}

/** {@link isNameWord} read from the token columns: a capitalised word not in the not-a-name list, or in capitals. */
function nameAt(toks: Toks, k: number): boolean {
  return toks.isCap(k) && (!toks.hasAt(k, F.notName) || toks.isUp(k));
}

/** True when token `k` (in range) is the word `of` in any case. */
function isOf(text: string, toks: Toks, k: number): boolean {
  const s = toks.start(k);
  return (
    toks.end(k) - s === 2 &&
    (text.charCodeAt(s) | 32) === 111 &&
    (text.charCodeAt(s + 1) | 32) === 102
  );
}

/** Index of a speech verb that follows a subject ending before `e` (adverbs and appositive allowed), or -1. */
function nextVerb(toks: Toks, e: number): number {
  // most runs have no lower-case speech verb in reach: found from the columns before any token object
  const end = Math.min(toks.length, e + 14);
  let k = e;
  for (; k < end; k++) {
    if (toks.isWord(k)) {
      if (!toks.isCap(k) && toks.hasAt(k, F.verbs)) break;
    } else if (toks.punct(k) !== 44) return -1;
  }
  if (k === end) return -1;
  for (let k = e; k < Math.min(toks.length, e + 14); k++) {
    if (isVerbAt(toks, k)) {
      const m = readMentionBefore(toks, k, Math.max(0, e - 8));
      return m && m.e === e ? k : m && m.ne === e ? k : -1;
    }
    const t = toks.at(k)!;
    if (!t.word && t.w !== ",") return -1;
  }
  return -1;
}

/** True when token `s` opens its sentence (after an optional lead-in phrase ending in a comma). */
function isClauseStart(
  toks: Toks,
  layout: Layout,
  s: number,
): boolean {
  const sent = layout.sentAt(s);
  const k = s - 1;
  if (k < 0 || layout.sentAt(k) !== sent) return true;
  const t = toks.at(k)!;
  if (!t.word && t.w === ",") {
    // `Meanwhile, Dmitry Medvedev ...`, `In Geneva, ...`
    return true;
  }
  return false;
}

/**
 * Finds the fullest known name that a single word (`Kallas`, `Lee`, `Beatrice`) stands for: a
 * person whose last (else first) name it is, the one mentioned nearest before `at`, else the first
 * after.
 *
 * @internal
 */
export function lookupAlias(
  inv: Pick<Inventory, "byPart" | "toks">,
  word: string,
  at: number,
  kind?: "person" | "org",
): Entity | null {
  let best: Entity | null = null;
  let bestScore = -Infinity;
  const list = entitiesWith(inv, word) as readonly NamedEntity[];
  for (let k = 0; k < list.length && k < 64; k++) {
    const ent = list[k]!;
    if (kind && ent.kind !== kind) continue;
    if (ent.nparts < 2) continue;
    // (every entity of the list holds the word; its last word is read in place)
    const lastHit = wordIs(inv.toks, ent.lastTok, word);
    const score =
      (lastHit ? 1e9 : 0) +
      (ent.first <= at ? ent.first : -ent.first / 2) +
      ent.nparts;
    if (score > bestScore) {
      bestScore = score;
      best = ent;
    }
  }
  return best;
}
