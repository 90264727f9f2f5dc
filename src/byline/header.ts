import type { Doc, Line } from "../_lib/doc.ts";
import type { Span } from "../_lib/schema.ts";
import { span, trimRange } from "../_lib/span.ts";
import { JOB_TITLES } from "./data.ts";
import { AFFILIATION_INDEX, CREDIT_INDEX, DESK_INDEX, PHOTO_INDEX, STAFF_CREDIT_INDEX } from "./indexes.ts";
import { creditLine } from "./creditLine.ts";
import { readNameList, type NameList } from "./nameList.ts";
import { LINE_META, LOWER_WORD, PIPE_DATE, UPPER_OR_DIGIT_START, UPPER_START } from "./patterns.ts";
import { phraseAt } from "./phraseAt.ts";
import type { Byline } from "./schema.ts";
import { tokenize, type Token } from "./tokens.ts";
import { wordKind } from "./wordKind.ts";

/** Non-blank lines scanned at the top of a story. */
const HEAD_LINES = 15;
/** Lines read for a `By` line under a dateline that stands alone on its line. */
const BY_AFTER_BARE_DATELINE = 3;
/** Non-blank lines in which a byline glued to the end of a headline is looked for. */
const GLUED_HEAD_LINES = 8;
/** Longest byline line that is not a `By` line (credit lines, `NAMES|date` templates), in characters. */
const MAX_SHORT_LINE = 200;
/** Characters of a `By` line read: names, affiliation and a run-on dateline fit well inside. */
const MAX_BY_SCAN = 300;
/** A line opening with `By` (after an optional bullet). */
const BY_START = /^[•·*‣▪\s]{0,3}(?:By|by|BY)\s/u;
/** Longest affiliation written after a comma and taken as written (`AP Sports Writer`), in words. */
const MAX_FREE_AFFILIATION = 6;

/** Tokens read to decide whether a line may be a byline line at all. */
const PEEK_TOKENS = 8;

/** First words of the credit phrases {@link creditLine} looks for (read-only after it is built). */
const CREDIT_FIRST: ReadonlySet<string> = /* @__PURE__ */ new Set([
  ...STAFF_CREDIT_INDEX.keys(),
  ...CREDIT_INDEX.keys(),
  ...DESK_INDEX.keys(),
]);

/** Byline lines and the people they name. */
export interface HeaderBylines {
  readonly bylines: Byline[];
  readonly lines: Span[];
}

/** One byline line read. */
interface LineHit {
  readonly bylines: Byline[];
  readonly end: number;
  readonly start: number;
}

/**
 * @internal Finds the byline lines at the top of a story (the first 15 non-blank lines, never past
 * the dateline) and the people they name: `By JOHN SMITH`, `By Jane Doe and John Roe`, `by Ellen
 * Marsh, Reuters`, `By JOHN HALLORAN Associated Press DES MOINES, Iowa (AP) —` (stops at the
 * dateline), `MARK DELANEY and ROSA ORTIZ|Jan 8, 2021`, `Nadia Birch, The Canadian Press
 * 2 minute read`, `By Fiona McLeanBBC Scotland news`, a headline with `By ALAN PRICE, AP Sports
 * Writer` glued to its end, and credit lines naming no person (`Reuters Staff`, `• Kyodo`).
 *
 * @param doc - The story, split into lines.
 * @param dateline - The dateline span, or null when unknown: byline lines end where it starts.
 */
export function headerBylines(
  doc: Doc,
  dateline: { readonly start: number; readonly end: number } | null,
): HeaderBylines {
  const { text, lines } = doc;
  let stopAt = dateline?.start ?? Infinity;
  // After a dateline standing alone on its line (`ANKARA`), a few lines are still read for `By` lines.
  let byOnly = -1;
  const bylines: Byline[] = [];
  const spans: Span[] = [];
  let nonBlank = 0;
  let prevBlank = true;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    if (line.blank) {
      prevBlank = true;
      continue;
    }
    if (++nonBlank > HEAD_LINES || byOnly === 0) break;
    if (
      dateline &&
      line.contentStart === stopAt &&
      byOnly < 0 &&
      line.contentEnd - dateline.end <= 1
    ) {
      byOnly = BY_AFTER_BARE_DATELINE;
      stopAt = Infinity;
      prevBlank = false;
      continue;
    }
    if (line.contentStart > stopAt) break;
    const breakBefore = prevBlank || nonBlank <= 2;
    const lenient = breakBefore || line.contentStart > line.start;
    const glued = nonBlank <= GLUED_HEAD_LINES;
    let hit: LineHit | null = null;
    if (stopAt < line.contentEnd) {
      // A "dateline" that starts on a byline's first name (`By Hana Suzuki (AFP)`) is a misread.
      const free = readLine(
        text,
        line,
        line.contentEnd,
        Infinity,
        lenient,
        breakBefore,
        glued,
        lines[li + 1],
      );
      const first = free?.bylines[0];
      if (free && first && first.start <= stopAt && stopAt < first.end + 1) {
        hit = free;
        stopAt = Infinity;
      }
    }
    if (line.contentStart >= stopAt) break;
    const end = Math.min(line.contentEnd, stopAt);
    hit ??= readLine(
      text,
      line,
      end,
      stopAt,
      lenient,
      breakBefore,
      glued,
      lines[li + 1],
    );
    prevBlank = false;
    if (byOnly > 0) {
      byOnly--;
      if (hit && !hit.bylines[0]?.rule.startsWith("byline/by-line")) hit = null;
    }
    if (!hit) continue;
    const [s, e] = trimRange(text, hit.start, hit.end);
    if (e > s) spans.push(span(text, s, e));
    for (const b of hit.bylines)
      if (!bylines.some((x) => x.name === b.name)) bylines.push(b);
    // `By JOHN SMITH` / `Associated Press`: the affiliation on the next line.
    const next = lines[li + 1];
    if (
      hit.bylines.length > 0 &&
      next &&
      !next.blank &&
      next.contentStart < stopAt
    ) {
      const added = bylines.filter((b) =>
        hit.bylines.some((h) => h.start === b.start),
      );
      if (nextIsAffiliation(text, next)) {
        spans.push(span(text, next.contentStart, next.contentEnd));
        const aff = text.slice(next.contentStart, next.contentEnd);
        for (const b of added)
          if (b.affiliation === null)
            bylines[bylines.indexOf(b)] = { ...b, affiliation: aff };
        li++;
        nonBlank++;
      }
    }
    if (line.contentEnd > stopAt) break;
  }
  return { bylines, lines: spans };
}

function readLine(
  text: string,
  line: Line,
  end: number,
  stopAt: number,
  afterBreak: boolean,
  breakBefore: boolean,
  gluedOk: boolean,
  next: Line | undefined,
): LineHit | null {
  // Only a `By` line can be long (run on into the story); other byline lines are short.
  const long = end - line.contentStart > MAX_SHORT_LINE;
  if (
    long &&
    !BY_START.test(text.slice(line.contentStart, line.contentStart + 8))
  )
    return null;
  const lineText = text.slice(line.contentStart, end);
  const separated = lineText.includes("|") || lineText.includes(",");
  if (
    !(gluedOk && lineText.includes(" By ")) &&
    !mayOpenByline(text, line.contentStart, Math.min(end, line.contentStart + MAX_BY_SCAN), separated)
  )
    return null;
  const toks = tokenize(
    text,
    line.contentStart,
    Math.min(end, line.contentStart + MAX_BY_SCAN),
    60,
  );
  if (toks.length === 0) return null;
  const credit = creditLine(text, toks, end, breakBefore);
  if (credit >= 0)
    return { bylines: [], start: line.contentStart, end: credit };
  let i = 0;
  while (i < toks.length && /^[•·*‣▪]$/u.test(toks[i]!.text)) i++;
  const first = toks[i];
  if (!first) return null;
  // `Story by Jane Doe`, `Written by Jane Doe`, `Article By A and B, Reuters`: the same as a `By` line.
  const prefixed =
    /^(?:Story|Written|Words|Text|Article)$/u.test(first.text) &&
    /^(?:by|By)$/u.test(toks[i + 1]?.text ?? "");
  if (prefixed) i++;
  if (/^(?:By|by|BY)$/u.test(toks[i]!.text)) {
    return byLine(
      text,
      toks,
      i,
      end,
      stopAt,
      afterBreak || prefixed,
      next,
      line.contentStart,
    );
  }
  // `MARK DELANEY and ROSA ORTIZ|Jan 8, 2021`, `Nadia Birch, The Canadian Press ...`
  const nl =
    separated
      ? readNameList(toks, i, { trailer: false, stopAt })
      : null;
  if (nl && nl.names.length > 0) {
    const k = nl.next;
    const t = toks[k];
    if (
      t?.text === "|" &&
      nl.affiliation === null &&
      PIPE_DATE.test(text.slice(t.start, t.start + 40))
    ) {
      return {
        bylines: toBylines(text, nl, null, "byline/pipe-date"),
        start: line.contentStart,
        end,
      };
    }
    // `Jane Doe | Reuters`
    const a =
      t?.text === "|" && nl.affiliation === null
        ? phraseAt(toks, k + 1, CREDIT_INDEX)
        : 0;
    if (a > 0) {
      const after = toks[k + 1 + a];
      if (
        !after ||
        after.start >= stopAt ||
        LINE_META.test(
          text.slice(after.start, Math.min(end, after.start + 120)),
        )
      ) {
        const affiliation = {
          start: toks[k + 1]!.start,
          end: toks[k + a]!.end,
        };
        return {
          bylines: toBylines(text, nl, affiliation, "byline/pipe-agency"),
          start: line.contentStart,
          end,
        };
      }
    }
    if (
      nl.affiliation &&
      !nl.glued &&
      text
        .slice(nl.names[nl.names.length - 1]!.end, nl.affiliation.start)
        .includes(",")
    ) {
      if (
        !t ||
        t.start >= stopAt ||
        LINE_META.test(text.slice(t.start, Math.min(end, t.start + 120)))
      ) {
        return {
          bylines: toBylines(
            text,
            nl,
            nl.affiliation,
            "byline/name-affiliation",
          ),
          start: line.contentStart,
          end,
        };
      }
    }
  }
  if (gluedOk && lineText.includes(" By ")) return gluedBy(text, toks, end);
  return null;
}

/**
 * False when a line without a glued ` By ` cannot be a byline line, read from its first
 * {@link PEEK_TOKENS} tokens: it does not open with `By` (after bullets, or `Story by` ...), holds
 * no first word of a credit phrase where {@link creditLine} looks (the five tokens after up to
 * three bullets), and, when `separated` (it holds `,` or `|`), does not open with two words the
 * first of which may open a name ({@link readNameList} needs a name of two words or more).
 */
function mayOpenByline(text: string, from: number, to: number, separated: boolean): boolean {
  const toks = tokenize(text, from, to, PEEK_TOKENS);
  let bullets = 0;
  while (bullets < toks.length && BULLETS.test(toks[bullets]!.text)) bullets++;
  const first = toks[bullets];
  const firstText = first?.text ?? "";
  if (BY_WORD.test(firstText) || (PREFIX_WORD.test(firstText) && BY_WORD.test(toks[bullets + 1]?.text ?? ""))) return true;
  if (separated && first && !first.punct && toks[bullets + 1]?.punct === false && wordKind(firstText, true) !== null) return true;
  // `creditLine` skips dash and dot bullets, then reads phrases opening within five tokens.
  let lead = 0;
  while (lead < toks.length && CREDIT_BULLETS.includes(toks[lead]!.text)) lead++;
  if (lead > 3) return true;
  for (let k = lead; k < toks.length && k <= lead + 4; k++) {
    const t = toks[k]!;
    if (t.punct) continue;
    const w = t.text.toLowerCase();
    if (CREDIT_FIRST.has(w) || (w.length > 1 && w.endsWith(".") && CREDIT_FIRST.has(w.slice(0, -1)))) return true;
  }
  return false;
}

/** A bullet token before a `By`. */
const BULLETS = /^[•·*‣▪]$/u;
/** The bullets and dashes {@link creditLine} skips. */
const CREDIT_BULLETS: readonly string[] = ["•", "·", "*", "-", "–", "—", "‣", "▪"];
/** `By` as a token. */
const BY_WORD = /^(?:By|by|BY)$/u;
/** A word that may stand before `by` in a byline (`Story by`, `Written by`). */
const PREFIX_WORD = /^(?:Story|Written|Words|Text|Article)$/u;

/** A line starting with `By`: names, then an affiliation, the dateline, a date, or the line end. */
function byLine(
  text: string,
  toks: readonly Token[],
  i: number,
  end: number,
  stopAt: number,
  afterBreak: boolean,
  next: Line | undefined,
  lineStart: number,
): LineHit | null {
  const by = toks[i]!.text;
  const nl = readNameList(toks, i + 1, { trailer: false, stopAt });
  if (nl.names.length === 0) {
    const low = lowerCaseNames(toks, i + 1);
    return low
      ? {
          bylines: toBylines(
            text,
            low,
            low.affiliation,
            "byline/by-line-lower",
          ),
          start: lineStart,
          end,
        }
      : null;
  }
  let affiliation = nl.affiliation;
  let spanEnd = end;
  let k = nl.next;
  if (affiliation && !nl.glued) {
    const x = titleAfter(toks, k, stopAt);
    if (x > k) {
      affiliation = { start: affiliation.start, end: toks[x - 1]!.end };
      k = x;
    }
  }
  const t = toks[k];
  if (nl.glued && affiliation) {
    const words = toks.length - k;
    if (words > MAX_FREE_AFFILIATION) return null;
    affiliation = { start: affiliation.start, end };
  } else if (nl.datelineAt >= 0) {
    spanEnd = nl.datelineAt;
  } else if (!t || t.start >= stopAt) {
    // names (and affiliation) fill the line, or run into the dateline
  } else if (t.text === "," && affiliation === null) {
    const rest = toks.slice(k + 1);
    if (rest.length === 0) {
      // trailing comma
    } else {
      if (phraseAt(toks, k + 1, PHOTO_INDEX) > 0) return null;
      if (rest.length > MAX_FREE_AFFILIATION || !freeAffiliation(rest))
        return null;
      affiliation = { start: rest[0]!.start, end: rest[rest.length - 1]!.end };
    }
  } else if (
    t.text === "|" &&
    PIPE_DATE.test(text.slice(t.start, t.start + 40))
  ) {
    // `By X | Jan 8, 2021`
  } else if (
    t.text === "|" &&
    affiliation === null &&
    phraseAt(toks, k + 1, CREDIT_INDEX) > 0
  ) {
    // `By X | Reuters`
    const a = phraseAt(toks, k + 1, CREDIT_INDEX);
    affiliation = { start: toks[k + 1]!.start, end: toks[k + a]!.end };
  } else if (
    t.text === "(" &&
    affiliation === null &&
    phraseAt(toks, k + 1, CREDIT_INDEX) > 0 &&
    toks[k + 1 + phraseAt(toks, k + 1, CREDIT_INDEX)]?.text === ")"
  ) {
    // `By Jane Doe (AFP)`: the credit in parentheses ends the line
    const a = phraseAt(toks, k + 1, CREDIT_INDEX);
    const after = toks[k + 2 + a];
    if (
      after &&
      after.start < stopAt &&
      !LINE_META.test(text.slice(after.start, Math.min(end, after.start + 120)))
    )
      return null;
    affiliation = { start: toks[k + 1]!.start, end: toks[k + a]!.end };
  } else if (
    affiliation === null &&
    /^(?:From|for|For|of|Of)$/u.test(t.text) &&
    placeToEnd(toks, k + 1, stopAt, 5)
  ) {
    // `By Yves Tanner From Reuters Community`, `By Jane Doe For The Associated Press`
    affiliation = { start: t.start, end: toks[toks.length - 1]!.end };
    if (toks[toks.length - 1]!.start >= stopAt) return null;
  } else if (t.text === "in" && placeToEnd(toks, k + 1, stopAt)) {
    // `By SM Rafiqul Islam in Dhaka`
  } else if (
    LINE_META.test(text.slice(t.start, Math.min(end, t.start + 120)))
  ) {
    // a time stamp after the names stays with the line
  } else if (affiliation) {
    // run on into the story: the byline line ends with the affiliation
    spanEnd = affiliation.end;
  } else {
    return null;
  }
  if (affiliation && isPhoto(text, affiliation)) return null;
  if (by === "by" && !afterBreak && affiliation === null) return null;
  if (by === "BY" && affiliation === null && !nextIsAffiliation(text, next)) {
    if (toks.every((x) => x.text.toUpperCase() === x.text)) return null;
  }
  return {
    bylines: toBylines(text, nl, affiliation, "byline/by-line"),
    start: lineStart,
    end: spanEnd,
  };
}

/** `Rookie takes the crown By ALAN PRICE, AP Sports Writer`: a headline with the byline glued on. */
function gluedBy(
  text: string,
  toks: readonly Token[],
  end: number,
): LineHit | null {
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.text !== "By" || toks[i - 1]!.punct) continue;
    const nl = readNameList(toks, i + 1, { trailer: false, stopAt: Infinity });
    if (nl.names.length === 0) continue;
    let k = nl.next;
    let affiliation = nl.affiliation;
    if (affiliation && !nl.glued) {
      const x = titleAfter(toks, k, Infinity);
      if (x > k) {
        affiliation = { start: affiliation.start, end: toks[x - 1]!.end };
        k = x;
      }
    }
    const allCaps = nl.names.every(
      (n) =>
        text.slice(n.start, n.end).toUpperCase() === text.slice(n.start, n.end),
    );
    if (k >= toks.length) {
      if (!allCaps && !affiliation) continue;
    } else if (toks[k]!.text === "," && !affiliation) {
      const rest = toks.slice(k + 1);
      if (
        rest.length === 0 ||
        rest.length > MAX_FREE_AFFILIATION ||
        !freeAffiliation(rest)
      )
        continue;
      affiliation = { start: rest[0]!.start, end: rest[rest.length - 1]!.end };
    } else {
      continue;
    }
    if (affiliation && isPhoto(text, affiliation)) return null;
    return {
      bylines: toBylines(text, nl, affiliation, "byline/glued-headline"),
      start: t.start,
      end,
    };
  }
  return null;
}

/**
 * The end (token index) of a job title run on after an affiliation up to the line end (`AP` + `Sports
 * Writer`): at most four capitalised words; `k` when there is none.
 */
function titleAfter(toks: readonly Token[], k: number, stopAt: number): number {
  let x = k;
  while (
    x < toks.length &&
    x - k < 4 &&
    !toks[x]!.punct &&
    toks[x]!.start < stopAt &&
    UPPER_START.test(toks[x]!.text)
  )
    x++;
  const atEnd = x >= toks.length || toks[x]!.start >= stopAt;
  return atEnd && x > k ? x : k;
}

/**
 * `By hugo lang, Reuters`: a name typed in lower case, accepted only as two or three plain words
 * followed by a comma and an affiliation from the table that ends the line.
 */
function lowerCaseNames(
  toks: readonly Token[],
  i: number,
): (NameList & { affiliation: { start: number; end: number } }) | null {
  let k = i;
  while (
    k < toks.length &&
    k - i < 3 &&
    !toks[k]!.punct &&
    LOWER_WORD.test(toks[k]!.text)
  )
    k++;
  if (k - i < 2 || toks[k]?.text !== ",") return null;
  const a = phraseAt(toks, k + 1, AFFILIATION_INDEX);
  if (a === 0 || k + 1 + a !== toks.length) return null;
  const affiliation = { start: toks[k + 1]!.start, end: toks[k + a]!.end };
  return {
    names: [{ start: toks[i]!.start, end: toks[k - 1]!.end }],
    next: k + 1 + a,
    affiliation,
    glued: false,
    datelineAt: -1,
  };
}

/** One to `max` capitalised words from `toks[k]` to the line end or the dateline (`in New Delhi`). */
function placeToEnd(
  toks: readonly Token[],
  k: number,
  stopAt: number,
  max = 3,
): boolean {
  let x = k;
  while (
    x < toks.length &&
    toks[x]!.start < stopAt &&
    !toks[x]!.punct &&
    UPPER_START.test(toks[x]!.text)
  )
    x++;
  return (
    x > k && x - k <= max && (x >= toks.length || toks[x]!.start >= stopAt)
  );
}

/** Words after `Name,` that read as an outlet or a job title (`Reuters`, `CNN`, `AP Sports Writer`). */
function freeAffiliation(rest: readonly Token[]): boolean {
  return rest.every(
    (t, k) =>
      !t.punct &&
      (UPPER_OR_DIGIT_START.test(t.text) ||
        (k > 0 && /^(?:of|for|the|and|de|news)$/u.test(t.text))),
  );
}

function isPhoto(text: string, a: { start: number; end: number }): boolean {
  const toks = tokenize(text, a.start, a.end, 8);
  return phraseAt(toks, 0, PHOTO_INDEX) > 0;
}

/**
 * A line that holds only an affiliation or a job title (`Associated Press`, `AP Business Writer`,
 * `Staff Writer`, `Special Correspondent`).
 */
function nextIsAffiliation(text: string, next: Line | undefined): boolean {
  if (!next || next.blank) return false;
  const nt = tokenize(text, next.contentStart, next.contentEnd, 8);
  const a = phraseAt(nt, 0, AFFILIATION_INDEX);
  if (a > 0 && titleAfter(nt, a, Infinity) === nt.length) return true;
  const last = nt[nt.length - 1];
  return (
    nt.length <= 4 &&
    last !== undefined &&
    nt.every((t) => !t.punct && UPPER_START.test(t.text)) &&
    (JOB_TITLES as readonly string[]).includes(last.text.toLowerCase())
  );
}

function toBylines(
  text: string,
  nl: NameList,
  affiliation: { start: number; end: number } | null,
  rule: string,
): Byline[] {
  const aff = affiliation
    ? text.slice(affiliation.start, affiliation.end)
    : null;
  return nl.names.map((n) => {
    const name = text.slice(n.start, n.end);
    return {
      text: name,
      start: n.start,
      end: n.end,
      name,
      role: "author",
      affiliation: aff,
      source: "header",
      rule,
    };
  });
}
