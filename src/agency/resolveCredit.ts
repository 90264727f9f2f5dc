import { findNames, type NameHit } from "./findNames.ts";
import { PHOTO_AFTER } from "./patterns.ts";

/** Characters trimmed off both ends of a credit: spaces, dashes, brackets, quotes, list marks. */
const TRIM = " \t\u00a0-–—―=•*.,:;|()[]{}\"'“”‘’";
/** Characters that may separate an agency from the rest of a credit (`dpa/lno`, `Trend , A. Akhundov`). */
const SEPARATORS = "/,;()-–—|[].";

function prevSolid(text: string, i: number, floor: number): string {
  let j = i - 1;
  while (j >= floor && (text[j] === " " || text[j] === "\u00a0")) j--;
  return j >= floor ? text[j]! : "";
}

function nextSolid(text: string, i: number, ceil: number): string {
  let j = i;
  while (j < ceil && (text[j] === " " || text[j] === "\u00a0")) j++;
  return j < ceil ? text[j]! : "";
}

/**
 * @internal The agency a credit names, with the name's offsets: `AP`, `Reuters`, `dpa/lno` (dpa),
 * `Jiji Press`, `BUSINESS WIRE`, `UNA-OIC`, `Sapa-AFP` (AFP), ` Trend , A. Akhundov` (Trend),
 * `MENAFN- Kuwait News Agency (KUNA` (KUNA), `Xinhua/Xie Huanchi` (Xinhua). The name must open the
 * credit or follow a separator, and end it or come before one. With `whole`, it must be the whole
 * credit (after trimming dashes, brackets and spaces).
 */
export function resolveCredit(
  text: string,
  start: number,
  end: number,
  whole = false,
): NameHit | null {
  let s = start;
  let e = end;
  while (s < e && TRIM.includes(text[s]!)) s++;
  while (e > s && TRIM.includes(text[e - 1]!)) e--;
  if (s >= e || e - s > 80) return null;
  for (const h of findNames(text, s, e, "written")) {
    if (whole) {
      if (h.start === s && h.end === e) return h;
      continue;
    }
    const prev = prevSolid(text, h.start, s);
    const before = h.start === s || (prev !== "" && SEPARATORS.includes(prev));
    if (!before) continue;
    const next = nextSolid(text, h.end, e);
    const after =
      h.end === e ||
      (next !== "" && SEPARATORS.includes(next)) ||
      PHOTO_AFTER.test(text.slice(h.end, h.end + 16));
    if (after) return h;
  }
  return null;
}
