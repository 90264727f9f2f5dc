/**
 * Regexes of the agency detector. Each runs on a short slice (a line, or up to 60 characters
 * before or after a name), never over the whole story, except {@link RIC_CODE}.
 */

/**
 * Before a name: the story spoke to the agency (`told AFP`, `told the PA news agency`, `said in
 * an interview with Reuters`, `speaking to AAP`). Anchored at the end of the slice.
 */
export const TOLD_BEFORE =
  /\b(?:told|tells?|telling|speaking to|spoke to|speaking with|spoke with|interview with|said to|comments to|remarks to|statement to|confirmed to|explained to|wrote to|e-?mail(?:ed)? to)(?:\s(?:the|an?))?\s{1,2}$/iu;

/**
 * The last word each end-anchored `..._BEFORE` regex can match right before its closing whitespace,
 * lower case: a slice whose last word (its trailing letters, after the trailing whitespace) is not
 * one of these never matches, so the regex need not run. `told AFP` → `told`, `interview with the
 * PA` → `the`. Keep in step with the alternatives of each regex.
 */
export const TOLD_LAST_WORDS = ["told", "tell", "tells", "telling", "to", "with", "the", "a", "an"] as const;

/**
 * Before a name: the story cites the agency (`according to Yonhap`, `quoted by TASS`, `carried by
 * the Saudi Press Agency`, `reported by Kyodo`). Anchored at the end of the slice.
 */
export const CITED_BEFORE =
  /\b(?:according to|quoted by|quoting|cited by|citing|reported by|carried by|reports? from|report by|told by|via)(?:\s(?:the|an?))?(?:\s(?:official|state|state-run|news agency|agency))?\s{1,2}$/iu;

/** The last words {@link CITED_BEFORE} can match (see {@link TOLD_LAST_WORDS}): `according to`, `state-run` → `run`. */
export const CITED_LAST_WORDS = ["to", "by", "quoting", "citing", "from", "via", "the", "a", "an", "official", "state", "run", "agency"] as const;

/**
 * Before a name: the story credits the agency for its content (`(With inputs from PTI)`, `Courtesy
 * of Reuters`, `provided by The Canadian Press`). Anchored at the end of the slice.
 */
export const INPUTS_BEFORE =
  /\b(?:with\s(?:additional\s)?inputs?\sfrom|courtesy(?:\sof)?|provided\sby|distributed\sby|supplied\sby)(?:\sthe)?\s{1,2}$/iu;

/** The last words {@link INPUTS_BEFORE} can match (see {@link TOLD_LAST_WORDS}): `inputs from`, `courtesy of`. */
export const INPUTS_LAST_WORDS = ["from", "courtesy", "of", "by", "the"] as const;

/**
 * After a name: what the agency does in the sentence. `self` verbs are the agency speaking of its
 * own work (`the PA news agency understands`, `AFP Sport picks out`, `Reuters has learned`);
 * `cited` verbs report what it said (`Yonhap reported`, `CNN reports that`, `Tass said`).
 * Anchored at the start of the slice.
 */
export const VERB_AFTER =
  /^(?:['’]s)?(?:\s(?:news agency|news service|Sport|journalists?|reporters?|correspondents?))?\s(?:(?<self>takes a look|picks out|looks at|looks back|rounds up|understands|has learned|has learnt|can reveal|has obtained|has compiled|has seen|has been told|was told|asked)|(?<cited>reported|reports|said|says|quoted|cited|carried|news agency reported|news agency said))\b/u;

/**
 * Before a name: a photo credit (`Photo by AFP`, `Photo: ANI`, `[Photo/Xinhua]`, `Photo Credit :
 * (AP)`, `Picture: Reuters`). Anchored at the end of the slice.
 */
export const PHOTO_BEFORE =
  /\b(?:photos?|pics?|pictures?|images?|photographs?|fotos?|video)(?:\s?credits?)?\s{0,2}(?:by\s{1,2}|[:/|]\s{0,2}|\(\s?)$/iu;

/**
 * What a photo credit needs around a name ({@link PHOTO_BEFORE}, {@link PHOTO_AFTER}), in any
 * case: part of a photo word, or the slash of `Reuters/Jane Doe`. A line without it holds no photo
 * credit. Matches `photo`, `Pic`, `images`, `foto`, `Video`, `/`.
 */
export const PHOTO_HINT = /pho|pic|ima|foto|video|\//iu;

/** After a name: a photo credit (`Reuters pic`, `AP Photo/...`, `REUTERS/Lucy Nicholson`, `Xinhua/Li Ming`). */
export const PHOTO_AFTER =
  /^(?:\s(?:[Pp]ics?|[Pp]hotos?|PHOTO|[Ff]ile [Pp]hoto|[Ii]mages?|[Vv]ideo)\b|\s?\/\s?\p{Lu}\p{Ll})/u;

/** A `By` that opens a byline (`By DOUG FERGUSON, AP Golf Writer`, `by Shaun TANDON Agence France-Presse`). */
export const BY_WORD = /(?:^|[\s|•])by\s/iu;

/**
 * A `by` and a space anywhere, in any case: a line without it holds no {@link BY_WORD}.
 * Matches `By ` (in `By JANE DOE, AP`), `by ` (in `Story by Jo Lee`).
 */
export const BY_HINT = /by\s/iu;

/** Anything copyright-like on a line: `©`, `(c)`, `Copyright`, `All rights reserved`. */
export const COPYRIGHT_MARK = /©|\(c\)|\bcopyright\b|\ball rights reserved\b/iu;

/**
 * Host names and e-mail domains on a line: `www.trend.az`, `jeeho@yna.co.kr`,
 * `gsmith52@bloomberg.net`, `2025-03-23 | en.trend.az`. Used with `matchAll` (which copies it).
 */
export const HOST_NAME =
  /(?<host>[a-z0-9][a-z0-9-]{0,40}(?:\.[a-z0-9-]{1,40}){1,4})/giu;

/**
 * Reuters instrument codes, a Reuters house style: `<PANT>`, `<VOD.L>` (1980s wire),
 * `(AAPL.O)`, `(7203.T)` (modern wire). At least two characters before the dot.
 */
export const RIC_CODE =
  /\s<(?<code>[A-Z]{2,5})(?:\.[A-Z]{1,2})?>|\((?<ric>[A-Z0-9]{2,6}\.[A-Z]{1,2})\)/gu;

/** HTML tags that look like 1980s tickers and are not: `<BR>`, `<TD>`, `<DIV>`. */
export const HTML_TAGS = [
  "BR",
  "TD",
  "TR",
  "TH",
  "LI",
  "UL",
  "OL",
  "HR",
  "EM",
  "DIV",
  "IMG",
  "SPAN",
  "BODY",
  "HEAD",
  "HTML",
  "FONT",
  "CITE",
  "CODE",
  "PRE",
  "SUP",
  "SUB",
  "NOBR",
  "WBR",
  "DL",
  "DT",
  "DD",
  "TABLE",
  "TBODY",
  "ABBR",
  "BIG",
  "SMALL",
  "META",
  "LINK",
  "FORM",
  "AREA",
  "BASE",
  "COL",
  "END",
] as const;

/**
 * A dateline with a date and no credit and no separator, straight into the lead: Reuters web copy
 * with the `(Reuters) -` credit stripped (`TOKYO, March 13 Bank of Japan Governor ...`, `PARIS,
 * March 24 European shares fell ...`). Matched at the start of a line.
 */
export const UNDASHED_DATELINE =
  /^\p{Lu}[\p{Lu} .'’-]{1,30},(?: \p{Lu}[\p{L}.]{1,15},)? (?<month>\p{Lu}[a-z]{2,8})\.? \d{1,2} \p{Lu}[\p{Ll}\p{Lu}]/u;

/** Month names and abbreviations for {@link UNDASHED_DATELINE} (`Jan`, `Sept`, `March`). */
export const MONTHS = [
  "Jan",
  "January",
  "Feb",
  "February",
  "Mar",
  "March",
  "Apr",
  "April",
  "May",
  "Jun",
  "June",
  "Jul",
  "July",
  "Aug",
  "August",
  "Sep",
  "Sept",
  "September",
  "Oct",
  "October",
  "Nov",
  "November",
  "Dec",
  "December",
] as const;

/**
 * A Reuters-style credit trailer: `(Reporting by X; Editing by Y)`, `Reporting by X in Bengaluru
 * Editing by Y`, `Written by A; Edited by B`. Matched on one line at the foot.
 */
export const REUTERS_TRAILER =
  /^\(?(?:Additional\s)?(?:Reporting|Writing|Compiled|Written)\sby\b[^\n]{1,200}?\b(?:Editing|Edited)\sby\b/iu;

/**
 * A redistributor's name before the agency inside a credit: `(MENAFN- Kuwait News Agency (KUNA))`.
 * Matched at the start of the credit's content.
 */
export const REDISTRIBUTOR =
  /^(?<name>[A-Z][A-Za-z]{2,15}(?:\.com)?)\s?[-–]\s/u;
