/**
 * Regex constants of the byline module. Each is applied to one short token or a bounded slice of a
 * line (never to the whole story), has no `g`/`y` flag and cannot backtrack badly.
 */

/**
 * One word of a personal name as written: capitalised (`Smith`, `SMITH`, `O'Connor`, `McLean`,
 * `Jee-ho`, `SANG-HOON`, `D'ARCY`), an initial (`R.`), or an Arabic-style prefixed surname
 * (`al-Assad`, `el-Sisi`, `d'Estaing`).
 */
export const NAME_WORD =
  /^(?:\p{Lu}[\p{L}\p{M}'’.-]{0,30}|(?:al|el|ad|as|ash|at|az|ul|ud|abu|abd|bin|ibn|ben|bint)-\p{Lu}[\p{L}\p{M}'’-]{0,30}|d['’]\p{Lu}[\p{L}\p{M}'’-]{0,30})$/u;

/** A possessive or a word ending in an apostrophe (`Smith's`, `Reuters’`): not a byline name. */
export const POSSESSIVE = /['’]s?$/u;

/**
 * A last name glued to an acronym of the outlet (`McLeanBBC` in `By Fiona McLeanBBC Scotland news`):
 * `name` is the person's part, `org` the acronym.
 */
export const GLUED_ORG =
  /^(?<name>\p{Lu}[\p{L}'’-]{0,30}\p{Ll}{3})(?<org>\p{Lu}{2,5})$/u;

/**
 * What may follow a byline or credit on its line without being story text: a time stamp, a date, a
 * read time, an update note (`2 minute read 10:05 AM EST`, `| Jan 8, 2021`, `- 2 hours ago - 15:00 |
 * All, Japan`, `| Last Updated: Monday, March 4, 2019 - 11:02`, `, 5 May, 2016 10:10 AM`,
 * `-- Nov 2`, `on March 3, 2024`). Tested on a slice of at most 120 characters.
 */
export const LINE_META =
  /^[\s|,.·•:;–—-]{0,6}(?:(?:on|at)\s)?(?:\d|(?:last\s)?updated\b|posted\b|published\b|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s{1,3}\d|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s)/iu;

/**
 * The start of a date after a pipe in a newspaper byline template (`|Jan 8, 2021`, `| 13.01.2019`,
 * `| Updated`).
 */
export const PIPE_DATE =
  /^\s{0,3}\|\s{0,3}(?:\d|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s|updated\b|last\b|posted\b|published\b)/iu;

/**
 * A trailer cue: the first word of a role phrase (`Reporting by`, `Editing by`, `Writing by`,
 * `Redaktion von`, `Reporte de`), tested on the few characters at a place where a trailer may
 * start (the line start, or right after a sentence end); the role phrase itself is then checked
 * against `TRAILER_ROLES`. Matches: `Reporting `, `editing `, `Redaktion `, `rédigé `.
 */
export const TRAILER_CUE_AT =
  /^(?:additional|extra|with|reporting|reported|writing|written|compiled|compiling|editing|edited|zusätzliche|berichterstattung|bericht|geschrieben|redaktion|bearbeitet|bearbeitung|reportage|rédigé|écrit|édité|édition|version|reportaje|reporte|información|informes|escrito|redacción|editado|edición|reportagem|edição|servizio|scritto)\s/iu;

/**
 * A place where a trailer may be glued inside a line: a sentence end (`. ! ? " ” ’ ) » : – — -`),
 * spaces, an optional `(` or `*`, and a whole cue word of {@link TRAILER_CUE_AT} with the space
 * after it. Used with a per-call global copy over the tail only. Matches `. Reporting ` (in
 * `said. Reporting by`), `.(Editing `, `" writing `.
 */
export const TRAILER_PLACE =
  /[.!?"”’)»:–—-]\s*[(*]?(?:additional|extra|with|reporting|reported|writing|written|compiled|compiling|editing|edited|zusätzliche|berichterstattung|bericht|geschrieben|redaktion|bearbeitet|bearbeitung|reportage|rédigé|écrit|édité|édition|version|reportaje|reporte|información|informes|escrito|redacción|editado|edición|reportagem|edição|servizio|scritto)\s/iu;

/**
 * The end of a contributor sentence (`contributed to this report.`, `contributed reporting.`,
 * `contributed to this story`, a bare `contributed.`).
 */
export const CONTRIBUTED =
  /\s(?:also\s)?contributed(?:\s(?:to\sth(?:is|e)\s(?:report|story|article)|reporting|additional\sreporting)\b\.?|\.)/iu;

/** A token that is an e-mail address or web handle in a contact footer (`tberry3@bloomberg.net`). */
export const EMAIL = /@|\.(?:com|net|org)\b/iu;

/** A word opening with an upper-case letter: `Reuters`, `SMITH`, `Über`. */
export const UPPER_START = /^\p{Lu}/u;

/** A word opening with an upper-case letter or a digit: `AP`, `2News`. */
export const UPPER_OR_DIGIT_START = /^[\p{Lu}\d]/u;

/** A plain lower-case word (a name typed in lower case): `hugo`, `o'neill`, `jean-luc`. */
export const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]{1,20}$/u;
