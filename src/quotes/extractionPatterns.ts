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

/**
 * Source of a run of characters none of which can start a quotation mark (see `isMarkChar`), for
 * a per-call sticky regex that skips to the next mark: from offset 0 of `He said "yes"` it matches
 * `He said `; of `don’t` it matches `don`. A single negated class under `*`: linear.
 */
export const MARK_GAP_SOURCE = "[^\"'`\\u00ab\\u00b4\\u00bb\\u2018-\\u201f\\u2039\\u203a\\uff02]*";
