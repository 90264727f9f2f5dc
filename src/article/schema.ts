import * as z from "zod";
import { SpanSchema, spanShape } from "../_lib/schema.ts";
import { AgencySchema } from "../agency/schema.ts";
import { BoilerplateSchema } from "../boilerplate/schema.ts";
import { BylineSchema } from "../byline/schema.ts";
import { DatelineSchema } from "../dateline/schema.ts";
import { QuoteSchema } from "../quotes/schema.ts";

/** Zod schema of {@link SegmentKind}. */
export const SegmentKindSchema = z
  .enum(["headline", "byline", "dateline", "body", "boilerplate", "other"])
  .meta({ title: "SegmentKind", description: "The label of a segment of the input." });

/**
 * The label of a piece of the input: `headline`, `byline` (a byline line, also one that names no
 * person), `dateline`, `body`, `boilerplate`, `other` (header text that is neither: a standfirst, a
 * kicker).
 */
export type SegmentKind = z.infer<typeof SegmentKindSchema>;

/** Zod schema of {@link Segment}. */
export const SegmentSchema = z
  .object({ ...spanShape, kind: SegmentKindSchema })
  .meta({ title: "Segment", description: "A labelled piece of the input; the segments cover the input in order." });

/** A labelled piece of the input. The article's segments partition the input, in order. */
export type Segment = z.infer<typeof SegmentSchema>;

/** Zod schema of {@link Article}. */
export const ArticleSchema = z
  .object({
    agency: AgencySchema.nullable().describe("The wire service that wrote the story, or null."),
    headline: SpanSchema.nullable().describe("A title line above the story, or null."),
    dateline: DatelineSchema.nullable().describe("The dateline, or null."),
    bylines: z.array(BylineSchema).describe("Credited people, top bylines first, then trailer credits."),
    quotes: z.array(QuoteSchema).describe("Direct quotes with speakers, in text order."),
    boilerplate: z.array(BoilerplateSchema).describe("Blocks that are not story, in text order."),
    body: z.string().describe("The story alone: no headline, byline lines, dateline prefix or boilerplate; paragraphs kept."),
    segments: z.array(SegmentSchema).describe("Labelled segments covering every character of the input, in order."),
  })
  .meta({ title: "Article", description: "Everything wirecopy finds in one story." });

/** Everything found in one story: agency, headline, dateline, bylines, quotes, boilerplate, body and segments. */
export type Article = z.infer<typeof ArticleSchema>;
