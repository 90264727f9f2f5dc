// Inputs shared by the bench (bench/run.mjs) and the perf guard (tests/perf.test.ts): the
// generated corpus, story text repeated to a size, and pathological worst cases of about 1 MB.
import { makeCorpus } from "./corpus.mjs";

export const MB = 1 << 20;

/** Generated stories joined by blank lines and cut to exactly `size` characters. */
export function repeatedStories(size, seed = 42) {
  const stories = makeCorpus(64, seed);
  let out = "";
  let i = 0;
  while (out.length < size) out += stories[i++ % stories.length] + "\n\n";
  return out.slice(0, size);
}

function fill(size, unit) {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const CAPITALISED = [
  "Minister",
  "Said",
  "The",
  "President",
  "Kallas",
  "Reuters",
  "North",
  "By",
  "AP",
  "Agency",
  "London",
  "Monday",
  "Ms",
  "Jr",
];

/**
 * Worst cases, each about `size` characters: runs of the characters that parsers key on. Each
 * entry is `[name, text]`.
 */
export function worstCases(size = MB) {
  const caps = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const w = CAPITALISED[(i * 7) % CAPITALISED.length];
    caps.push(w);
    n += w.length + 1;
  }
  const story = repeatedStories(size).replace(
    /["\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e]/gu,
    "",
  );
  const shortLines = [];
  const SHORT = [
    "By JO",
    "(AP)",
    "Reuter",
    "\u2014",
    "LONDON",
    "x",
    "--IANS",
    "",
    "MORE",
    "Said Ali",
    "AP",
  ];
  for (let i = 0; i < 10_000; i++) shortLines.push(SHORT[i % SHORT.length]);
  return [
    ["quote marks", fill(size, '"')],
    [
      "mixed quote marks",
      fill(size, "\u201c\"\u201d'\u2018\u2019\u00ab\u00bb"),
    ],
    ["capitalised words", caps.join(" ").slice(0, size)],
    ["dashes and commas", fill(size, "-, \u2014,\u2013 ,--,")],
    ["whitespace", fill(size, " \t \u00a0  ")],
    ["newlines", fill(size, "\n")],
    ["one unclosed quote", `"${story.slice(1)}`],
    ["parenthesised credits", fill(size, "(AP) (Reuters) LONDON, ")],
    ["10,000 short lines", shortLines.join("\n")],
  ];
}
