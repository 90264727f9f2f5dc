import { describe, expect, it } from "vitest";
import { makeDoc } from "../_lib/doc.ts";
import { findTrailers } from "./trailers.ts";

const BODY =
  "LONDON (Reuters) - Shares fell on Tuesday as investors weighed fresh data.\n\nThe index closed 0.4 percent lower.";

type Row = readonly [
  title: string,
  trailer: string,
  glue: string,
  names: readonly (readonly [string, string])[],
];

describe("findTrailers", () => {
  it.each<Row>([
    [
      "a parenthesised trailer on its own line",
      "(Reporting by Ann Lee in Seoul; Additional reporting by Tom Park; Editing by Kim Ross)",
      "\n",
      [
        ["Ann Lee", "author"],
        ["Tom Park", "contributor"],
        ["Kim Ross", "editor"],
      ],
    ],
    [
      "a trailer glued to the last paragraph",
      "(Reporting by Mia Stone; writing by Dev Rao; editing by Lee Hart)",
      " ",
      [
        ["Mia Stone", "author"],
        ["Dev Rao", "author"],
        ["Lee Hart", "editor"],
      ],
    ],
    [
      "a trailer without parentheses glued after a sentence",
      "Reporting by Greta Lind; Editing by Paul Fischer",
      " ",
      [
        ["Greta Lind", "author"],
        ["Paul Fischer", "editor"],
      ],
    ],
    [
      "a trailer without any separator",
      "Reporting by Vikram Rao in Mumbai Editing by Ellen Shaw",
      "\n",
      [
        ["Vikram Rao", "author"],
        ["Ellen Shaw", "editor"],
      ],
    ],
    [
      "a Written by / Edited by trailer with serial commas",
      "Written by Aiko Sato, Ken Mori, and Jun Abe; Edited by Rosa Klein and Marc Dupont",
      "\n",
      [
        ["Aiko Sato", "author"],
        ["Ken Mori", "author"],
        ["Jun Abe", "author"],
        ["Rosa Klein", "editor"],
        ["Marc Dupont", "editor"],
      ],
    ],
    [
      "an upper-case trailer",
      "(REPORTING BY ANN LEE; EDITING BY KIM ROSS)",
      "\n",
      [
        ["ANN LEE", "author"],
        ["KIM ROSS", "editor"],
      ],
    ],
    [
      "a Compiled by trailer",
      "(Compiled by Rhea Joseph; Editing by Arun Koyyur)",
      "\n",
      [
        ["Rhea Joseph", "contributor"],
        ["Arun Koyyur", "editor"],
      ],
    ],
    [
      "an Anadolu writing credit",
      "*Writing by Deniz Aksoy in Ankara",
      "\n",
      [["Deniz Aksoy", "author"]],
    ],
    [
      "a contributor line",
      "Ivo Marek in Prague and Lena Ruiz in Lima contributed to this report.",
      "\n\n",
      [
        ["Ivo Marek", "contributor"],
        ["Lena Ruiz", "contributor"],
      ],
    ],
    [
      "a contributor line with a descriptor",
      "Associated Press writers Omar Haddad in Cairo and Ruth Klein contributed to this report.",
      "\n\n",
      [
        ["Omar Haddad", "contributor"],
        ["Ruth Klein", "contributor"],
      ],
    ],
    [
      "a Bloomberg reporter footer",
      "To contact the reporter on this story: Tom Berry in Paris at tberry3@bloomberg.net",
      "\n\n",
      [["Tom Berry", "author"]],
    ],
    [
      "a Bloomberg editor footer",
      "To contact the editors responsible for this story: Alma Reyes at areyes@bloomberg.net; Ian Cole at icole@bloomberg.net",
      "\n\n",
      [
        ["Alma Reyes", "editor"],
        ["Ian Cole", "editor"],
      ],
    ],
    [
      "a German translated trailer",
      "(Berichterstattung von Tim Sand, Mona El Sayed und Tina Dorn). Redaktion von Hugo Lenz und Lara Hein",
      "\n",
      [
        ["Tim Sand", "author"],
        ["Mona El Sayed", "author"],
        ["Tina Dorn", "author"],
        ["Hugo Lenz", "editor"],
        ["Lara Hein", "editor"],
      ],
    ],
  ])("should find %s", (_title, trailer, glue, names) => {
    const input = `${BODY}${glue}${trailer}\n\nOur Standards: The Thomson Reuters Trust Principles.`;
    const got = findTrailers(makeDoc(input));
    const start = input.indexOf(trailer);
    expect(got.map((t) => [t.text, t.start, t.end])).toEqual([
      [trailer, start, start + trailer.length],
    ]);
    const bylines = got[0]!.bylines;
    expect(bylines.map((b) => [b.name, b.role])).toEqual(names);
    for (const b of bylines) {
      expect(input.slice(b.start, b.end)).toBe(b.name);
      expect(b.source).toBe("trailer");
    }
  });

  it("should take a trailer that names a newsroom, with no byline", () => {
    const input = `${BODY}\n(Compiled by the Bengaluru newsroom)`;
    const got = findTrailers(makeDoc(input));
    expect(got.map((t) => [t.text, t.bylines.length])).toEqual([
      ["(Compiled by the Bengaluru newsroom)", 0],
    ]);
  });

  it("should end a trailer at its closing parenthesis when the line goes on", () => {
    const input = `${BODY}\n(Reporting by Ann Lee; Editing by Kim Ross) Our Standards: The Thomson Reuters Trust Principles.`;
    const got = findTrailers(makeDoc(input));
    expect(got.map((t) => t.text)).toEqual([
      "(Reporting by Ann Lee; Editing by Kim Ross)",
    ]);
  });

  it("should find a trailer that opens a paragraph far from the foot", () => {
    const filler = "The market rose again on Wednesday, traders said.\n".repeat(
      120,
    );
    const input = `${BODY}\n(Reporting by Ann Lee; Editing by Kim Ross)\n\n${filler}`;
    expect(findTrailers(makeDoc(input)).map((t) => t.text)).toEqual([
      "(Reporting by Ann Lee; Editing by Kim Ross)",
    ]);
  });

  it.each([
    ["Reporting by the newspaper showed sales fell sharply in March."],
    ["The novel, edited by Jane Holt, sold well."],
    ["Edited by John Smith and published in 1990, the book sold well."],
    ["He said reporting by local media was inaccurate."],
    ["Analysts contributed to this report's conclusions, the bank said."],
  ])("should find no trailer in the body sentence %j", (sentence) => {
    expect(findTrailers(makeDoc(`${BODY}\n\n${sentence}`))).toEqual([]);
  });
});

describe("findTrailers: translated and other trailers", () => {
  it.each<Row>([
    [
      "a Spanish trailer",
      "(Reporte de Daniel Ruiz; Editado en español por Marta López)",
      "\n",
      [
        ["Daniel Ruiz", "author"],
        ["Marta López", "editor"],
      ],
    ],
    [
      "a French trailer",
      "(Reportage de Claire Dumas, édité par Paul Girard)",
      "\n",
      [
        ["Claire Dumas", "author"],
        ["Paul Girard", "editor"],
      ],
    ],
    [
      "names separated by a slash",
      "(Reporting by Ann Lee; Editing by Kim Ross/Tom Hale)",
      "\n",
      [
        ["Ann Lee", "author"],
        ["Kim Ross", "editor"],
        ["Tom Hale", "editor"],
      ],
    ],
    [
      "a contributor sentence that names a place",
      "Sam Porter contributed reporting from Tulsa.",
      "\n\n",
      [["Sam Porter", "contributor"]],
    ],
    [
      "a bare contributed",
      "Rhea Dunn contributed.",
      "\n\n",
      [["Rhea Dunn", "contributor"]],
    ],
    [
      "a dashed additional reporting line",
      "--additional reporting by Omar Haddad.",
      "\n\n",
      [["Omar Haddad", "contributor"]],
    ],
  ])("should find %s", (_title, trailer, glue, names) => {
    const input = `${BODY}${glue}${trailer}`;
    const got = findTrailers(makeDoc(input));
    const start = input.indexOf(trailer);
    expect(got.map((t) => [t.text, t.start, t.end])).toEqual([
      [trailer, start, start + trailer.length],
    ]);
    expect(got[0]!.bylines.map((b) => [b.name, b.role])).toEqual(names);
    for (const b of got[0]!.bylines)
      expect(input.slice(b.start, b.end)).toBe(b.name);
  });
});

describe("findTrailers: Bloomberg footers", () => {
  it("should read the names on the line under a contact heading", () => {
    const input = `${BODY}\n\nTo contact the reporter on this story:\nRita Holm in Oslo at rholm@bloomberg.net\n\nTo contact the editor responsible for this story:\nDan Price at dprice@bloomberg.net`;
    const got = findTrailers(makeDoc(input));
    expect(got.map((t) => t.text)).toEqual([
      "To contact the reporter on this story:\nRita Holm in Oslo at rholm@bloomberg.net",
      "To contact the editor responsible for this story:\nDan Price at dprice@bloomberg.net",
    ]);
    expect(
      got.flatMap((t) => t.bylines.map((b) => [b.name, b.role, b.start])),
    ).toEqual([
      ["Rita Holm", "author", input.indexOf("Rita Holm")],
      ["Dan Price", "editor", input.indexOf("Dan Price")],
    ]);
  });

  it("should take a With assistance line as contributors", () => {
    const input = `${BODY}\n\n--With assistance from Ana Ruiz and Ben Ohr.`;
    const got = findTrailers(makeDoc(input));
    expect(got.map((t) => t.text)).toEqual([
      "--With assistance from Ana Ruiz and Ben Ohr.",
    ]);
    expect(got[0]!.bylines.map((b) => [b.name, b.role])).toEqual([
      ["Ana Ruiz", "contributor"],
      ["Ben Ohr", "contributor"],
    ]);
  });
});

describe("findTrailers: a byline at the foot", () => {
  it("should take a dashed By line with contact details", () => {
    const input = `${BODY}\n\n-By Jane Moss, Dow Jones Newswires; 212-555-0100; jane.moss@example.com`;
    const got = findTrailers(makeDoc(input));
    expect(got.map((t) => [t.text, t.rule])).toEqual([
      [
        "-By Jane Moss, Dow Jones Newswires; 212-555-0100; jane.moss@example.com",
        "byline/trailer-by",
      ],
    ]);
    expect(got[0]!.bylines.map((b) => [b.name, b.role, b.start])).toEqual([
      ["Jane Moss", "author", input.indexOf("Jane Moss")],
    ]);
  });
});

describe("findTrailers: trailer edges", () => {
  it("should end a trailer before a glued footer", () => {
    const input = `${BODY}\nReporting by Ann Lee; Editing by Kim Ross Our Standards: The Thomson Reuters Trust Principles.`;
    const got = findTrailers(makeDoc(input));
    expect(got.map((t) => t.text)).toEqual([
      "Reporting by Ann Lee; Editing by Kim Ross",
    ]);
  });

  it("should take a trailer after a dash", () => {
    const input = `${BODY} -- Reporting by Ann Lee; Editing by Kim Ross`;
    const got = findTrailers(makeDoc(input));
    expect(got.map((t) => [t.text, t.bylines.length])).toEqual([
      ["Reporting by Ann Lee; Editing by Kim Ross", 2],
    ]);
  });
});
