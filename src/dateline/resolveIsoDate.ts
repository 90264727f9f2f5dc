/**
 * Resolves a dateline date to `YYYY-MM-DD`: with its own year when written (`March 24, 2023`),
 * else the latest such day not after `reference` (`Aug 22` with reference 2025-08-20 is
 * 2024-08-22; `Dec 31` with reference 2026-01-02 is 2025-12-31).
 *
 * @param month - Month 1-12.
 * @param day - Day of the month as written (may be out of range: `March 119` gives null).
 * @param year - The year written in the dateline, or null.
 * @param reference - The `[year, month, day]` the story was filed, or null.
 * @returns The ISO date, or null when the day is not a real day or no year can be had.
 * @example
 * ```ts
 * resolveIsoDate(8, 22, null, [2025, 8, 20]); // "2024-08-22"
 * ```
 */
export function resolveIsoDate(
  month: number,
  day: number,
  year: number | null,
  reference: readonly [number, number, number] | null,
): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (year !== null)
    return day <= daysIn(year, month) ? iso(year, month, day) : null;
  if (!reference) return null;
  const [ry, rm, rd] = reference;
  let y = month < rm || (month === rm && day <= rd) ? ry : ry - 1;
  // Feb 29 goes back to the latest leap year; any other day fits the first year tried.
  for (let tries = 0; tries < 8; tries++, y--) {
    if (day <= daysIn(y, month)) return iso(y, month, day);
  }
  return null;
}

function daysIn(year: number, month: number): number {
  if (month === 2)
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
