import { describe, expect, it } from "vitest";
import { makeDoc } from "../_lib/doc.ts";
import { resolveOptions } from "../_lib/options.ts";
import { extractQuotes, quotesIn } from "./extractQuotes.ts";
import { findQuoteSpans } from "./findQuoteSpans.ts";

const STORY =
  "Port Talks Stall Over ‘Unfair Terms’ for Dock Workers\n\n" +
  "MOMBASA, Kenya (AP) — Dock workers walked out on Tuesday after talks broke down.\n\n" +
  "“We were promised a fair deal and we got nothing,” union leader Amina Odhiambo said. “Nothing at all.”\n\n" +
  "The port authority said the strike was “illegal and reckless” and that it would “not negotiate under threat.”\n\n" +
  "“The ships are waiting in the bay.\n\n" +
  "“Every day costs the country millions,” a shipping agent said.\n\n" +
  "Copyright 2024 The Associated Press. All rights reserved. “Do not redistribute this material.”";

describe("extractQuotes", () => {
  it.each([
    ["Nothing at all.", false],
    ["We were promised a fair deal and we got nothing,", false],
    ["illegal and reckless", true],
    ["not negotiate under threat.", true],
    ["The ships are waiting in the bay.\n\n“Every day costs the country millions,", false],
    ["Do not redistribute this material.", false],
  ])("should find %j with exact offsets (partial: %s)", (text, partial) => {
    const quotes = extractQuotes(STORY);
    const q = quotes.find((x) => x.text === text);
    expect(q).toBeDefined();
    expect(STORY.slice(q!.start, q!.end)).toBe(text);
    expect(q!.start).toBe(STORY.indexOf(text));
    expect(q!.partial).toBe(partial);
  });

  it("should not count a two-word phrase in the headline", () => {
    const texts = extractQuotes(STORY).map((q) => q.text);
    expect(texts).not.toContain("Unfair Terms");
    expect(texts).toHaveLength(6);
  });

  it("should find the same quote alone and inside a story", () => {
    const line = "“We were promised a fair deal and we got nothing,” union leader Amina Odhiambo said.";
    const alone = extractQuotes(line);
    expect(alone.map((q) => [q.text, q.start, q.end])).toEqual([["We were promised a fair deal and we got nothing,", 1, 49]]);
    const inStory = extractQuotes(STORY).find((q) => q.text === alone[0]!.text)!;
    expect(inStory.start - STORY.indexOf(line)).toBe(1);
  });

  it("should return quotes sorted by offset", () => {
    const starts = extractQuotes(STORY).map((q) => q.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("should skip quotes that start in an excluded range", () => {
    const footer = STORY.indexOf("Copyright");
    const quotes = quotesIn(makeDoc(STORY), resolveOptions("test", STORY, undefined), {
      exclude: [{ start: footer, end: STORY.length }],
    });
    expect(quotes.map((q) => q.text)).not.toContain("Do not redistribute this material.");
    expect(quotes).toHaveLength(5);
  });

  it("should report each kept quote to the debug callback", () => {
    const events: string[] = [];
    extractQuotes(STORY, { debug: (e) => events.push(e.rule) });
    expect(events).toContain("quotes/fragment");
    expect(events).toContain("quotes/sentence");
  });

  it.each([[""], ["no marks at all"], ["“"], ["''"], ["\n\n“\n\n”"]])("should return [] and not throw for %j", (input) => {
    expect(extractQuotes(input)).toEqual([]);
  });

  it("should throw TypeError for a non-string", () => {
    expect(() => extractQuotes(42 as unknown as string)).toThrow(TypeError);
  });
});

/** About 1 MiB of `unit` repeated. */
const fill = (unit: string): string => unit.repeat(Math.ceil((1 << 20) / unit.length)).slice(0, 1 << 20);

/** Invented copy, repeated to about 1 MiB, with no quotation mark at all. */
const PLAIN_STORY = fill(
  "LAGOS, Nigeria (AP) — Port officials said on Monday that the new cranes would arrive by March.\n\n" +
    "The transport minister told reporters the project was on schedule and within budget.\n\n",
);

describe("extractQuotes: worst cases in linear time", () => {
  it.each([
    ["1 MiB of mixed quotation marks", fill("\u201c\"\u201d'\u2018\u2019\u00ab\u00bb"), 0],
    ["1 MiB of straight double marks", fill('"'), 0],
    ["1 MiB of line breaks", fill("\n"), 0],
    ["1 MiB of blank lines with spaces and CRLF", fill(" \r\n\t\u2028\r"), 0],
    ["one unclosed quote over 1 MiB of story text", "\u201c" + PLAIN_STORY.slice(1), 1],
    ["1 MiB of short quotes in reported clauses", fill("He said the plan had “border controls” and border controls, "), -1],
    ["10,000 short lines", Array.from({ length: 10_000 }, (_, i) => ["By JO", "\u201cx", "", "MORE", "\u2018Said Ali"][i % 5]).join("\n"), -1],
  ])("should handle %s in bounded time (< 3 s on a loaded machine)", (_name, input, count) => {
    const t0 = performance.now();
    const quotes = extractQuotes(input);
    expect(performance.now() - t0).toBeLessThan(3000);
    if (count >= 0) expect(quotes).toHaveLength(count);
    for (const q of quotes) expect(input.slice(q.start, q.end)).toBe(q.text);
  });
});

/** The passages findQuoteSpans keeps in `text`, as [text, start, end, rule]. */
const keptSpans = (text: string): [string, number, number, string | undefined][] =>
  findQuoteSpans(makeDoc(text)).map((q) => [text.slice(q.start, q.end), q.start, q.end, q.rule]);

describe("extractQuotes: short reported quotes (invented copy)", () => {
  it.each([
    ["a naming verb past a long object", "The governor called the new toll plan “robbery.”", "robbery.", "quotes/short-cued"],
    ["`described ... as` past a long object", "Residents described the water in the mains as “almost brown.”", "almost brown.", "quotes/short-cued"],
    ["a reporting verb governing the clause", "The mayor says the city is ready for “a fight.”", "a fight.", "quotes/short-clause"],
    ["a belief verb governing the clause", "Ms. Ode thinks the board moved far too “fast,” and others agree.", "fast,", "quotes/short-clause"],
    ["a list item after a kept item", "The coach called the referee a “cheat,” a “liar” and “blind.”", "blind.", "quotes/short-list"],
    ["a list item before another item", "The coach called the referee a “cheat,” a “liar” and “blind.”", "liar", "quotes/short-list"],
    ["a list item before a conjunction", "She said the bid was “late” and “too small” and walked out.", "too small", "quotes/short-list"],
    ["a verb of regarding before `as a`", "Voters still regard the senator as a “safe pair,” polls show.", "safe pair,", "quotes/short-as"],
    ["a phrase closed by a dash", "The mayor called the budget “pure fiction” — and left.", "pure fiction", "quotes/short-cued"],
    ["a predicate followed by an adverb", "The inquiry found there was “no evidence” yet of a leak.", "no evidence", "quotes/short-predicate"],
    ["an article phrase the story repeats", "Residents heard a bomb go off. Police later said the man had carried “a bomb” into the hall.", "a bomb", "quotes/short-clause"],
  ])("should keep %s", (_name, input, expected, rule) => {
    const start = input.indexOf(`“${expected}”`) + 1;
    expect(keptSpans(input)).toContainEqual([expected, start, start + expected.length, rule]);
  });

  it.each([
    ["a term defined by its initials", "Staff must follow the “fair access rule” (FAR) at all times, the manual says."],
    ["a term defined by its initials after `or`", "Editors must write from a “balanced public record” or BPR."],
    ["a scare quote after a glued sentence", "Crews worked all night, the ministry said Tuesday.The minister made a “site visit” to the plant."],
    ["a two-word term the writer also uses unquoted", "Talks on border controls stalled, and the minister said Paris would not accept “border controls” in that form."],
    ["a two-word term used unquoted after letters whose lower case is longer", "Talks in İzmir and İstanbul on border controls stalled, and the minister said Paris would not accept “border controls” in that form."],
    ["a list whose first item is a scare quote", "She called him a “thief,” “crook,” “liar,” and a danger to the town."],
    ["a naming verb behind another quoted passage", "Critics call the “new” bridge design “unsafe.”"],
    ["`as` after a verb that does not regard", "Troops were sent to the border as “peacekeepers” in May."],
  ])("should drop %s", (_name, input) => {
    const kept = keptSpans(input).filter(([t]) => t.split(" ").length < 3);
    expect(kept).toEqual([]);
  });

  it("should drop a list item before a preposition but keep the first item", () => {
    const input = "He said he felt “tired” and “let down” after the vote.";
    expect(keptSpans(input)).toEqual([["tired", 17, 22, "quotes/short-cued"]]);
  });
});
