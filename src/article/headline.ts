import type { Doc, Line } from "../_lib/doc.ts";
import type { Span } from "../_lib/schema.ts";
import { span } from "../_lib/span.ts";

/** Longest line taken for a headline. */
const MAX_HEADLINE = 250;
/** Lines looked at from the top. */
const MAX_LINES = 12;

/**
 * A date or time line (`Friday, August 31, 2012`, `17.04.2017 - Update : 17.04.2017`,
 * `Post date: Nov 01, 2013 2:40:54 PM`): page furniture, never a title.
 */
const DATE_LINE =
  /^(?:(?:post(?:ed)?\s(?:date|on)|updated?|published)\s?:?\s?)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s)?(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}(?:st|nd|rd|th)?\s[a-z]{3,9}\.?,?\s\d{4}|[a-z]{3,9}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4})\b[\d\s:.,apmgtu+-]{0,40}$/iu;

/**
 * @internal The headline: the first line of the story that reads as a title and stands above the
 * story start (`storyStart`: the dateline, or the first byline line; null when neither was found).
 *
 * - Lines inside `skip` (boilerplate), date lines and short labels (`WORLD`, `Canada`, fewer than
 *   three words) are passed over.
 * - A line that ends a sentence (`... on Sunday.`) or runs on (a trailing comma or hyphen) is prose,
 *   not a title: no headline.
 * - Without a dateline or byline below it, the title must be followed by a blank line.
 * - A byline glued to the end of the line (`Tiger wins By DOUG FERGUSON, AP`) is cut off.
 */
export function findHeadline(
  doc: Doc,
  storyStart: number | null,
  skip: readonly { readonly start: number; readonly end: number }[],
  bylineLines: readonly { readonly start: number; readonly end: number }[] = [],
): Span | null {
  const { text, lines } = doc;
  for (let li = 0; li < lines.length && li < MAX_LINES; li++) {
    const line = lines[li]!;
    if (line.blank) continue;
    if (storyStart !== null && line.contentStart >= storyStart) return null;
    if (skip.some((s) => line.contentStart < s.end && line.contentEnd > s.start)) continue;
    let end = line.contentEnd;
    for (const b of bylineLines) if (b.start > line.contentStart && b.start < end) end = b.start;
    while (end > line.contentStart && text.charCodeAt(end - 1) <= 32) end--;
    const len = end - line.contentStart;
    if (len > MAX_HEADLINE) return null;
    if (len < 3 || isLabel(text, line.contentStart, end) || DATE_LINE.test(text.slice(line.contentStart, end))) continue;
    const next = nextLine(lines, li);
    if (!next) return null;
    if (storyStart === null && !next.blank) return null;
    if (endsSentence(text, line.contentStart, end)) return null;
    return span(text, line.contentStart, end);
  }
  return null;
}

function nextLine(lines: readonly Line[], li: number): Line | undefined {
  return lines[li + 1];
}

/** Fewer than three words, or digits only: a section label or an id, not a title. */
function isLabel(text: string, start: number, end: number): boolean {
  let words = 0;
  let inWord = false;
  let letters = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 0xa0;
    if (!space && !inWord) words++;
    inWord = !space;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127) letters++;
  }
  return words < 3 || letters === 0;
}

/**
 * True when the line reads as running prose: it ends with a comma or hyphen (continues onto the next
 * line), or with a full stop after a lower-case word of a line of 12 words or more.
 */
function endsSentence(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last === 44 /* , */ || last === 45 /* - */) return true;
  if (last !== 46 /* . */) return false;
  const before = text.charCodeAt(end - 2);
  if (!(before >= 97 && before <= 122)) return false;
  let words = 1;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 32) words++;
  return words >= 12;
}
