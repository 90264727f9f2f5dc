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
  const ranges = stableSort(
    labelled.filter((r) => r.end > r.start && r.start >= 0 && r.end <= n),
    (a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind),
  );
  // Each character belongs to the first range (in priority order) that covers it. Sweep the range
  // boundaries in text order, keeping the covering ranges sorted by rank; runs of one owner are the
  // pieces (a gap is body).
  const bounds: number[] = [];
  for (const r of ranges) bounds.push(r.start, r.end);
  bounds.push(0, n);
  stableSort(bounds, (a, b) => a - b);
  const byStart = stableSort(
    ranges.map((_, ri) => ri),
    (a, b) => ranges[a]!.start - ranges[b]!.start,
  );
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

/** Longest list sorted by insertion (a story has a handful of labelled ranges). */
const SMALL_SORT = 16;

/**
 * Sorts `items` in place, stably (ties keep their order), and returns them: by insertion when
 * there are few (no call into the built-in sort), else with the built-in sort (stable too).
 */
function stableSort<T>(items: T[], cmp: (a: T, b: T) => number): T[] {
  if (items.length > SMALL_SORT) return items.sort(cmp);
  for (let i = 1; i < items.length; i++) {
    const x = items[i]!;
    let j = i - 1;
    while (j >= 0 && cmp(items[j]!, x) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = x;
  }
  return items;
}

/**
 * @internal The clean body: body segments trimmed and joined by a blank line; inside a segment,
 * trailing spaces are dropped from each line and runs of blank lines become one.
 */
export function bodyOf(segments: readonly Segment[]): string {
  const parts: string[] = [];
  for (const s of segments) {
    if (s.kind !== "body") continue;
    const t = s.text.trim();
    if (!t) continue;
    if (isClean(t)) {
      parts.push(t);
      continue;
    }
    parts.push(cleanLines(t));
  }
  return parts.join("\n\n");
}

/**
 * The trimmed segment `t` with every line break made `\n`, trailing whitespace dropped from each
 * line and each run of blank lines made one. Runs of lines that stay as they are (one `\n` between
 * them) are taken as slices of `t`, so a long segment costs a few pieces, not one string per line.
 */
function cleanLines(t: string): string {
  const n = t.length;
  const newlineOnly = t.indexOf("\r") < 0 && t.indexOf("\u2028") < 0 && t.indexOf("\u2029") < 0;
  const pieces: string[] = [];
  // The run of output lines being gathered: `t[runStart, runEnd)`, -1 before the first line.
  let runStart = -1;
  let runEnd = -1;
  let blank = false;
  let i = 0;
  for (;;) {
    let e: number;
    let next: number;
    if (newlineOnly) {
      const br = t.indexOf("\n", i);
      e = br < 0 ? n : br;
      next = br < 0 ? -1 : br + 1;
    } else {
      e = i;
      while (e < n && !isBreak(t.charCodeAt(e))) e++;
      next = e >= n ? -1 : t.charCodeAt(e) === 13 && t.charCodeAt(e + 1) === 10 ? e + 2 : e + 1;
    }
    let te = e;
    while (te > i && isSpace(t.charCodeAt(te - 1))) te--;
    // A blank line (the first of a run) is an empty output line at its start.
    const emit = te > i || !blank;
    blank = te === i;
    if (emit) {
      if (runStart >= 0 && i === runEnd + 1 && t.charCodeAt(runEnd) === 10) runEnd = te;
      else {
        if (runStart >= 0) pieces.push(t.slice(runStart, runEnd));
        runStart = i;
        runEnd = te;
      }
    }
    if (next < 0) break;
    i = next;
  }
  if (runStart >= 0) pieces.push(t.slice(runStart, runEnd));
  return pieces.join("\n");
}

/** True for the characters that end a line: `\n`, `\r`, U+2028, U+2029. */
function isBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/**
 * True when {@link bodyOf} leaves the trimmed segment `t` as it is: every line break is `\n`, no
 * line ends in whitespace, and no two blank lines follow each other. Reads the text at its `\n`s.
 */
function isClean(t: string): boolean {
  if (t.indexOf("\r") >= 0 || t.indexOf("\u2028") >= 0 || t.indexOf("\u2029") >= 0) return false;
  for (let br = t.indexOf("\n"); br >= 0; br = t.indexOf("\n", br + 1)) {
    const p = t.charCodeAt(br - 1);
    if (p === 10) {
      if (t.charCodeAt(br - 2) === 10) return false;
    } else if (isSpace(p)) return false;
  }
  return true;
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
