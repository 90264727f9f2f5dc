import type { Doc } from "../_lib/doc.ts";
import type { Span } from "../_lib/schema.ts";
import { isSpace } from "../_lib/span.ts";
import type { Segment, SegmentKind } from "./schema.ts";

/** A labelled range before gaps are filled. */
export interface Labelled {
  readonly start: number;
  readonly end: number;
  readonly kind: SegmentKind;
}

/** Earlier kinds win where ranges overlap. */
const PRIORITY: readonly SegmentKind[] = ["boilerplate", "dateline", "byline", "headline", "other"];

/**
 * @internal Partitions the input into labelled segments, in order, covering every character:
 * labelled ranges first (boilerplate beats dateline beats byline beats headline), the rest is body.
 * Whitespace between two segments goes to the earlier one (leading whitespace to the first).
 */
export function buildSegments(text: string, labelled: readonly Labelled[]): Segment[] {
  const n = text.length;
  const ranges = labelled
    .filter((r) => r.end > r.start && r.start >= 0 && r.end <= n)
    .sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
  // Each character belongs to the first range (in priority order) that covers it. Sweep the range
  // boundaries in text order, keeping the covering ranges sorted by rank; runs of one owner are the
  // pieces (a gap is body).
  const bounds: number[] = [];
  for (const r of ranges) bounds.push(r.start, r.end);
  bounds.push(0, n);
  bounds.sort((a, b) => a - b);
  const byStart = ranges.map((_, ri) => ri).sort((a, b) => ranges[a]!.start - ranges[b]!.start);
  const active: number[] = [];
  const raw: { start: number; end: number; kind: SegmentKind }[] = [];
  let next = 0;
  let owner = -2;
  for (let bi = 0; bi < bounds.length - 1; bi++) {
    const at = bounds[bi]!;
    const to = bounds[bi + 1]!;
    if (to === at) continue;
    for (let k = active.length - 1; k >= 0; k--) if (ranges[active[k]!]!.end <= at) active.splice(k, 1);
    while (next < byStart.length && ranges[byStart[next]!]!.start <= at) {
      const ri = byStart[next++]!;
      if (ranges[ri]!.end <= at) continue;
      let k = active.length;
      while (k > 0 && active[k - 1]! > ri) k--;
      active.splice(k, 0, ri);
    }
    const o = active.length > 0 ? active[0]! : -1;
    const last = raw[raw.length - 1];
    if (last && o === owner) last.end = to;
    else raw.push({ start: at, end: to, kind: o < 0 ? "body" : ranges[o]!.kind });
    owner = o;
  }
  // Whitespace-only pieces join the segment before them (or after them, at the very start).
  const merged: { start: number; end: number; kind: SegmentKind }[] = [];
  for (const r of raw) {
    const blank = isBlank(text, r.start, r.end);
    const prev = merged[merged.length - 1];
    if (prev && (blank || prev.kind === r.kind)) {
      prev.end = r.end;
      continue;
    }
    if (!prev && blank) {
      merged.push({ ...r });
      continue;
    }
    if (prev && isBlank(text, prev.start, prev.end)) {
      prev.end = r.end;
      prev.kind = r.kind;
      continue;
    }
    merged.push({ ...r });
  }
  return merged.map((r) => ({ text: text.slice(r.start, r.end), start: r.start, end: r.end, kind: r.kind }));
}

/**
 * @internal The clean body: body segments trimmed and joined by a blank line; inside a segment,
 * every line break becomes `\n`, trailing spaces are dropped from each line and runs of blank
 * lines become one. Reads the lines `doc` already holds (segments come in text order, so one
 * forward walk serves them all); runs of lines that stay as they are (one `\n` between them) are
 * taken as single slices, so a long segment costs a few pieces, not one string per line.
 */
export function bodyOf(doc: Doc, segments: readonly Segment[]): string {
  const { text, lines } = doc;
  const parts: string[] = [];
  let li = 0;
  for (const seg of segments) {
    if (seg.kind !== "body") continue;
    const t = seg.text;
    const s = seg.start + (t.length - t.trimStart().length);
    const e = seg.start + t.trimEnd().length;
    if (s >= e) continue;
    // `s` is a character that is not whitespace, so some line holds it
    while (lines[li]!.end < s) li++;
    const pieces: string[] = [];
    // The run of output lines being gathered: `text[runStart, runEnd)`, -1 before the first line.
    let runStart = -1;
    let runEnd = -1;
    let blank = false;
    for (; li < lines.length; li++) {
      const line = lines[li]!;
      if (line.start >= e) break;
      const i = Math.max(line.start, s);
      let te = Math.min(line.end, e);
      while (te > i && isSpace(text.charCodeAt(te - 1))) te--;
      // A blank line (the first of a run) is an empty output line at its start.
      const emit = te > i || !blank;
      blank = te === i;
      if (!emit) continue;
      if (runStart >= 0 && i === runEnd + 1 && text.charCodeAt(runEnd) === 10) runEnd = te;
      else {
        if (runStart >= 0) pieces.push(text.slice(runStart, runEnd));
        runStart = i;
        runEnd = te;
      }
    }
    // the segment's last line may go on into the next segment: read it again there
    if (li > 0) li--;
    pieces.push(text.slice(runStart, runEnd));
    parts.push(pieces.join("\n"));
  }
  return parts.join("\n\n");
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** @internal Where the story text starts after a dateline: past the separator dash, colon or pipe. */
export function afterDateline(text: string, dateline: Span): number {
  let i = dateline.end;
  const limit = Math.min(text.length, i + 8);
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2012 || c === 0x2015 || c === 46 || c === 58 || c === 124 || c === 95) i++;
    else break;
  }
  return i;
}
