import { isSpace } from "../_lib/span.ts";

/** @internal A word or a punctuation mark of a line, with its offsets in the story. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The token as written. */
  readonly text: string;
  /** True for a separator mark: `,` `;` `|` `(` `)` `[` `]` `:` `/`. */
  readonly punct: boolean;
}

/** Separator marks split off as their own tokens. */
function isPunct(c: number): boolean {
  return (
    c === 44 ||
    c === 59 ||
    c === 124 ||
    c === 40 ||
    c === 41 ||
    c === 58 ||
    c === 91 ||
    c === 93 ||
    c === 47
  );
}

/**
 * @internal Splits `text[from, to)` into words and separator marks (`,` `;` `|` `(` `)` `:` `[`
 * `]` `/`), in one pass; at most `max` tokens. A colon inside a word (`3:21`) stays in the word.
 */
export function tokenize(
  text: string,
  from: number,
  to: number,
  max = 200,
): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to && out.length < max) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (
      isPunct(c) &&
      !(
        c === 58 &&
        i + 1 < to &&
        isDigit(text.charCodeAt(i + 1)) &&
        i > from &&
        isDigit(text.charCodeAt(i - 1))
      )
    ) {
      out.push({ start: i, end: i + 1, text: text[i]!, punct: true });
      i++;
      continue;
    }
    const s = i;
    while (i < to) {
      const d = text.charCodeAt(i);
      if (isSpace(d)) break;
      if (isPunct(d)) {
        // keep `3:21` whole
        if (
          d === 58 &&
          i > s &&
          isDigit(text.charCodeAt(i - 1)) &&
          i + 1 < to &&
          isDigit(text.charCodeAt(i + 1))
        ) {
          i++;
          continue;
        }
        break;
      }
      i++;
    }
    out.push({ start: s, end: i, text: text.slice(s, i), punct: false });
  }
  return out;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
