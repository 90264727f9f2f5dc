/** 2^20. */
export const MB: number;
/** Generated stories joined by blank lines and cut to exactly `size` characters. */
export function repeatedStories(size: number, seed?: number): string;
/** Worst-case inputs of about `size` characters each, as `[name, text]`. */
export function worstCases(size?: number): [string, string][];
