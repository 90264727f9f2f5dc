/**
 * True when `a` and `b` differ by at most one insertion, deletion or substitution, or, with
 * `swaps`, one swap of two neighbouring characters (`Juen` for `June`). Compares in place, no copies.
 */
export function withinOneEdit(a: string, b: string, swaps = false): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (sameFrom(a, i + 1, b, i + 1)) return true;
    return swaps && a[i] === b[i + 1] && a[i + 1] === b[i] && sameFrom(a, i + 2, b, i + 2);
  }
  return la > lb ? sameFrom(a, i + 1, b, i) : sameFrom(a, i, b, i + 1);
}

/** True when `a` from `i` equals `b` from `j` (`a.slice(i) === b.slice(j)`, no copies). */
export function sameFrom(a: string, i: number, b: string, j: number): boolean {
  const ai = Math.min(i, a.length);
  const bj = Math.min(j, b.length);
  if (a.length - ai !== b.length - bj) return false;
  for (let k = 0; ai + k < a.length; k++) if (a.charCodeAt(ai + k) !== b.charCodeAt(bj + k)) return false;
  return true;
}
