/**
 * Lookup tables of the byline module: data, not logic. Matching is by whole tokens; entries with
 * several words are matched token by token. Case is folded unless a comment says otherwise.
 */

/**
 * Organisations written after a byline name (`By JOHN SMITH Associated Press`, `by Shaun TANDON
 * Agence France-Presse`, `By Cal Mankowski, Reuters`). Longest entries first where one is the
 * prefix of another, so the longest wins.
 */
export const AFFILIATIONS = [
  "of The Associated Press",
  "The Associated Press",
  "Associated Press",
  "Agence France-Presse",
  "Agence France Presse",
  "The Canadian Press",
  "Canadian Press",
  "Press Association",
  "PA Media",
  "United Press International",
  "Bloomberg News",
  "Bloomberg",
  "Reuters",
  "Reuter",
  "AFP",
  "AP",
  "UPI",
  "CNN",
  "BBC",
  "Xinhua",
  "Anadolu Agency",
  "Kyodo News",
  "Yonhap",
  "Jiji Press",
  "dpa",
  "EFE",
  "IANS",
  "PTI",
  "Bernama",
  "Antara",
  "Sputnik",
] as const;

/**
 * Photo agencies: a `By` line naming one of these (`By Jeff Topping, Getty Images`) is a photo
 * credit, not a byline.
 */
export const PHOTO_AGENCIES = [
  "Getty Images",
  "Getty",
  "AP Photo",
  "AFP Photo",
  "Reuters Pictures",
  "EPA",
  "EPA-EFE",
  "Shutterstock",
  "Bloomberg via Getty Images",
  "Corbis",
  "Photo",
  "Photos",
] as const;

/**
 * Agencies and outlets whose name alone makes a credit line naming no person (`• Kyodo`, `AFP|
 * Last Updated: ...`, `Xinhua | Updated: ...`, `NHK -- Oct 10`, `Reuters Staff`, `Press Trust of
 * India Kolkata`).
 */
export const CREDIT_AGENCIES = [
  "Press Trust of India",
  "Agence France-Presse",
  "Agence France Presse",
  "The Associated Press",
  "Associated Press",
  "The Canadian Press",
  "Canadian Press",
  "United Press International",
  "Indo-Asian News Service",
  "Anadolu Agency",
  "Xinhua News Agency",
  "Kyodo News",
  "Jiji Press",
  "Yonhap News Agency",
  "Bloomberg News",
  "Prensa Latina",
  "Press Association",
  "PA Media",
  "RIA Novosti",
  "Reuters",
  "AFP",
  "AP",
  "UPI",
  "Xinhua",
  "Kyodo",
  "Yonhap",
  "NHK",
  "IANS",
  "PTI",
  "ANI",
  "Bloomberg",
  "CNN",
  "dpa",
  "EFE",
  "ANSA",
  "TASS",
  "ITAR-TASS",
  "Sputnik",
  "Bernama",
  "Antara",
  "APP",
  "BSS",
  "UNB",
  "WAM",
  "KUNA",
  "QNA",
  "SPA",
  "MENA",
  "IRNA",
  "AAP",
  "Interfax",
  "AzerTag",
] as const;

/** Words after an agency name that make a staff credit (`Reuters Staff`, `AFP News Desk`). */
export const STAFF_WORDS = ["Staff", "Staff Reporter", "Staff Writer", "News Desk", "Desk", "Bureau", "Newsroom", "Reporters", "Correspondent"] as const;

/**
 * Titles and roles that cannot open a personal name but are surnames too (`By President Obama`,
 * `By Police Officer Ray`, but `Larry King`, `Mark Judge`): they block only the first word.
 * Compared case-insensitively, without a trailing period.
 */
export const NOT_FIRST_WORDS = [
  // titles and roles
  "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "prof", "president", "vice", "minister",
  "prime", "premier", "governor", "gov", "senator", "rep", "representative", "secretary",
  "chairman", "chairwoman", "chief", "director", "executive", "officer", "leader", "king", "queen",
  "prince", "princess", "pope", "general", "gen", "col", "capt", "lt", "sgt", "judge", "justice",
  "mayor", "spokesman", "spokeswoman", "spokesperson", "ambassador", "commissioner", "sheikh",
  "police", "officials", "official", "sources", "source", "analysts", "analyst", "traders",
] as const;

/**
 * Words that cannot stand anywhere in a personal name: function words, calendar words, staff and
 * role words, organisation and place words, joiners (`By midday`, `By The Associated Press`, `by
 * Kidder Peabody and Co`, `By John Smith March 3`, `By Jeff Topping, Getty Images`). Words that are
 * also given names or surnames (`Will`, `Per`, `So`, `Sen`, `No`, `An`, `May`, `June`, `Said`,
 * `More`, `Early`) are left out. Compared case-insensitively, without a trailing period.
 */
export const NOT_NAME_WORDS = [
  "and", "or", "&", "und",
  // function words and pronouns
  "the", "a", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "it",
  "he", "she", "they", "we", "you", "i", "is", "was", "are", "were", "be", "been", "has", "had",
  "have", "would", "not", "all", "some", "any", "one", "two", "three",
  "for", "from", "with", "without", "of", "to", "on", "at", "in", "into", "over", "under",
  "after", "before", "since", "about", "as", "than", "then", "when", "while", "where", "which",
  "who", "whom", "whose", "what", "why", "how", "but", "nor", "yet", "if", "because", "during",
  "through", "between", "among", "against", "via", "also", "only", "most", "less",
  "least", "very", "now", "today", "tomorrow", "yesterday", "tonight", "contrast", "comparison",
  "midday", "noon", "midnight", "next", "many",
  "much", "both", "each", "every", "several", "other", "another", "such", "there", "here",
  // calendar
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "july", "september", "october", "november", "december", "feb",
  "mar", "apr", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "morning", "afternoon",
  "evening", "night", "week", "weekend", "month", "year", "updated", "posted", "published",
  // staff and roles
  "staff", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents",
  "editor", "editors", "photographer", "columnist", "agencies", "agency", "wire", "wires", "desk",
  "bureau", "newsroom", "reports", "report", "special", "images", "photo", "photos", "pictures",
  // organisations and places
  "co", "corp", "corporation", "inc", "ltd", "plc", "llc", "ag", "sa", "nv", "bv", "gmbh", "bank",
  "banks", "group", "company", "companies", "holdings", "industries", "university", "institute",
  "ministry", "government", "council", "committee", "commission", "association", "federation",
  "union", "party", "board", "court", "department", "office", "army", "securities", "exchange",
  "fund", "trust", "international", "national", "federal", "capital", "partners", "brothers",
  "bros", "news", "press", "times", "post", "herald", "daily", "journal", "tribune", "television",
  "radio", "network", "states", "kingdom", "nations", "republic", "street", "house", "senate",
  "congress", "parliament", "assembly", "organization", "organisation", "administration",
  "authority", "authorities", "service", "services", "center", "centre", "market", "markets",
  "system", "energy", "oil", "gas", "motors", "airlines", "railways", "club", "team", "league",
  "cup", "games", "olympics", "world", "china", "japan", "india", "russia", "america", "europe",
  "africa", "asia", "britain", "france", "germany", "korea", "iran", "iraq", "israel",
  "pakistan", "turkey", "ukraine", "canada", "australia", "mexico", "brazil", "moody's",
  "standard", "poor's", "g-7", "g-5", "opec", "reuters", "reuter", "afp", "upi", "cnn", "bbc",
] as const;

/** Lower-case name particles allowed inside a name (`Ludwig van Beethoven`, `Reham El Koussa`). */
export const NAME_PARTICLES = [
  "van", "von", "de", "der", "den", "del", "della", "di", "da", "das", "do", "dos", "du", "la",
  "le", "al", "el", "bin", "binti", "ibn", "ben", "ter", "ten", "y", "zu", "st", "st.", "mac",
] as const;

/** Name-list separators (`A and B`, `A AND B`, `A & B`, the German `A und B`). */
export const NAME_JOINERS = ["and", "&", "und"] as const;

/** More name-list separators inside trailers only (`Bloomberg A or B`, translated `A y B`, `A e B`, `A et B`). */
export const TRAILER_JOINERS = ["or", "y", "e", "et"] as const;

/**
 * Header lines that credit staff rather than a person (`By The Associated Press`, `From staff
 * reports`, `Digital Desk`, `By Our Correspondent`): byline lines, no byline. Matched at the start
 * of a line after an optional `By`/`From`, case-insensitively, as whole words.
 */
export const STAFF_CREDITS = [
  "staff reports",
  "staff report",
  "staff and wire reports",
  "staff and agencies",
  "wire reports",
  "wire services",
  "agencies",
  "news agencies",
  "our correspondent",
  "our staff reporter",
  "our staff",
  "a staff reporter",
  "a staff writer",
  "a correspondent",
  "our correspondents",
  "our staff correspondent",
  "our special correspondent",
  "our reporter",
  "staff reporter",
  "staff writer",
  "staff",
  "digital desk",
  "web desk",
  "news desk",
  "online desk",
  "desk report",
] as const;

/**
 * Trailer phrases that credit people, with the role they give (`(Reporting by X; Editing by Y)`,
 * `Writing by`, `Compiled by`, the translations `Berichterstattung von` / `Redaktion von`,
 * `Reportage de` / `Édité par`, `Reporte de` / `Editado por`, `Reportagem de`).
 * Lower case; matched case-insensitively at a word start and followed by a space.
 */
export const TRAILER_ROLES = [
  ["additional reporting by", "contributor"],
  ["additional writing by", "contributor"],
  ["extra reporting by", "contributor"],
  ["with reporting by", "contributor"],
  ["reporting and writing by", "author"],
  ["reporting and editing by", "author"],
  ["writing and reporting by", "author"],
  ["reporting by", "author"],
  ["reported by", "author"],
  ["writing by", "author"],
  ["written by", "author"],
  ["compiled by", "contributor"],
  ["compiling by", "contributor"],
  ["editing by", "editor"],
  ["edited by", "editor"],
  // Translated trailers (machine or desk translations of Reuters copy).
  ["zusätzliche berichterstattung von", "contributor"],
  ["berichterstattung von", "author"],
  ["bericht von", "author"],
  ["geschrieben von", "author"],
  ["redaktion von", "editor"],
  ["bearbeitet von", "editor"],
  ["bearbeitung von", "editor"],
  ["reportage de", "author"],
  ["reportage complémentaire de", "contributor"],
  ["rédigé par", "author"],
  ["écrit par", "author"],
  ["édité par", "editor"],
  ["édition par", "editor"],
  ["version française", "translator"],
  ["reportaje adicional de", "contributor"],
  ["reportaje de", "author"],
  ["reporte adicional de", "contributor"],
  ["reporte de", "author"],
  ["información de", "author"],
  ["informes de", "author"],
  ["escrito por", "author"],
  ["redacción de", "author"],
  ["editado en español por", "editor"],
  ["editado por", "editor"],
  ["edición de", "editor"],
  ["reportagem adicional de", "contributor"],
  ["reportagem de", "author"],
  ["edição de", "editor"],
  ["servizio di", "author"],
  ["scritto da", "author"],
] as const;

/**
 * Bloomberg footer openings (`To contact the reporter on this story: X in Y at ...`) with the role
 * they give. Lower case, matched case-insensitively at the start of a line.
 */
export const CONTACT_ROLES = [
  ["to contact the reporters on this story:", "author"],
  ["to contact the reporter on this story:", "author"],
  ["to contact the reporters for this story:", "author"],
  ["to contact the reporter for this story:", "author"],
  ["to contact the editors responsible for this story:", "editor"],
  ["to contact the editor responsible for this story:", "editor"],
] as const;

/**
 * Descriptors before the names of a contributor line (`Associated Press writers X and Y contributed
 * to this report.`). Lower case.
 */
export const CONTRIBUTOR_DESCRIPTORS = [
  "the associated press", "associated press", "ap", "reuters", "afp", "cnn", "bloomberg",
  "staff", "special", "video", "news", "photo",
  "writers", "writer", "reporters", "reporter", "correspondents", "correspondent", "researchers",
  "researcher", "journalists", "journalist", "photographers", "photographer", "producers",
  "producer", "investigative", "data", "freelance", "freelancer", "freelancers", "contributor",
] as const;
