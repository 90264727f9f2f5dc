/**
 * wirecopy: parse raw wire-service copy into typed data. Every function here is pure and
 * synchronous, takes the story text and returns plain data whose items carry UTF-16 offsets into
 * that text. The runtime Zod schemas live in the `wirecopy/schemas` entry; this one loads no Zod.
 *
 * @module wirecopy
 */
export { parseArticle, type ParseOptions } from "./article/parseArticle.ts";
export { parseDateline, type DatelineOptions } from "./dateline/parseDateline.ts";
export { parseBylines, type BylineOptions } from "./byline/parseBylines.ts";
export { detectAgency, type AgencyOptions } from "./agency/detectAgency.ts";
export { extractQuotes, type QuoteOptions } from "./quotes/extractQuotes.ts";
export { findBoilerplate, stripBoilerplate, type BoilerplateOptions } from "./boilerplate/findBoilerplate.ts";
export type { CommonOptions, DebugEvent } from "./_lib/options.ts";
export type { Span } from "./_lib/schema.ts";
export type { Article, Segment, SegmentKind } from "./article/schema.ts";
export type { Dateline } from "./dateline/schema.ts";
export type { Byline, BylineRole } from "./byline/schema.ts";
export type { Agency, AgencyEvidence } from "./agency/schema.ts";
export type { Quote, Speaker, SpeakerResolution } from "./quotes/schema.ts";
export type { Boilerplate, BoilerplateKind } from "./boilerplate/schema.ts";
