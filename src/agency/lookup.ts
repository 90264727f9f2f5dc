import { AGENCIES, type AgencyEntry } from "./data.ts";

/**
 * @internal The agency a credit as written names (`AP`, `Reuters`, `Reuter`, `dpa/lno`, `BUSINESS
 * WIRE`), or null. Case- and spacing-insensitive; a regional suffix after `/` is ignored.
 */
export function agencyByCredit(credit: string): AgencyEntry | null {
  const key = foldCredit(credit);
  if (!key) return null;
  for (const a of AGENCIES) {
    for (const c of a.credits) if (foldCredit(c) === key) return a;
    for (const c of a.aliases) if (foldCredit(c) === key) return a;
  }
  return null;
}

/** Folds a credit for lookup: lower case, letters and digits only, text after `/` dropped. */
export function foldCredit(credit: string): string {
  const head = credit.split("/")[0] ?? "";
  return head.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}
