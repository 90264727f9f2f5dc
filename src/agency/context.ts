import type { Boilerplate } from "../boilerplate/schema.ts";
import type { Byline } from "../byline/schema.ts";
import type { Dateline } from "../dateline/schema.ts";

/** @internal What the other modules found, for the agency to use as evidence. */
export interface AgencyContext {
  readonly dateline: Dateline | null;
  readonly bylines: readonly Byline[];
  readonly boilerplate: readonly Boilerplate[];
}
