import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { makeDoc } from "../_lib/doc.ts";
import { attributeQuotes } from "./attributeQuotes.ts";
import type { QuoteSpan } from "./findQuoteSpans.ts";
import { QuoteSchema } from "./schema.ts";

/** Quote spans of a test story: every “...” or "..." pair (the extractor is tested on its own). */
function spansOf(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open < 0 && (c === "\u201c" || c === '"')) open = i;
    else if (open >= 0 && (c === "\u201d" || c === '"')) {
      const inner = text.slice(open + 1, i);
      out.push({
        open,
        start: open + 1,
        end: i,
        close: i + 1,
        closed: true,
        partial: !/^\p{Lu}/u.test(inner),
      });
      open = -1;
    }
  }
  return out;
}

function attribute(text: string) {
  return attributeQuotes(makeDoc(text), spansOf(text));
}

// [title, story, quote index, speaker name, mention text, resolvedBy, cue text]
const CASES: [string, string, number, string, string, string, string | null][] =
  [
    [
      "cue after: name said",
      '"We will rebuild every school," Mara Velden said.',
      0,
      "Mara Velden",
      "Mara Velden",
      "name",
      "said",
    ],
    [
      "cue after: pronoun added, resolved to the full name",
      'Mara Velden toured the site on Monday.\n\n"The work starts now," she added.',
      0,
      "Mara Velden",
      "she",
      "pronoun",
      "added",
    ],
    [
      "cue after: surname resolved to the earlier full name",
      'Mara Velden toured the site.\n\n"The work starts now," Velden said.',
      0,
      "Mara Velden",
      "Velden",
      "alias",
      "said",
    ],
    [
      "cue after: verb first with appositive",
      '"Prices will fall by spring," said Tomas Brell, a spokesman for the port.',
      0,
      "Tomas Brell",
      "Tomas Brell",
      "name",
      "said",
    ],
    [
      "cue after: title and role dropped",
      '"Nobody expected this," RFS spokesman Alan Cheever told AAP on Monday.',
      0,
      "Alan Cheever",
      "RFS spokesman Alan Cheever",
      "name",
      "told AAP",
    ],
    [
      "cue after: appositive between name and verb",
      "“Strong winds are expected,” Haruto Imai, the agency’s chief forecaster, told a news conference.",
      0,
      "Haruto Imai",
      "Haruto Imai",
      "name",
      "told a news conference",
    ],
    [
      "cue after: present tense says",
      '"The vote was fair," Ambassador Paul K. Renner says.',
      0,
      "Paul K. Renner",
      "Ambassador Paul K. Renner",
      "name",
      "says",
    ],
    [
      "cue before: colon",
      'Commission chairman Owen Tamba said: "The count is complete and accurate."',
      0,
      "Owen Tamba",
      "Commission chairman Owen Tamba",
      "name",
      "said",
    ],
    [
      "cue before: told reporters that",
      'Foreign Minister Lena Haug told reporters that "the talks will resume next week".',
      0,
      "Lena Haug",
      "Foreign Minister Lena Haug",
      "name",
      "told reporters",
    ],
    [
      "cue before: partial quote after said",
      'Russian President Ivan Sorokin met aides. Sorokin said the plan was "a complete disaster for everyone".',
      0,
      "Ivan Sorokin",
      "Sorokin",
      "alias",
      "said",
    ],
    [
      "cue before: according to",
      'According to the National Storm Center, the system is "moving north at great speed".',
      0,
      "National Storm Center",
      "the National Storm Center",
      "organization",
      "According to",
    ],
    [
      "cue before: participle takes the main clause subject",
      'The EU trade chief Anna Dorn on Friday warned against new tariffs, saying this is "a trap we must avoid".',
      0,
      "Anna Dorn",
      "The EU trade chief Anna Dorn",
      "name",
      "saying",
    ],
    [
      "acronym resolved to the organisation",
      'The National Storm Center (NSC) issued a warning.\n\n"This is a life-threatening situation," the NSC said in its latest advisory.',
      0,
      "National Storm Center",
      "the NSC",
      "organization",
      "said in its latest advisory",
    ],
    [
      "org noun resolved to the named organisation",
      'The Ministry of Water Resources issued new rules.\n\n"Supplies are secure for the summer," the ministry said.',
      0,
      "Ministry of Water Resources",
      "the ministry",
      "organization",
      "said",
    ],
    [
      "title resolved to the named holder",
      'Team manager Lee Dong-hoon picked his side.\n\n"The early innings will be crucial," the manager said.',
      0,
      "Lee Dong-hoon",
      "the manager",
      "title",
      "said",
    ],
    [
      "descriptor kept as written",
      "“We can confirm an inquiry into the matter,” a spokesman for the federal audit office told AFP.",
      0,
      "a spokesman for the federal audit office",
      "a spokesman for the federal audit office",
      "descriptor",
      "told AFP",
    ],
    [
      "pull-quote dash attribution on the next line",
      '"He is the heart of this team."\n\n-- Harbour lock Jan Kleef on his captain.',
      0,
      "Jan Kleef",
      "Harbour lock Jan Kleef",
      "name",
      "--",
    ],
    [
      "honorifics dropped",
      '"We are ready," said Datuk Seri Amran Yusof.',
      0,
      "Amran Yusof",
      "Datuk Seri Amran Yusof",
      "name",
      "said",
    ],
    [
      "party affiliation between name and verb",
      'Sen. Ruth Calder (D-Ore.) said the bill was "dead on arrival".',
      0,
      "Ruth Calder",
      "Sen. Ruth Calder",
      "name",
      "said",
    ],
    [
      "possessive speech noun",
      'He condemned party leader Maya Ostrova\'s comment that "the city belongs to us alone".',
      0,
      "Maya Ostrova",
      "party leader Maya Ostrova's",
      "name",
      "comment",
    ],
    [
      "transcript line",
      '"KELLER: Will you run again next year?"',
      0,
      "KELLER",
      "KELLER",
      "name",
      null,
    ],
    [
      "appositive title between name and verb",
      '"The deal is done," Piet Vandam, the trade minister, said on Tuesday.',
      0,
      "Piet Vandam",
      "Piet Vandam",
      "name",
      "said",
    ],
    [
      "tweeted",
      'Senator Mona Riis tweeted: "This bill will not pass the chamber."',
      0,
      "Mona Riis",
      "Senator Mona Riis",
      "name",
      "tweeted",
    ],
    [
      "insisted, verb first",
      '"We broke no rules at all," insisted Carlo Benn.',
      0,
      "Carlo Benn",
      "Carlo Benn",
      "name",
      "insisted",
    ],
    [
      "as X put it",
      'As the economist Rosa Telli put it, "The cycle always turns in the end."',
      0,
      "Rosa Telli",
      "the economist Rosa Telli",
      "name",
      "put it",
    ],
    [
      "infinitive",
      'Mr. Oskar Lind was asked to comment and was prompted to say, "No comment at this time."',
      0,
      "Oskar Lind",
      "Mr. Oskar Lind",
      "name",
      "to say",
    ],
    [
      "quantified descriptor",
      '"The roads are closed until further notice," one police officer said.',
      0,
      "one police officer",
      "one police officer",
      "descriptor",
      "said",
    ],
    [
      "relative clause before the verb",
      '"He was breathing when we arrived," the nurse who treated him said.',
      0,
      "the nurse who treated him",
      "the nurse who treated him",
      "descriptor",
      "said",
    ],
    [
      "headline name and colon",
      "Lund: \u201cWe will not back down now\u201d",
      0,
      "Lund",
      "Lund",
      "name",
      ":",
    ],
    [
      "inverted verb opening the sentence",
      'Said Greta Holm, who runs the shelter, "We have no beds left tonight."',
      0,
      "Greta Holm",
      "Greta Holm",
      "name",
      "Said",
    ],
    [
      "fragment whose sentence names its subject",
      'Governor Tomas Reyes met donors on Friday. Reyes referred to his rival as "a tired old hand" in the speech.',
      0,
      "Tomas Reyes",
      "Reyes",
      "alias",
      null,
    ],
    [
      "a person, then the firm after 'of'",
      '"Rates will fall," said Dana Moss of First Harbour Bank Inc.',
      0,
      "Dana Moss",
      "Dana Moss of First Harbour Bank Inc",
      "name",
      "said",
    ],
    [
      "a spokesman placed 'in' a city",
      'A spokesman at the company headquarters in Lyon said: "We know nothing of this."',
      0,
      "A spokesman at the company headquarters in Lyon",
      "A spokesman at the company headquarters in Lyon",
      "descriptor",
      "said",
    ],
    [
      "a name before a lone comma",
      'Trade envoy Sara Kemp, replied "we will not let this pass".',
      0,
      "Sara Kemp",
      "Trade envoy Sara Kemp",
      "name",
      "replied",
    ],
    [
      "a cue on the next line of hard-wrapped copy",
      'Analyst Ed Marlow spoke.\n"Most of that oil is costly to extract."\nMarlow said.',
      0,
      "Ed Marlow",
      "Marlow",
      "alias",
      "said",
    ],
    [
      "a bare publication name by the type word the story wrote",
      'Tidewater magazine names its reporters of the year.\n\nTidewater said of the winners: "They kept the city informed."',
      0,
      "Tidewater magazine",
      "Tidewater",
      "organization",
      "said",
    ],
    [
      "a publication named with its type word as written",
      'Valora newspaper covered the vote. "Nothing will stop the harvest," writes Valora newspaper, citing the minister.',
      0,
      "Valora",
      "Valora newspaper",
      "organization",
      "writes",
    ],
    [
      "a person by the legal name given in parentheses",
      'Pastor Lila Starlight (Joan Pettibone) spoke to the court.\n\nStarlight replied, "I meant no harm."',
      0,
      "Joan Pettibone",
      "Starlight",
      "alias",
      "replied",
    ],
    [
      "a plural title before the first of several names",
      'Judges Marta Quell and Ivo Renn heard the case. Judges Marta Quell said: "The appeal fails."',
      0,
      "Marta Quell",
      "Judges Marta Quell",
      "name",
      "said",
    ],
    [
      "a quote after a pull quote signed on a dash line",
      'The plant closed in May.\n\nWe lost everything that summer.\n\n\u2014Tomas Lindqvist\n\n"We lost everything that summer," he wrote later.',
      0,
      "Tomas Lindqvist",
      "he",
      "pronoun",
      "wrote",
    ],
    [
      "a role for a named body as the whole descriptor",
      'The project manager for the Northern Water Authority said "the tunnel opens in May."',
      0,
      "The project manager for the Northern Water Authority",
      "The project manager for the Northern Water Authority",
      "descriptor",
      "said",
    ],
    [
      "a bare `the man` by the earlier phrase with its relative clause",
      'A man who asked not to be named told reporters he heard a bang.\n\n"It shook the whole street," the man said.',
      0,
      "A man who asked not to be named",
      "the man",
      "descriptor",
      "said",
    ],
    [
      "a joint subject of two names as written",
      'Flights resumed, although Eurocontrol and the FAA have said "delays may last all week."',
      0,
      "Eurocontrol and the FAA",
      "Eurocontrol and the FAA",
      "organization",
      "said",
    ],
    [
      "a statement by the site it was posted on",
      'The shop closed its doors.\n\n"We will reopen in June," said a statement briefly posted on Brightway.net\'s website.',
      0,
      "Brightway.net",
      "a statement briefly",
      "organization",
      "said",
    ],
    [
      "a page by its publisher, not by the title of the page",
      'The Velora page for Common Questions states, "Every search is counted by hand."',
      0,
      "Velora",
      "The Velora page for Common Questions",
      "organization",
      "states",
    ],
    [
      "an agency citing another news agency by the cited source",
      '"Troops must be ready for a long winter," according to Meridian news agency, citing the state news agency Tarsk Press Service (TPS).',
      0,
      "Tarsk Press Service",
      "Meridian news agency",
      "organization",
      "according to",
    ],
    [
      "a place word before a lower-case possessor by the whole phrase",
      '"The inquiry into the blaze is continuing," the Lyon prosecutor\'s office said.',
      0,
      "the Lyon prosecutor's office",
      "the Lyon prosecutor's office",
      "descriptor",
      "said",
    ],
    [
      "a lower-case possessor's spokesman by the whole phrase",
      '"The talks will resume next week," the ministry\'s spokesman said.',
      0,
      "the ministry's spokesman",
      "the ministry's spokesman",
      "descriptor",
      "said",
    ],
    [
      "a place and party epithet by the person named before it",
      'Senator Ruth Calder voted against the bill.\n\n"This hands the ports to private owners," the Oregon Democrat said.',
      0,
      "Ruth Calder",
      "the Oregon Democrat",
      "title",
      "said",
    ],
    [
      "a pronoun by the dotted honorific of a surname-only person (Ms.)",
      'Mr. Hale met Ms. Orwin on Friday. "We found a way forward," she said.',
      0,
      "Orwin",
      "she",
      "pronoun",
      "said",
    ],
    [
      "a pronoun by the dotted honorific of a surname-only person (Mr.)",
      'Ms. Orwin and Mr. Hale spoke separately. "It was a long week," he said.',
      0,
      "Hale",
      "he",
      "pronoun",
      "said",
    ],
    [
      "cue after a name with a dotted party-state tag (D-N.M.)",
      '"I kept every promise," Sen. Rosa Tellan, D-N.M., told reporters on Sunday.',
      0,
      "Rosa Tellan",
      "Sen. Rosa Tellan",
      "name",
      "told reporters",
    ],
    [
      "a pronoun by a dotted title before a surname (Sen.)",
      'The vote was close. Sen. Orwin spoke on Friday. "We lost this one," she said.',
      0,
      "Orwin",
      "she",
      "pronoun",
      "said",
    ],
  ];

describe("attributeQuotes", () => {
  it.each(CASES)(
    "should attribute %s",
    (_title, story, qi, name, mention, by, cue) => {
      const quotes = attribute(story);
      const q = quotes[qi]!;
      expect(QuoteSchema.parse(q)).toEqual(q);
      expect(q.speaker?.name).toBe(name);
      expect(q.speaker?.text).toBe(mention);
      expect(q.speaker?.resolvedBy).toBe(by);
      expect(story.slice(q.speaker!.start, q.speaker!.end)).toBe(mention);
      if (cue === null) expect(q.cue).toBeNull();
      else {
        expect(q.cue?.text).toBe(cue);
        expect(story.slice(q.cue!.start, q.cue!.end)).toBe(cue);
      }
    },
  );

  it("should report the offsets of a party epithet mention", () => {
    const story =
      'Senator Ruth Calder voted against the bill.\n\n"This hands the ports to private owners," the Oregon Democrat said.';
    const q = attribute(story)[0]!;
    expect(q.speaker?.start).toBe(87);
    expect(q.speaker?.end).toBe(106);
  });

  it("should give a partial quote the speaker of the full quote that repeats its words", () => {
    const story =
      'However the Judges dismissed the appeal, ruling it had "no chance of approval" this year. ' +
      'Judge Nora Bell said: "The plan has no chance of approval while the budget is open."';
    const [a, b] = attribute(story);
    expect(b!.speaker?.name).toBe("Nora Bell");
    expect(a!.speaker?.name).toBe("Nora Bell");
    expect(a!.rule).toBe("quotes/echo");
    expect(story.slice(a!.start, a!.end)).toBe("no chance of approval");
  });

  it("should give both halves of a quote split by its cue one speaker", () => {
    const story =
      'Coach Ivo Marsh spoke after the game.\n\n"We fought hard," Marsh said. "We will be back next season."';
    const [a, b] = attribute(story);
    expect(a!.speaker?.name).toBe("Ivo Marsh");
    expect(b!.speaker?.name).toBe("Ivo Marsh");
    expect(b!.rule).toBe("quotes/split");
  });

  it("should give a quote standing alone to the speaker last quoted", () => {
    const story =
      '"The count is over," said Owen Tamba.\n\n"Everyone should stay calm and wait."';
    const [, b] = attribute(story);
    expect(b!.speaker?.name).toBe("Owen Tamba");
    expect(b!.speaker?.resolvedBy).toBe("previous");
    expect(b!.cue).toBeNull();
  });

  it("should resolve he to the most recent speaker, not an earlier one", () => {
    const story =
      'Defence Minister Ana Rolt spoke first. "We are ready," she said.\n\n' +
      'Meanwhile, Pavel Dremin, deputy head of the council, said talks would fail.\n\n"There will be no deal," he said.';
    const quotes = attribute(story);
    expect(quotes[0]!.speaker?.name).toBe("Ana Rolt");
    expect(quotes[1]!.speaker?.name).toBe("Pavel Dremin");
  });

  it("should resolve she by the story's evidence (Ms.) rather than the nearest name", () => {
    const story =
      'Ms. Dana Kell met Omar Ruiz on Tuesday.\n\n"It was a good meeting," she said.';
    expect(attribute(story)[0]!.speaker?.name).toBe("Dana Kell");
  });

  it("should give a bare title the fuller phrase written earlier", () => {
    const story =
      'The station\'s traffic pilot estimated the jam at five miles.\n\n"Nothing is moving at all," the pilot said.';
    const q = attribute(story)[0]!;
    expect(q.speaker?.name).toBe("The station's traffic pilot");
    expect(q.speaker?.text).toBe("the pilot");
  });

  it("should resolve an age descriptor to the person given that age", () => {
    const story =
      'Resident Ana Lopes, 45, left her home on Sunday.\n\n"It sounded like thunder," said the 45-year-old.';
    expect(attribute(story)[0]!.speaker?.name).toBe("Ana Lopes");
  });

  it("should resolve he to the speaker named next when no one is named before", () => {
    const story =
      'The ministry spokesman spoke on Thursday.\n\n"Such claims are false," he said.\n\n"We will answer them," Dorov added.';
    const quotes = attribute(story);
    expect(quotes[0]!.speaker?.name).toBe("Dorov");
    expect(quotes[0]!.speaker?.resolvedBy).toBe("pronoun");
  });

  it("should work on the seed story", () => {
    const text = readFileSync(
      new URL("../../fixtures/seed/anadolu-kallas.txt", import.meta.url),
      "utf8",
    );
    const quotes = attribute(text);
    const by = (s: string) =>
      quotes.find((q) => q.text.startsWith(s))?.speaker?.name;
    expect(by("I mean, the discussion")).toBe("Kaja Kallas");
    expect(by("If we walk into this trap")).toBe("Kaja Kallas");
    expect(by("Putin is just laughing")).toBe("Kaja Kallas");
    expect(by("within two weeks")).toBe("Donald Trump");
    expect(by("It has been explicitly stated")).toBe("Dmitry Medvedev");
  });

  it("should return [] for no spans and never throw on odd input", () => {
    expect(attributeQuotes(makeDoc(""), [])).toEqual([]);
    const odd =
      '"" \u201c\u201d , said . "a b c" -- \n\n\u2014 said said "x y z," he';
    expect(() => attribute(odd)).not.toThrow();
  });

  it.each([
    [
      "a run of commas",
      '"We will go on," said ' + "Alan, ".repeat(20000) + "Smith.",
    ],
    [
      "a run of capitals",
      '"This is it now," ' + "Big ".repeat(30000) + "said.",
    ],
    [
      "a chain of appositives",
      '"One two three," X' + ", the minister".repeat(10000) + ", said.",
    ],
    ["quotes with no space between", "\u201ca b c\u201d".repeat(20000)],
  ])("should stay linear on %s", (_name, story) => {
    const t0 = performance.now();
    const quotes = attribute(story);
    expect(quotes.length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it("should stay fast on a long story", () => {
    const para =
      'Official Jan Brook visited the plant. "We will build more of these," Brook said, adding that "the plan is on track".\n\n';
    const story = para.repeat(2000);
    const t0 = performance.now();
    const quotes = attribute(story);
    expect(quotes.length).toBe(4000);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

// [title, story, quote text, speaker name, mention text]: a quote inside a reporting clause
const CLAUSE_CASES: [string, string, string, string | null, string | null][] = [
  [
    "the issuer of a statement saying, not the statement",
    'Governor Tom Hale issued a statement saying the plan was "a disgrace to the state."',
    "a disgrace to the state.",
    "Tom Hale",
    "Governor Tom Hale",
  ],
  [
    "the issuer of an ad calling, after a lead-in adverb phrase",
    'Shortly after the vote ended, Mara Velden released a new radio ad calling it "a betrayal."',
    "a betrayal.",
    "Mara Velden",
    "Mara Velden",
  ],
  [
    "the subject of says, not a noun phrase ending in tweets",
    'Mara Velden says Tom Hale\u2019s flurry of late-night tweets was "unhinged, even for him."',
    "unhinged, even for him.",
    "Mara Velden",
    "Mara Velden",
  ],
  [
    "the subject of said, not a noun phrase ending in remarks",
    'Mayor Ann Lee said his racial remarks were "a disgrace."',
    "a disgrace.",
    "Ann Lee",
    "Mayor Ann Lee",
  ],
  [
    "the subject of an infinitive, not a name after a preposition",
    'Tom Hale took to Twitter to accuse the mayor of being "duped" by rivals.',
    "duped",
    "Tom Hale",
    "Tom Hale",
  ],
  [
    "the rater of a claim",
    'FactWatch rated the senator\u2019s claim "mostly false" on Monday.',
    "mostly false",
    "FactWatch",
    "FactWatch",
  ],
  [
    "the subject of a capitalised verb in a headline",
    "Governor Tom Hale Calls the Plan \u201cA Disgrace\u201d Over Costs\n\nThe plan was shelved.",
    "A Disgrace",
    "Tom Hale",
    "Governor Tom Hale",
  ],
  [
    "the speaker closing a headline, not a verb after a modal",
    "Hale \u201cThe Builder\u201d Will Fix Roads, Mara Velden Says\n\nThe mayor spoke.",
    "The Builder",
    "Mara Velden",
    "Mara Velden",
  ],
  [
    "the name before a headline colon and its topic",
    "Hale on Roads: The Repairs Are \u201cOverdue.\u201d\n\nThe governor spoke.",
    "Overdue.",
    "Hale",
    "Hale",
  ],
  [
    "a name after a number with a slash",
    '"It is over," said 9/11 widow Mary Jones.',
    "It is over,",
    "Mary Jones",
    "9/11 widow Mary Jones",
  ],
  [
    "the evaluator of another's remarks when the quote is the label after as",
    'Mayor Ann Lee denounced Tom Hale\u2019s remarks as "hurtful and cheap" on Monday.',
    "hurtful and cheap",
    "Ann Lee",
    "Mayor Ann Lee",
  ],
  [
    "the author of a comment that an evaluating verb quotes (negative)",
    'Mayor Ann Lee condemned Tom Hale\u2019s comment that "the city is finished" on Monday.',
    "the city is finished",
    "Tom Hale",
    "Tom Hale\u2019s",
  ],
  [
    "the one seen shouting, not the one who saw (negative)",
    'Velden saw the suspect screaming "let me in" at the door.',
    "let me in",
    "the suspect",
    "the suspect",
  ],
  [
    "a role word before claims keeps the verb (negative)",
    'The spokesman claims the plan is "a fraud."',
    "a fraud.",
    "The spokesman",
    "The spokesman",
  ],
  [
    "a possessive and a role noun before says keep the verb (negative)",
    'Tom Hale\u2019s spokesman says the plan is "a fraud."',
    "a fraud.",
    "Tom Hale\u2019s spokesman",
    "Tom Hale\u2019s spokesman",
  ],
];

describe("attributeQuotes in a reporting clause", () => {
  it.each(CLAUSE_CASES)(
    "should give %s",
    (_title, story, text, name, mention) => {
      const q = attribute(story).find((x) => x.text === text)!;
      expect(story.slice(q.start, q.end)).toBe(text);
      expect(q.speaker?.name ?? null).toBe(name);
      expect(q.speaker?.text ?? null).toBe(mention);
      if (q.speaker) expect(story.slice(q.speaker.start, q.speaker.end)).toBe(mention);
    },
  );
});

describe("attributeQuotes headline verbs", () => {
  it("should read a capitalised verb as a headline cue only in the first paragraph", () => {
    const story =
      "The plan was shelved.\n\nGovernor Tom Hale Calls the Plan \u201cA Disgrace\u201d Over Costs";
    const q = attribute(story)[0]!;
    expect(story.slice(q.start, q.end)).toBe("A Disgrace");
    expect(q.rule).not.toBe("quotes/headline-verb");
  });
});

describe("attributeQuotes negatives (fixtures/negative/quote-speakers.txt)", () => {
  const lines = readFileSync(
    new URL("../../fixtures/negative/quote-speakers.txt", import.meta.url),
    "utf8",
  )
    .split("\n")
    .map((l, i) => [i + 1, l] as const)
    .filter(([, l]) => l.trim() && !l.startsWith("%"));
  it.each(lines)("should name no speaker on line %i", (_n, line) => {
    const quotes = attribute(line);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.speaker).toBeNull();
  });
});
