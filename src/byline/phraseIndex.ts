/** Phrases split into lower-case words, grouped by their first word, longest first. */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

/**
 * @internal Builds the lookup used by `phraseAt` from a list of phrases (`Associated Press`,
 * `The Canadian Press`): each phrase split into lower-case words, grouped by its first word,
 * longest first. Pure; built once per table at module load.
 */
export function phraseIndex(phrases: readonly string[]): PhraseIndex {
  const map = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.toLowerCase().split(" ");
    const key = words[0]!;
    const list = map.get(key) ?? [];
    list.push(words);
    map.set(key, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
}
