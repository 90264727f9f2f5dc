import { TRAILER_ROLES } from "./data.ts";
import type { BylineRole } from "./schema.ts";
import type { Token } from "./tokens.ts";

/** A trailer role phrase found at a token: the role it gives and how many tokens it spans. */
export interface RoleMatch {
  readonly role: BylineRole;
  readonly length: number;
}

/**
 * @internal The trailer role phrase starting at `toks[i]` (`Reporting by`, `Additional reporting
 * by`, `editing by`, `Redaktion von`), the longest one, or null. A leading `*`, bullet or dash on
 * the first word (`*Writing by`, `--additional reporting by`) is allowed.
 */
export function roleAt(toks: readonly Token[], i: number): RoleMatch | null {
  const first = toks[i];
  if (!first || first.punct) return null;
  let best: RoleMatch | null = null;
  for (const [phrase, role] of TRAILER_ROLES) {
    const words = phrase.split(" ");
    if ((best && words.length <= best.length) || i + words.length > toks.length)
      continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      const t = toks[i + k]!;
      let w = t.text.toLowerCase();
      if (k === 0) w = w.replace(/^[-–—*•]{1,3}/u, "");
      if (t.punct || w !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) best = { role, length: words.length };
  }
  return best;
}
