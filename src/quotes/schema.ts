import * as z from "zod";
import { spanShape } from "../_lib/schema.ts";

/** Zod schema of {@link SpeakerResolution}. */
export const SpeakerResolutionSchema = z
  .enum(["name", "alias", "pronoun", "title", "descriptor", "organization", "previous"])
  .meta({ title: "SpeakerResolution", description: "How the speaker's name was reached from the mention." });

/**
 * How a speaker was named: `name` (the cue names them), `alias` (a surname or short form resolved to
 * the full name), `pronoun` (she/he/they resolved), `title` (`the minister`), `descriptor` (no name
 * exists: `a French embassy official`), `organization`, `previous` (a quote standing alone, given
 * to the speaker the story was last quoting).
 */
export type SpeakerResolution = z.infer<typeof SpeakerResolutionSchema>;

/** Zod schema of {@link Speaker}. */
export const SpeakerSchema = z
  .object({
    ...spanShape,
    name: z.string().describe("The fullest name of the speaker found in the story, honorifics dropped; or the descriptor as written."),
    resolvedBy: SpeakerResolutionSchema,
  })
  .meta({ title: "Speaker", description: "Who said a quote: `name`, plus the mention the cue uses (`text`/`start`/`end`)." });

/** Who said a quote: the fullest name, and the mention (`she`, `Kallas`, `the ministry`) that the cue uses. */
export type Speaker = z.infer<typeof SpeakerSchema>;

/** Zod schema of {@link Quote}. */
export const QuoteSchema = z
  .object({
    ...spanShape,
    speaker: SpeakerSchema.nullable().describe("Who said it, or null when no one can be named."),
    cue: z
      .object(spanShape)
      .nullable()
      .describe("The speech verb phrase that attributes the quote (`said`, `told the BBC`, `according to`), or null."),
    partial: z.boolean().describe("True when the quote is a fragment inside the writer's sentence."),
    rule: z.string().describe("Id of the rule that attributed it (diagnostic, not semver-stable)."),
  })
  .meta({ title: "Quote", description: "A direct quote: `text` is what lies between the marks, marks excluded." });

/** A direct quote (marks excluded) with its speaker and cue. */
export type Quote = z.infer<typeof QuoteSchema>;
