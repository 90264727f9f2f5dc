import { describe, expect, it } from "vitest";
import { parseArticle } from "./parseArticle.ts";

describe("parseArticle on worst-case input", () => {
  const MB = 1 << 20;
  const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  it.each([
    ["newlines", fill("\n")],
    ["CRLF line breaks", fill("\r\n")],
    ["spaces and newlines", fill(" \n")],
    ["a story under a million blank lines", `${"\n".repeat(MB)}LONDON (Reuters) - Talks resumed on Monday, officials said.`],
  ])("should parse 1 MB of %s in bounded time (< 3 s on a loaded machine), labelling every character", (_name, text) => {
    const t0 = performance.now();
    const article = parseArticle(text);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(article.segments.map((s) => s.text).join("")).toBe(text);
  });
});
