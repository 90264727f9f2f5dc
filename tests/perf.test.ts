// A guard against blow-ups (quadratic scans, catastrophic backtracking) on pathological input:
// each call must finish well inside a generous bound. Not a timed benchmark: see `npm run bench`.
import { describe, expect, it } from "vitest";
import { MB, repeatedStories, worstCases } from "../bench/inputs.mjs";
import {
  detectAgency,
  extractQuotes,
  findBoilerplate,
  parseArticle,
  parseBylines,
  parseDateline,
} from "../src/index.ts";

const BOUND_MS = 2000;
const FNS: [string, (text: string) => unknown][] = [
  ["parseArticle", parseArticle],
  ["parseDateline", parseDateline],
  ["parseBylines", parseBylines],
  ["extractQuotes", extractQuotes],
  ["findBoilerplate", findBoilerplate],
  ["detectAgency", detectAgency],
];
const CASES: [string, string][] = [
  ...worstCases(MB),
  ["1 MiB of repeated stories", repeatedStories(MB)],
];

function elapsed(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

describe(`worst-case inputs (each call < ${BOUND_MS} ms)`, () => {
  it.each(CASES)("should handle %s in bounded time", (_name, text) => {
    const times = Object.fromEntries(
      FNS.map(([fn, f]) => [fn, Math.round(elapsed(() => f(text)))]),
    );
    for (const [fn, ms] of Object.entries(times))
      expect(ms, fn).toBeLessThan(BOUND_MS);
  });

  it("should grow about linearly from 256 KiB to 2 MiB of story text", () => {
    const small = repeatedStories(MB / 4);
    const large = repeatedStories(2 * MB);
    parseArticle(small);
    const tSmall = Math.min(
      elapsed(() => parseArticle(small)),
      elapsed(() => parseArticle(small)),
    );
    const tLarge = elapsed(() => parseArticle(large));
    // 8x the input: allow 40x the time (noise, GC) but not a quadratic 64x.
    expect(tLarge).toBeLessThan(Math.max(40 * tSmall, 200));
  });
});
