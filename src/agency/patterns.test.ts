import { describe, expect, it } from "vitest";
import {
  CITED_BEFORE,
  CITED_LAST_WORDS,
  INPUTS_BEFORE,
  INPUTS_LAST_WORDS,
  TOLD_BEFORE,
  TOLD_LAST_WORDS,
} from "./patterns.ts";

/** The trailing letters before the trailing whitespace, lower case (what the gate looks up). */
function last(s: string): string {
  const t = s.trimEnd();
  let k = t.length;
  while (k > 0 && /[A-Za-z]/u.test(t[k - 1]!)) k--;
  return t.slice(k).toLowerCase();
}

describe("end-anchored cue regexes and their last words", () => {
  it.each([
    [TOLD_BEFORE, TOLD_LAST_WORDS, "the minister told "],
    [TOLD_BEFORE, TOLD_LAST_WORDS, "a spokesman told the  "],
    [TOLD_BEFORE, TOLD_LAST_WORDS, "she said in an interview with "],
    [TOLD_BEFORE, TOLD_LAST_WORDS, "the envoy, speaking to "],
    [TOLD_BEFORE, TOLD_LAST_WORDS, "the firm e-mailed to "],
    [TOLD_BEFORE, TOLD_LAST_WORDS, "the coach Tells an "],
    [TOLD_BEFORE, TOLD_LAST_WORDS, "he was telling "],
    [CITED_BEFORE, CITED_LAST_WORDS, "the ministry said, according to "],
    [CITED_BEFORE, CITED_LAST_WORDS, "the figures were carried by the state-run "],
    [CITED_BEFORE, CITED_LAST_WORDS, "a statement quoted by the official "],
    [CITED_BEFORE, CITED_LAST_WORDS, "the report, citing the news agency "],
    [CITED_BEFORE, CITED_LAST_WORDS, "shown on television, via "],
    [CITED_BEFORE, CITED_LAST_WORDS, "three reports from an "],
    [CITED_BEFORE, CITED_LAST_WORDS, "the deal, quoting state "],
    [INPUTS_BEFORE, INPUTS_LAST_WORDS, "(With additional inputs from "],
    [INPUTS_BEFORE, INPUTS_LAST_WORDS, "Courtesy of the "],
    [INPUTS_BEFORE, INPUTS_LAST_WORDS, "Photos courtesy "],
    [INPUTS_BEFORE, INPUTS_LAST_WORDS, "content provided by "],
  ] as const)(
    "should end every match of %s in a listed last word (%j)",
    (re, words, before) => {
      expect(re.test(before)).toBe(true);
      expect(words as readonly string[]).toContain(last(before));
    },
  );
});
