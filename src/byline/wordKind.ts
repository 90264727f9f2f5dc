import { NAME_PARTICLES, NOT_FIRST_WORDS, NOT_NAME_WORDS } from "./data.ts";
import { NAME_WORD, POSSESSIVE } from "./patterns.ts";

/** What one word can be inside a personal name. */
export type WordKind = "name" | "initial" | "particle" | null;

const PARTICLES: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(
  NAME_PARTICLES,
);
const NOT_NAME: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(
  NOT_NAME_WORDS,
);
const NOT_FIRST: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(
  NOT_FIRST_WORDS,
);

/**
 * @internal Classifies one word for a personal name: `name` (`Smith`, `SMITH`, `O'Connor`,
 * `Jee-ho`), `initial` (`R.`), `particle` (`van`, `de`, `al`), or null (lower-case words, digits,
 * possessives, calendar and organisation words: see `NOT_NAME_WORDS`; with `first`, also the
 * words that cannot open a name: `NOT_FIRST_WORDS`).
 */
export function wordKind(word: string, first = false): WordKind {
  if (word.length === 0 || word.length > 32) return null;
  if (PARTICLES.has(word)) return "particle";
  const core = (word.endsWith(".") ? word.slice(0, -1) : word).toLowerCase();
  if (NOT_NAME.has(core) || (first && NOT_FIRST.has(core))) return null;
  if (POSSESSIVE.test(word)) return null;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return null;
  }
  if (!NAME_WORD.test(word)) return null;
  if (core.length === 1) return "initial";
  return "name";
}
