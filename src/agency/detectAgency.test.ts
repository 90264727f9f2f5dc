import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AgencySchema } from "./schema.ts";
import { makeDoc } from "../_lib/doc.ts";
import { agencyIn, detectAgency } from "./detectAgency.ts";

interface Row {
  /** What the row shows. */
  readonly title: string;
  readonly input: string;
  readonly id: string;
  /** The evidence expected among the result's evidence. */
  readonly kind: string;
  readonly text: string;
  /** Offset of that evidence; by default the last occurrence of `text` in `input`. */
  readonly start?: number;
}

const rows: readonly Row[] = [
  {
    title: "a dateline credit in parentheses",
    input:
      "SEOUL, South Korea (AP) — North Korea fired a short-range missile on Sunday, officials said.",
    id: "ap",
    kind: "dateline",
    text: "AP",
    start: 20,
  },
  {
    title: "a credit-first dateline",
    input:
      "(ANSA) - ROMA, 3 MAR - Il governo ha approvato il decreto, ha detto il ministro.",
    id: "ansa",
    kind: "dateline",
    text: "ANSA",
    start: 1,
  },
  {
    title: "a slash credit of a press-release wire",
    input:
      "Acme Widgets Reports Record Sales\n DENVER, Colo., May 4 /PRNewswire/ -- Acme Widgets Inc. said on Tuesday that sales rose.",
    id: "prnewswire",
    kind: "dateline",
    text: "PRNewswire",
  },
  {
    title: "a comma credit with no brackets",
    input:
      "Tehran, IRNA – The foreign ministry spokesman said on Monday that talks would resume next week.",
    id: "irna",
    kind: "dateline",
    text: "IRNA",
  },
  {
    title: "a redistributor prefix naming the agency",
    input:
      "(MENAFN- Qatar News Agency (QNA)) The Amir received a cable of congratulations on Tuesday from the visiting delegation.",
    id: "qna",
    kind: "prefix",
    text: "Qatar News Agency",
  },
  {
    title: "a byline affiliation after the writer's name",
    input:
      "Mickelson holds on at Riviera\nBy JANE ROWE, AP Golf Writer\n\nLOS ANGELES - Phil Mickelson made par on the last hole to win by one.",
    id: "ap",
    kind: "byline",
    text: "AP",
  },
  {
    title: "a credit line under the headline",
    input:
      "Quake jolts southern island\n• Kyodo\n\nAn earthquake shook the southern island on Friday, but no damage was reported.",
    id: "kyodo",
    kind: "byline",
    text: "Kyodo",
  },
  {
    title: "an agency and timestamp credit line",
    input:
      "Markets steady before rate decision\n\nAFP| Last Updated: Monday, March 4, 2019 - 10:20\nParis: Stocks were steady on Monday as traders awaited the central bank.",
    id: "afp",
    kind: "byline",
    text: "AFP",
  },
  {
    title: "a sign-off line",
    input: "Cocoa arrivals rose this week, dealers said.\n Reuter\n",
    id: "reuters",
    kind: "signoff",
    text: "Reuter",
  },
  {
    title: "a sign-off typo of the 1980s wire",
    input: "Grain exports fell in February, the ministry said.\n REUITER\n",
    id: "reuters",
    kind: "signoff",
    text: "REUITER",
  },
  {
    title: "a sign-off with desk junk",
    input: "Copper stocks fell 2,000 tonnes, the exchange said.\n REUTER TAW\n",
    id: "reuters",
    kind: "signoff",
    text: "REUTER",
  },
  {
    title: "a bracketed sign-off glued to the last paragraph",
    input:
      "New Delhi, May 2: The minister inaugurated the new bridge on Saturday. (ANI)",
    id: "ani",
    kind: "signoff",
    text: "ANI",
  },
  {
    title: "a dash sign-off over a caption credited to another wire",
    input:
      "A trader counts banknotes in Kuala Lumpur. — Reuters pic\n\nKUALA LUMPUR, May 3 — The ringgit closed higher against the US dollar today. — Bernama",
    id: "bernama",
    kind: "signoff",
    text: "Bernama",
  },
  {
    title: "a desk-code sign-off",
    input:
      "Chennai, Jun 2 The court adjourned the hearing to next week after the state sought more time. PTI XYZ",
    id: "pti",
    kind: "signoff",
    text: "PTI",
  },
  {
    title: "a Sapa-AFP sign-off (AFP copy)",
    input:
      "“We played well in the second half,” the coach said after the match. – Sapa-AFP",
    id: "afp",
    kind: "signoff",
    text: "Sapa-AFP",
  },
  {
    title: "a source credit line at the foot",
    input:
      "The foreign minister will travel to Oman on Sunday for talks on regional issues.\n\nSource: QNA",
    id: "qna",
    kind: "signoff",
    text: "QNA",
  },
  {
    title: "a copyright line at the foot",
    input:
      "The yen weakened against the dollar on Tuesday, dealers said.\n\n[Copyright The Jiji Press, Ltd.]",
    id: "jiji",
    kind: "copyright",
    text: "Jiji Press",
  },
  {
    title: "an e-mail sign-off",
    input:
      "The team will face Japan in the final on Sunday, the coach said.\nkimj@yna.co.kr\n(END)",
    id: "yonhap",
    kind: "signoff",
    text: "yna.co.kr",
  },
  {
    title: "an end-of-item sign-off word",
    input:
      "BEIJING, May 6 -- Exports rose 7 percent in April, customs data showed on Monday. Enditem",
    id: "xinhua",
    kind: "signoff",
    text: "Enditem",
  },
  {
    title: "a 'with inputs from' credit",
    input:
      "The minister said the state would hold the polls in May. (With inputs from PTI)",
    id: "pti",
    kind: "mention",
    text: "PTI",
  },
  {
    title: "a 'told X' cue",
    input:
      "Police arrested two men on Friday after the raid, a spokesman told AFP.",
    id: "afp",
    kind: "mention",
    text: "AFP",
  },
  {
    title: "the agency speaking of its own work",
    input:
      "Here, the PA news agency takes a look at the best moments of the season so far.",
    id: "pa",
    kind: "mention",
    text: "PA news agency",
  },
];

describe("detectAgency", () => {
  it.each(rows)(
    "should find $id from $title",
    ({ input, id, kind, text, start }) => {
      const agency = detectAgency(input);
      expect(agency?.id).toBe(id);
      const at = start ?? input.lastIndexOf(text);
      const ev = agency?.evidence.find((e) => e.start === at);
      expect(ev).toMatchObject({
        text,
        start: at,
        end: at + text.length,
        kind,
      });
      for (const e of agency?.evidence ?? [])
        expect(input.slice(e.start, e.end)).toBe(e.text);
      expect(AgencySchema.parse(agency)).toEqual(agency);
    },
  );

  it("should find the agency from the footer of the seed story", () => {
    const input = readFileSync("fixtures/seed/anadolu-kallas.txt", "utf8");
    const agency = detectAgency(input);
    expect(agency?.id).toBe("aa");
    expect(agency?.name).toBe("Anadolu Agency");
    const footer = agency?.evidence[0];
    expect(footer?.kind).toBe("footer");
    expect(
      footer?.text.startsWith("Anadolu Agency website contains only a portion"),
    ).toBe(true);
    expect(input.slice(footer!.start, footer!.end)).toBe(footer?.text);
  });

  it.each([
    [
      "a dateline credit",
      "LONDON, Aug 22 (Reuters) - Britain's economy grew, data showed.\n\n— Bernama",
      "reuters",
    ],
    [
      "a byline affiliation",
      "By JOHN DOE, AP Sports Writer\nBOSTON - The Celtics won.\n\nPhoto: Reuters",
      "ap",
    ],
    [
      "a credit line",
      "Press Trust of India Kolkata\nThe state government said on Monday.\n\nVHP leader Sadhvi Prachi. Photo: ANI",
      "pti",
    ],
  ])("should let %s outweigh weaker credits", (_, input, id) => {
    expect(detectAgency(input)?.id).toBe(id);
  });

  it.each([
    [
      "a generic sign-off",
      "The ministry raised its readiness for the season, officials said.\n—Agencies",
    ],
    [
      "a story with no credit",
      "Two tankers collided off the port early today, oil sources said.",
    ],
    [
      "citations alone",
      "According to Yonhap, the North fired two missiles. CNN reports that talks stalled.",
    ],
  ])("should give null for %s", (_, input) => {
    expect(detectAgency(input)).toBeNull();
  });

  it("should name an agency the story is about, named in the headline and throughout", () => {
    const input =
      "Markets\n\nWorld outlets follow vote via Anadolu Agency data\n\n" +
      "Broadcasters used Anadolu Agency results all night. Anadolu Agency published in 11 languages. " +
      "Sites in Europe also relied on Anadolu Agency, as did Reuters.\n\n" +
      "Papers in Asia quoted Anadolu Agency figures. Anadolu Agency also served radio stations.";
    const agency = detectAgency(input);
    expect(agency?.id).toBe("aa");
    expect(agency?.evidence[0]).toMatchObject({
      kind: "mention",
      rule: "agency/headline",
      start: 39,
    });
  });

  it("should not name an agency a story mentions only a few times, even in the headline", () => {
    const input =
      "Reuters photographer hurt in clashes\n\nA photographer working for Reuters was hurt on Monday. " +
      "Reuters said he was in hospital. Colleagues at Reuters and AFP called for an inquiry.";
    expect(detectAgency(input)).toBeNull();
  });

  it("should keep offsets into the caller's string with CRLF, NBSP and astral characters", () => {
    const input =
      "😀 Headline\r\n\r\nSEOUL,\u00a0May 1 (Yonhap) -- The team won.\r\n";
    const agency = detectAgency(input);
    expect(agency?.id).toBe("yonhap");
    for (const e of agency!.evidence)
      expect(input.slice(e.start, e.end)).toBe(e.text);
  });

  it("should report each piece of evidence to the debug callback", () => {
    const events: string[] = [];
    detectAgency("Oil rose, traders said.\n Reuter\n", {
      debug: (e) => events.push(e.rule),
    });
    expect(events).toContain("agency/choice");
    expect(events.some((r) => r.startsWith("agency/signoff"))).toBe(true);
  });

  it("should throw TypeError only for a non-string text", () => {
    expect(() => detectAgency(42 as unknown as string)).toThrow(TypeError);
    expect(detectAgency("")).toBeNull();
  });

  it("should stay linear on pathological input", () => {
    const parts = [
      "(AP (AP (AP ",
      "/ / / Reuters / ",
      "— — — ",
      "By By By A, ",
      "<AB> ".repeat(3),
      "x".repeat(50),
    ];
    const input = parts.join("\n").repeat(4000);
    const t0 = performance.now();
    detectAgency(input);
    detectAgency(input.replace(/\n/gu, " "));
    detectAgency(
      "Police said so, a spokesman told AFP. Reuters reported it too. ".repeat(
        20000,
      ),
    );
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe("agencyIn on worst-case input of 1 MiB", () => {
  const MIB = 1 << 20;
  const fill = (unit: string): string =>
    unit.repeat(Math.ceil(MIB / unit.length)).slice(0, MIB);
  const opts = { referenceDate: null, debug: null };
  it.each([
    ["newlines", fill("\n")],
    ["whitespace", fill(" \t \u00a0  ")],
    ["quote marks", fill('"')],
    ["mixed quote marks", fill("\u201c\"\u201d'\u2018\u2019\u00ab\u00bb")],
    ["capitalised words naming no agency", fill("Minister Jr ")],
    ["capitalised words naming agencies", fill("Reuters AP Agency London ")],
    ["dashes and commas", fill("-, \u2014,\u2013 ,--,")],
    ["parenthesised credits", fill("(AP) (Reuters) LONDON, ")],
    ["a credit line over a line of dashes", `(AP) ${fill("-")}`],
    ["unclosed parentheses", fill("(MENA ")],
    ["slashes", fill(" /PRNewswire ")],
    [
      "short lines",
      fill("By JO\n(AP)\nReuter\n\u2014\nLONDON\n--IANS\n\nMORE\n"),
    ],
    [
      "a story after a million blank lines",
      `${fill("\n")}LONDON (AP) - A vote.\n`,
    ],
  ])("should read %s in well under a second", (_title, input) => {
    const doc = makeDoc(input);
    const t0 = performance.now();
    agencyIn(doc, opts, { dateline: null, bylines: [], boilerplate: [] });
    expect(performance.now() - t0).toBeLessThan(250);
  });

  it("should still find a sign-off on the last line after a million blank lines", () => {
    const input = `LONDON - Prices rose, traders said.${"\n".repeat(MIB)} Reuter`;
    const agency = detectAgency(input);
    expect(agency?.id).toBe("reuters");
    expect(agency?.evidence[0]).toMatchObject({
      text: "Reuter",
      start: input.length - 6,
      end: input.length,
    });
  });
});

describe("agencyIn without a dateline from the dateline module", () => {
  const opts = { referenceDate: null, debug: null };
  it.each([
    [
      "SEOUL, South Korea (AP) — North Korea fired a missile, officials said.",
      "ap",
      "AP",
      20,
    ],
    [
      "CAIRO, Jan 8 (MENA - The prime minister said on Wednesday that tourism would grow.",
      "mena",
      "MENA",
      14,
    ],
    [
      "Headline here\n\nHamburg (dpa/lno) - Die Polizei hat am Samstag ein Hotel durchsucht.",
      "dpa",
      "dpa",
      24,
    ],
    [
      "MOSCOW, August 21. /ITAR-TASS/. The ministry denied the reports on Thursday.",
      "tass",
      "ITAR-TASS",
      20,
    ],
    [
      "Baku, December 2, AZERTAC\nPresident Ilham Aliyev received a delegation on Wednesday.",
      "azertac",
      "AZERTAC",
      18,
    ],
  ])("should find the credit in %j itself", (input, id, text, start) => {
    const agency = agencyIn(makeDoc(input), opts, {
      dateline: null,
      bylines: [],
      boilerplate: [],
    });
    expect(agency?.id).toBe(id);
    expect(agency?.evidence[0]).toMatchObject({
      kind: "dateline",
      text,
      start,
      end: start + text.length,
    });
  });
});

describe("fixtures/negative/agency.txt", () => {
  const lines = readFileSync("fixtures/negative/agency.txt", "utf8").split(
    "\n",
  );
  const cases = lines
    .map((line, i) => [i + 1, line] as const)
    .filter(
      ([, line]) => line.trim() !== "" && !line.trimStart().startsWith("%"),
    );
  it.each(cases)("should find no agency in line %i", (_, line) => {
    expect(detectAgency(line.replace(/\\n/gu, "\n"))).toBeNull();
  });
});
