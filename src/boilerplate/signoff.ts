import { withinOneEdit } from "../_lib/edit.ts";
import { AGENCIES } from "../agency/data.ts";
import { indexByHead, lineKey } from "./classifyLine.ts";
import { CONTINUATIONS, GENERIC_SIGNOFFS } from "./data.ts";

/** The sign-off keys of one call: agency sign-offs from the agency table plus the generic ones. */
export interface SignoffTable {
  /** Exact keys (`reuter`, `ians`, `xinhua`, `pti corr`, `end`). */
  readonly keys: ReadonlySet<string>;
  /** Single-word keys of 5+ letters, for typo-tolerant matching (`REUTE`, `RUTER`, `REUITER`). */
  readonly words: readonly string[];
  /** Agency footer phrases as line keys, by their first two characters. */
  readonly footers: ReadonlyMap<string, readonly (readonly [string, true])[]>;
}

/** @internal Builds the sign-off table from the agency table and the generic sign-offs. */
export function signoffTable(): SignoffTable {
  const keys = new Set<string>(GENERIC_SIGNOFFS);
  const footers: (readonly [string, true])[] = [];
  for (const a of AGENCIES) {
    for (const s of a.signoffs) {
      const k = signoffKey(s);
      if (k) keys.add(k);
    }
    for (const f of a.footers) if (f.trim()) footers.push([lineKey(f.trim()), true]);
  }
  const words = [...keys].filter((k) => k.length >= 5 && /^[a-z]+$/u.test(k));
  return { keys, words, footers: indexByHead(footers) };
}

/**
 * @internal The comparison key of a sign-off: lowercased, without the dashes, `=`, spaces and
 * brackets around it: `--IANS` → `ians`, `(Xinhua)` → `xinhua`, `— Bernama` → `bernama`,
 * `(END)` → `end`, `PTI CORR` → `pti corr`.
 */
export function signoffKey(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && "-–—―=([{ \t\u00a0".includes(s[a]!)) a++;
  while (b > a && ")]} \t\u00a0".includes(s[b - 1]!)) b--;
  return s.slice(a, b).toLowerCase().replace(/\s+/gu, " ");
}

/** How a sign-off candidate matched. */
export type SignoffMatch = "signoff" | "signoff-junk" | "signoff-typo" | null;

/**
 * @internal Whether `content` (one line's content, or the end of a line) is a sign-off: exactly a
 * key, a key with wire junk after it (`REUTER...`, `REUTER^M`, `Reuter4`, `REUTER11:43/VB`,
 * `REUTER TAW`), or, when `typos` is set, a one-letter typo of a long one-word key (`REUTE`,
 * `RUTER`, `REUITER`, `REUTERS`).
 */
export function matchSignoff(content: string, table: SignoffTable, typos: boolean): SignoffMatch {
  if (content.length > 40) return null;
  const key = signoffKey(content);
  if (!key) return null;
  if (table.keys.has(key)) return "signoff";
  // Cut junk: trailing dots and ^M, then anything from the first digit.
  let name = key;
  let cut = name.length;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 94 /* ^ */) {
      cut = i;
      break;
    }
  }
  name = name.slice(0, cut);
  while (name.endsWith(".") || name.endsWith(" ")) name = name.slice(0, -1);
  if (name && name !== key && table.keys.has(signoffKey(name))) return "signoff-junk";
  // Upper-case desk codes or initials after the sign-off: `REUTER TAW`, `REUTER E`, `PTI ABC DEF`.
  if (name.includes(" ") && deskCodesAfterKey(content.trim(), table)) return "signoff-junk";
  if (typos && name.length >= 4 && /^[a-z]+$/u.test(name)) {
    for (const w of table.words) if (withinOneEdit(name, w)) return "signoff-typo";
  }
  return null;
}

/** @internal True for a continuation line: `More`, `MORE`, `(more)`. */
export function isContinuation(content: string): boolean {
  return content.length <= 16 && (CONTINUATIONS as readonly string[]).includes(content.trim().toLowerCase());
}

/** Most desk codes taken after a sign-off (`PTI SKL NSD RT`). */
const MAX_DESK_CODES = 3;

/**
 * True when `content` is a sign-off key followed by one to three upper-case desk codes of at most
 * four letters each (`REUTER TAW`, `PTI ABC DEF`): reporter and editor initials of the wire.
 */
function deskCodesAfterKey(content: string, table: SignoffTable): boolean {
  const words = content.split(" ");
  for (let k = Math.max(1, words.length - MAX_DESK_CODES); k < words.length; k++) {
    if (!words.slice(k).every((w) => DESK_CODE.test(w))) continue;
    if (table.keys.has(signoffKey(words.slice(0, k).join(" ")))) return true;
  }
  return false;
}

/** One desk code: `TAW`, `E`, `SKL`. */
const DESK_CODE = /^[A-Z]{1,4}$/u;
