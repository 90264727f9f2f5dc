import { AGENCY_INDEX, foldCompact } from "./agencyIndex.ts";
import { AGENCIES, type AgencyEntry } from "./data.ts";

/**
 * @internal The agency a credit as written names (`AP`, `Reuters`, `Reuter`, `dpa/lno`, `BUSINESS
 * WIRE`), or null. Case- and spacing-insensitive; a regional suffix after `/` is ignored.
 */
export function agencyByCredit(credit: string): AgencyEntry | null {
  const key = foldCredit(credit);
  if (!key) return null;
  const agency = AGENCY_INDEX.compact[key];
  return agency === undefined ? null : (AGENCIES[agency] ?? null);
}

/** Folds a credit for lookup: lower case, letters and digits only, text after `/` dropped. */
export function foldCredit(credit: string): string {
  const slash = credit.indexOf("/");
  return foldCompact(slash >= 0 ? credit.slice(0, slash) : credit);
}
