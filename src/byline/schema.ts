import * as z from "zod";
import { spanShape } from "../_lib/schema.ts";

/** Zod schema of {@link BylineRole}. */
export const BylineRoleSchema = z
  .enum([
    "author",
    "contributor",
    "editor",
    "photographer",
    "translator",
    "producer",
  ])
  .meta({
    title: "BylineRole",
    description: "What the person did for the story.",
  });

/**
 * What a credited person did: `author` (By-line, `Reporting by`, `Writing by`), `contributor`
 * (`Additional reporting by`, `contributed to this report`, `Compiled by`), `editor` (`Editing by`),
 * `photographer`, `translator`, `producer`.
 */
export type BylineRole = z.infer<typeof BylineRoleSchema>;

/** Zod schema of {@link Byline}. */
export const BylineSchema = z
  .object({
    ...spanShape,
    name: z
      .string()
      .describe(
        "The person's name as written (`KIM TONG-HYUNG`, `Shaun TANDON`); equals `text`.",
      ),
    role: BylineRoleSchema,
    affiliation: z
      .string()
      .nullable()
      .describe(
        "The organisation credited with the person (`Associated Press`, `Reuters`), or null.",
      ),
    source: z
      .enum(["header", "trailer"])
      .describe(
        "`header`: a byline at the top; `trailer`: a credit line at the foot.",
      ),
    rule: z
      .string()
      .describe(
        "Id of the rule that found the byline (diagnostic, not semver-stable).",
      ),
  })
  .meta({
    title: "Byline",
    description:
      "A credited person; `text`/`start`/`end` locate the name itself.",
  });

/** A person credited for the story, from the top (`By JOHN SMITH`) or a trailer (`Editing by Jane Doe`). */
export type Byline = z.infer<typeof BylineSchema>;
