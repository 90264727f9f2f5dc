import type { PhraseIndex } from "./phraseIndex.ts";
import type { Token } from "./tokens.ts";

/**
 * @internal The number of tokens from `toks[i]` that spell one of the indexed phrases (whole words,
 * case-insensitive, a final period on the last word allowed), the longest match; 0 when none.
 */
export function phraseAt(
  toks: readonly Token[],
  i: number,
  index: PhraseIndex,
): number {
  const first = toks[i];
  if (!first || first.punct) return 0;
  const whole = first.text.toLowerCase();
  let candidates = index.get(whole);
  let periodDropped = false;
  if (!candidates && whole.length > 1 && whole.endsWith(".")) {
    candidates = index.get(whole.slice(0, -1));
    periodDropped = true;
  }
  if (!candidates) return 0;
  for (const words of candidates) {
    if (i + words.length > toks.length || (periodDropped && words.length > 1))
      continue;
    let ok = true;
    for (let k = 1; k < words.length; k++) {
      const t = toks[i + k]!;
      if (t.punct || lower(t.text, k === words.length - 1) !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return words.length;
  }
  return 0;
}

function lower(word: string, dropPeriod: boolean): string {
  const w = word.toLowerCase();
  return dropPeriod && w.length > 1 && w.endsWith(".") ? w.slice(0, -1) : w;
}
