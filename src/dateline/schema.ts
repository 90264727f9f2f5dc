import * as z from "zod";
import { SpanSchema, spanShape } from "../_lib/schema.ts";

/** Zod schema of {@link Dateline}. */
export const DatelineSchema = z
  .object({
    ...spanShape,
    locations: z
      .array(SpanSchema)
      .describe(
        "Places as written, in order: `DUBAI/LONDON` gives two; `[]` for `(CNN)` or `Feb 4 (Reuters)`.",
      ),
    region: SpanSchema.nullable().describe(
      "State or country qualifier as written (`Calif.`, `South Korea`), the first if several; null if none.",
    ),
    date: SpanSchema.nullable().describe(
      "The date as written inside the dateline (`Aug 22`, `March 3, 2024`), or null.",
    ),
    isoDate: z
      .string()
      .nullable()
      .describe(
        "The date resolved to `YYYY-MM-DD`: from its own year, else against `options.referenceDate` (the latest such day not after it); null otherwise.",
      ),
    agency: SpanSchema.nullable().describe(
      "The agency credit as written (`AP`, `Reuters`, `dpa/GNA`, `PRNewswire`), or null.",
    ),
    agencyId: z
      .string()
      .nullable()
      .describe(
        "The credit resolved to an agency id of the agency table (`ap`, `reuters`), or null when unknown or absent.",
      ),
    rule: z
      .string()
      .describe(
        "Id of the rule that found the dateline (diagnostic, not semver-stable).",
      ),
  })
  .meta({
    title: "Dateline",
    description:
      "The dateline: `text` runs from the first place (or credit) to the end of the credit, separator dash excluded.",
  });

/**
 * A story's dateline (`SEOUL, South Korea (AP)`, `LONDON, Aug 22 (Reuters)`, `LONDON`), its parts as
 * written with their offsets, and the date resolved to ISO when it can be.
 */
export type Dateline = z.infer<typeof DatelineSchema>;
