import {
  CREDIT_INDEX,
  DESK_INDEX,
  STAFF_CREDIT_INDEX,
  STAFF_WORD_INDEX,
} from "./indexes.ts";
import { LINE_META, UPPER_START } from "./patterns.ts";
import { phraseAt } from "./phraseAt.ts";
import type { Token } from "./tokens.ts";

const BULLETS = ["•", "·", "*", "-", "–", "—", "‣", "▪"];
/** Bullets that mark a credit line (`• Kyodo`); a dash before an agency is a sign-off (`- Reuters`). */
const DOT_BULLETS = ["•", "·", "‣", "▪"];

/**
 * @internal The end offset of a header credit line that names no person, or -1: `Reuters Staff`,
 * `By The Associated Press`, `From staff reports`, `Digital Desk`, `• Kyodo`, `(Xinhua)`, `AFP|
 * Last Updated: ...`, `Xinhua | Updated: ...`, `NHK -- Nov 2`, `KYODO NEWS - 3 hours ago`,
 * `Press Trust of India Mumbai`, `City News Desk IANS, 5 May, 2016 10:10 AM`. The end is the
 * line end (a time stamp stays with the line), or the end of the credit when a `By` credit runs on
 * into the story (`By The Associated Press President Donald Trump ...`).
 *
 * @param text - The story.
 * @param toks - The line's tokens.
 * @param lineEnd - End of the line's content (or the dateline start).
 * @param afterBreak - The line opens the story or follows a blank line (a bare agency name counts
 *   only then).
 */
export function creditLine(
  text: string,
  toks: readonly Token[],
  lineEnd: number,
  afterBreak: boolean,
): number {
  let j = 0;
  let dot = false;
  while (j < toks.length && BULLETS.includes(toks[j]!.text)) {
    if (DOT_BULLETS.includes(toks[j]!.text)) dot = true;
    j++;
  }
  let paren = false;
  if (toks[j]?.text === "(") {
    paren = true;
    j++;
  }
  let by = false;
  const byWord = toks[j]?.text ?? "";
  const w = byWord.toLowerCase();
  if (w === "by" || w === "from") {
    by = true;
    j++;
  }
  if (toks[j]?.text.toLowerCase() === "the") j++;
  const s = phraseAt(toks, j, STAFF_CREDIT_INDEX);
  if (s > 0) {
    const k = j + s;
    if (k >= toks.length) return lineEnd;
    if (
      restIsMeta(text, toks, k, lineEnd) ||
      phraseAt(toks, k, CREDIT_INDEX) > 0
    )
      return lineEnd;
    return by && (afterBreak || /^[BF]/u.test(byWord)) ? toks[k - 1]!.end : -1;
  }
  for (let lead = 0; lead <= 2 && !by; lead++) {
    if (
      lead > 0 &&
      (toks[j + lead - 1]?.punct ||
        !UPPER_START.test(toks[j + lead - 1]?.text ?? ""))
    )
      break;
    const d = phraseAt(toks, j + lead, DESK_INDEX);
    if (d > 0) {
      const k = j + lead + d;
      if (k >= toks.length) return lineEnd;
      const rest = lineEnd - toks[k]!.start;
      if (
        rest <= 60 &&
        (restIsMeta(text, toks, k, lineEnd) ||
          phraseAt(toks, k, CREDIT_INDEX) > 0)
      )
        return lineEnd;
      return -1;
    }
  }
  const a = phraseAt(toks, j, CREDIT_INDEX);
  if (a === 0) return -1;
  let k = j + a;
  if (paren) {
    if (toks[k]?.text !== ")") return -1;
    k++;
    return k >= toks.length ? lineEnd : -1;
  }
  const st = phraseAt(toks, k, STAFF_WORD_INDEX);
  k += st;
  if (k >= toks.length) {
    // `Reuters Staff`, `By Reuters`, `• Kyodo`; a bare `Reuters.` is a wrapped sentence end.
    if (st > 0) return lineEnd;
    if (toks[k - 1]!.text.endsWith(".")) return -1;
    if (dot || (by && (afterBreak || /^[BF]/u.test(byWord)))) return lineEnd;
    return afterBreak && !/^[-–—]$/u.test(toks[0]!.text) ? lineEnd : -1;
  }
  if (by) return afterBreak || /^[BF]/u.test(byWord) ? toks[k - 1]!.end : -1;
  if (restIsMeta(text, toks, k, lineEnd)) return lineEnd;
  const lineLen = lineEnd - toks[0]!.start;
  const sep = toks[k]!.text;
  if (
    lineLen <= 100 &&
    /^(?:[|.,:–—]|-{1,2})$/u.test(sep) &&
    /\d/u.test(text.slice(toks[k]!.start, lineEnd))
  ) {
    return lineEnd;
  }
  // `Press Trust of India Mumbai`: a full agency name and a place.
  if (
    a >= 3 &&
    toks.length - k <= 2 &&
    toks.slice(k).every((t) => !t.punct && UPPER_START.test(t.text))
  )
    return lineEnd;
  return -1;
}

function restIsMeta(
  text: string,
  toks: readonly Token[],
  k: number,
  lineEnd: number,
): boolean {
  const t = toks[k];
  if (!t) return true;
  return LINE_META.test(text.slice(t.start, Math.min(lineEnd, t.start + 120)));
}
