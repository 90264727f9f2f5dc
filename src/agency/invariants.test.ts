import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectAgency } from "./detectAgency.ts";

/** Pieces of wire copy to build random stories from. */
const PIECES = [
  "SEOUL (AP) — ",
  "(Reuters) - ",
  " /PRNewswire/ -- ",
  "Tehran, IRNA – ",
  "\n Reuter\n",
  " — Bernama",
  "(MENAFN- Kuwait News Agency (KUNA)) ",
  "By JOHN DOE, AP Writer\n",
  "told AFP",
  "Photo: ANI",
  "\u00a0",
  "\r\n",
  "😀",
  "(",
  ")",
  "/",
  "—",
  "PTI CORR",
];

describe("detectAgency invariants", () => {
  it("should never throw and keep every evidence span exact and inside the text", () => {
    const story = fc
      .array(
        fc.oneof(
          fc.constantFrom(...PIECES),
          fc.string({ maxLength: 20 }),
          fc.string({ unit: "grapheme", maxLength: 8 }),
        ),
        {
          maxLength: 30,
        },
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(story, (text) => {
        const agency = detectAgency(text);
        if (agency === null) return;
        expect(agency.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
        expect(agency.evidence.length).toBeGreaterThan(0);
        for (const e of agency.evidence) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(e.start, e.end)).toBe(e.text);
        }
      }),
      { seed: 20240527, numRuns: 400 },
    );
  });
});
