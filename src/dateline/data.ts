/**
 * Lookup tables for the dateline parser. Place names in a dateline come from the text itself; these
 * lists only raise confidence (a bare `LONDON` line, a `Nairobi:` colon dateline, a `TOKYO -` with
 * no date or credit) or rule words out (`Wednesday`, `WHEAT`, `Image`). All keys are lower case.
 */

/**
 * Month names and abbreviations as they appear in datelines, with their month number: English
 * (AP `Jan.`, Reuters `Sept`), French (`Juin`), Spanish (`ABR`), Italian (`LUG`), German,
 * Portuguese, Indonesian, Turkish and transliterated forms.
 */
export const MONTH_WORDS: readonly (readonly [string, number])[] = [
  ["january", 1], ["jan", 1], ["february", 2], ["feb", 2], ["march", 3], ["mar", 3], ["april", 4], ["apr", 4],
  ["may", 5], ["june", 6], ["jun", 6], ["july", 7], ["jul", 7], ["august", 8], ["aug", 8], ["september", 9],
  ["sept", 9], ["sep", 9], ["october", 10], ["oct", 10], ["november", 11], ["nov", 11], ["december", 12], ["dec", 12],
  // French
  ["janvier", 1], ["janv", 1], ["février", 2], ["fevrier", 2], ["févr", 2], ["fevr", 2], ["mars", 3], ["avril", 4],
  ["avr", 4], ["mai", 5], ["juin", 6], ["juillet", 7], ["juil", 7], ["août", 8], ["aout", 8], ["septembre", 9],
  ["octobre", 10], ["novembre", 11], ["décembre", 12], ["decembre", 12], ["déc", 12],
  // Spanish / Portuguese
  ["enero", 1], ["ene", 1], ["febrero", 2], ["marzo", 3], ["abril", 4], ["abr", 4], ["mayo", 5], ["junio", 6],
  ["julio", 7], ["agosto", 8], ["ago", 8], ["septiembre", 9], ["setiembre", 9], ["set", 9], ["octubre", 10],
  ["noviembre", 11], ["diciembre", 12], ["dic", 12], ["janeiro", 1], ["fevereiro", 2], ["fev", 2], ["março", 3],
  ["marco", 3], ["maio", 5], ["junho", 6], ["julho", 7], ["setembro", 9], ["outubro", 10], ["out", 10],
  ["novembro", 11], ["dezembro", 12], ["dez", 12],
  // Italian (ANSA `11 LUG`)
  ["gennaio", 1], ["gen", 1], ["febbraio", 2], ["aprile", 4], ["maggio", 5], ["mag", 5], ["giugno", 6],
  ["giu", 6], ["luglio", 7], ["lug", 7], ["settembre", 9], ["ottobre", 10], ["ott", 10], ["dicembre", 12],
  // German
  ["januar", 1], ["jänner", 1], ["februar", 2], ["märz", 3], ["maerz", 3], ["juni", 6], ["juli", 7],
  ["oktober", 10], ["okt", 10], ["dezember", 12],
  // Indonesian / Malay, Turkish, Azerbaijani and Russian transliterations
  ["januari", 1], ["februari", 2], ["maret", 3], ["mei", 5], ["agustus", 8], ["ogos", 8], ["oktober", 10],
  ["desember", 12], ["disember", 12], ["ocak", 1], ["şubat", 2], ["mart", 3], ["nisan", 4], ["mayıs", 5],
  ["haziran", 6], ["temmuz", 7], ["ağustos", 8], ["eylül", 9], ["ekim", 10], ["kasım", 11], ["aralık", 12],
  ["yanvar", 1], ["fevral", 2], ["aprel", 4], ["iyun", 6], ["iyul", 7], ["avqust", 8], ["sentyabr", 9],
  ["oktyabr", 10], ["noyabr", 11], ["dekabr", 12],
];

/** English month names, for typo'd forms (`Marchg`, `Juen`, `Apri`) matched by prefix or one edit. */
export const MONTH_FULL: readonly string[] = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
];

/**
 * Weekdays in the languages of wire copy: never part of a dateline place (the Wikinews date line
 * `Wednesday, August 20, 2008`, Indonesian `Kamis, 24 Februari 2011`).
 */
export const NOT_PLACE_WORDS: readonly string[] = [
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
  "thu", "thur", "thurs", "fri", "sat", "sun", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
  "dimanche", "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lunedì", "martedì",
  "mercoledì", "giovedì", "venerdì", "sabato", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
  "ahad", "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar",
];

/**
 * Words that never open a dateline place (checked on its first word only, so `NEWPORT NEWS` stays a
 * place): relative days (`Today - `), page labels (`Image:`, `Source:`, `UPDATE:`, `WATCH:`) and
 * byline words (`By`).
 */
export const NOT_PLACE_FIRST_WORDS: readonly string[] = [
  "today", "yesterday", "tomorrow", "tonight", "now", "updated", "update", "posted", "published", "date",
  "time", "last", "first", "latest", "breaking", "developing", "urgent", "flash", "bulletin", "alert",
  // page and byline furniture
  "by", "from", "image", "images", "photo", "photos", "picture", "pictures", "pic", "video", "videos", "source",
  "sources", "credit", "credits", "caption", "file", "read", "share", "watch", "listen", "related", "more",
  "see", "also", "note", "notes", "editor", "editors", "reporting", "writing", "editing", "copyright", "correction", "corrected", "clarification", "advertisement", "advertising", "sponsored", "contact", "email",
  "subject", "summary", "highlights", "topic", "topics", "tags", "category", "categories",
  "exclusive", "analysis", "opinion", "editorial", "comment", "review", "interview", "feature", "factbox",
  "explainer", "live", "world", "business", "sport", "sports", "entertainment", "home", "menu",
  "close", "open", "print", "next", "previous", "prev", "page", "section", "story", "stories", "total",
  "please", "warning", "disclaimer", "sign", "log", "subscribe", "follow", "wire", "release", "press",
];

/**
 * Words of price-table headings and market lines (`WHEAT - `, `COPPER GRADE A - `, `GRADINGS - `):
 * never the place of a dateline that has neither date nor credit.
 */
export const TABLE_WORDS: readonly string[] = [
  "wheat", "corn", "maize", "soybeans", "soybean", "soyoil", "soymeal", "barley", "oats", "rye", "rice",
  "grain", "grains", "millet", "sorghum", "tapioca", "oilseeds", "sugar", "coffee", "cocoa", "cotton", "copper", "lead", "zinc", "nickel", "tin", "aluminium", "aluminum",
  "silver", "gold", "platinum", "palladium", "gasoil", "gasoline", "crude", "oil", "cattle", "hogs", "pork",
  "beef", "bellies", "gradings", "tenders", "grade", "grades", "fob", "cif", "spot", "cash", "bids", "offers",
  "volume", "volumes", "stocks", "shares", "bonds", "prices", "price", "rates", "rate", "exchs", "close",
  "closing", "opening", "noon", "mth", "mths", "qtr", "shr", "net", "revs", "div", "dividend", "qtly",
];

/**
 * U.S. state abbreviations as AP and Reuters datelines write them (`Calif.`, `N.J.`, `W. Va.`),
 * postal codes (`NY`, `KY`) and Canadian province forms (`Ont.`, `B.C.`, `ON.`). Periods and spaces
 * are removed before lookup, so `N.J.` is `nj` and `W. Va.` is `wva`.
 */
export const REGION_ABBREVIATIONS: readonly string[] = [
  "ala", "ariz", "ark", "calif", "cal", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
  "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nebr", "nev", "nh", "nj", "nm", "ny", "nc",
  "nd", "okla", "ore", "oreg", "pa", "penn", "ri", "sc", "sd", "tenn", "vt", "va", "wash", "wva", "wis", "wisc",
  "wyo", "dc", "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "hi", "id", "il", "in", "ia", "ks", "me",
  "mi", "mn", "ms", "mt", "ne", "nv", "oh", "ok", "or", "tn", "tx", "ut", "wa", "wv", "wi", "wy", "pr",
  "ont", "que", "bc", "alta", "sask", "man", "ns", "nb", "nfld", "pei", "on", "qc", "ab", "sk", "mb", "nl",
  "pe", "yt", "nt", "nu", "nsw", "vic", "qld", "tas", "uk", "us", "usa", "uae",
];

/**
 * Countries, U.S. states, Canadian provinces and other regions written out in datelines
 * (`South Korea`, `Ohio`, `British Columbia`, `England`), lower case.
 */
export const REGION_NAMES: readonly string[] = [
  // U.S. states spelled out (AP keeps eight of them whole)
  "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
  "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
  "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
  "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
  "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
  "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "d.c.", "puerto rico",
  "guam",
  // Canadian provinces, Australian states, UK nations
  "ontario", "quebec", "british columbia", "alberta", "saskatchewan", "manitoba", "nova scotia",
  "new brunswick", "newfoundland", "prince edward island", "yukon", "new south wales", "victoria",
  "queensland", "tasmania", "western australia", "south australia", "england", "scotland", "wales",
  "northern ireland",
  // countries and territories
  "afghanistan", "albania", "algeria", "andorra", "angola", "antigua", "argentina", "armenia", "australia",
  "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize",
  "benin", "bhutan", "bolivia", "bosnia", "bosnia and herzegovina", "bosnia-herzegovina", "botswana", "brazil",
  "brunei", "bulgaria", "burkina faso", "burundi", "cambodia", "cameroon", "canada", "cape verde",
  "central african republic", "chad", "chile", "china", "colombia", "comoros", "congo", "costa rica",
  "croatia", "cuba", "cyprus", "czech republic", "czechia", "denmark", "djibouti", "dominica",
  "dominican republic", "ecuador", "egypt", "el salvador", "equatorial guinea", "eritrea", "estonia",
  "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "germany", "ghana", "greece",
  "grenada", "guatemala", "guinea", "guinea-bissau", "guyana", "haiti", "honduras", "hong kong", "hungary",
  "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "ivory coast", "jamaica",
  "japan", "jordan", "kazakhstan", "kenya", "kiribati", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia",
  "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania", "luxembourg", "macau", "macao",
  "madagascar", "malawi", "malaysia", "maldives", "mali", "malta", "mauritania", "mauritius", "mexico",
  "moldova", "monaco", "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "burma", "namibia",
  "nauru", "nepal", "netherlands", "the netherlands", "holland", "new zealand", "nicaragua", "niger",
  "nigeria", "north korea", "north macedonia", "macedonia", "norway", "oman", "pakistan", "palau", "palestine",
  "panama", "papua new guinea", "paraguay", "peru", "philippines", "the philippines", "poland", "portugal",
  "qatar", "romania", "russia", "rwanda", "samoa", "san marino", "saudi arabia", "senegal", "serbia",
  "seychelles", "sierra leone", "singapore", "slovakia", "slovenia", "solomon islands", "somalia",
  "south africa", "south korea", "korea", "south sudan", "spain", "sri lanka", "sudan", "suriname", "sweden",
  "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tonga",
  "trinidad", "trinidad and tobago", "tunisia", "turkey", "türkiye", "turkiye", "turkmenistan", "tuvalu",
  "uganda", "ukraine", "united arab emirates", "united kingdom", "united states", "the united states",
  "uruguay", "uzbekistan", "vanuatu", "vatican", "vatican city", "venezuela", "vietnam", "viet nam", "yemen",
  "zambia", "zimbabwe", "greenland", "west bank", "gaza", "gaza strip", "kashmir", "crimea", "puerto rico",
  "bermuda", "cayman islands", "grand cayman", "british west indies", "west indies", "ussr", "soviet union",
  "west germany", "east germany", "yugoslavia", "czechoslovakia", "zaire", "britain", "great britain",
  "sicily", "sardinia", "corsica", "bavaria", "catalonia", "ivory coast", "côte d'ivoire", "cote d'ivoire",
];

/**
 * Cities that stand alone in datelines (AP's U.S. and international lists) and other cities wire
 * copy often datelines, lower case. A bare place line or a colon dateline (`Nairobi:`) needs one.
 */
export const KNOWN_CITIES: readonly string[] = [
  // AP stand-alone U.S. cities
  "atlanta", "baltimore", "boston", "chicago", "cincinnati", "cleveland", "dallas", "denver", "detroit",
  "honolulu", "houston", "indianapolis", "las vegas", "los angeles", "miami", "milwaukee", "minneapolis",
  "new orleans", "new york", "oklahoma city", "philadelphia", "phoenix", "pittsburgh", "st. louis",
  "st louis", "salt lake city", "san antonio", "san diego", "san francisco", "seattle", "washington",
  // AP stand-alone international cities
  "amsterdam", "baghdad", "bangkok", "beijing", "beirut", "berlin", "brussels", "cairo", "djibouti", "dublin",
  "geneva", "gibraltar", "guatemala city", "havana", "helsinki", "hong kong", "islamabad", "mexico city",
  "milan", "monaco", "montreal", "moscow", "munich", "new delhi", "panama city", "paris", "prague",
  "quebec city", "rio de janeiro", "rome", "san marino", "sao paulo", "são paulo", "shanghai", "singapore",
  "istanbul", "jerusalem", "johannesburg", "kuwait city", "london", "luxembourg", "macau", "madrid",
  "stockholm", "sydney", "tokyo", "toronto", "vatican city", "vienna", "zurich", "ottawa", "quebec", "kuwait",
  "kabul",
  // other capitals and wire cities
  "abu dhabi", "abuja", "accra", "addis ababa", "algiers", "almaty", "amman", "ankara", "antananarivo",
  "astana", "asuncion", "athens", "auckland", "baku", "bamako", "bangalore", "bengaluru", "bangui", "banjul",
  "barcelona", "basra", "belgrade", "bern", "bishkek", "bogota", "bonn", "brasilia", "bratislava", "brisbane",
  "bucharest", "budapest", "buenos aires", "bujumbura", "busan", "calcutta", "canberra", "cape town",
  "caracas", "casablanca", "chennai", "chisinau", "colombo", "conakry", "copenhagen", "dakar", "damascus",
  "dar es salaam", "davos", "dhaka", "doha", "dubai", "dushanbe", "edinburgh", "frankfurt", "freetown",
  "gaborone", "gaza city", "georgetown", "glasgow", "guangzhou", "hamburg", "hanoi", "harare",
  "ho chi minh city", "hyderabad", "jakarta", "jeddah", "jiddah", "juba", "kampala", "karachi", "kathmandu",
  "khartoum", "kiev", "kyiv", "kigali", "kingston", "kinshasa", "kolkata", "kuala lumpur", "la paz", "lagos",
  "lahore", "libreville", "lilongwe", "lima", "lisbon", "ljubljana", "lome", "luanda", "lusaka", "lyon",
  "manama", "managua", "manila", "maputo", "marseille", "mecca", "medina", "melbourne", "minsk", "mogadishu",
  "monrovia", "montevideo", "mumbai", "bombay", "muscat", "nairobi", "naples", "nicosia", "niamey",
  "nouakchott", "osaka", "oslo", "ouagadougou", "perth", "phnom penh", "port-au-prince", "port moresby",
  "pretoria", "pyongyang", "quito", "rabat", "ramallah", "rangoon", "yangon", "reykjavik", "riga", "riyadh",
  "san jose", "san salvador", "santiago", "santo domingo", "sanaa", "sarajevo", "seoul", "shenzhen", "skopje",
  "sofia", "strasbourg", "taipei", "tallinn", "tashkent", "tbilisi", "tegucigalpa", "tehran", "tel aviv",
  "the hague", "thimphu", "tirana", "tripoli", "tunis", "ulan bator", "ulaanbaatar", "valletta", "vilnius",
  "warsaw", "wellington", "windhoek", "yaounde", "yerevan", "zagreb", "wuhan", "xiamen", "chongqing",
  "tianjin", "nanjing", "hangzhou", "chengdu", "yokohama", "kyoto", "nagoya", "fukuoka", "sapporo",
  "incheon", "daegu", "gwangju", "vladivostok", "st. petersburg", "saint petersburg", "novosibirsk", "kazan",
  "odessa", "kharkiv", "lviv", "donetsk", "sevastopol", "izmir", "erbil", "mosul", "aleppo", "homs",
  "benghazi", "alexandria", "gaza", "rafah", "jerusalem", "haifa", "herat", "kandahar", "peshawar",
  "quetta", "rawalpindi", "lucknow", "patna", "jaipur", "ahmedabad", "pune", "bhopal", "bhubaneswar",
  "chandigarh", "srinagar", "jammu", "guwahati", "thiruvananthapuram", "kochi", "hyderabad", "agartala",
  "shillong", "imphal", "raipur", "ranchi", "dehradun", "shimla", "panaji", "chittagong", "kathmandu",
  "surabaya", "bandung", "medan", "makassar", "denpasar", "davao", "cebu", "penang", "johor bahru", "putrajaya",
  "kota kinabalu", "kuching", "vientiane", "naypyitaw", "mandalay", "hobart", "adelaide", "darwin",
  "vancouver", "calgary", "edmonton", "winnipeg", "halifax", "manchester", "liverpool", "birmingham",
  "belfast", "cardiff", "leeds", "bristol", "cologne", "stuttgart", "dusseldorf", "düsseldorf", "hanover",
  "hannover", "leipzig", "dresden", "turin", "florence", "venice", "genoa", "palermo", "seville", "valencia",
  "bilbao", "porto", "rotterdam", "antwerp", "the vatican", "vatican", "kraków", "krakow", "gdansk",
  "ankara", "istanbul", "antalya", "tabriz", "mashhad", "isfahan", "shiraz", "najaf", "karbala", "kirkuk",
  "fallujah", "ramadi", "tikrit", "jeddah", "mina", "dammam", "sharjah", "ajman", "fujairah", "salalah",
  "san juan", "guadalajara", "monterrey", "tijuana", "medellin", "cali", "cartagena", "valparaiso",
  "rosario", "cordoba", "recife", "salvador", "porto alegre", "belo horizonte", "manaus", "miami beach",
  "united nations", "sangsad bhaban", "aboard air force one",
];

/**
 * Credits that follow a dateline without parentheses (`WASHINGTON, March 12, Reuter -`, `Tehran,
 * IRNA`, `Baku, December 2, AZERTAC`, `TOKYO, Sept. 7 Kyodo`, `NUR-SULTAN. KAZINFORM`), lower case.
 * The agency table's credits count too.
 */
export const BARE_CREDITS: readonly string[] = [
  "reuter", "reuters", "irna", "azertac", "azertag", "kyodo", "kazinform", "trend", "report.az", "apa",
  "sputnik", "tass", "itar-tass", "ria novosti", "interfax", "xinhua", "ani", "pti", "ians", "uni", "wam",
  "spa", "qna", "kuna", "bna", "ona", "mena", "petra", "sana", "nna", "bernama", "antara", "bss", "app",
  "ptv", "yonhap", "kcna", "vna", "pna", "ap", "afp", "upi", "dpa", "efe", "ansa", "anadolu", "aa", "kyodo news",
  "jiji", "jiji press", "prensa latina", "belta", "ukrinform", "unian", "akipress", "kabar", "khovar",
  "turkmen", "isna", "fars", "tasnim", "mehr", "ipa", "nhk", "cna", "rtt", "mti", "bta", "hina", "tanjug",
  "pap", "ctk", "tasr", "sta", "lusa", "agerpres", "ana-mpa", "ana", "ntb", "tt", "stt", "ritzau", "belga",
  "anp", "apa-ots", "sda", "keystone-sda", "arka", "armenpress", "gna", "nan", "kna", "sapa", "xinhuanet",
];

/**
 * Lower-case words that may join the parts of a place name written in title case (`Rio de
 * Janeiro`, `Dar es Salaam`, `Stratford-upon-Avon`, `Ho Chi Minh City`).
 */
export const PLACE_CONNECTORS: readonly string[] = [
  "de", "del", "della", "delle", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "el", "al",
  "am", "an", "im", "of", "on", "upon", "sur", "en", "es", "y", "e", "van", "von", "der", "den", "het", "bin",
  "ibn", "ul", "us", "al-", "at", "aan", "op",
];

/** Words that join two places in one dateline (`CINCINNATI, OHIO AND MODIIN, ISRAEL`, `N.J. & BOSTON`). */
export const PLACE_JOINERS: readonly string[] = ["and", "&", "et", "y", "und"];

/**
 * Words in parentheses that mark a caption or photo credit, never a dateline credit
 * (`(AP Photo/Khalil Hamra)`, `(File photo)`, `(R)`).
 */
export const NOT_CREDIT_WORDS: readonly string[] = [
  "photo", "photos", "file", "pic", "picture", "image", "images", "video", "graphic", "left", "right",
  "center", "centre", "top", "bottom", "l", "r", "c", "updated", "update", "adds", "recasts", "corrects",
  "repeats", "writes", "changes", "inserts", "new", "refiles", "rpt", "via", "see", "reuters tv",
];
