import * as z from "zod";
import { spanShape } from "../_lib/schema.ts";

/** Zod schema of {@link BoilerplateKind}. */
export const BoilerplateKindSchema = z
  .enum([
    "footer",
    "copyright",
    "signoff",
    "trailer",
    "caption",
    "photo-credit",
    "timestamp",
    "navigation",
    "share",
    "advertisement",
    "promo",
    "newsletter",
    "about",
    "contact",
    "prefix",
    "continuation",
    "separator",
    "other",
  ])
  .meta({ title: "BoilerplateKind", description: "What kind of non-story text a block is." });

/**
 * The kind of a non-story block: agency `footer`, `copyright` line, `signoff` (`Reuter`, `--IANS`),
 * credit `trailer` (`Reporting by ...`), photo `caption` and `photo-credit`, `timestamp`,
 * page furniture (`navigation`, `share`, `advertisement`, `promo`, `newsletter`), press-release
 * `about` and `contact` blocks, redistributor `prefix`, `continuation` (`More`), `separator`.
 */
export type BoilerplateKind = z.infer<typeof BoilerplateKindSchema>;

/** Zod schema of {@link Boilerplate}. */
export const BoilerplateSchema = z
  .object({
    ...spanShape,
    kind: BoilerplateKindSchema,
    rule: z.string().describe("Id of the rule that matched, so callers can filter (diagnostic, not semver-stable)."),
  })
  .meta({ title: "Boilerplate", description: "A block of text that is not story." });

/** A block of text that is not story (footer, copyright, sign-off, caption, furniture...), with the rule that found it. */
export type Boilerplate = z.infer<typeof BoilerplateSchema>;
