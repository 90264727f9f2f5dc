import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeDoc } from "../_lib/doc.ts";
import { resolveOptions } from "../_lib/options.ts";
import type { Dateline } from "../dateline/schema.ts";
import { bylinesIn, parseBylines } from "./parseBylines.ts";
import { BylineSchema } from "./schema.ts";
import { findTrailers } from "./trailers.ts";

type Row = readonly [
  title: string,
  input: string,
  expected: readonly (readonly [
    name: string,
    role: string,
    affiliation: string | null,
  ])[],
];

const LEAD =
  "WASHINGTON (AP) — Lawmakers returned to the capital on Monday to debate the budget.";

/** Checks every byline's span and the expected names, roles and affiliations, in order. */
function check(input: string, expected: Row[2]): void {
  const got = parseBylines(input);
  for (const b of got) {
    BylineSchema.parse(b);
    expect(input.slice(b.start, b.end)).toBe(b.text);
    expect(b.name).toBe(b.text);
  }
  expect(got.map((b) => [b.name, b.role, b.affiliation])).toEqual(expected);
  let from = 0;
  for (const b of got) {
    const at = input.indexOf(b.name, from);
    expect(b.start).toBe(at);
    from = at + b.name.length;
  }
}

describe("parseBylines: header bylines", () => {
  it.each<Row>([
    [
      "a By line with the agency on the next line",
      `By JOHN HALLORAN\nAssociated Press\n${LEAD}`,
      [["JOHN HALLORAN", "author", "Associated Press"]],
    ],
    [
      "two names joined by and",
      `Talks resume in Geneva\n\nBy Jane Whitcombe and Tomas Reyes\n\nGENEVA (Reuters) - Talks resumed.`,
      [
        ["Jane Whitcombe", "author", null],
        ["Tomas Reyes", "author", null],
      ],
    ],
    [
      "a lower-case by with a comma affiliation",
      "MARKETS EDGE HIGHER\n    by Ellen Marsh, Reuters\n    NEW YORK, March 6 - Stocks rose.",
      [["Ellen Marsh", "author", "Reuters"]],
    ],
    [
      "ALL-CAPS family-name-first names with the agency run on",
      `By MIN-JI PARK and LEE SANG-HOON Associated Press\nSEOUL, South Korea (AP) — North Korea fired a missile.`,
      [
        ["MIN-JI PARK", "author", "Associated Press"],
        ["LEE SANG-HOON", "author", "Associated Press"],
      ],
    ],
    [
      "three names with commas, an initial and a final and",
      `By LAURA FINCH, DAVID R. OKAFOR and MEI TANAKA\n${LEAD}`,
      [
        ["LAURA FINCH", "author", null],
        ["DAVID R. OKAFOR", "author", null],
        ["MEI TANAKA", "author", null],
      ],
    ],
    [
      "an AFP byline with only the surname in capitals, run into the dateline",
      "by Claire PELLETIER Agence France-Presse PARIS, France (AFP) — Farmers blocked roads.",
      [["Claire PELLETIER", "author", "Agence France-Presse"]],
    ],
    [
      "a newspaper template: names, a pipe, a date",
      `MARK DELANEY and ROSA ORTIZ|Jan 8, 2021\n${LEAD}`,
      [
        ["MARK DELANEY", "author", null],
        ["ROSA ORTIZ", "author", null],
      ],
    ],
    [
      "a name glued to the outlet",
      "Ferry service cut\n\nBy Fiona McLeanBBC Scotland news\n\nFerry services were cut.",
      [["Fiona McLean", "author", "BBC Scotland news"]],
    ],
    [
      "a byline under a headline and a standfirst",
      "Port reopens after storm\nOfficials said cargo traffic would resume within days.\nBy Deniz Aksoy\nIZMIR (AA) – The port reopened on Tuesday.",
      [["Deniz Aksoy", "author", null]],
    ],
    [
      "a byline run into a dateline in capitals",
      "By Priya Raman TORONTO (Reuters) -Prime Minister spoke on Monday.",
      [["Priya Raman", "author", null]],
    ],
    [
      "a byline glued to the end of a headline, with a job title",
      "Rookie takes the crown in Ohio By ALAN PRICE, AP Sports Writer\n\nAKRON, Ohio - The rookie won again.",
      [["ALAN PRICE", "author", "AP Sports Writer"]],
    ],
    [
      "a name, the agency and page furniture",
      "Canada\n\nMinister defends loan\n\nNadia Birch, The Canadian Press 2 minute read 10:05 AM EST\n\nOTTAWA - The minister spoke.",
      [["Nadia Birch", "author", "The Canadian Press"]],
    ],
    [
      "a CNN byline",
      "By Dana Hollis, CNN\n\n(CNN) -- A tornado struck.",
      [["Dana Hollis", "author", "CNN"]],
    ],
    [
      "a name with a particle and an apostrophe",
      `By Ludo van der Berg and Sean O'Malley\n${LEAD}`,
      [
        ["Ludo van der Berg", "author", null],
        ["Sean O'Malley", "author", null],
      ],
    ],
    [
      "a 1987 wire byline with a typo in the agency",
      "GRAIN OUTLOOK\n    By Carl Bennet, Reutersd\n    CHICAGO, March 3 - Corn rose.",
      [["Carl Bennet", "author", "Reutersd"]],
    ],
    [
      "a name typed in lower case before the agency",
      "TEXTILE GROUP SEEKS WAIVER\n    By hugo lang, Reuters\n    LIMA, April 2 - The company said.",
      [["hugo lang", "author", "Reuters"]],
    ],
    [
      "three lower-case-by names after a blank line",
      "Feature: tea farms go digital\n\nby Li Wen, Zhao Ping and Hu Lan\n\nHANGZHOU, China, May 4 (Xinhua) -- Farmers gathered.",
      [
        ["Li Wen", "author", null],
        ["Zhao Ping", "author", null],
        ["Hu Lan", "author", null],
      ],
    ],
  ])("should find %s", (_title, input, expected) => check(input, expected));

  it.each([
    ["Reuters Staff"],
    ["By The Associated Press"],
    ["From staff reports"],
    ["Digital Desk"],
    ["• Kyodo"],
    ["(Xinhua)"],
    ["Xinhua | Updated: 2022-06-01 08:45"],
    ["AFP| Last Updated: Monday, March 4, 2019 - 11:02"],
    ["Press Trust of India Mumbai"],
    ["NHK -- Nov 2"],
    ["KYODO NEWS - 3 hours ago - 09:30 | All, Japan"],
    ["Lakeside News Desk IANS, 5 May, 2016 10:10 AM"],
  ])(
    "should label the credit line %j as a byline line that names no one",
    (credit) => {
      const input = `Flood waters recede in the south\n\n${credit}\n\nFlood waters receded on Sunday, officials said.`;
      const r = bylinesIn(
        makeDoc(input),
        resolveOptions("t", input, undefined),
        null,
        [],
      );
      expect(r.bylines).toEqual([]);
      const start = input.indexOf(credit);
      expect(r.lines).toEqual([
        { text: credit, start, end: start + credit.length },
      ]);
    },
  );

  it("should not take a photo credit as a byline or a byline line", () => {
    const input =
      "Crews watch the ridge on Monday.\n\nBy Lena Moritz, Getty Images\n\nBlaze nears town\nBOULDER, Colo. (AP) — Residents left.";
    const r = bylinesIn(
      makeDoc(input),
      resolveOptions("t", input, undefined),
      null,
      [],
    );
    expect(r).toEqual({ bylines: [], lines: [] });
  });

  it("should stop a byline line at the dateline when the dateline is known", () => {
    const input =
      "By JOHN HALLORAN Associated Press DES MOINES, Iowa (AP) — The governor signed the bill.";
    const start = input.indexOf("DES MOINES");
    const dateline = {
      text: "DES MOINES, Iowa (AP)",
      start,
      end: start + 21,
    } as Dateline;
    const r = bylinesIn(
      makeDoc(input),
      resolveOptions("t", input, undefined),
      dateline,
      [],
    );
    expect(
      r.bylines.map((b) => [b.text, b.start, b.end, b.affiliation]),
    ).toEqual([["JOHN HALLORAN", 3, 16, "Associated Press"]]);
    expect(r.lines).toEqual([
      { text: "By JOHN HALLORAN Associated Press", start: 0, end: 33 },
    ]);
  });

  it("should end a byline line run into the body after the affiliation", () => {
    const input =
      "By SAMUEL REED Associated Press Lawmakers approved the budget on Tuesday.";
    const r = bylinesIn(
      makeDoc(input),
      resolveOptions("t", input, undefined),
      null,
      [],
    );
    expect(r.bylines.map((b) => b.name)).toEqual(["SAMUEL REED"]);
    expect(r.lines).toEqual([
      { text: "By SAMUEL REED Associated Press", start: 0, end: 31 },
    ]);
  });

  it("should add the trailer credits after the header bylines, with their roles", () => {
    const input = `By Jane Whitcombe\n\nLONDON (Reuters) - Prices rose.\n(Reporting by Omar Said; Editing by Kate Lowe)`;
    const doc = makeDoc(input);
    const r = bylinesIn(
      doc,
      resolveOptions("t", input, undefined),
      null,
      findTrailers(doc),
    );
    expect(r.bylines.map((b) => [b.name, b.role, b.source])).toEqual([
      ["Jane Whitcombe", "author", "header"],
      ["Omar Said", "author", "trailer"],
      ["Kate Lowe", "editor", "trailer"],
    ]);
  });

  it("should report each rule decision to the debug callback", () => {
    const events: string[] = [];
    parseBylines("By Jane Whitcombe\n\nLONDON (Reuters) - Prices rose.", {
      debug: (e) => (e.module === "byline" ? events.push(e.rule) : 0),
    });
    expect(events).toEqual(["byline/by-line"]);
  });

  it("should find no byline in the seed story", () => {
    expect(
      parseBylines(readFileSync("fixtures/seed/anadolu-kallas.txt", "utf8")),
    ).toEqual([]);
  });

  it("should stay fast on pathological input", () => {
    const inputs = [
      "By " + "A ".repeat(200_000),
      "By A, ".repeat(50_000),
      "(Reporting by " + "Ann Lee, ".repeat(50_000),
      "\n".repeat(100_000) + "Reporting by X",
    ];
    const t0 = performance.now();
    for (const s of inputs) parseBylines(s);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it.each([
    [""],
    ["By"],
    ["by \n"],
    ["(Reporting by"],
    ["contributed to this report."],
    ["\u0000By \uD800 A"],
  ])("should never throw on %j", (s) => {
    expect(Array.isArray(parseBylines(s))).toBe(true);
  });

  it("should throw a TypeError on a non-string", () => {
    expect(() => parseBylines(42 as unknown as string)).toThrow(TypeError);
  });
});

describe("negative cases (fixtures/negative/byline.txt)", () => {
  const rows = readFileSync("fixtures/negative/byline.txt", "utf8")
    .split("\n")
    .map((line, i) => [i + 1, line] as const)
    .filter(([, line]) => line.trim() && !line.startsWith("%"));
  it.each(rows)(
    "should find no byline in line %i, alone or inside a story",
    (_n, line) => {
      expect(parseBylines(line)).toEqual([]);
      const wrapped = `Headline here\n\n${LEAD}\n\n${line}\n\nThe talks continue on Wednesday, aides said.`;
      expect(parseBylines(wrapped)).toEqual([]);
    },
  );
});

describe("parseBylines: affiliation forms", () => {
  it.each<Row>([
    [
      "a job title on the next line",
      "Library hours extended\n\nBy Joel Bentley\nStaff Writer\n\nThe city library will stay open later.",
      [["Joel Bentley", "author", "Staff Writer"]],
    ],
    [
      "an affiliation introduced by From",
      "Photo roundup\nBy Yves Tanner From Reuters Community\nThe week brought floods.",
      [["Yves Tanner", "author", "From Reuters Community"]],
    ],
    [
      "an affiliation introduced by For",
      "By Nora Klein For The Associated Press\n\nThe museum reopened.",
      [["Nora Klein", "author", "For The Associated Press"]],
    ],
    [
      "a pipe and an agency",
      "By Hana Suzuki | AFP\n\nTOKYO - Markets rose.",
      [["Hana Suzuki", "author", "AFP"]],
    ],
    [
      "a credit in parentheses",
      "By Hana Suzuki (AFP)\n\nTOKYO - Markets rose.",
      [["Hana Suzuki", "author", "AFP"]],
    ],
    [
      "a place after the name",
      "By SM Rafiqul Islam in Dhaka\n\nDHAKA, Bangladesh (AA) – Floods spread.",
      [["SM Rafiqul Islam", "author", null]],
    ],
  ])("should find %s", (_title, input, expected) => check(input, expected));
});

describe("parseBylines: more header templates", () => {
  it.each<Row>([
    [
      "a name, a pipe and an agency",
      "Quake shakes coast\n\nMiriam Ode | Reuters\n\nA strong quake struck.",
      [["Miriam Ode", "author", "Reuters"]],
    ],
    [
      "a Story by line",
      "Quake shakes coast\nStory by Leo Brandt\n\nA strong quake struck.",
      [["Leo Brandt", "author", null]],
    ],
    [
      "a By line with a date after on",
      "By Leo Brandt on March 3, 2024\n\nA strong quake struck.",
      [["Leo Brandt", "author", null]],
    ],
    [
      "a By line with a bullet and a read time",
      "By Leo Brandt • 3 min read\n\nA strong quake struck.",
      [["Leo Brandt", "author", null]],
    ],
    [
      "an ALL-CAPS affiliation",
      "BY JANE ORTEGA, ASSOCIATED PRESS\n\nA strong quake struck.",
      [["JANE ORTEGA", "author", "ASSOCIATED PRESS"]],
    ],
    [
      "two names and an affiliation after commas",
      "By Jill Lomas, Dana Kirk, Associated Press\n\nLONDON (AP) — Rain fell.",
      [
        ["Jill Lomas", "author", "Associated Press"],
        ["Dana Kirk", "author", "Associated Press"],
      ],
    ],
  ])("should find %s", (_title, input, expected) => check(input, expected));
});

describe("parseBylines: invariants", () => {
  const pieces = [
    "By ",
    "by ",
    "BY ",
    "Jane ",
    "DOE",
    "Doe",
    " and ",
    ", ",
    "Reuters",
    "Associated Press",
    "\n",
    "\n\n",
    "(Reporting by ",
    "; Editing by ",
    ")",
    " contributed to this report.",
    "|Jan 8, 2021",
    "• ",
    "Kyodo",
    " in London",
    "O'Neil ",
    "van ",
    "-",
    "—",
    "(AP)",
    "WASHINGTON ",
    "\u00a0",
    "\r\n",
  ];
  it("should keep every span exact and sorted on random byline-like text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 40 }),
        (parts) => {
          const input = parts.join("");
          const got = parseBylines(input);
          let last = -1;
          for (const b of got) {
            expect(input.slice(b.start, b.end)).toBe(b.text);
            expect(b.start).toBeGreaterThanOrEqual(last);
            last = b.start;
          }
        },
      ),
      { seed: 20261127, numRuns: 500 },
    );
  });
});

describe("bylinesIn: a dateline alone on its line", () => {
  it("should still read a By line under it", () => {
    const input =
      "ANKARA\n\nBy Deniz Aksoy\n\nThe ministry denied the claims on Wednesday.";
    const dateline = { text: "ANKARA", start: 0, end: 6 } as Dateline;
    const r = bylinesIn(
      makeDoc(input),
      resolveOptions("t", input, undefined),
      dateline,
      [],
    );
    expect(r.bylines.map((b) => [b.text, b.start, b.end])).toEqual([
      ["Deniz Aksoy", 11, 22],
    ]);
    expect(r.lines).toEqual([{ text: "By Deniz Aksoy", start: 8, end: 22 }]);
  });

  it("should read nothing but By lines under it", () => {
    const input =
      "ANKARA\n\nReuters Staff\n\nThe ministry denied the claims on Wednesday.";
    const dateline = { text: "ANKARA", start: 0, end: 6 } as Dateline;
    const r = bylinesIn(
      makeDoc(input),
      resolveOptions("t", input, undefined),
      dateline,
      [],
    );
    expect(r).toEqual({ bylines: [], lines: [] });
  });
});

describe("bylinesIn: lines that are not credit lines", () => {
  it.each([
    [
      "a wrapped sentence ending in an agency name",
      "SHARES RISE\n    TOKYO, March 3 - Shares rose, according to\nReuters.\n    More text.",
    ],
    [
      "a sign-off after the last paragraph",
      "SHARES RISE\n    TOKYO, March 3 - Shares rose on the news.\n The index closed higher.\n REUTERS\n",
    ],
    [
      "a wrapped line opening with from and an agency",
      "SHARES RISE\n    A spokesman said in reply to a question\nfrom Reuters that the rules were not yet in force.",
    ],
    ["a dash sign-off", "Shares rose on the news.\n- Reuters."],
    [
      "a weekday-like word after an agency",
      "Talks stall\nIRNA, monitored in London, quoted a senior official.",
    ],
  ])("should not label %s", (_title, input) => {
    const r = bylinesIn(
      makeDoc(input),
      resolveOptions("t", input, undefined),
      null,
      [],
    );
    expect(r).toEqual({ bylines: [], lines: [] });
  });
});

describe("parseBylines on worst-case input", () => {
  const MB = 1 << 20;
  const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  it.each([
    ["newlines", fill("\n"), 0],
    ["CRLF line breaks", fill("\r\n"), 0],
    ["one-character lines", fill("x\n"), 0],
    ["By lines", fill("By JO SMITH\n"), 1],
  ])("should read 1 MB of %s in bounded time (< 3 s on a loaded machine)", (_name, text, atLeast) => {
    const t0 = performance.now();
    const found = parseBylines(text);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(found.length).toBeGreaterThanOrEqual(atLeast);
  });
});
