import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeDoc } from "../_lib/doc.ts";
import { findQuoteSpans, scanQuotes, type QuoteSpan } from "./findQuoteSpans.ts";

const spansOf = (text: string): QuoteSpan[] => findQuoteSpans(makeDoc(text));
const textsOf = (text: string): string[] => spansOf(text).map((q) => text.slice(q.start, q.end));

/** Offsets of the n-th occurrence of `needle` in `hay`. */
function at(hay: string, needle: string, nth = 0): [number, number] {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = hay.indexOf(needle, i + 1);
  return [i, i + needle.length];
}

describe("findQuoteSpans: mark forms (text and offsets)", () => {
  it.each([
    ["curly double marks", "“We will win this war,” Kallas told the BBC.", "We will win this war,", 1, 1],
    ["straight double marks", 'The minister said, "Prices will fall by spring."', "Prices will fall by spring.", 1, 1],
    ["British single marks closed by the apostrophe character", "‘We don’t know what’s next,' the nurse said.", "We don’t know what’s next,", 1, 1],
    ["British curly single marks", "‘The water came in within minutes,’ Mr Hale told reporters.", "The water came in within minutes,", 1, 1],
    ["doubled single marks", "‘‘The talks were frank and useful,’’ the envoy said.", "The talks were frank and useful,", 2, 2],
    ["NYT two-apostrophe marks", "''It's a very strong market,'' Mr. Ortiz said.", "It's a very strong market,", 2, 2],
    ["” used as the opening mark", "”We have no more water left,” a resident said.", "We have no more water left,", 1, 1],
    ["German low-high marks", "„Wir schaffen das nicht allein“, sagte die Ministerin.", "Wir schaffen das nicht allein", 1, 1],
    ["French guillemets with spaces", "« Nous allons gagner ce match », a déclaré l'entraîneur.", "Nous allons gagner ce match", 2, 2],
    ["reversed German guillemets", "»Wir haben keine andere Wahl«, sagte der Minister.", "Wir haben keine andere Wahl", 1, 1],
    ["a British quote with a double quote inside", "‘He told me “go home” and left,’ she said.", "He told me “go home” and left,", 1, 1],
    ["a British quote ending in a possessive before its cue", "‘It was the Joneses’ fault, not ours,’ he said.", "It was the Joneses’ fault, not ours,", 1, 1],
    ["mismatched marks", "“We are ready for anything,’ the captain said.", "We are ready for anything,", 1, 1],
    ["TeX-style backticks", "``We expect a full recovery,'' the spokesman said.", "We expect a full recovery,", 2, 2],
    ["single backtick and apostrophe", "`The port will reopen soon,' the official said.", "The port will reopen soon,", 1, 1],
    ["curly open, straight close", "“Rates will stay where they are for now,\" the governor said.", "Rates will stay where they are for now,", 1, 1],
    ["“ used as a closing mark", "He said it was “a wholly avoidable crisis“ on Monday.", "a wholly avoidable crisis", 1, 1],
  ])("should read %s", (_name, input, expected, openLen, closeLen) => {
    const spans = spansOf(input);
    expect(spans).toHaveLength(1);
    const q = spans[0]!;
    const [s, e] = at(input, expected);
    expect(input.slice(q.start, q.end)).toBe(expected);
    expect([q.start, q.end]).toEqual([s, e]);
    expect(q.open).toBe(s - openLen);
    expect(q.close).toBe(e + closeLen);
    expect(q.closed).toBe(true);
  });
});

describe("findQuoteSpans: structure", () => {
  it("should keep a quote over several paragraphs as one, with the break and repeated mark", () => {
    const input =
      "“The flood came at night and nobody warned us.\n\n“We lost everything we had in the shop,” the trader said.";
    const spans = spansOf(input);
    expect(spans).toHaveLength(1);
    const q = spans[0]!;
    expect(input.slice(q.start, q.end)).toBe(
      "The flood came at night and nobody warned us.\n\n“We lost everything we had in the shop,",
    );
    expect([q.open, q.start]).toEqual([0, 1]);
    expect(q.close).toBe(input.indexOf("” the trader") + 1);
    expect(q.closed).toBe(true);
  });

  it("should keep a straight-mark quote over paragraphs separated by single line breaks", () => {
    const input = '"Exports fell again in May.\n"We expect a slow second half," the analyst said.';
    expect(textsOf(input)).toEqual(['Exports fell again in May.\n"We expect a slow second half,']);
  });

  it("should split a quote interrupted by its cue into two quotes", () => {
    const input = '"We will win," the coach said, "and we will win soon."';
    const spans = spansOf(input);
    expect(spans.map((q) => input.slice(q.start, q.end))).toEqual(["We will win,", "and we will win soon."]);
    expect(spans.map((q) => [q.start, q.end])).toEqual([at(input, "We will win,"), at(input, "and we will win soon.")]);
    expect(spans[1]!.partial).toBe(false);
  });

  it("should not return a quote inside a quote separately", () => {
    const input = "“Russia will not accept these ‘security guarantees,' not now,” he said in a statement.";
    expect(textsOf(input)).toEqual(["Russia will not accept these ‘security guarantees,' not now,"]);
  });

  it("should close a nested single quote and its outer quote in a run of three apostrophes", () => {
    const input = "''He told me, 'get out of my office right now.''' Ms. Vance said.";
    expect(textsOf(input)).toEqual(["He told me, 'get out of my office right now.'"]);
  });

  it("should recover an unclosed quote at its paragraph end, not later", () => {
    const input = 'The mayor said "the bridge will stay shut until further notice\n\nTraffic was diverted. "Drive slowly," police said.';
    const spans = spansOf(input);
    expect(spans.map((q) => input.slice(q.start, q.end))).toEqual(["the bridge will stay shut until further notice", "Drive slowly,"]);
    expect(spans[0]!.closed).toBe(false);
    expect(spans[0]!.close).toBe(spans[0]!.end);
    expect(spans[0]!.end).toBe(input.indexOf("\n"));
  });

  it("should end an unclosed quote where the same mark opens again after a sentence", () => {
    const input = "‘I’m a welder, I had just got home from work. He added: ‘Nobody came to help us at all.’";
    expect(textsOf(input)).toEqual(["I’m a welder, I had just got home from work. He added:", "Nobody came to help us at all."]);
  });

  it("should follow a hard-wrapped quote onto the next line", () => {
    const input = '"The recovery is fragile and we\ncannot be complacent," the governor said.';
    expect(textsOf(input)).toEqual(["The recovery is fragile and we\ncannot be complacent,"]);
  });

  it("should follow a quote over wrapped lines in copy that indents its paragraphs", () => {
    const input =
      '    "Sales held up better than we feared in the first quarter.\nMargins will recover by the summer," the chief\nexecutive said.\n    Shares rose.';
    expect(textsOf(input)).toEqual(["Sales held up better than we feared in the first quarter.\nMargins will recover by the summer,"]);
  });

  it("should start a new quote at each speaker turn of a transcript", () => {
    const input = 'The exchange went as follows:\n\n"HOST: Will you stand down if you lose the vote?\n\n"MAYOR: I have no plans to go anywhere at all.';
    expect(textsOf(input)).toEqual(["HOST: Will you stand down if you lose the vote?", "MAYOR: I have no plans to go anywhere at all."]);
  });

  it("should read a mistyped doubled straight mark as one mark", () => {
    const input = '"We held firm last time," he said, ""but that may not happen again."';
    expect(textsOf(input)).toEqual(["We held firm last time,", "but that may not happen again."]);
  });

  it("should nest a quote of the other glyph after a colon", () => {
    const input = '"Here is the question we asked: “Do you trust the council with your money?” Most said no."';
    expect(textsOf(input)).toEqual(["Here is the question we asked: “Do you trust the council with your money?” Most said no."]);
  });

  it("should drop a programme named after a possessive and an article title followed by its author", () => {
    const input =
      'She told CBS\'s "Evening News Tonight," that she would run.\n\n"Council to close the old library in March," by the Herald\'s Ann Lee.';
    expect(textsOf(input)).toEqual([]);
  });

  it("should open a single-quoted quote that starts with a two-digit number", () => {
    const input = "'90 percent of the crop is gone,' the farmer said, recalling the '08 drought.";
    expect(textsOf(input)).toEqual(["90 percent of the crop is gone,"]);
  });

  it("should read a straight closing mark glued to the next sentence", () => {
    const input = 'He urged them to "raise output and cut waste in every plant."He then left.';
    expect(textsOf(input)).toEqual(["raise output and cut waste in every plant."]);
  });

  it("should close a British quote after s’ when the writer's sentence goes on", () => {
    const input = "He said it took ‘a good few weeks’ to dry out, and the players’ union agreed.";
    expect(textsOf(input)).toEqual(["a good few weeks"]);
  });

  it("should mark fragments inside the writer's sentence as partial", () => {
    const input = "Officials said it was “a disaster for the whole country.”\n\n“It is a disaster,” the minister said.";
    const spans = spansOf(input);
    expect(spans.map((q) => [input.slice(q.start, q.end), q.partial])).toEqual([
      ["a disaster for the whole country.", true],
      ["It is a disaster,", false],
    ]);
  });

  it("should keep a short full-sentence quote with a cue", () => {
    const input = "The crowd fell silent.\n\n“Never again,” she said.";
    expect(textsOf(input)).toEqual(["Never again,"]);
  });

  it.each([
    ["a word after a naming verb and its object", "The mayor called the toll “robbery” on Tuesday.", "robbery", "quotes/short-cued"],
    ["a two-word phrase after `described ... as`", "She described it as “deeply cynical” in her reply.", "deeply cynical", "quotes/short-cued"],
    ["a predicate after a form of be", "The union said the offer was ‘insulting’ and walked out.", "insulting", "quotes/short-predicate"],
    ["a predicate after be with no reporting verb", "The new rota is ''unworkable'' for most nurses.", "unworkable", "quotes/short-predicate"],
    ["an article phrase that ends the sentence", "Critics said the bypass was a “white elephant.”", "white elephant.", "quotes/short-described"],
    ["an article phrase in a sentence that reports speech", "In a statement the club called it a \"betrayal\" of its fans.", "betrayal", "quotes/short-cued"],
    ["an article phrase with its cue after it", "It is a “fair deal” for growers, the minister told reporters.", "fair deal", "quotes/short-described"],
  ])("should keep a short reported quote: %s", (_name, input, expected, rule) => {
    const spans = spansOf(input);
    expect(spans).toHaveLength(1);
    const q = spans[0]!;
    expect(input.slice(q.start, q.end)).toBe(expected);
    expect([q.start, q.end]).toEqual(at(input, expected));
    expect(q.rule).toBe(rule);
    expect(q.partial).toBe(true);
  });

  it.each([
    ["a modifier before its noun", "Engineers blamed an “unexpected” pressure drop for the leak."],
    ["punctuation set outside the marks", "The ministry said the policy was under review, calling it “temporary”."],
    ["a mentioned word", "Officials said the term “lockdown” was never used."],
    ["an infinitive", "Residents were urged to “shelter” until noon."],
    ["a Title Case name after a verb", "Fans called the striker “Big Sam” for years."],
    ["`called for`", "The council called for “calm” after the vote."],
  ])("should drop a short scare quote: %s", (_name, input) => {
    expect(spansOf(input)).toEqual([]);
  });

  it.each([
    ["a naming verb", "Governor Calls Toll Plan ‘A Disgrace’ Over Costs\n\nThe plan was shelved.", "A Disgrace", "quotes/short-headline"],
    ["a colon after the speaker", "Hale: Port Deal Was ‘Rushed’ by Council\n\nThe deal was signed.", "Rushed", "quotes/short-headline"],
    ["a stop inside the closing mark", "Dockers Brand New Rota As A ‘Disgrace.’\n\nThe rota starts today.", "Disgrace.", "quotes/short-headline"],
    ["a Title Case rating ending its sentence", "The fact-checkers said the claim was labeled “Mostly True.”", "Mostly True.", "quotes/short-cued"],
  ])("should keep a short quote: %s", (_name, input, expected, rule) => {
    const q = spansOf(input).find((x) => input.slice(x.start, x.end) === expected)!;
    expect([q.start, q.end]).toEqual(at(input, expected));
    expect(q.rule).toBe(rule);
  });

  it.each([
    ["a headline with no reporting word", "Port Talks Stall Over ‘Unfair Terms’ for Dock Workers\n\nThe talks failed."],
    ["a short quote in a Title Case line that is not the first", "The talks failed.\n\nMinister Calls Talks ‘A Farce’\n\nNothing moved."],
    ["a Title Case name that goes on to a noun", "Fans called the striker “Big Sam” for years."],
    ["a quoted Title Case line between paragraphs", "The mine closed in June.\n\n‘Coal Is Not the Enemy.’\n\nMiners met on Friday."],
  ])("should find no quote: %s", (_name, input) => {
    expect(textsOf(input)).toEqual([]);
  });

  it("should keep a quoted phrase in a Title Case headline", () => {
    const input = "Minister Says Talks Were ‘A Waste Of Time’\n\nLONDON (AP) — The talks failed.";
    expect(textsOf(input)).toEqual(["A Waste Of Time"]);
  });

  it("should keep a quoted statement in the seed story and drop its scare quotes and names", () => {
    const input = readFileSync(new URL("../../fixtures/seed/anadolu-kallas.txt", import.meta.url), "utf8");
    const texts = textsOf(input);
    expect(texts).toContain("trap that Russia wants us to walk into.");
    expect(texts).toContain("credible and robust");
    expect(texts).toContain("within two weeks.");
    expect(texts).not.toContain("peacekeepers.");
    expect(texts).not.toContain("security guarantees");
    expect(texts).not.toContain("Coalition of the Willing");
    expect(texts.at(-1)).toBe(
      "It has been explicitly stated: NO NATO troops as peacekeepers. Russia will not accept these ‘security guarantees,'",
    );
    expect(texts).toHaveLength(10);
  });
});

describe("findQuoteSpans: negatives (fixtures/negative/quotes.txt)", () => {
  const lines = readFileSync(new URL("../../fixtures/negative/quotes.txt", import.meta.url), "utf8").split("\n");
  const cases = lines
    .map((line, i) => [i + 1, line] as const)
    .filter(([, line]) => line.trim() !== "" && !line.trimStart().startsWith("%"));
  it.each(cases)("should find no quote on line %i", (_n, line) => {
    expect(textsOf(line)).toEqual([]);
    expect(textsOf(`The report was published on Monday.\n\n${line}\n\nOfficials declined to comment.`)).toEqual([]);
  });
});

describe("findQuoteSpans: invariants", () => {
  const alphabet = fc.constantFrom(..."ab sS.,:\n“”\"‘’'`«»„".split(""), "''", "\n\n", " the ", "don't");
  it("should return exact, sorted, non-overlapping spans for any string", () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((a) => a.join("")), (s) => {
        const spans = spansOf(s);
        let last = -1;
        for (const q of spans) {
          expect(q.open).toBeGreaterThanOrEqual(last);
          expect(q.open).toBeLessThan(q.start);
          expect(q.start).toBeLessThan(q.end);
          expect(q.end).toBeLessThanOrEqual(q.close);
          expect(s.slice(q.start, q.end).trim()).toBe(s.slice(q.start, q.end));
          if (!q.closed) expect(q.close).toBe(q.end);
          last = q.close;
        }
        const raws = scanQuotes(makeDoc(s));
        for (let k = 1; k < raws.length; k++) expect(raws[k]!.open).toBeGreaterThanOrEqual(raws[k - 1]!.close);
      }),
      { seed: 20240817, numRuns: 2000 },
    );
  });

  it.each([
    ["unbalanced marks", '“ " ‘ ’ \' `` « '.repeat(100_000)],
    ["one unclosed quote", "“" + "word ".repeat(200_000)],
    ["one unclosed single quote with possessives", "‘" + "the players’ union ".repeat(50_000)],
    ["many short lines of marks", "\"a\n\n“b ‘c\n".repeat(100_000)],
  ])("should scan 1 MB of %s in linear time", (_name, input) => {
    const t0 = performance.now();
    const spans = spansOf(input);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(Array.isArray(spans)).toBe(true);
  });
});
