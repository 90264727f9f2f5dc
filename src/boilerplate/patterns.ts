/**
 * Regex constants of the boilerplate rules. Each is anchored or bounded, and is run on one line's
 * content at a time (never on the whole text), so matching stays linear.
 */

/**
 * A photo credit in parentheses or brackets that ends a caption line.
 * Matches: `(AP Photo/Khalil Hamra)`, `(Photo by Ludovic Marin/AFP via Getty Images)`,
 * `(Reuters Photo)`, `[Photo/Xinhua]`, `(Photo: EPA)`, `(File photo)`.
 */
export const PAREN_PHOTO_CREDIT =
  /[([](?:[A-Z][\w-]{0,15}\s)?(?:File\s)?(?:Photo|Image|Picture|Pic)s?(?:\s?\/|\sby\s|\s?:\s?)[^()[\]\n]{1,80}[)\]]$|\((?:[A-Z][\w-]{0,15}\s)?(?:File\s)?Photo\)$/iu;

/**
 * A photo credit that ends a caption line, tried at the credit word (found with `lastIndexOf`;
 * what stands before it is checked in code: a sentence end, a dash, or the line start).
 * Matches: `Photo by AFP` (in `... 2023. - Photo by AFP`), `Photo by Rodong Sinmun/Yonhap`,
 * `Photo: ANI`, `Image: Laura Hale.`.
 */
export const TAIL_PHOTO_CREDIT = /^(?:Photo(?:graph)?s?|Picture|Image)(?:\s(?:by|courtesy of)\s|:\s?)[A-Z][^\n]{0,60}$/u;

/**
 * The credit before `pic` in an inline picture credit (`— AFP pic`, `— Reuters pic`,
 * `— Bernama file pic`), tried from the last dash before ` pic`; the caption ends at `pic`,
 * which may be glued to the next text.
 * Matches: `— AFP`, `— Reuters`, `- Bernama file`.
 */
export const DASH_PIC_CREDIT = /^[-–—―]\s?[A-Z][A-Za-z]{1,15}(?:\s[a-z]{1,12})?$/u;

/**
 * A caption credited to an agency in its own echo form: `(Kyodo) ==Kyodo`.
 */
export const ECHO_CREDIT = /\((?<who>[A-Z][A-Za-z]{1,15})\)\s?==\s?\k<who>$/u;

/**
 * A photographer's credit line: `By Jeff Topping, Getty Images`.
 */
export const BY_PHOTOGRAPHER = /^By\s[A-Z][^,\n]{1,40},\s?(?<agency>[^,\s][^,\n]{1,29})$/u;

/**
 * A Wikinews-style image line: `Image: David Shankbone.`, `File:Jack Abramoff Jan1006.jpg`.
 */
export const IMAGE_LINE = /^(?:Image:\s?[^\n]{1,80}|File:[^\n]{1,120}\.(?:jpe?g|png|gif|svg|tiff?|webp))$/iu;

/**
 * A copyright line opening: `© 2024 The Associated Press.`, `(c) Copyright Reuters 1987`,
 * `Copyright 2023 Acme`, `[Copyright The Jiji Press, Ltd.]`, `© RIPRODUZIONE RISERVATA`.
 */
export const COPYRIGHT_LINE = /^(?:\[\s?Copyright\s|©|\(c\)\s|Copyright\s?(?:©|\(c\)|\d{4}\b))/iu;

/**
 * A redistributor prefix at the start of a line: `(MENAFN- Kuwait News Agency (KUNA))`,
 * `(MENAFN - Trend News Agency)`.
 */
export const REDISTRIBUTOR_PREFIX = /^\(MENAFN\s?-\s?[^()\s-][^()\n]{0,60}(?:\([^()\n]{1,20}\))?\)/u;

/**
 * An SEC exhibit header line: `Exhibit 99.1`, `EXHIBIT 99`.
 */
export const EXHIBIT_LINE = /^Exhibit\s\d{1,3}(?:\.\d{1,3})?$/iu;

/**
 * A page archive heading: `Archive for March, 2013`.
 */
export const ARCHIVE_LINE = /^Archive for [A-Z][a-z]{2,8},?\s\d{4}$/u;

/**
 * A `Source` credit line naming an agency: `Source KUNA`, `Source: QNA`, `Source:Xinhua`.
 */
export const SOURCE_LINE = /^(?:News\s)?Source\s?:?\s?[A-Z][\w.-]{1,20}$/u;

/**
 * An `About` heading of a press release: `About Acme Corp.`, `About Quantum:`,
 * `ABOUT MERIDIAN BIOSCIENCE, INC.`, `About the Company`.
 */
export const ABOUT_HEADING = /^About\s(?:the\s)?[A-Z0-9][\w&.,'’() -]{0,70}:?$/iu;

/**
 * A contact heading that starts a contact block: `Media Contact:`, `Contacts`,
 * `Investor Relations:`, `SOURCE Acme Corp`.
 */
export const CONTACT_HEADING =
  /^(?:(?:Media|Press|Investor|Investors|Company|Corporate)(?:\sRelations)?\s?(?:Contacts?|Inquiries|Enquiries)?\s?:?|Contacts?\s?:?|For (?:further|more) information(?:,? (?:please )?contact)?\s?:)$/iu;

/**
 * A PR Newswire source line: `SOURCE Acme Corp`. Upper-case `SOURCE` only.
 */
export const SOURCE_HEADING = /^SOURCE\s[A-Z][^\n]{1,60}$/u;

/**
 * A line that is only an e-mail address: `jeeho@yna.co.kr`, `tokyo@marketnews.com`.
 */
export const EMAIL_LINE = /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/u;

/**
 * A topic-code line at the foot of market-news copy: `[TOPICS: M$J$$$,M$A$$$]`.
 */
export const TOPICS_LINE = /^\[(?:TOPICS?|CODES?|KEYWORDS?)\s?:[^\n]{0,200}\]$/u;

/**
 * A separator line made only of vertical bars: `|`, `|||||||||||`. (`___` and `----` are story
 * structure, not boilerplate.)
 */
export const BAR_LINE = /^\|[|\s]{0,200}$/u;

/**
 * A `N min read` line: `2 Min Read`, `1 min read`.
 */
export const MIN_READ = /^\d{1,2}\smin(?:ute)?s?\sread\b/iu;

/**
 * A time of day: `12:50`, `06:59 PM`, `04:15pm`, `22:55:08-04`, `3:32`.
 */
export const TIME_TOKEN = /^\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?(?:[+-]\d{2}(?::?\d{2})?)?$/iu;

/**
 * A numeric date: `17.04.2017`, `04/21/2010`, `2014-05-11`, `2025-03-23`.
 */
export const NUMERIC_DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})$/u;

/**
 * A day number, with an ordinal where present: `5`, `24th`, `1st`.
 */
export const DAY_TOKEN = /^\d{1,2}(?:st|nd|rd|th)?$/iu;

/** A year: `2017`, `1987`. */
export const YEAR_TOKEN = /^(?:19|20)\d{2}$/u;

/** A time zone with an offset: `GMT+8`, `UTC-5`. */
export const ZONE_TOKEN = /^(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?$/iu;

/** A web domain: `www.trend.az`. */
export const DOMAIN_TOKEN = /^(?:www\.)?[a-z0-9-]{1,40}\.[a-z]{2,6}(?:\.[a-z]{2})?$/iu;

/**
 * An upper-case promo label opening a line: `RELATED Trump approves disaster declaration`,
 * `READ MORE: ...`, `SEE ALSO: ...`, `ALSO READ | ...`. Case-sensitive, so a sentence opening
 * "Related charges ..." is not one.
 */
export const PROMO_LABEL = /^(?:RELATED|READ MORE|READ ALSO|ALSO READ|SEE ALSO|MORE ON THIS)\s?[:|»-]?\s\S/u;

/** A line that is only a web address: `https://oananews.org//node/117800`. */
export const URL_LINE = /^(?:https?:\/\/|www\.)\S{1,300}$/u;

/** A breadcrumb trail: `Home / Sports / Track and field`, `Home » World`. */
export const BREADCRUMB = /^Home\s?[/»>›|]\s?\S/u;

/** One part of a tag path (`Egypt/Cabinet/Egypt`, split on `/`): `Egypt`, `Cabinet`. */
export const TAG_PART = /^\p{Lu}[\p{L}-]{1,20}$/u;

/** A date glued to its source: `2025-03-23Source:Xinhua`. */
export const DATE_SOURCE = /^\d{4}-\d{2}-\d{2}\s?Source\s?:\s?\p{Lu}[\p{L} ]{1,30}$/u;

/**
 * Desk initials at the foot of a take, spaces removed first: `M O H/R E E` → `MOH/REE`, `AB/CD`,
 * and the lower-case desk codes under an IANS or PTI sign-off (`vd/arm`, `rt/sk`).
 */
export const DESK_INITIALS = /^(?:\p{Lu}{1,6}\/\p{Lu}{1,8}|\p{Ll}{1,5}\/\p{Ll}{1,5})$/u;

/** A phone label: `Tel:`, `Phone`, `Newsroom:`, `Mobile`, `Fax`. */
export const PHONE_LABEL = /\b(?:tel|phone|ph|fax|mobile|cell|newsroom|office|desk|whatsapp)\b|\*\*|^\+|\(\d{3}\)/iu;

/** Any letter: a line without one (`12345`, `-- --`) is no echoed caption. */
export const ANY_LETTER = /\p{L}/u;

/** A lower-case letter (tested on one character). */
export const LOWER_LETTER = /\p{Ll}/u;

/** Two letters in a row: a word, not a number (`Tel`, `desk` but not `+44`). */
export const TWO_LETTERS = /\p{L}{2}/u;

/** A bare publication date: weekday, month, day, year (`Wednesday, August 20, 2008`). */
export const WEEKDAY_DATE = /^\p{L}+day,?\s\p{L}+\s\d{1,2},?\s\d{4}$/iu;
