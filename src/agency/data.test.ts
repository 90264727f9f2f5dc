import { describe, expect, it } from "vitest";
import { AGENCY_INDEX, foldPhrase } from "./agencyIndex.ts";
import { AGENCIES } from "./data.ts";
import { agencyByCredit } from "./lookup.ts";

describe("AGENCIES", () => {
  it("should hold at least 60 agencies", () => {
    expect(AGENCIES.length).toBeGreaterThanOrEqual(60);
  });

  it("should give every agency a unique lowercase id of words joined by '-'", () => {
    const ids = AGENCIES.map((a) => a.id);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(AGENCIES.map((a) => [a.id, a] as const))(
    "should give %s every field, names and sign-off lists",
    (_, a) => {
      expect(a.name.trim()).not.toBe("");
      expect(a.aliases.length + a.credits.length).toBeGreaterThan(0);
      expect(Array.isArray(a.signoffs)).toBe(true);
      expect(Array.isArray(a.footers)).toBe(true);
      expect(Array.isArray(a.domains)).toBe(true);
      for (const d of a.domains)
        expect(d).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/u);
    },
  );

  it("should not let two agencies share a name, credit or sign-off", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const a of AGENCIES) {
      for (const s of [...a.aliases, ...a.credits, ...a.signoffs]) {
        const key = foldPhrase(s);
        const prev = owner.get(key);
        if (prev && prev !== a.id) clashes.push(`${s} (${prev}, ${a.id})`);
        owner.set(key, a.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("should compile every footer phrase into the footer regex", () => {
    const footers = AGENCIES.flatMap((a) =>
      a.footers.filter((f) => f.length >= 6),
    );
    for (const f of footers)
      expect(AGENCY_INDEX.footers?.exec(`x ${f} y`)?.[0]).toBe(f);
  });
});

describe("agencyByCredit", () => {
  it.each([
    ["AP", "ap"],
    ["Reuters", "reuters"],
    ["Reuter", "reuters"],
    ["dpa/lno", "dpa"],
    ["BUSINESS WIRE", "businesswire"],
    ["GLOBE NEWSWIRE", "globenewswire"],
    ["Jiji Press", "jiji"],
    ["ITAR-TASS", "tass"],
    ["UNA-OIC", "una-oic"],
    ["Prensa Latina", "prensa-latina"],
    ["BNS", "bns"],
    ["MONTSAME", "montsame"],
    ["Mehr", "mehr"],
    ["Fars", "fars"],
    ["Adnkronos", "adnkronos"],
    ["dts Nachrichtenagentur", "dts"],
    ["New Ziana", "ziana"],
  ])("should resolve %s to %s", (credit, id) => {
    expect(agencyByCredit(credit)?.id).toBe(id);
  });

  it.each(["ArabToday", "", "Agencies", "Staff"])(
    "should resolve %j to null",
    (credit) => {
      expect(agencyByCredit(credit)).toBeNull();
    },
  );
});
