/**
 * Regular expressions of quote attribution, each a documented constant (no `g`/`y` flag, so
 * `.test` holds no state). Used by `attributionTokens.ts`, `mentions.ts`, `cues.ts`,
 * `speakers.ts` and `attributeQuotes.ts`.
 *
 * @internal
 */

/** One letter, combining mark or digit: `K`, `é`, `7`, `한`. */
export const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** One upper-case or title-case letter: `K`, `É`, `Ǆ`. */
export const UPPER_CHAR = /[\p{Lu}\p{Lt}]/u;

/** An ASCII word in capitals only: `NHC`, `WALLACE`, `FDA`. */
export const ASCII_CAPS = /^[A-Z]+$/u;

/** A possessive ending, straight or curly: `Kallas's`, `Prachi’s`, `agency's`. */
export const POSSESSIVE_S = /['\u2019]s$/u;

/** A possessive ending, also the bare apostrophe of a plural: `Trump’s`, `Sanders’`. */
export const POSSESSIVE_END = /['\u2019]s?$/u;

/** A lower-cased possessive `'s` (curly apostrophes are folded before): `kallas's`. */
export const FOLDED_POSSESSIVE = /'s$/u;

/** An age descriptor head: `77-year-old`, `45-year-old`. */
export const AGE_HEAD = /^\d{1,3}-year-old$/u;

/** An age of one to three digits: `77` in `Heide Austin, 77, said`. */
export const AGE = /^\d{1,3}$/u;

/** A year or day number inside a time phrase: `2015`, `21`. */
export const TIME_NUMBER = /^\d{1,4}$/u;

/** A past-tense ending: `fumed`, `scoffed`, `pressed`. */
export const PAST_TENSE = /ed$/u;

/** A past-participle ending: `seen`, `issued`, `shown`. */
export const PARTICIPLE_END = /(?:ed|en|wn)$/u;

/** A present-participle ending: `speaking`, `turning`. */
export const ING_END = /ing$/u;

/** An adverb ending (lower-cased word): `shortly`, `immediately`, `soon` does not match. */
export const LY_END = /ly$/u;

/** A plural or `s` ending: `prosecutors`, `officials`. */
export const S_END = /s$/u;

/** Opens with a digit: `21 percent`, `2015`. */
export const LEADING_DIGIT = /^\d/u;

/** Holds a digit: `77-year-old`, `3rd`. */
export const HAS_DIGIT = /\d/u;

/** A run of whitespace, line breaks included: collapsed in names. */
export const SPACES = /\s+/gu;

/** A curly apostrophe, folded to a straight one in lower-cased tokens: `O’Neill`. */
export const CURLY_APOSTROPHE = /\u2019/gu;

/** Closing punctuation and spaces at the end of a quote's text: `success.` → `success`, `war,"`. */
export const TRAILING_PUNCT = /[\s.,;:!?]{1,10}$/u;
