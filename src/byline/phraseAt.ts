import type { Token } from "./tokens.ts";

/**
 * @internal The number of tokens from `toks[i]` that spell one of `phrases` (whole words,
 * case-insensitive, a final period on the last word allowed), the longest match; 0 when none.
 */
export function phraseAt(toks: readonly Token[], i: number, phrases: readonly string[]): number {
  let best = 0;
  for (const p of phrases) {
    const words = p.split(" ");
    if (words.length <= best || i + words.length > toks.length) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      const t = toks[i + k]!;
      if (t.punct) {
        ok = false;
        break;
      }
      let w = t.text.toLowerCase();
      if (k === words.length - 1 && w.length > 1 && w.endsWith(".")) w = w.slice(0, -1);
      if (w !== words[k]!.toLowerCase()) {
        ok = false;
        break;
      }
    }
    if (ok) best = words.length;
  }
  return best;
}
