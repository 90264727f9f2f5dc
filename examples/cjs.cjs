// CommonJS use of the published package: node examples/cjs.cjs (from a project that depends on wirecopy).
/* global require */
/* eslint-disable @typescript-eslint/no-require-imports -- this example shows CommonJS use */
const wirecopy = require("wirecopy");
const schemas = require("wirecopy/schemas");

const story =
  "LIMA, Aug 22 (Reuters) - Peru's central bank held its rate on Thursday.\n\n" +
  '"There is room for a gradual reduction," the bank said in a statement.\n\n' +
  "(Reporting by Priya Raman; Editing by Oscar Brandt)";

const fns = [
  "parseArticle",
  "parseDateline",
  "parseBylines",
  "detectAgency",
  "extractQuotes",
  "findBoilerplate",
  "stripBoilerplate",
];
for (const name of fns) {
  if (typeof wirecopy[name] !== "function")
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

const article = schemas.ArticleSchema.parse(
  wirecopy.parseArticle(story, { referenceDate: "2024-09-01" }),
);
schemas.QuoteSchema.array().parse(wirecopy.extractQuotes(story));
try {
  wirecopy.parseArticle(42);
  throw new Error("parseArticle accepted a number");
} catch (e) {
  if (!(e instanceof TypeError)) throw e;
}

console.log(
  `cjs ok: ${Object.keys(schemas).filter((k) => k.endsWith("Schema")).length} schemas, ${article.segments.length} segments, ${article.quotes.length} quotes`,
);
