/**
 * Regular expressions of the dateline parser. The dateline grammar itself is a hand-written scanner
 * (see `matchDatelineAt.ts`), bounded to one line and a few hundred characters; these constants
 * test single characters or short, already isolated pieces of it. None carries `g` or `y`.
 */

/**
 * One letter of any script: `A`, `é`, `Α` (Greek capital alpha in `ΑNKARA`), `ı`.
 */
export const LETTER = /^\p{L}$/u;

/**
 * One combining mark (accents written as a separate code point): U+0301 in `Bogota\u0301`.
 */
export const MARK = /^\p{M}$/u;

/**
 * A four-digit year a dateline can carry: `1987`, `2023`, `2026`.
 */
export const YEAR = /^(?:1[89]|20)\d\d$/u;

/** Any ASCII digit: true for `2O`, false for `lO`. */
export const HAS_DIGIT = /\d/u;

/** An English ordinal suffix after a day: `30th`, `1st`, `2nd`, `3rd` (`th` etc. tested alone). */
export const ORDINAL = /^(?:st|nd|rd|th)$/iu;

/**
 * A press-release wire named between slashes or in parentheses: `PRNewswire`, `EINPresswire.com`,
 * `ACCESSWIRE`, `GLOBE NEWSWIRE`, `BUSINESS WIRE`, `PRNewswire-FirstCall`, `Newsfile Corp.`,
 * `24-7PressRelease`, `PRWEB`, `Marketwire`.
 */
export const WIRE_CREDIT =
  /(?:wire|\.com|newsfile(?: corp\.?)?|release|prweb)(?:-[a-z]{1,20})?$/iu;

/**
 * A word made of capitals and digits only, the shape of an agency acronym: `IRNA`, `AZERTAC`,
 * `KUNA`, `BSS`.
 */
export const ACRONYM = /^[\p{Lu}\d]{2,12}$/u;

/**
 * A single CamelCase word of an online outlet credit: `ArabToday`, `TNSres`, `PRNewswire`.
 */
export const CAMEL_WORD = /^\p{Lu}[\p{Ll}\d]{0,20}\p{Lu}[\p{L}\d]{0,20}$/u;

/** One letter, mark or digit of any script: a character that can sit inside a word (`a`, `Ö`, `7`). */
export const ALNUM = /^[\p{L}\p{M}\p{N}]$/u;

/** An English weekday, never part of a dateline place: `Monday`, `WEDNESDAY`, `Sunday.`. */
export const ENGLISH_WEEKDAY =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\.?$/iu;

/** A lower-case agency acronym opening a credit: `dts` in `(dts Nachrichtenagentur)`, `epd`. */
export const LOWER_ACRONYM = /^\p{Ll}{2,4}$/u;

/** An English article opening a place: `The ` in `The Hague`, `THE ` (followed by a space). */
export const ARTICLE = /^the\s$/iu;

/** A U.S. party-and-state tag in parentheses: `D-NJ`, `R-Tex.`, `I-Vt.`. */
export const PARTY_TAG = /^[DRI]-\p{Lu}/u;

/**
 * A character an inner dateline holds within reach of its start: the `(` of `(AP)`, the `/` of
 * `/PRNewswire/`, the `|` of `| AFP |`, a digit of `Aug 22`. Used with `search`, never `g`.
 */
export const ANCHOR = /[(/|\d]/u;
