import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/article/parseArticle.ts";
import { findBoilerplate, stripBoilerplate } from "../src/boilerplate/findBoilerplate.ts";

/** Lines that look like wire copy and its furniture, to build stories the rules bite on. */
const PIECES = [
  "WASHINGTON (AP) — Lawmakers met on Tuesday, aides said.",
  "The vote is set for next week.",
  " Reuter",
  " REUTER...",
  "More",
  "Advertisement",
  "Share",
  "(end)",
  "― Bernama",
  "© 2024 The Associated Press. All rights reserved.",
  "Posted at 10:55 PM, May 11, 2014",
  "Wednesday, August 20, 2008",
  "A man walks past a shop in Lagos. (AP Photo/Sunday Alamba)",
  "Traders at work. — AFP picTraders at work. — AFP pic",
  "(MENAFN- Example News Agency (ENA)) KUWAIT, Jan 3 (ENA) -- Talks began.",
  "About Acme Corp.:",
  "Acme Corp. is a maker of anvils based in Springfield.",
  "Media Contact:",
  "desk@example.com",
  "Image: Jane Doe.",
  "Sean DoeSean Doe",
  "Sean Doe",
  "|",
  "___",
  "12:50 p.m.",
  "",
  "   ",
];

const story = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 30 })), { maxLength: 14 })
  .chain((lines) => fc.constantFrom("\n", "\r\n", "\n\n").map((sep) => lines.join(sep)));
const anyText = fc.oneof(story, fc.string({ maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 100 }));

describe("parseArticle segments", () => {
  it("should partition the input exactly: contiguous, in order, covering [0, n)", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { segments } = parseArticle(text);
        let at = 0;
        for (const s of segments) {
          expect(s.start).toBe(at);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.text).toBe(text.slice(s.start, s.end));
          at = s.end;
        }
        expect(at).toBe(text.length);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });

  it("should put every body segment's trimmed text into the body", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { segments, body } = parseArticle(text);
        for (const s of segments) {
          if (s.kind !== "body") continue;
          for (const line of s.text.split(/\r\n|[\n\r\u2028\u2029]/u)) {
            const t = line.trim();
            if (t) expect(body).toContain(t);
          }
        }
      }),
      { seed: 42, numRuns: 2000 },
    );
  });
});

describe("findBoilerplate invariants", () => {
  it("should return exact, sorted, non-overlapping spans and never throw", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = findBoilerplate(text);
        let at = 0;
        for (const b of found) {
          expect(b.start).toBeGreaterThanOrEqual(at);
          expect(b.end).toBeGreaterThan(b.start);
          expect(b.text).toBe(text.slice(b.start, b.end));
          at = b.end;
        }
      }),
      { seed: 42, numRuns: 2000 },
    );
  });

  it("should strip idempotently", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = stripBoilerplate(text);
        expect(stripBoilerplate(once)).toBe(once);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });

  it("should run in linear time on 1 MB of footer-like lines", () => {
    const lines = [" Reuter", "Advertisement", "Share", "(end)", "More", "© 2024 Example. All rights reserved.", "Posted at 10:55 PM, May 11, 2014", "x — AFP pic"];
    let big = "";
    for (let i = 0; big.length < 1_000_000; i++) big += lines[i % lines.length] + "\n";
    const t0 = performance.now();
    findBoilerplate(big);
    stripBoilerplate(big);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
