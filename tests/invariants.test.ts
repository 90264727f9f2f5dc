// Property tests over arbitrary strings, wire-ish token soup and mutated stories: the parsers never
// throw, their output passes the schemas, every span is exact, quotes are sorted and disjoint, and
// the segments partition the input. Fixed seed: a failure reproduces; a failing input found here
// becomes a fixture row in the module's own tests.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeCorpus } from "../bench/corpus.mjs";
import {
  detectAgency,
  extractQuotes,
  findBoilerplate,
  parseArticle,
  parseBylines,
  parseDateline,
  stripBoilerplate,
  type Article,
  type Span,
} from "../src/index.ts";
import {
  AgencySchema,
  ArticleSchema,
  BoilerplateSchema,
  BylineSchema,
  DatelineSchema,
  QuoteSchema,
} from "../src/schemas.ts";

const SEED = 20240822;
const FIXTURES = join(import.meta.dirname, "..", "fixtures");

/** Real-looking stories to mutate: the seed story and the invented fixture stories (0.3-3 KB). */
const STORIES: string[] = [
  readFileSync(join(FIXTURES, "seed", "anadolu-kallas.txt"), "utf8"),
  ...readdirSync(join(FIXTURES, "stories"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(FIXTURES, "stories", f), "utf8")),
];
/** Checked as they are, not mutated: the stories above plus generated ones of 2-6 KB. */
const WHOLE_STORIES: string[] = [
  ...STORIES,
  ...(makeCorpus(8, SEED) as string[]),
];

/** Pieces of wire copy that the parsers key on, to build strings that look like copy. */
const TOKENS = [
  '"',
  "\u201c",
  "\u201d",
  "\u2018",
  "\u2019",
  "'",
  "\u00ab",
  "\u00bb",
  "\u201e",
  "\u2014",
  "\u2013",
  "-",
  "--",
  " -- ",
  "\n",
  "\n\n",
  "\r\n",
  "\r",
  "\u2028",
  " ",
  "  ",
  "\t",
  "\u00a0",
  ",",
  ", ",
  ".",
  ". ",
  ";",
  ":",
  "(",
  ")",
  "/",
  "___",
  "(AP)",
  "(Reuters)",
  "(AFP)",
  "(Xinhua)",
  "(PTI)",
  "Reuter",
  "--IANS",
  "/PRNewswire/",
  "AA",
  "Anadolu Agency",
  "By ",
  "BY ",
  "by ",
  "JOHN SMITH",
  "Shaun TANDON",
  "Associated Press",
  "Reporting by ",
  "Editing by ",
  "Additional reporting by ",
  "contributed to this report.",
  "LONDON",
  "WASHINGTON",
  "SEOUL, South Korea",
  "Calif.",
  "NEW DELHI",
  "Aug 22",
  "March 3, 2024",
  "Jan. 5",
  "said",
  " said ",
  "told reporters",
  "according to",
  "she said.",
  "he added.",
  "Kallas",
  "Kaja Kallas",
  "Mr. ",
  "Prime Minister",
  "the minister",
  "She",
  "They",
  "U.S.",
  "Copyright 2024",
  "\u00a9 2024 AFP",
  "All rights reserved.",
  "Enditem",
  "MORE",
  "__proto__",
  "constructor",
  "toString",
  "About Acme",
  "Media contact:",
  "http://x.example/a",
  "Photo: ",
  "Word",
  "The",
  "in/dmi",
];
const token = fc.constantFrom(...TOKENS);
const tokenSoup = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: token },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    ),
    { maxLength: 60 },
  )
  .map((a) => a.join(""));
const codeUnit = fc
  .integer({ min: 0, max: 0xffff })
  .map((c) => String.fromCharCode(c));
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    s: fc.oneof(token, fc.string({ unit: "binary", maxLength: 3 })),
  }),
  fc.record({
    kind: fc.constant("delete" as const),
    at: fc.nat(),
    len: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({ kind: fc.constant("swap" as const), at: fc.nat(), b: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, edits: readonly Mutation[]): string {
  let t = text;
  for (const m of edits) {
    const at = m.at % (t.length + 1);
    if (m.kind === "insert") t = t.slice(0, at) + m.s + t.slice(at);
    else if (m.kind === "delete") t = t.slice(0, at) + t.slice(at + m.len);
    else if (t.length > 1) {
      const i = Math.min(at, t.length - 1);
      const j = m.b % t.length;
      const [a, b] = i < j ? [i, j] : [j, i];
      if (a !== b)
        t = t.slice(0, a) + t[b] + t.slice(a + 1, b) + t[a] + t.slice(b + 1);
    }
  }
  return t;
}
const mutatedStory = fc
  .tuple(
    fc.constantFrom(...STORIES),
    fc.array(mutation, { minLength: 1, maxLength: 8 }),
  )
  .map(([s, e]) => mutate(s, e));

/** Every span in an article, with a path naming it. */
function spansOf(a: Article): [string, Span][] {
  const out: [string, Span][] = [];
  const add = (path: string, s: Span | null | undefined): void => {
    if (s) out.push([path, s]);
  };
  add("headline", a.headline);
  if (a.dateline) {
    add("dateline", a.dateline);
    a.dateline.locations.forEach((l, i) => add(`dateline.locations[${i}]`, l));
    add("dateline.region", a.dateline.region);
    add("dateline.date", a.dateline.date);
    add("dateline.agency", a.dateline.agency);
  }
  a.bylines.forEach((b, i) => add(`bylines[${i}]`, b));
  a.quotes.forEach((q, i) => {
    add(`quotes[${i}]`, q);
    add(`quotes[${i}].speaker`, q.speaker);
    add(`quotes[${i}].cue`, q.cue);
  });
  a.boilerplate.forEach((b, i) => add(`boilerplate[${i}]`, b));
  a.agency?.evidence.forEach((e, i) => add(`agency.evidence[${i}]`, e));
  a.segments.forEach((s, i) => add(`segments[${i}]`, s));
  return out;
}

/** Throws (with the path) unless `span` is exactly `input.slice(start, end)` inside the input. */
function assertExact(input: string, path: string, s: Span): void {
  const ok =
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    s.start >= 0 &&
    s.start <= s.end &&
    s.end <= input.length &&
    s.text === input.slice(s.start, s.end);
  if (!ok)
    throw new Error(
      `${path}: span [${s.start}, ${s.end}) text ${JSON.stringify(s.text)} is not input.slice(start, end)`,
    );
}

function assertSortedDisjoint(path: string, items: readonly Span[]): void {
  for (let i = 1; i < items.length; i++) {
    if (items[i]!.start < items[i - 1]!.end)
      throw new Error(`${path}: item ${i} starts before item ${i - 1} ends`);
  }
}

/** All article invariants; throws on the first broken one. */
function checkArticle(input: string): void {
  const article = parseArticle(input);
  const parsed = ArticleSchema.safeParse(article);
  if (!parsed.success)
    throw new Error(`ArticleSchema: ${parsed.error.message}`);
  for (const [path, s] of spansOf(article)) assertExact(input, path, s);
  assertSortedDisjoint("quotes", article.quotes);
  assertSortedDisjoint("boilerplate", article.boilerplate);
  // Segments partition the input: contiguous, non-empty, from 0 to the end.
  let at = 0;
  for (const [i, s] of article.segments.entries()) {
    if (s.start !== at || s.end <= s.start)
      throw new Error(
        `segments[${i}] is [${s.start}, ${s.end}), expected to start at ${at}`,
      );
    at = s.end;
  }
  if (at !== input.length)
    throw new Error(`segments end at ${at}, input length ${input.length}`);
}

/** The part functions: no throw, schema-valid, exact spans, sorted lists. */
function checkParts(input: string): void {
  const dateline = parseDateline(input);
  DatelineSchema.nullable().parse(dateline);
  const bylines = parseBylines(input);
  BylineSchema.array().parse(bylines);
  const quotes = extractQuotes(input);
  QuoteSchema.array().parse(quotes);
  assertSortedDisjoint("extractQuotes", quotes);
  const boilerplate = findBoilerplate(input);
  BoilerplateSchema.array().parse(boilerplate);
  assertSortedDisjoint("findBoilerplate", boilerplate);
  const agency = detectAgency(input);
  AgencySchema.nullable().parse(agency);
  const spans: [string, Span | null][] = [
    ["dateline", dateline],
    ["dateline.date", dateline?.date ?? null],
    ["dateline.region", dateline?.region ?? null],
    ["dateline.agency", dateline?.agency ?? null],
    ...(dateline?.locations ?? []).map((l, i): [string, Span] => [
      `dateline.locations[${i}]`,
      l,
    ]),
    ...bylines.map((b, i): [string, Span] => [`bylines[${i}]`, b]),
    ...quotes.flatMap((q, i): [string, Span | null][] => [
      [`quotes[${i}]`, q],
      [`quotes[${i}].speaker`, q.speaker],
      [`quotes[${i}].cue`, q.cue],
    ]),
    ...boilerplate.map((b, i): [string, Span] => [`boilerplate[${i}]`, b]),
    ...(agency?.evidence ?? []).map((e, i): [string, Span] => [
      `agency.evidence[${i}]`,
      e,
    ]),
  ];
  for (const [path, s] of spans) if (s) assertExact(input, path, s);
  if (typeof stripBoilerplate(input) !== "string")
    throw new Error("stripBoilerplate did not return a string");
}

// Budget: about 100,000 cases in under a minute on two cores, weighted towards short strings;
// a mutated story costs 20-50 short strings.
const RUNS = {
  binaryStrings: 50_000,
  codeUnitStrings: 25_000,
  tokenSoup: 40_000,
  mutatedStories: 10_000,
  partsOnSoup: 3_000,
  partsOnStories: 2_000,
  nonStrings: 2_500,
  unknownOptions: 2_500,
};
const TOTAL = Object.values(RUNS).reduce((a, b) => a + b, 0);
const FNS = {
  parseArticle,
  parseDateline,
  parseBylines,
  extractQuotes,
  findBoilerplate,
  stripBoilerplate,
  detectAgency,
} as Record<string, (text: unknown, options?: unknown) => unknown>;

describe(`invariants (fast-check seed ${SEED}, ${TOTAL} cases)`, () => {
  const params = (numRuns: number): fc.Parameters<[string]> => ({
    seed: SEED,
    numRuns,
  });
  // Stories are long: report the first failure as found rather than shrink it for minutes.
  const storyParams = (numRuns: number): fc.Parameters<[string]> => ({
    seed: SEED,
    numRuns,
    endOnFailure: true,
  });

  it(`should keep every article invariant on ${RUNS.binaryStrings} arbitrary Unicode strings`, () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) =>
        checkArticle(s),
      ),
      params(RUNS.binaryStrings),
    );
  });

  it(`should keep every article invariant on ${RUNS.codeUnitStrings} strings of raw UTF-16 code units (lone surrogates)`, () => {
    fc.assert(
      fc.property(fc.string({ unit: codeUnit, maxLength: 200 }), (s) =>
        checkArticle(s),
      ),
      params(RUNS.codeUnitStrings),
    );
  });

  it(`should keep every article invariant on ${RUNS.tokenSoup} strings built from wire tokens`, () => {
    fc.assert(
      fc.property(tokenSoup, (s) => checkArticle(s)),
      params(RUNS.tokenSoup),
    );
  });

  it(`should keep every article invariant on ${RUNS.mutatedStories} stories with characters inserted, deleted and swapped`, () => {
    fc.assert(
      fc.property(mutatedStory, (s) => checkArticle(s)),
      storyParams(RUNS.mutatedStories),
    );
  });

  it(`should keep the part functions' invariants on ${RUNS.partsOnSoup} token strings`, () => {
    fc.assert(
      fc.property(tokenSoup, (s) => checkParts(s)),
      params(RUNS.partsOnSoup),
    );
  });

  it(`should keep the part functions' invariants on ${RUNS.partsOnStories} mutated stories`, () => {
    fc.assert(
      fc.property(mutatedStory, (s) => checkParts(s)),
      storyParams(RUNS.partsOnStories),
    );
  });

  it(`should throw TypeError for a non-string text in every function (${RUNS.nonStrings} cases)`, () => {
    fc.assert(
      fc.property(
        fc.anything().filter((v) => typeof v !== "string"),
        fc.constantFrom(...Object.keys(FNS)),
        (value, name) => {
          expect(() => FNS[name]!(value)).toThrow(TypeError);
        },
      ),
      { seed: SEED, numRuns: RUNS.nonStrings },
    );
  });

  it(`should throw TypeError for an unknown option in every function (${RUNS.unknownOptions} cases)`, () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 1, maxLength: 12 })
          .filter(
            (k) => k !== "referenceDate" && k !== "debug" && k !== "__proto__",
          ),
        fc.constantFrom(...Object.keys(FNS)),
        (key, name) => {
          expect(() =>
            FNS[name]!("LONDON (Reuters) - Text.", { [key]: true }),
          ).toThrow(TypeError);
        },
      ),
      { seed: SEED, numRuns: RUNS.unknownOptions },
    );
  });

  it("should keep the invariants on each fixture story as is", () => {
    for (const s of WHOLE_STORIES) {
      checkArticle(s);
      checkParts(s);
    }
    expect(WHOLE_STORIES.length).toBeGreaterThan(10);
  });
});
