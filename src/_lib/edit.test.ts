import { describe, expect, it } from "vitest";
import { sameFrom, withinOneEdit } from "./edit.ts";

describe("withinOneEdit", () => {
  it.each([
    ["reuter", "reuter", false, true],
    ["reute", "reuter", false, true],
    ["reuiter", "reuter", false, true],
    ["ruter", "reuter", false, true],
    ["reutr", "reuters", false, false],
    ["juen", "june", false, false],
    ["juen", "june", true, true],
    ["marchg", "march", true, true],
    ["apirl", "april", true, true],
    ["xyz", "abc", true, false],
  ])("should say %j vs %j (swaps %j) is %j", (a, b, swaps, want) => {
    expect(withinOneEdit(a, b, swaps)).toBe(want);
    expect(withinOneEdit(b, a, swaps)).toBe(want);
  });
});

describe("sameFrom", () => {
  it("should compare the tails in place", () => {
    expect(sameFrom("narch", 1, "march", 1)).toBe(true);
    expect(sameFrom("abc", 1, "xbd", 1)).toBe(false);
    expect(sameFrom("ab", 5, "cd", 5)).toBe(true);
  });
});
