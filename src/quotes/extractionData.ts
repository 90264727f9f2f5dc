/**
 * Word lists used by quote extraction (finding the quoted passages). Data, not logic. Speaker and
 * cue data live apart, with attribution.
 */

/**
 * Elisions written with a leading apostrophe: after `'`/`’`/`‘` these are apostrophes, not opening
 * quotation marks (`rock 'n' roll`, `'em`, `'til`, `'cause`, `’tis`, `y'all` is caught as a mid-word
 * apostrophe). Lower case; matched case-insensitively against the whole following word.
 */
export const LEADING_ELISIONS = [
  "n",
  "em",
  "til",
  "till",
  "cause",
  "cos",
  "coz",
  "tis",
  "twas",
  "bout",
  "nuff",
  "s",
  "d",
  "ll",
  "re",
  "ve",
  "m",
  "t",
] as const;

/**
 * Short words that stay lower case inside a title (`Coalition of the Willing`, `Gone with the
 * Wind`): a quoted passage whose other words are all capitalised reads as a name or a title.
 */
export const TITLE_SMALL_WORDS = [
  "a",
  "an",
  "and",
  "as",
  "at",
  "but",
  "by",
  "de",
  "del",
  "der",
  "des",
  "du",
  "for",
  "from",
  "in",
  "into",
  "la",
  "le",
  "nor",
  "of",
  "on",
  "or",
  "the",
  "to",
  "upon",
  "van",
  "von",
  "vs",
  "with",
] as const;

/**
 * Words that, right before a quoted passage, name it rather than quote it: `the film “...”`,
 * `a column titled “...”`, `the hashtag “...”`. Lower case.
 */
export const TITLE_CUES = [
  "album",
  "article",
  "author",
  "ballad",
  "banner",
  "book",
  "campaign",
  "column",
  "documentary",
  "dubbed",
  "entitled",
  "episode",
  "film",
  "hashtag",
  "headline",
  "headlined",
  "memoir",
  "motto",
  "movie",
  "musical",
  "named",
  "nicknamed",
  "novel",
  "op-ed",
  "opera",
  "play",
  "podcast",
  "poem",
  "program",
  "programme",
  "series",
  "show",
  "sitcom",
  "slogan",
  "so-called",
  "song",
  "star",
  "starring",
  "titled",
  "track",
  "website",
] as const;

/**
 * Speech verbs that follow a quote directly (`“...,” said the minister`, `“...,” he added`); a
 * passage followed by one is a quote even when it reads like a title. Lower case.
 */
export const TRAILING_SPEECH_VERBS = [
  "said",
  "says",
  "added",
  "adds",
  "asked",
  "asks",
  "told",
  "tells",
  "wrote",
  "writes",
  "tweeted",
  "replied",
  "continued",
  "explained",
  "noted",
  "shouted",
  "chanted",
  "declared",
  "insisted",
  "according",
] as const;

/**
 * Lower-case words that go on the writer's sentence after a closing mark (`it took ‘a few
 * months’ to recover`), so an `s’` before them closes a quote rather than marking a possessive
 * (`the players’ union`).
 */
export const CLAUSE_WORDS = [
  "after",
  "and",
  "are",
  "as",
  "at",
  "because",
  "before",
  "but",
  "by",
  "for",
  "from",
  "had",
  "has",
  "have",
  "he",
  "her",
  "his",
  "in",
  "into",
  "is",
  "it",
  "on",
  "or",
  "over",
  "said",
  "says",
  "she",
  "since",
  "so",
  "than",
  "that",
  "the",
  "their",
  "they",
  "this",
  "to",
  "until",
  "was",
  "we",
  "were",
  "when",
  "which",
  "while",
  "who",
  "with",
] as const;
