import type { Span } from "./schema.ts";

/** Builds a span over `text[start, end)`. */
export function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

/** Shrinks `[start, end)` past leading and trailing whitespace (any Unicode space, incl. NBSP). */
export function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

/** A span over `text[start, end)` with surrounding whitespace removed. */
export function trimmedSpan(text: string, start: number, end: number): Span {
  const [s, e] = trimRange(text, start, end);
  return span(text, s, e);
}

/** True for the whitespace characters wire copy carries: ASCII space/tab/CR/LF/FF/VT, NBSP and Unicode spaces. */
export function isSpace(c: number): boolean {
  // Printable ASCII and Latin-1 up to NBSP (most characters of copy): one range check.
  if (c > 32 && c < 0xa0) return false;
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Sorts items by `start` (then by `end`), in place, and returns the array. */
export function byStart<T extends { start: number; end: number }>(items: T[]): T[] {
  return items.sort((a, b) => a.start - b.start || a.end - b.end);
}
