/** mulberry32: a small deterministic PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number;
/** Composes one invented wire story (2-6 KB) in a random style. */
export function makeStory(rng: () => number): string;
/** `n` invented stories from `seed`. */
export function makeCorpus(n: number, seed?: number): string[];
