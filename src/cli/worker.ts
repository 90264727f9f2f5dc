import { parseArticle } from "../index.ts";

/** Worker entry: parses a batch of texts. */
export default function parseBatch(texts: string[]): unknown[] {
  return texts.map((t) => parseArticle(t));
}
