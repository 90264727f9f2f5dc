import type { Found } from "./collectEvidence.ts";
import { EVIDENCE_WEIGHTS as W } from "./data.ts";

/** @internal The chosen agency (index into the table) and its evidence, strongest first. */
export interface Choice {
  readonly agency: number;
  readonly evidence: readonly Found[];
}

/** Fewest bare mentions, one of them in the headline, that name an agency with no other evidence. */
const MIN_MENTIONS = 6;
/** Most pieces of evidence kept per agency (bounds the work on text that repeats a name). */
const MAX_ITEMS = 100;
/** How many times more mentions than any other agency that agency needs. */
const MENTION_LEAD = 3;

interface Tally {
  readonly agency: number;
  readonly items: Found[];
  total: number;
  top: number;
  first: number;
  mentions: number;
  headline: boolean;
}

/**
 * @internal Weighs the evidence and picks the agency that wrote the story, or null:
 * 1. any strong evidence (a credit, byline, sign-off, footer: weight 5 or more): the highest total wins;
 * 2. else a cue (`told AFP`, a house style: weight 3): the highest total wins if no other agency is
 *    more than mentioned in passing (cited, credited, in the headline);
 * 3. else bare mentions: at least six, one in the headline, and three times as many as any other agency.
 * Overlapping evidence for one agency counts once, at its highest weight.
 */
export function chooseAgency(found: readonly Found[]): Choice | null {
  const tallies = new Map<number, Tally>();
  const sorted = [...found].sort(
    (a, b) => b.weight - a.weight || a.start - b.start,
  );
  for (const f of sorted) {
    let t = tallies.get(f.agency);
    if (!t) {
      t = {
        agency: f.agency,
        items: [],
        total: 0,
        top: 0,
        first: f.start,
        mentions: 0,
        headline: false,
      };
      tallies.set(f.agency, t);
    }
    if (t.items.length >= MAX_ITEMS) continue;
    if (t.items.some((g) => g.start < f.end && f.start < g.end)) continue;
    t.items.push(f);
    t.total += f.weight;
    t.top = Math.max(t.top, f.weight);
    t.first = Math.min(t.first, f.start);
    if (
      f.kind === "mention" &&
      f.rule !== "agency/photo-credit" &&
      f.rule !== "agency/name-abbreviation"
    )
      t.mentions++;
    if (f.rule === "agency/headline") t.headline = true;
  }
  const all = [...tallies.values()].sort(
    (a, b) => b.total - a.total || b.top - a.top || a.first - b.first,
  );
  const pick = (t: Tally): Choice => ({ agency: t.agency, evidence: t.items });

  const strong = all.filter((t) => t.top >= W.signoff);
  if (strong.length > 0) return pick(strong[0]!);

  const cued = all.filter((t) => t.top >= W.told);
  if (cued.length > 0) {
    const best = cued[0]!;
    // Another agency cited or credited too (not just mentioned in passing): too unsure.
    const rival = all.find((t) => t !== best);
    if (!rival || (rival.total < best.total && rival.top < W.cited))
      return pick(best);
    return null;
  }

  const byMentions = [...all].sort((a, b) => b.mentions - a.mentions);
  const best = byMentions[0];
  if (!best || !best.headline || best.mentions < MIN_MENTIONS) return null;
  const second = byMentions[1]?.mentions ?? 0;
  return best.mentions >= MENTION_LEAD * second ? pick(best) : null;
}
