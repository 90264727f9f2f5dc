/**
 * The Zod 4 schemas of every output type (`ArticleSchema`, `DatelineSchema`, ...). This is the only
 * entry that loads `zod` (a peer dependency): import it to validate output or to compose your own
 * schemas with ours.
 *
 * @example
 * ```ts
 * import { parseArticle } from "wirecopy";
 * import { ArticleSchema } from "wirecopy/schemas";
 *
 * ArticleSchema.parse(parseArticle("WASHINGTON (AP) — The Senate voted ..."));
 * ```
 *
 * @module wirecopy/schemas
 */
export { SpanSchema } from "./_lib/schema.ts";
export { ArticleSchema, SegmentSchema, SegmentKindSchema } from "./article/schema.ts";
export { DatelineSchema } from "./dateline/schema.ts";
export { BylineSchema, BylineRoleSchema } from "./byline/schema.ts";
export { AgencySchema, AgencyEvidenceSchema } from "./agency/schema.ts";
export { QuoteSchema, SpeakerSchema, SpeakerResolutionSchema } from "./quotes/schema.ts";
export { BoilerplateSchema, BoilerplateKindSchema } from "./boilerplate/schema.ts";
