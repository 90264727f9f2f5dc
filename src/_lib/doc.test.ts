import { describe, expect, it } from "vitest";
import { lineAt, makeDoc, MAX_BLANK_RUN } from "./doc.ts";

/** The lines as `[start, end, contentStart, contentEnd]`. */
const bounds = (text: string): number[][] =>
  makeDoc(text).lines.map((l) => [l.start, l.end, l.contentStart, l.contentEnd]);

describe("makeDoc", () => {
  it.each([
    ["", [[0, 0, 0, 0]]],
    ["a", [[0, 1, 0, 1]]],
    ["a\nb", [[0, 1, 0, 1], [2, 3, 2, 3]]],
    [" a \n", [[0, 3, 1, 2], [4, 4, 4, 4]]],
    ["a\r\nb\rc", [[0, 1, 0, 1], [3, 4, 3, 4], [5, 6, 5, 6]]],
    ["a\u2028b\u2029c", [[0, 1, 0, 1], [2, 3, 2, 3], [4, 5, 4, 5]]],
    ["a\n \t\nb", [[0, 1, 0, 1], [2, 4, 4, 4], [5, 6, 5, 6]]],
  ])("should split %j into lines with their content bounds", (text, expected) => {
    expect(bounds(text)).toEqual(expected);
    for (const [i, l] of makeDoc(text).lines.entries()) {
      expect(l.index).toBe(i);
      expect(l.blank).toBe(l.contentStart === l.contentEnd);
    }
  });

  it.each([
    ["\n", "a", "b"],
    ["\r\n", "a", "b"],
    ["\r", "a", "b"],
    [" \n", "x y", "z"],
    ["\u2028", "a", "b"],
  ])("should fold a long run of %j blank lines into one line", (br, first, last) => {
    const run = MAX_BLANK_RUN + 50;
    const text = `${first}${br}${br.repeat(run)}${last}`;
    const { lines } = makeDoc(text);
    expect(lines.length).toBe(MAX_BLANK_RUN + 3);
    const folded = lines[MAX_BLANK_RUN + 1]!;
    expect(folded.blank).toBe(true);
    expect(text.slice(folded.start, folded.end).trim()).toBe("");
    const tail = lines.at(-1)!;
    expect(text.slice(tail.contentStart, tail.contentEnd)).toBe(last);
    expect(text.slice(lines[0]!.contentStart, lines[0]!.contentEnd)).toBe(first);
    expect(folded.end).toBeLessThan(tail.start);
  });

  it("should keep a run of blank lines up to the limit as lines of their own", () => {
    const text = `a${"\n".repeat(MAX_BLANK_RUN + 1)}b`;
    expect(makeDoc(text).lines.length).toBe(MAX_BLANK_RUN + 2);
  });

  it("should fold trailing blank lines up to the end of the text", () => {
    const text = `a${"\n".repeat(1000)}`;
    const { lines } = makeDoc(text);
    expect(lines.length).toBe(MAX_BLANK_RUN + 2);
    expect(lines.at(-1)!.end).toBe(text.length);
  });

  it.each([
    ["newlines", "\n".repeat(1 << 20)],
    ["CRLF", "\r\n".repeat(1 << 19)],
    ["spaces and newlines", " \n".repeat(1 << 19)],
  ])("should split 1 MB of %s in bounded time (< 3 s on a loaded machine) into few lines", (_, text) => {
    const t0 = performance.now();
    const { lines } = makeDoc(text);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(lines.length).toBeLessThanOrEqual(MAX_BLANK_RUN + 2);
  });
});

describe("lineAt", () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 1],
    [5, 2],
  ])("should find the line holding offset %d", (offset, li) => {
    expect(lineAt(makeDoc("a\nbc\nd"), offset)).toBe(li);
  });
});
