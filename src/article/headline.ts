import type { Doc } from "../_lib/doc.ts";
import type { Span } from "../_lib/schema.ts";
import { span } from "../_lib/span.ts";

/** Longest line taken for a headline. */
const MAX_HEADLINE = 250;

/**
 * @internal The headline: the first non-blank line of the story when it stands above the story
 * start (`storyStart`: the dateline, or the first byline line, or the first paragraph) and reads as
 * a title (short, not a sentence running on into the next line). Lines inside `skip` (boilerplate)
 * are passed over.
 */
export function findHeadline(
  doc: Doc,
  storyStart: number | null,
  skip: readonly { readonly start: number; readonly end: number }[],
): Span | null {
  const { text, lines } = doc;
  for (let li = 0; li < lines.length && li < 12; li++) {
    const line = lines[li]!;
    if (line.blank) continue;
    if (storyStart !== null && line.contentStart >= storyStart) return null;
    if (skip.some((s) => line.contentStart >= s.start && line.contentStart < s.end)) continue;
    const len = line.contentEnd - line.contentStart;
    if (len > MAX_HEADLINE || len < 3) return null;
    // A title line is followed by a line break: a blank line, or a new line when the story start
    // lies below it. Without a dateline or byline below it, it must be followed by a blank line.
    const next = lines[li + 1];
    if (!next) return null;
    if (storyStart === null && !next.blank) return null;
    const last = text.charCodeAt(line.contentEnd - 1);
    // A first line ending in a comma or a hyphenated break continues onto the next line.
    if (last === 44 /* , */ || last === 45 /* - */) return null;
    return span(text, line.contentStart, line.contentEnd);
  }
  return null;
}
