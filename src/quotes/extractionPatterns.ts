/**
 * Regexes used by quote extraction (finding the quoted passages). Each is anchored and matches a
 * bounded string, so none can backtrack badly.
 */

/**
 * One letter, digit or combining mark of any script: matches `a`, `É`, `ß`, `٣`, `ж`; not `’`,
 * `-`, ` `.
 */
export const LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}]$/u;

/**
 * A word ending in a possessive `'s` / `’s`: matches `cbs's`, `cnn’s`, `the times's`; not `its`,
 * `'s` alone.
 */
export const POSSESSIVE_END = /\p{L}['’]s$/u;

/**
 * A lower-cased phrase opening with an article: matches `a bomb`, `the deal`, `an option`; not
 * `border controls`, `another deal`.
 */
export const ARTICLE_START = /^(?:a|an|the) /u;
