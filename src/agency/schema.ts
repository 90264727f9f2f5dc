import * as z from "zod";
import { spanShape } from "../_lib/schema.ts";

/** Zod schema of {@link AgencyEvidence}. */
export const AgencyEvidenceSchema = z
  .object({
    ...spanShape,
    kind: z
      .enum(["dateline", "byline", "signoff", "footer", "copyright", "prefix", "mention"])
      .describe("Where the evidence sits: the dateline credit, a byline affiliation, a sign-off, a footer..."),
    rule: z.string().describe("Id of the rule that found it (diagnostic)."),
  })
  .meta({ title: "AgencyEvidence", description: "A piece of the text that names the agency." });

/** A piece of the text that points at the agency (`(AP)`, `Reuter`, `--IANS`, `told AFP`). */
export type AgencyEvidence = z.infer<typeof AgencyEvidenceSchema>;

/** Zod schema of {@link Agency}. */
export const AgencySchema = z
  .object({
    id: z.string().describe("Short lowercase code, words joined by `-`: `ap`, `reuters`, `aa`, `prensa-latina`."),
    name: z.string().describe("The agency's full name: `Associated Press`, `Anadolu Agency`."),
    evidence: z.array(z.object(AgencyEvidenceSchema.shape)).describe("What the agency was found by, strongest first."),
  })
  .meta({ title: "Agency", description: "The wire service that wrote the story." });

/** The wire service that wrote the story, with the evidence it was found by. */
export type Agency = z.infer<typeof AgencySchema>;
