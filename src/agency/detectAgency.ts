import { makeDoc, type Doc } from "../_lib/doc.ts";
import {
  resolveOptions,
  type CommonOptions,
  type ResolvedOptions,
} from "../_lib/options.ts";
import { datelineIn } from "../dateline/parseDateline.ts";
import { chooseAgency } from "./chooseAgency.ts";
import { collectEvidence } from "./collectEvidence.ts";
import type { AgencyContext } from "./context.ts";
import { AGENCIES } from "./data.ts";
import type { Agency } from "./schema.ts";

/** Options of {@link detectAgency}. */
export interface AgencyOptions extends CommonOptions {}

export type { AgencyContext } from "./context.ts";

/**
 * Tells which wire service wrote a story, from the credits it carries, strongest first:
 *
 * - the dateline credit: `SEOUL, South Korea (AP) —`, `LONDON, Aug 22 (Reuters) -`, `Hamburg
 *   (dpa/lno) -`, `JACKSON, Wis., Sept. 28 /PRNewswire/ --`, `TAMPA, Fla.–(BUSINESS WIRE)–`,
 *   `Tehran, IRNA –`, `WASHINGTON, March 12, Reuter -`, `(ANSA) - BRUXELLES`;
 * - a redistributor prefix: `(MENAFN- Kuwait News Agency (KUNA))`;
 * - byline affiliations and credit lines: `By DOUG FERGUSON, AP Golf Writer`, `AFP| Last Updated:`,
 *   `Xinhua | Updated:`, `• Kyodo`, `Press Trust of India Kolkata`, `Reuters Staff`;
 * - sign-offs, footers, copyright lines, agency domains: `Reuter` (and its typos `REUTE`, `RUTER`),
 *   `(Yonhap)`, `— Bernama`, `PTI CORR`, `Source: QNA`, `[Copyright The Jiji Press, Ltd.]`,
 *   `Anadolu Agency website contains only a portion ...`, `jeeho@yna.co.kr`, `www.trend.az`;
 * - when nothing above is found: `told AFP`, `the PA news agency understands`, Reuters house
 *   styles (`(Reporting by ...; Editing by ...)`, `<RIC>` codes), and, failing all else, an agency
 *   named in the headline and over and over in the story.
 *
 * Photo credits (`— Reuters pic`, `Photo: ANI`, `(AP Photo/...)`), citations (`according to
 * Yonhap`, `CNN reports`) and passing mentions (`The Associated Press and Reuters ...`) count
 * little, so a story that only mentions agencies gets `null`, and a caption credit never outweighs
 * the wire's own credit. Generic credits (`—Agencies`) name no agency.
 *
 * @param text - The story as received.
 * @param options - Common options (`debug` receives one event per piece of evidence).
 * @returns The agency (`id`, `name`, `evidence` strongest first, each with `kind`, `rule` and
 *   offsets), or null when the story names no agency clearly enough.
 * @throws TypeError when `text` is not a string or an option is unknown.
 * @example
 * ```ts
 * import { detectAgency } from "wirecopy";
 *
 * const agency = detectAgency("LONDON, Aug 22 (Reuters) - Britain's economy grew faster than expected.");
 * agency?.id; // "reuters"
 * agency?.evidence[0]; // { text: "Reuters", start: 16, end: 23, kind: "dateline", rule: "agency/dateline-credit" }
 *
 * detectAgency("Oil prices fell on Monday, traders said.\n REUTER\n")?.evidence[0]?.kind; // "signoff"
 * detectAgency("The Associated Press and Reuters news agencies reported the vote."); // null
 * ```
 * @remarks Known misses: a story whose only credit is the web page around it (a site's agency
 * feed, no credit in the text) gets `null`; mentions alone name an agency only when the story is
 * about it (six or more, one in the headline); Reuters copy whose credit was stripped is found only
 * by Reuters house styles (`(Reporting by ...; Editing by ...)`, `TOKYO, March 13 Bank ...`).
 */
export function detectAgency(
  text: string,
  options?: AgencyOptions,
): Agency | null {
  const opts = resolveOptions("detectAgency", text, options);
  const doc = makeDoc(text);
  return agencyIn(doc, opts, {
    dateline: datelineIn(doc, opts),
    bylines: [],
    boilerplate: [],
  });
}

/** @internal The agency of an already split document, given what the other modules found. */
export function agencyIn(
  doc: Doc,
  opts: ResolvedOptions,
  ctx: AgencyContext,
): Agency | null {
  const found = collectEvidence(doc, ctx);
  const choice = chooseAgency(found);
  const debug = opts.debug;
  if (debug) {
    for (const f of found) {
      const id = AGENCIES[f.agency]?.id ?? "?";
      debug({
        module: "agency",
        rule: f.rule,
        message: `${f.kind} evidence for ${id} (weight ${f.weight})`,
        start: f.start,
        end: f.end,
      });
    }
    debug({
      module: "agency",
      rule: "agency/choice",
      message: choice ? `chose ${AGENCIES[choice.agency]!.id}` : "no agency",
    });
  }
  if (!choice) return null;
  const entry = AGENCIES[choice.agency]!;
  return {
    id: entry.id,
    name: entry.name,
    evidence: choice.evidence.map((f) => ({
      text: doc.text.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      kind: f.kind,
      rule: f.rule,
    })),
  };
}
