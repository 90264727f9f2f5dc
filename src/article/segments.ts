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
  // Paint the winning labels; an already painted character is not repainted.
  const kinds: (SegmentKind | undefined)[] = [];
  const marks = new Uint8Array(n);
  const owner = new Int32Array(n).fill(-1);
  ranges.forEach((r, ri) => {
    for (let i = r.start; i < r.end; i++) {
      if (marks[i]) continue;
      marks[i] = 1;
      owner[i] = ri;
    }
    kinds[ri] = r.kind;
  });
  const raw: { start: number; end: number; kind: SegmentKind }[] = [];
  let i = 0;
  while (i < n) {
    const o = owner[i]!;
    let j = i + 1;
    while (j < n && owner[j] === o) j++;
    const kind: SegmentKind = o < 0 ? "body" : kinds[o]!;
    raw.push({ start: i, end: j, kind });
    i = j;
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
 * trailing spaces are dropped from each line and runs of blank lines become one.
 */
export function bodyOf(segments: readonly Segment[]): string {
  const parts: string[] = [];
  for (const s of segments) {
    if (s.kind !== "body") continue;
    const t = s.text.trim();
    if (!t) continue;
    const out: string[] = [];
    let blank = false;
    for (const line of t.split(/\r\n|[\n\r\u2028\u2029]/u)) {
      const l = line.trimEnd();
      if (!l.trim()) {
        if (!blank) out.push("");
        blank = true;
        continue;
      }
      blank = false;
      out.push(l);
    }
    parts.push(out.join("\n"));
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
