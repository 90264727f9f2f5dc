/**
 * Word tables for quote attribution: speech verbs, honorifics, titles and roles, organisation
 * words, pronouns, gender evidence. Data only; every entry is lower case and matched against a
 * lower-cased token. Used by `cues.ts`, `mentions.ts` and `speakers.ts`.
 *
 * @internal
 */

/**
 * Speech verbs that attribute a quote, in every form wire copy uses (past, present, participle).
 * `said`, `told`, `adds`, `tweeted`, `according` (with `to`) and so on.
 */
export const SPEECH_VERBS = [
  "said", "says", "say", "saying", "told", "tells", "tell", "telling",
  "added", "adds", "adding", "stressed", "stresses", "stressing", "warned", "warns", "warning",
  "wrote", "writes", "writing", "tweeted", "tweets", "tweeting", "posted", "posts", "posting",
  "asked", "asks", "asking", "insisted", "insists", "insisting", "noted", "notes", "noting",
  "explained", "explains", "explaining", "continued", "continues", "continuing",
  "responded", "responds", "responding", "urged", "urges", "urging", "argued", "argues", "arguing",
  "claimed", "claims", "claiming", "declared", "declares", "declaring",
  "announced", "announces", "announcing", "replied", "replies", "replying",
  "recalled", "recalls", "recalling", "admitted", "admits", "admitting",
  "acknowledged", "acknowledges", "acknowledging", "stated", "states", "stating",
  "remarked", "remarks", "observed", "observes", "commented", "comments", "commenting",
  "concluded", "concludes", "complained", "complains", "complaining", "conceded", "concedes",
  "cautioned", "cautions", "cautioning", "suggested", "suggests", "suggesting",
  "predicted", "predicts", "promised", "promises", "vowed", "vows", "vowing", "pledged", "pledges",
  "boasted", "boasts", "joked", "jokes", "joking", "quipped", "quips", "shouted", "shouts",
  "yelled", "screamed", "screaming", "whispered", "chanted", "chanting", "sang", "sings", "singing",
  "reported", "reports", "reporting", "revealed", "reveals", "confirmed", "confirms", "confirming",
  "denied", "denies", "emphasized", "emphasised", "emphasizes", "emphasises", "emphasizing", "emphasising",
  "underlined", "underlines", "underscored", "underscores", "maintained", "maintains",
  "contended", "contends", "alleged", "alleges", "alleging", "charged", "charges",
  "countered", "counters", "retorted", "lamented", "laments", "mused", "muses",
  "accused", "accuses", "accusing", "called", "calls", "calling", "described", "describes", "describing",
  "dubbed", "dubs", "labeled", "labelled", "branded", "brands", "termed", "terms",
  "criticized", "criticised", "criticizes", "criticises", "praised", "praises", "praising",
  "thanked", "thanks", "welcomed", "welcomes", "demanded", "demands", "demanding",
  "pointed", "points", "went", "goes", "wondered", "wonders", "agreed", "agrees",
  "conceded", "estimated", "estimates", "predicting", "reiterated", "reiterates", "reiterating",
  "assured", "assures", "assuring", "informed", "informs", "expressed", "expresses", "expressing",
  "hailed", "hails", "slammed", "slams", "blasted", "blasts", "mocked", "mocks", "ridiculed",
  "testified", "testifies", "told", "announce", "added", "publishes", "published", "quoted",
  "insist", "argue", "warn", "add", "write", "ask", "explain", "recall",
  "admit", "acknowledge", "urge", "declare", "describe", "accuse",
  "applauded", "applauds", "cited", "cites", "citing", "spoke", "speaks",
  "condemned", "condemns", "denounced", "denounces", "lauded", "lauds", "likened", "likens",
  "dismissed", "dismisses", "decried", "decries", "advocated", "advocates", "put", "puts",
  "fired", "fires", "shot", "hit", "hits", "credited", "credits", "blamed", "blames", "yelling", "echoed", "echoes", "retaliated", "written", "read", "reads", "concluding", "summed", "sums", "answered", "answers", "answering",
] as const;

/**
 * Speech verbs that lead to a quote without naming a subject next to them: a participle clause
 * (`..., saying “...”`) whose speaker is the subject of the main clause.
 */
export const PARTICIPLE_VERBS = [
  "saying", "telling", "adding", "stressing", "warning", "writing", "tweeting", "posting", "asking",
  "insisting", "noting", "explaining", "continuing", "responding", "urging", "arguing", "claiming",
  "declaring", "announcing", "replying", "recalling", "admitting", "acknowledging", "stating",
  "commenting", "complaining", "cautioning", "suggesting", "vowing", "joking", "calling", "describing",
  "accusing", "alleging", "emphasizing", "emphasising", "praising", "demanding", "reiterating",
  "assuring", "expressing", "predicting", "answering", "concluding", "confirming", "chanting",
  "screaming", "singing", "reporting", "citing", "yelling",
] as const;

/**
 * Verbs that take the audience as object (`told the BBC`, `tells reporters`): the cue includes the
 * object noun phrase.
 */
export const OBJECT_VERBS = ["told", "tells", "tell", "telling", "informed", "informs", "assured", "assures", "thanked", "urged", "urges", "warned", "warns", "asked", "asks"] as const;

/**
 * Honorifics and forms of address dropped from a speaker's name (`Mr.`, `Dr`, `Sheikh`,
 * `Datuk Seri`, `Gov.`, `Premier`).
 */
export const HONORIFICS = [
  "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
  "sheikh", "sheik", "shaikh", "datuk", "dato", "datin", "seri", "sri", "tan", "tun", "tunku", "tengku",
  "haji", "hajji", "pengiran", "puan", "encik", "shri", "smt", "shrimati", "kumari", "thiru",
  "gov", "governor", "sen", "senator", "rep", "representative", "gen", "general", "lt", "col",
  "colonel", "maj", "major", "capt", "captain", "cmdr", "adm", "admiral", "sgt", "cpl", "pvt",
  "rev", "reverend", "fr", "father", "sister", "brother", "bishop", "archbishop", "cardinal",
  "pope", "rabbi", "imam", "ayatollah", "mullah", "judge", "justice", "hon", "honourable",
  "honorable", "excellency", "premier", "president", "vice", "minister", "chancellor", "king",
  "queen", "prince", "princess", "emir", "sultan", "crown", "mayor", "chief", "commissioner",
  "secretary", "ambassador", "officer", "inspector", "superintendent", "supt", "detective",
  "sergeant", "constable", "speaker", "chairman", "chairwoman", "chair", "director", "coach",
  "assemblyman", "assemblywoman", "councilman", "councilwoman", "councillor", "congressman",
  "congresswoman", "attorney", "prosecutor", "sheriff", "deputy", "acting", "former", "then",
  "first", "lady", "mme", "mlle", "herr", "frau", "señor", "senor", "dona", "dom", "don",
  "sayyid", "syed", "mohd", "ustaz", "dato'", "dato’", "datuk'", "ir", "eng", "engr", "atty",
] as const;

/**
 * Role and title nouns: a word that names a position held by a person (`minister`, `spokesman`,
 * `coach`, `chief`). A mention built on one (`the minister`, `the PCB chief`) is a title mention.
 */
export const TITLE_WORDS = [
  "president", "vice-president", "minister", "premier", "chancellor", "secretary", "spokesman",
  "spokeswoman", "spokesperson", "spokespeople", "chief", "head", "leader", "chairman", "chairwoman",
  "chairperson", "chair", "director", "commissioner", "ambassador", "envoy", "governor", "mayor",
  "senator", "congressman", "congresswoman", "lawmaker", "legislator", "mp", "deputy", "coach",
  "manager", "captain", "skipper", "boss", "ceo", "cfo", "coo", "founder", "co-founder", "owner",
  "executive", "officer", "official", "analyst", "economist", "strategist", "dealer", "trader",
  "king", "queen", "prince", "princess", "emir", "sultan", "sheikh", "pope", "cardinal", "bishop",
  "archbishop", "judge", "justice", "magistrate", "prosecutor", "attorney", "lawyer", "counsel",
  "general", "commander", "colonel", "admiral", "lieutenant", "sergeant", "inspector", "superintendent",
  "detective", "sheriff", "constable", "meteorologist", "forecaster", "scientist", "researcher",
  "professor", "expert", "adviser", "advisor", "aide", "consultant", "editor", "administrator",
  "counselor", "councillor", "councilman", "councilwoman", "assemblyman", "assemblywoman",
  "representative", "rep", "sen", "gov", "candidate", "nominee", "contender", "challenger",
  "incumbent", "striker", "midfielder", "defender", "goalkeeper", "forward", "lock", "prop",
  "flanker", "winger", "quarterback", "pitcher", "player", "batsman", "bowler", "coordinator",
  "superstar", "star", "actor", "actress", "singer", "rapper", "host", "anchor", "presenter",
  "pollster", "strategist", "operative", "activist", "campaigner", "organizer", "organiser",
  "veteran", "president-elect", "premier-elect", "monarch", "chieftain", "warlord", "cleric",
  "commentator", "columnist", "correspondent", "reporter", "journalist", "historian", "author",
  "partner", "principal", "dean", "provost", "rector", "vice-chancellor", "registrar", "clerk",
  "controller", "comptroller", "treasurer", "auditor", "regulator", "watchdog", "ombudsman",
  "nurse", "doctor", "physician", "surgeon", "paramedic", "firefighter", "resident", "neighbor",
  "neighbour", "witness", "survivor", "victim", "suspect", "defendant", "plaintiff", "farmer",
  "worker", "employee", "teacher", "student", "fan", "voter", "supporter", "protester", "protestor",
  "source", "sources", "insider", "diplomat", "negotiator", "mediator", "observer", "monitor",
  "secretary-general", "director-general", "governor-general", "attorney-general", "undersecretary",
  "under-secretary", "chief-executive", "whip", "speaker", "premiere", "tsar", "czar", "sheriff",
  "marshal", "warden", "referee", "umpire", "trainer", "jockey", "driver", "rider", "runner",
  "champion", "winner", "coach", "skipper", "teammate", "rookie", "prime", "harbourmaster",
  "harbormaster", "pilot", "captain", "guide", "organiser", "organizer", "owner", "spokesperson",
  "user", "contributor", "blogger", "member", "founder", "creator", "designer", "developer",
] as const;

/**
 * Words that end (or head) an organisation's name: `Ministry`, `Agency`, `Center`, `Police`.
 * A capitalised run ending in one is an organisation, never a person.
 */
export const ORG_WORDS = [
  "ministry", "ministries", "agency", "agencies", "center", "centre", "council", "commission",
  "committee", "service", "services", "department", "office", "police", "university", "college",
  "school", "institute", "institution", "association", "union", "federation", "confederation",
  "company", "companies", "corp", "corporation", "inc", "ltd", "llc", "plc", "co", "group", "holdings",
  "party", "bank", "fund", "board", "authority", "bureau", "administration", "organization",
  "organisation", "foundation", "court", "tribunal", "parliament", "congress", "senate", "assembly",
  "government", "cabinet", "army", "navy", "force", "forces", "guard", "command", "federation",
  "league", "club", "team", "network", "times", "post", "news", "herald", "journal", "tribune",
  "gazette", "telegraph", "guardian", "daily", "magazine", "newspaper", "press", "radio", "television",
  "tv", "channel", "broadcasting", "entertainment", "media", "studios", "records", "airlines",
  "airways", "motors", "industries", "systems", "technologies", "energy", "pharmaceuticals",
  "laboratories", "labs", "partners", "capital", "securities", "exchange", "reserve", "treasury",
  "secretariat", "directorate", "prosecutor’s", "prosecutors", "embassy", "consulate", "mission",
  "delegation", "coalition", "alliance", "front", "movement", "brigade", "brigades", "church",
  "hospital", "clinic", "trust", "society", "chamber", "institute", "academy", "observatory",
  "laboratory", "station", "review", "weekly", "monitor", "inquirer", "wire", "newswire", "kcna",
  "xinhua", "tass", "ria", "interfax", "yonhap", "kyodo", "bernama", "antara", "reuters", "afp",
  "ap", "upi", "dpa", "efe", "ansa", "pti", "ians", "ani", "wam", "spa", "qna", "kuna", "mena",
  "irna", "isna", "fars", "tasnim", "granma", "sputnik", "rt", "bbc", "cnn", "nbc", "cbs", "abc",
  "fox", "msnbc", "npr", "pbs", "politico", "axios", "bloomberg", "nhk", "jiji", "agencies",
  "group", "firm", "commission", "campaign", "jazeera", "sinmun", "spiegel", "monde", "figaro",
  "pravda", "izvestia", "kommersant", "vedomosti", "asahi", "yomiuri", "mainichi", "nikkei",
  "affairs", "relations", "resources", "welfare", "authorities", "forum", "program", "programme",
] as const;

/**
 * Lower-case nouns that head an organisation mention written without a name: `the ministry`,
 * `the agency`, `the company`, `the police`.
 */
export const ORG_HEAD_NOUNS = [
  "ministry", "agency", "center", "centre", "council", "commission", "committee", "service",
  "department", "office", "police", "university", "college", "school", "institute", "association",
  "union", "federation", "company", "firm", "corporation", "group", "party", "bank", "fund",
  "board", "authority", "bureau", "administration", "organization", "organisation", "foundation",
  "court", "tribunal", "parliament", "congress", "senate", "assembly", "government", "cabinet",
  "army", "navy", "military", "league", "club", "team", "network", "newspaper", "broadcaster",
  "channel", "station", "embassy", "consulate", "mission", "coalition", "alliance", "campaign",
  "church", "hospital", "regulator", "watchdog", "statement", "report", "website", "post",
  "advisory", "agencies", "ministries", "prosecutors", "authorities", "officials", "organizers",
  "organisers", "researchers", "scientists", "investigators", "analysts", "economists", "police",
  "secretariat", "directorate", "commission", "palace", "kremlin", "pentagon", "state",
] as const;

/** Acronym-like organisation names and newspapers that wire copy cites as a speaker. */
export const MEDIA_WORDS = ["times", "post", "journal", "news", "herald", "tribune", "gazette", "telegraph", "guardian", "daily", "magazine", "newspaper", "radio", "television", "agency", "wire", "review", "weekly"] as const;

/** Personal pronouns that can be the subject of a speech verb, with gender or number. */
export const PRONOUNS = {
  he: "m",
  she: "f",
  they: "p",
  it: "n",
  we: "p",
  i: "x",
} as const;

/** Words near a name that tell a woman (`spokeswoman`, `Ms.`, `her`). */
export const FEMALE_WORDS = [
  "she", "her", "hers", "herself", "ms", "mrs", "miss", "madam", "madame", "mme", "mlle", "dame", "lady",
  "spokeswoman", "chairwoman", "congresswoman", "councilwoman", "assemblywoman", "businesswoman",
  "actress", "queen", "princess", "duchess", "countess", "empress", "sister", "mother", "daughter",
  "wife", "widow", "girl", "woman", "grandmother", "aunt", "niece", "stewardess", "waitress",
  "policewoman", "sportswoman", "frau", "señora", "senora", "datin", "puan", "smt", "shrimati", "kumari",
] as const;

/** Words near a name that tell a man (`spokesman`, `Mr.`, `his`). */
export const MALE_WORDS = [
  "he", "him", "his", "himself", "mr", "sir", "lord", "spokesman", "chairman", "congressman",
  "councilman", "assemblyman", "businessman", "actor", "king", "prince", "duke", "count", "emperor",
  "brother", "father", "son", "husband", "widower", "boy", "man", "grandfather", "uncle", "nephew",
  "policeman", "sportsman", "herr", "señor", "senor", "sheikh", "sheik", "tun", "datuk", "encik",
  "shri", "thiru",
] as const;

/**
 * Capitalised words that open a sentence or a heading but never a name (`The`, `But`,
 * `Meanwhile`, weekdays, months).
 */
export const NOT_NAME_WORDS = [
  "the", "a", "an", "and", "but", "or", "nor", "so", "yet", "for", "in", "on", "at", "by", "to",
  "of", "from", "with", "without", "as", "if", "when", "while", "after", "before", "since", "until",
  "because", "although", "though", "however", "meanwhile", "moreover", "also", "still", "then",
  "there", "here", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i",
  "you", "his", "her", "their", "our", "my", "your", "who", "what", "which", "where", "why", "how",
  "not", "no", "yes", "all", "some", "many", "most", "more", "other", "another", "each", "every",
  "both", "either", "neither", "one", "two", "three", "four", "five", "six", "seven", "eight",
  "nine", "ten", "first", "last", "next", "earlier", "later", "now", "today", "tonight",
  "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
  "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
  "october", "november", "december", "according", "speaking", "asked", "despite", "during", "under", "over",
  "about", "against", "between", "among", "into", "through", "following", "amid", "via", "per",
  "said", "says", "told", "added", "read", "more", "related", "advertisement",
  "photo", "video", "update", "updated", "breaking", "latest", "exclusive", "analysis", "opinion",
  "editorial", "please", "click", "share", "follow", "subscribe", "like", "just", "even", "only",
  "again", "instead", "indeed", "thus", "therefore", "otherwise", "perhaps", "maybe", "well",
  "oh", "ok", "okay", "let", "let’s", "let's", "we’re", "we're", "i’m", "i'm", "it’s", "it's",
  "don’t", "don't", "can’t", "can't", "that’s", "that's", "there’s", "there's", "what’s", "what's",
  "an", "are", "is", "was", "were", "be", "been", "will", "would", "should", "could", "can",
  "might", "must", "shall", "do", "does", "did", "has", "have", "had", "whilst", "whereas", "unless",
  "turning", "touching", "asked", "responding", "reacting", "referring", "commenting", "addressing",
  "writing", "calling", "noting", "adding", "saying", "separately", "elsewhere", "overall", "finally",
  "instead", "together", "nearly", "almost", "about", "around", "some", "several", "few",
] as const;

/**
 * Capitalised words that make a run a place, event or thing rather than a person
 * (`White House`, `Wall Street`, `World Cup`): any of these inside a run rules out a person.
 */
export const NOT_PERSON_WORDS = [
  "house", "street", "avenue", "road", "square", "hall", "park", "island", "islands", "river",
  "valley", "county", "city", "state", "states", "province", "region", "district", "airport",
  "stadium", "arena", "bridge", "beach", "bay", "sea", "ocean", "mountains", "mountain", "mount",
  "hills", "lake", "cup", "games", "open", "championship", "championships", "olympics", "summit",
  "war", "act", "bill", "award", "awards", "prize", "day", "week", "year", "season", "series",
  "tournament", "marathon", "festival", "conference", "forum", "treaty", "accord", "agreement",
  "plan", "program", "programme", "project", "initiative", "strait", "gulf", "peninsula", "coast",
  "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
  "new", "san", "los", "las", "santa", "saint", "st", "fort", "port", "cape", "united", "kingdom",
  "republic", "democratic", "people’s", "people's", "federal", "national", "international",
  "world", "global", "european", "asian", "african", "american", "america", "europe", "asia",
  "africa", "street", "lane", "drive", "boulevard", "highway", "hospital", "palace", "kremlin",
  "capitol", "pentagon", "temple", "mosque", "cathedral", "tower", "towers", "building", "centre",
  "center", "mall", "market", "markets", "index", "stock", "stocks", "dollar", "euro", "yen",
  "ringgit", "rupee", "yuan", "pound", "covid", "coronavirus", "pandemic", "hurricane", "typhoon",
  "storm", "cyclone", "tropical", "quarter", "fiscal", "budget", "olympic", "paralympic",
  "boulevard", "plaza", "station", "terminal", "port", "harbour", "harbor", "canal", "desert",
  "forest", "national", "nations", "union", "zone", "area", "border", "line", "route", "arabia",
  "korea", "zealand", "africa", "lanka", "york", "jersey", "delhi", "kong", "aviv", "dhabi",
  "lumpur", "aires", "vegas", "angeles", "francisco", "diego", "janeiro", "paulo", "salvador",
  "rica", "rico", "leone", "guinea", "timor", "verde", "herzegovina", "macedonia", "emirates",
  "pradesh", "bengal", "nadu", "kashmir", "punjab", "bank", "strip", "heights", "christmas",
  "easter", "ramadan", "eid", "thanksgiving", "halloween", "premier", "league", "liga", "serie",
  "image", "images", "photo", "photos", "file", "page", "video", "gallery", "caption",
  "bundesliga", "nfl", "nba", "mlb", "nhl", "fifa", "uefa", "ioc", "gmt", "utc", "est", "pst",
] as const;

/**
 * Country names and nationality adjectives that qualify a title before a name
 * (`Russian President Vladimir Putin`, `Canada coach David Clark`): stripped from the name.
 */
export const PLACE_WORDS = [
  "afghan", "afghanistan", "albania", "albanian", "algeria", "algerian", "american", "angola",
  "argentina", "argentine", "argentinian", "armenia", "armenian", "australia", "australian",
  "austria", "austrian", "azerbaijan", "azerbaijani", "bahrain", "bahraini", "bangladesh",
  "bangladeshi", "belarus", "belarusian", "belgian", "belgium", "bolivia", "bolivian", "bosnian",
  "brazil", "brazilian", "britain", "british", "bulgaria", "bulgarian", "burma", "burmese",
  "cambodia", "cambodian", "cameroon", "canada", "canadian", "chile", "chilean", "china", "chinese",
  "colombia", "colombian", "congo", "congolese", "croatia", "croatian", "cuba", "cuban", "cyprus",
  "cypriot", "czech", "denmark", "danish", "dutch", "egypt", "egyptian", "england", "english",
  "estonia", "estonian", "ethiopia", "ethiopian", "eu", "european", "fiji", "fijian", "finland",
  "finnish", "france", "french", "georgia", "georgian", "germany", "german", "ghana", "ghanaian",
  "greece", "greek", "hungary", "hungarian", "iceland", "india", "indian", "indonesia", "indonesian",
  "iran", "iranian", "iraq", "iraqi", "ireland", "irish", "israel", "israeli", "italy", "italian",
  "japan", "japanese", "jordan", "jordanian", "kazakh", "kazakhstan", "kenya", "kenyan", "korea",
  "korean", "kosovo", "kuwait", "kuwaiti", "kyrgyz", "laos", "latvia", "latvian", "lebanon",
  "lebanese", "libya", "libyan", "lithuania", "lithuanian", "malaysia", "malaysian", "mali",
  "malian", "mexico", "mexican", "moldova", "mongolia", "mongolian", "morocco", "moroccan",
  "myanmar", "namibia", "nato", "nepal", "nepali", "netherlands", "nigeria", "nigerian", "norway",
  "norwegian", "oman", "omani", "pakistan", "pakistani", "palestinian", "panama", "peru", "peruvian",
  "philippine", "philippines", "filipino", "poland", "polish", "portugal", "portuguese", "qatar",
  "qatari", "romania", "romanian", "russia", "russian", "rwanda", "rwandan", "saudi", "scotland",
  "scottish", "senegal", "serbia", "serbian", "singapore", "singaporean", "slovak", "slovakia",
  "slovenia", "somalia", "somali", "spain", "spanish", "sudan", "sudanese", "sweden", "swedish",
  "swiss", "switzerland", "syria", "syrian", "taiwan", "taiwanese", "tanzania", "thai", "thailand",
  "tunisia", "tunisian", "turkey", "turkish", "türkiye", "uganda", "ugandan", "uk", "ukraine",
  "ukrainian", "un", "us", "u.s", "usa", "uzbek", "venezuela", "venezuelan", "vietnam", "vietnamese",
  "wales", "welsh", "yemen", "yemeni", "zambia", "zimbabwe", "zimbabwean", "emirati", "uae",
  "springbok", "springboks", "wallabies", "all", "blacks", "republican", "democratic", "democrat",
  "conservative", "labour", "liberal", "gop", "state", "federal", "union", "former", "acting",
  "interim", "deputy", "senior", "junior", "top", "assistant", "associate", "executive", "managing",
  "general", "vice", "co", "joint", "chief", "head", "principal", "regional", "provincial", "local",
  "foreign", "defense", "defence", "finance", "interior", "justice", "health", "education", "trade",
  "economy", "economic", "energy", "home", "press", "public", "security", "agriculture", "labor",
  "transport", "environment", "culture", "sports", "information", "communications", "police",
  "fire", "rural", "urban", "city", "county", "national", "international", "world", "global",
] as const;

/**
 * Words that may stand between a subject and its speech verb without breaking the link
 * (`Kallas, however, admitted`, `Trump on Thursday said`, `Lee later told`).
 */
export const ADVERBS_BETWEEN = [
  "also", "later", "earlier", "further", "then", "again", "however", "once", "previously",
  "recently", "repeatedly", "simply", "only", "just", "had", "has", "have", "has since", "would",
  "will", "reportedly", "separately", "quickly", "flatly", "bluntly", "angrily", "publicly",
  "privately", "openly", "frankly", "calmly", "firmly", "strongly", "clearly", "proudly",
  "defiantly", "tearfully", "happily", "emotionally", "jokingly", "sarcastically", "subsequently",
  "finally", "initially", "originally", "already", "even", "often", "still", "too", "similarly",
  "meanwhile", "likewise", "allegedly", "apparently", "ultimately", "specifically", "explicitly",
  "is", "was", "were", "are", "been", "being", "did", "does", "do", "not", "never",
  "could", "can", "may", "might", "should", "must", "shall",
] as const;

/** Time words an adverbial between subject and verb is built from (`on Friday`, `last week`). */
export const TIME_WORDS = [
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight",
  "yesterday", "tomorrow", "morning", "afternoon", "evening", "night", "week", "weekend", "month",
  "year", "day", "last", "this", "next", "earlier", "later", "on", "in", "at", "late", "early",
  "jan", "feb", "march", "april", "may", "june", "july", "aug", "sept", "oct", "nov", "dec",
  "january", "february", "august", "september", "october", "november", "december",
] as const;

/** Lower-case words that may modify a role inside a speaker mention (`EU foreign policy chief`). */
export const ROLE_MODIFIERS = [
  "policy", "media", "state", "government", "party", "campaign", "military", "security",
  "intelligence", "news", "industry", "market", "currency", "oil", "company", "team", "club",
  "election", "electoral", "opposition", "ruling", "rebel", "communications", "press", "foreign",
  "defense", "defence", "finance", "justice", "health", "trade", "senior", "top", "chief",
  "head", "deputy", "assistant", "former", "acting", "interim", "local", "regional", "provincial",
  "federal", "national", "international", "general", "executive", "managing", "vice", "associate",
  "embassy", "ministry", "police", "fire", "army", "navy", "air", "force", "defensive", "offensive",
  "pitching", "batting", "bowling", "head", "assistant", "outlet", "agency", "bank", "central",
  "development", "research", "public", "private", "legal", "medical", "economic", "political",
  "diplomatic", "western", "eastern", "northern", "southern", "county", "city", "district", "union",
  "league", "court", "prosecutor's", "prosecutors'", "agency's", "ministry's", "company's",
  "government's", "campaign's", "party's", "team's", "club's", "embassy's", "office's", "service",
  "affairs", "relations", "staff", "personnel", "board", "council", "committee", "parliamentary",
  "congressional", "presidential", "vice-presidential", "democratic", "republican", "conservative",
  "liberal", "progressive", "longtime", "veteran", "independent", "rival", "fellow", "lead",
] as const;

/** Role words that describe rather than hold an office: `the suspect`, `a dealer`: kept as written. */
export const DESCRIPTIVE_ROLES = [
  "suspect", "victim", "witness", "resident", "neighbor", "neighbour", "survivor", "defendant",
  "plaintiff", "farmer", "worker", "employee", "teacher", "student", "fan", "voter", "supporter",
  "protester", "protestor", "source", "sources", "insider", "dealer", "trader", "analyst",
  "economist", "expert", "observer", "resident", "passenger", "driver", "runner", "rider",
  "reporter", "journalist", "historian", "author", "nurse", "doctor", "physician", "paramedic",
  "firefighter", "activist", "campaigner", "pollster", "strategist", "lawyer", "attorney",
  "scientist", "researcher", "diplomat", "official", "officials", "person", "man", "woman",
] as const;

/** Nouns that name something said (`Prachi's comment that “...”`, `Trump’s claim that there were “...”`). */
export const SPEECH_NOUNS = [
  "comment", "comments", "claim", "claims", "statement", "statements", "remark", "remarks",
  "words", "message", "tweet", "tweets", "post", "warning", "assertion", "promise", "pledge",
  "description", "argument", "charge", "accusation", "allegation", "call", "plea", "speech",
  "letter", "vow", "appeal", "answer", "reply", "response", "quip", "joke", "line", "slogan",
  "view", "verdict", "suggestion", "insistence", "admission", "prediction", "editorial", "headline",
  "sign", "banner", "caption", "memo", "report", "release", "note", "notice",
] as const;

/** Connectors that may stand inside a personal name (`Osama bin Laden`, `Ursula von der Leyen`). */
export const NAME_PARTICLES = [
  "bin", "bint", "binti", "ibn", "al", "el", "abu", "abd", "de", "del", "della", "der", "den", "van",
  "von", "da", "das", "do", "dos", "di", "du", "la", "le", "ter", "ten", "mac", "ap", "ben", "y",
] as const;

/** Abbreviations whose full stop does not end a sentence (`Mr.`, `Gov.`, `U.S.`, `Jan.`). */
export const ABBREVIATIONS = [
  "mr", "mrs", "ms", "dr", "st", "gov", "sen", "rep", "gen", "lt", "col", "capt", "sgt", "jr", "sr",
  "inc", "corp", "co", "ltd", "no", "vs", "prof", "rev", "hon", "mt", "ft", "ave", "jan", "feb",
  "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "a.m",
  "p.m", "e.g", "i.e", "etc", "approx", "dept", "univ", "assn", "bros", "supt", "cmdr", "adm", "maj",
  "messrs", "mme", "mlle", "sra", "sr", "sta", "pres", "gov't", "d.c",
] as const;
