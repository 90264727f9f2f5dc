// The published JSON Schema (dist/json-schema/*.json, written by scripts/emit-json-schema.mjs at
// build): every fixture's output validates against Article.json with a draft 2020-12 validator, and
// the shape (keys, types, required, enums; not the descriptions) is pinned so a change is a
// reviewed diff. Runs against the build: `npm run build` first.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { makeCorpus } from "../bench/corpus.mjs";
import type * as LibModule from "../src/index.ts";

const ROOT = join(import.meta.dirname, "..");
const SCHEMA_DIR = join(ROOT, "dist", "json-schema");
const FIXTURES = join(ROOT, "fixtures");

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
}

/** Every story the project owns: seed, invented fixture stories, gold texts, a few generated ones. */
function fixtureTexts(): [string, string][] {
  const out: [string, string][] = [
    [
      "seed/anadolu-kallas.txt",
      readFileSync(join(FIXTURES, "seed", "anadolu-kallas.txt"), "utf8"),
    ],
  ];
  for (const f of readdirSync(join(FIXTURES, "stories")).sort()) {
    if (f.endsWith(".txt"))
      out.push([
        `stories/${f}`,
        readFileSync(join(FIXTURES, "stories", f), "utf8"),
      ]);
  }
  const gold = join(FIXTURES, "gold");
  for (const f of existsSync(gold) ? readdirSync(gold).sort() : []) {
    if (!f.endsWith(".jsonl")) continue;
    readFileSync(join(gold, f), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .forEach((l, i) => {
        const r = JSON.parse(l) as { id?: string; text: string };
        out.push([`gold/${f}#${r.id ?? i + 1}`, r.text]);
      });
  }
  (makeCorpus(10, 3) as string[]).forEach((t, i) =>
    out.push([`generated #${i}`, t]),
  );
  return out;
}

/** A flat, description-free outline of a schema: one `path: type` line per property. */
function outline(schema: JsonSchema): string[] {
  const label = (s: JsonSchema): string => {
    if (s.anyOf) return s.anyOf.map(label).join("|");
    if (s.enum) return `enum(${s.enum.join(",")})`;
    return Array.isArray(s.type) ? s.type.join("|") : (s.type ?? "any");
  };
  const out = [`(root): ${label(schema)}`];
  const visit = (s: JsonSchema, path: string): void => {
    for (const alt of s.anyOf ?? []) visit(alt, path);
    if (s.type === "object" && s.properties) {
      const required = new Set(s.required ?? []);
      for (const [key, value] of Object.entries(s.properties)) {
        const p = path ? `${path}.${key}` : key;
        out.push(`${p}${required.has(key) ? "" : "?"}: ${label(value)}`);
        visit(value, p);
      }
    }
    if (s.type === "array" && s.items) {
      out.push(`${path}[]: ${label(s.items)}`);
      visit(s.items, `${path}[]`);
    }
  };
  visit(schema, "");
  return out;
}

const ARTICLE_OUTLINE = [
  "(root): object",
  "agency: object|null",
  "agency.id: string",
  "agency.name: string",
  "agency.evidence: array",
  "agency.evidence[]: object",
  "agency.evidence[].text: string",
  "agency.evidence[].start: integer",
  "agency.evidence[].end: integer",
  "agency.evidence[].kind: enum(dateline,byline,signoff,footer,copyright,prefix,mention)",
  "agency.evidence[].rule: string",
  "headline: object|null",
  "headline.text: string",
  "headline.start: integer",
  "headline.end: integer",
  "dateline: object|null",
  "dateline.text: string",
  "dateline.start: integer",
  "dateline.end: integer",
  "dateline.locations: array",
  "dateline.locations[]: object",
  "dateline.locations[].text: string",
  "dateline.locations[].start: integer",
  "dateline.locations[].end: integer",
  "dateline.region: object|null",
  "dateline.region.text: string",
  "dateline.region.start: integer",
  "dateline.region.end: integer",
  "dateline.date: object|null",
  "dateline.date.text: string",
  "dateline.date.start: integer",
  "dateline.date.end: integer",
  "dateline.isoDate: string|null",
  "dateline.agency: object|null",
  "dateline.agency.text: string",
  "dateline.agency.start: integer",
  "dateline.agency.end: integer",
  "dateline.agencyId: string|null",
  "dateline.rule: string",
  "bylines: array",
  "bylines[]: object",
  "bylines[].text: string",
  "bylines[].start: integer",
  "bylines[].end: integer",
  "bylines[].name: string",
  "bylines[].role: enum(author,contributor,editor,photographer,translator,producer)",
  "bylines[].affiliation: string|null",
  "bylines[].source: enum(header,trailer)",
  "bylines[].rule: string",
  "quotes: array",
  "quotes[]: object",
  "quotes[].text: string",
  "quotes[].start: integer",
  "quotes[].end: integer",
  "quotes[].speaker: object|null",
  "quotes[].speaker.text: string",
  "quotes[].speaker.start: integer",
  "quotes[].speaker.end: integer",
  "quotes[].speaker.name: string",
  "quotes[].speaker.resolvedBy: enum(name,alias,pronoun,title,descriptor,organization,previous)",
  "quotes[].cue: object|null",
  "quotes[].cue.text: string",
  "quotes[].cue.start: integer",
  "quotes[].cue.end: integer",
  "quotes[].partial: boolean",
  "quotes[].rule: string",
  "boilerplate: array",
  "boilerplate[]: object",
  "boilerplate[].text: string",
  "boilerplate[].start: integer",
  "boilerplate[].end: integer",
  "boilerplate[].kind: enum(footer,copyright,signoff,trailer,caption,photo-credit,timestamp,navigation,share,advertisement,promo,newsletter,about,contact,prefix,continuation,separator,other)",
  "boilerplate[].rule: string",
  "body: string",
  "segments: array",
  "segments[]: object",
  "segments[].text: string",
  "segments[].start: integer",
  "segments[].end: integer",
  "segments[].kind: enum(headline,byline,dateline,body,boilerplate,other)",
];

const SCHEMA_NAMES = [
  "Agency",
  "AgencyEvidence",
  "Article",
  "Boilerplate",
  "BoilerplateKind",
  "Byline",
  "BylineRole",
  "Dateline",
  "Quote",
  "Segment",
  "SegmentKind",
  "Span",
  "Speaker",
  "SpeakerResolution",
];

let lib: typeof LibModule;
let schemas: Record<string, JsonSchema>;

beforeAll(async () => {
  if (!existsSync(join(SCHEMA_DIR, "Article.json"))) {
    throw new Error(
      "dist/json-schema/Article.json is missing: run `npm run build` first",
    );
  }
  lib = (await import(join(ROOT, "dist", "index.js"))) as typeof LibModule;
  schemas = Object.fromEntries(
    readdirSync(SCHEMA_DIR)
      .filter((f) => f.endsWith(".json"))
      .map((f) => [
        f.slice(0, -5),
        JSON.parse(readFileSync(join(SCHEMA_DIR, f), "utf8")) as JsonSchema,
      ]),
  );
});

describe("JSON Schema (dist/json-schema)", () => {
  it("should publish one schema per exported Zod schema", () => {
    expect(Object.keys(schemas).sort()).toEqual([...SCHEMA_NAMES].sort());
  });

  it("should compile every schema under draft 2020-12 in strict mode", () => {
    for (const [name, schema] of Object.entries(schemas)) {
      const ajv = new Ajv2020({ strict: true });
      expect(() => ajv.compile(schema), name).not.toThrow();
      expect((schema as { $schema?: string }).$schema, name).toBe(
        "https://json-schema.org/draft/2020-12/schema",
      );
    }
  });

  it("should keep the Article outline (keys, types, required, enums)", () => {
    expect(outline(schemas["Article"]!)).toEqual(ARTICLE_OUTLINE);
  });

  it("should require every key of every object (absent is null or [], never missing)", () => {
    const loose: string[] = [];
    for (const line of ARTICLE_OUTLINE)
      if (/^[^:]*\?:/u.test(line)) loose.push(line);
    expect(loose).toEqual([]);
    expect(schemas["Article"]!.required).toEqual([
      "agency",
      "headline",
      "dateline",
      "bylines",
      "quotes",
      "boilerplate",
      "body",
      "segments",
    ]);
  });

  it.each(fixtureTexts())(
    "should validate the parseArticle output of %s against Article.json",
    (_name, text) => {
      const validate = new Ajv2020({ strict: true, allErrors: true }).compile(
        schemas["Article"]!,
      );
      const article = JSON.parse(
        JSON.stringify(lib.parseArticle(text)),
      ) as unknown;
      const ok = validate(article);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    },
  );

  it("should reject an article with a missing key or a negative offset", () => {
    const validate = new Ajv2020({ strict: true }).compile(schemas["Article"]!);
    const article = JSON.parse(
      JSON.stringify(lib.parseArticle("LONDON (Reuters) - Prices rose.")),
    ) as Record<string, unknown>;
    expect(validate(article)).toBe(true);
    const missing = { ...article };
    delete missing["quotes"];
    expect(validate(missing)).toBe(false);
    expect(
      validate({
        ...article,
        segments: [{ text: "x", start: -1, end: 0, kind: "body" }],
      }),
    ).toBe(false);
    expect(
      validate({
        ...article,
        segments: [{ text: "x", start: 0, end: 1, kind: "sidebar" }],
      }),
    ).toBe(false);
  });
});
