#!/usr/bin/env node
// Generates invented wire stories (2-6 KB each) from templates and word lists with a fixed PRNG
// seed, so the bench and the CLI throughput runs use a corpus the project owns. No real news text:
// names, events and quotes are composed from the lists below.
//
//   node bench/corpus.mjs --jsonl 10000 [--seed 42] > stories.jsonl   # {"id","text"} per line
//   node bench/corpus.mjs --text 3                                     # a few stories, blank-line separated

/** mulberry32: a small deterministic PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  "Marta",
  "Jonas",
  "Aylin",
  "Tomasz",
  "Priya",
  "Kwame",
  "Lena",
  "Rafael",
  "Sun-hee",
  "Idris",
  "Elena",
  "Dmitri",
  "Hana",
  "Oscar",
  "Farah",
  "Mateo",
  "Ingrid",
  "Yusuf",
  "Clara",
  "Kenji",
  "Nadia",
  "Pieter",
  "Amara",
  "Luis",
];
const LAST = [
  "Varga",
  "Lindqvist",
  "Demir",
  "Kowalczyk",
  "Raman",
  "Mensah",
  "Hofer",
  "Quintero",
  "Park",
  "Bello",
  "Marchetti",
  "Orlov",
  "Sato",
  "Brandt",
  "Haddad",
  "Ferreira",
  "Nyberg",
  "Okafor",
  "Duval",
  "Ishida",
  "Karimi",
  "de Wit",
  "Achebe",
  "Montoya",
];
const TITLES = [
  "Finance Minister",
  "Foreign Minister",
  "Prime Minister",
  "central bank governor",
  "Health Minister",
  "Mayor",
  "President",
  "opposition leader",
  "spokeswoman",
  "spokesman",
  "Energy Minister",
  "army chief",
  "union leader",
  "chief executive",
];
const ORGS = [
  "the ministry",
  "the central bank",
  "the port authority",
  "the electoral commission",
  "the rail operator",
  "the national weather service",
  "the trade union federation",
  "the chamber of commerce",
];
const PLACES = [
  ["LONDON", null],
  ["PARIS", null],
  ["BERLIN", null],
  ["TOKYO", null],
  ["NAIROBI", "Kenya"],
  ["LAGOS", "Nigeria"],
  ["SPRINGFIELD", "Ill."],
  ["PORTLAND", "Ore."],
  ["AUSTIN", "Texas"],
  ["SEOUL", "South Korea"],
  ["LIMA", "Peru"],
  ["ANKARA", null],
  ["NEW DELHI", null],
  ["BEIJING", null],
  ["GENEVA", null],
  ["CANBERRA", "Australia"],
  ["OSLO", null],
  ["QUITO", "Ecuador"],
  ["HANOI", null],
  ["ACCRA", "Ghana"],
  ["BRUSSELS", null],
  ["MANILA", null],
];
const MONTHS = [
  "Jan",
  "Feb",
  "March",
  "April",
  "May",
  "June",
  "July",
  "Aug",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
];
const DAYS = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
];
const SUBJECTS = [
  "The government",
  "Officials",
  "Lawmakers",
  "The company",
  "Investors",
  "Residents",
  "Rescue teams",
  "The regional council",
  "Analysts",
  "Farmers",
  "Negotiators",
  "Port workers",
];
const VERBS = [
  "approved",
  "rejected",
  "delayed",
  "announced",
  "proposed",
  "criticised",
  "welcomed",
  "postponed",
  "reviewed",
  "extended",
];
const OBJECTS = [
  "a plan to rebuild the harbour",
  "new limits on water use",
  "a budget for the coming year",
  "the sale of the state airline",
  "talks on a regional trade pact",
  "a program of road repairs",
  "rules for short-term rentals",
  "a tax on imported steel",
  "funding for rural clinics",
  "a ceasefire along the border",
  "the closure of two coal plants",
  "a review of school exams",
];
const TAILS = [
  "after weeks of debate",
  "despite protests outside parliament",
  "ahead of elections next year",
  "as prices kept rising",
  "following heavy rain in the north",
  "amid a dispute over costs",
  "in a vote late on " + "Tuesday",
  "under pressure from donors",
];
const QUOTES = [
  "We will not accept a deal that leaves our workers behind",
  "This is the first step, not the last",
  "Nobody expected the costs to rise this quickly",
  "We have the money, what we need now is time",
  "The numbers speak for themselves",
  "I think people are tired of waiting",
  "It is too early to say whether the plan will work",
  "Our priority is the safety of the families who live here",
  "We are ready to talk, but not at any price",
  "The decision was taken after long consultations with all sides",
];
const PARTIALS = [
  "a turning point",
  "deeply worrying",
  "the right thing to do",
  "unacceptable",
  "a fair compromise",
  "far from over",
];
const CUES = [
  "said",
  "told reporters",
  "said in a statement",
  "told a news conference",
  "added",
  "wrote on social media",
  "said on " + "Thursday",
];

function pick(rng, list) {
  return list[Math.floor(rng() * list.length)];
}

function person(rng) {
  return `${pick(rng, FIRST)} ${pick(rng, LAST)}`;
}

function plainSentence(rng) {
  return `${pick(rng, SUBJECTS)} ${pick(rng, VERBS)} ${pick(rng, OBJECTS)} ${pick(rng, TAILS)}.`;
}

function quoteParagraph(rng, speaker, curly) {
  const [o, c] = curly ? ["\u201c", "\u201d"] : ['"', '"'];
  const q = pick(rng, QUOTES);
  switch (Math.floor(rng() * 6)) {
    case 0:
      return `${o}${q},${c} ${speaker.title} ${speaker.name} ${pick(rng, CUES)}.`;
    case 1:
      return `${o}${q},${c} ${speaker.last} ${pick(rng, CUES)}. ${o}${pick(rng, QUOTES)}.${c}`;
    case 2:
      return `${speaker.last} said the plan was ${o}${pick(rng, PARTIALS)}${c} and called for calm.`;
    case 3:
      return `${o}${q},${c} said ${speaker.title.toLowerCase()} ${speaker.name}, who has held the post since 2019.`;
    case 4:
      return `${capital(pick(rng, ORGS))} said in a statement: ${o}${q}.${c}`;
    default:
      return `${o}${q},${c} she said. ${plainSentence(rng)}`;
  }
}

function capital(s) {
  return s[0].toUpperCase() + s.slice(1);
}

function dateOf(rng) {
  return `${pick(rng, MONTHS)} ${1 + Math.floor(rng() * 28)}`;
}

/** Composes one invented story of roughly `2000 + rng() * 4000` characters in a random wire style. */
export function makeStory(rng) {
  const target = 2000 + Math.floor(rng() * 4000);
  const [city, region] = pick(rng, PLACES);
  const place = region ? `${city}, ${region}` : city;
  const speaker = (() => {
    const name = person(rng);
    return { name, last: name.split(" ").at(-1), title: pick(rng, TITLES) };
  })();
  const curly = rng() < 0.5;
  const style = Math.floor(rng() * 7);
  let head = "";
  let lead = "";
  let foot = "";
  const reporter = person(rng);
  const editor = person(rng);
  switch (style) {
    case 0: // AP
      head = `By ${reporter.toUpperCase()}\nAssociated Press\n\n`;
      lead = `${place} (AP) \u2014 `;
      foot = `\n\n___\n\nAssociated Press writer ${person(rng)} contributed to this report.\n\nCopyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`;
      break;
    case 1: // Reuters
      lead = `${place}, ${dateOf(rng)} (Reuters) - `;
      foot = `\n\n(Reporting by ${reporter}; Additional reporting by ${person(rng)}; Editing by ${editor})`;
      break;
    case 2: // old Reuters
      lead = `${place}, ${dateOf(rng)} - `;
      foot = `\n Reuter\n`;
      break;
    case 3: // AFP
      head = `by ${reporter}\n\n`;
      lead = `${place} (AFP) - `;
      foot = `\n\nabc/${reporter.slice(0, 2).toLowerCase()}`;
      break;
    case 4: // Xinhua
      lead = `${city}, ${dateOf(rng)} (Xinhua) -- `;
      foot = `\n\nEnditem`;
      break;
    case 5: // PTI
      lead = `${city}, ${dateOf(rng)} (PTI) `;
      foot = `\n\nPTI ${reporter.split(" ")[0].slice(0, 3).toUpperCase()} ${editor.split(" ")[0].slice(0, 3).toUpperCase()}`;
      break;
    default: // press release
      lead = `${place}, ${dateOf(rng)}, 2024 /PRNewswire/ -- `;
      foot = `\n\nAbout ${speaker.last} Holdings\n${speaker.last} Holdings builds water systems for cities in ${1 + Math.floor(rng() * 40)} countries. For more information, visit www.example.com.\n\nMedia contact: ${reporter}, press@example.com, +1 555 0100\n\nSOURCE ${speaker.last} Holdings`;
  }
  const paras = [`${lead}${plainSentence(rng)} ${plainSentence(rng)}`];
  let size = head.length + paras[0].length + foot.length;
  while (size < target) {
    const p =
      rng() < 0.45
        ? quoteParagraph(rng, speaker, curly)
        : `${plainSentence(rng)} ${DAYS[Math.floor(rng() * 7)]}'s meeting ended without a vote.`;
    paras.push(p);
    size += p.length + 2;
  }
  const headline =
    rng() < 0.4 ? `${capital(pick(rng, OBJECTS))} ${pick(rng, VERBS)}\n\n` : "";
  return `${headline}${head}${paras.join("\n\n")}${foot}`;
}

/**
 * A story as a reader hands it over: one flat string. `makeStory` joins pieces with template
 * literals, which V8 keeps as a rope (a tree of pieces) that every character read must walk;
 * text from a file, a socket or `JSON.parse` is flat, so the bench measures that.
 */
const flat = (s) => JSON.parse(JSON.stringify(s));

/** `n` stories from `seed`, each a flat string. */
export function makeCorpus(n, seed = 42) {
  const rng = mulberry32(seed);
  const out = [];
  for (let i = 0; i < n; i++) out.push(flat(makeStory(rng)));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf("--seed");
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 42;
  const rng = mulberry32(seed);
  if (args[0] === "--jsonl") {
    const n = Number(args[1] ?? 1000);
    let buf = "";
    for (let i = 0; i < n; i++) {
      buf += JSON.stringify({ id: `story-${i}`, text: makeStory(rng) }) + "\n";
      if (buf.length > 1 << 20) {
        if (!process.stdout.write(buf))
          await new Promise((r) => process.stdout.once("drain", r));
        buf = "";
      }
    }
    process.stdout.write(buf);
  } else {
    const n = Number(args[1] ?? 1);
    for (let i = 0; i < n; i++) process.stdout.write(makeStory(rng) + "\n\n");
  }
}
