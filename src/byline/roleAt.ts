import { TRAILER_ROLES } from "./data.ts";
import type { BylineRole } from "./schema.ts";
import type { Token } from "./tokens.ts";

/** A trailer role phrase found at a token: the role it gives and how many tokens it spans. */
export interface RoleMatch {
  readonly role: BylineRole;
  readonly length: number;
}

/** One role phrase split into its words. */
interface RolePhrase {
  readonly words: readonly string[];
  readonly role: BylineRole;
}

/** {@link TRAILER_ROLES} by their first word, in table order (read-only after it is built). */
const ROLE_INDEX: ReadonlyMap<string, readonly RolePhrase[]> =
  /* @__PURE__ */ indexRoles();

function indexRoles(): Map<string, RolePhrase[]> {
  const m = new Map<string, RolePhrase[]>();
  for (const [phrase, role] of TRAILER_ROLES) {
    const words = phrase.split(" ");
    const list = m.get(words[0]!);
    if (list) list.push({ words, role });
    else m.set(words[0]!, [{ words, role }]);
  }
  return m;
}

/**
 * @internal The trailer role phrase starting at `toks[i]` (`Reporting by`, `Additional reporting
 * by`, `editing by`, `Redaktion von`), the longest one, or null. A leading `*`, bullet or dash on
 * the first word (`*Writing by`, `--additional reporting by`) is allowed.
 */
export function roleAt(toks: readonly Token[], i: number): RoleMatch | null {
  const first = toks[i];
  if (!first) return null;
  if (first.punct) return null;
  const list = ROLE_INDEX.get(
    first.text.toLowerCase().replace(/^[-–—*•]{1,3}/u, ""),
  );
  if (!list) return null;
  let best: RoleMatch | null = null;
  for (const { words, role } of list) {
    if ((best && words.length <= best.length) || i + words.length > toks.length)
      continue;
    let ok = true;
    for (let k = 1; k < words.length; k++) {
      const t = toks[i + k]!;
      if (t.punct || t.text.toLowerCase() !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) best = { role, length: words.length };
  }
  return best;
}
