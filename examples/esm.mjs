// ESM use of the published package: node examples/esm.mjs (from a project that depends on wirecopy).
import {
  detectAgency,
  extractQuotes,
  findBoilerplate,
  parseArticle,
  parseBylines,
  parseDateline,
  stripBoilerplate,
} from "wirecopy";
import * as schemas from "wirecopy/schemas";

const story = [
  "By MARTA VARGA",
  "Associated Press",
  "",
  "PORT ALDEN, Maine (AP) \u2014 Voters on Tuesday rejected a plan to sell the town's last public ferry.",
  "",
  "\u201cWe are an island people, and you don\u2019t sell the boat,\u201d said Ellen Brask, 71.",
  "",
  "Copyright 2024 The Associated Press. All rights reserved.",
].join("\n");

const fns = {
  parseArticle,
  parseDateline,
  parseBylines,
  detectAgency,
  extractQuotes,
  findBoilerplate,
  stripBoilerplate,
};
for (const [name, fn] of Object.entries(fns)) {
  if (typeof fn !== "function")
    throw new Error(`wirecopy: ${name} is not exported`);
}
const names = [
  "ArticleSchema",
  "DatelineSchema",
  "BylineSchema",
  "QuoteSchema",
  "SpeakerSchema",
  "BoilerplateSchema",
  "AgencySchema",
  "SegmentSchema",
  "SpanSchema",
];
for (const name of names) {
  if (typeof schemas[name]?.parse !== "function")
    throw new Error(`wirecopy/schemas: ${name} is not exported`);
}

const article = schemas.ArticleSchema.parse(parseArticle(story));
schemas.DatelineSchema.nullable().parse(parseDateline(story));
schemas.BylineSchema.array().parse(parseBylines(story));
schemas.QuoteSchema.array().parse(extractQuotes(story));
schemas.BoilerplateSchema.array().parse(findBoilerplate(story));
schemas.AgencySchema.nullable().parse(detectAgency(story));
if (typeof stripBoilerplate(story) !== "string")
  throw new Error("stripBoilerplate did not return a string");

console.log(
  `esm ok: ${Object.keys(schemas).filter((k) => k.endsWith("Schema")).length} schemas, ${article.segments.length} segments, ${article.quotes.length} quotes`,
);
