/** An event passed to the `debug` callback: which rule did what, and where. Diagnostic only. */
export interface DebugEvent {
  /** Module that emitted the event: `dateline`, `byline`, `quotes`, `boilerplate`, `agency`, `article`. */
  readonly module: string;
  /** Rule id, e.g. `dateline/credit-paren`. */
  readonly rule: string;
  /** What happened, in a few words. */
  readonly message: string;
  /** Offsets the event is about, when there are any. */
  readonly start?: number;
  readonly end?: number;
}

/** Options every function takes. All optional. */
export interface CommonOptions {
  /**
   * The day the story was filed or received, used to resolve a dateline date written without a
   * year (`Aug 22`) to the latest such date not after it. A `Date` or an ISO `YYYY-MM-DD` string.
   */
  referenceDate?: Date | string | undefined;
  /** Receives one event per rule decision; for error analysis. */
  debug?: ((event: DebugEvent) => void) | undefined;
}

/** Options after validation: the reference date as `[year, month, day]` or null. */
export interface ResolvedOptions {
  readonly referenceDate: readonly [number, number, number] | null;
  readonly debug: ((event: DebugEvent) => void) | null;
}

const KNOWN: ReadonlySet<string> = /* @__PURE__ */ new Set(["referenceDate", "debug"]);
const ISO_DAY = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

/**
 * Checks the input and the options of a public call. Throws `TypeError` for a non-string text, an
 * unknown option or an option of the wrong type; never for anything about the text itself.
 */
export function resolveOptions(fn: string, text: unknown, options: unknown): ResolvedOptions {
  if (typeof text !== "string") {
    throw new TypeError(`wirecopy.${fn}: expected the story text as a string, got ${describe(text)}`);
  }
  if (options === undefined || options === null) return { referenceDate: null, debug: null };
  if (typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`wirecopy.${fn}: options must be an object, got ${describe(options)}`);
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!KNOWN.has(key)) {
      throw new TypeError(
        `wirecopy.${fn}: unknown option "${key}" (known options: ${[...KNOWN].join(", ")})`,
      );
    }
  }
  let referenceDate: [number, number, number] | null = null;
  const rd = o["referenceDate"];
  if (rd instanceof Date) {
    if (Number.isNaN(rd.getTime())) throw new TypeError(`wirecopy.${fn}: referenceDate is an invalid Date`);
    referenceDate = [rd.getUTCFullYear(), rd.getUTCMonth() + 1, rd.getUTCDate()];
  } else if (typeof rd === "string") {
    const m = ISO_DAY.exec(rd.trim());
    const g = m?.groups;
    if (!g) {
      throw new TypeError(`wirecopy.${fn}: referenceDate must be a Date or a "YYYY-MM-DD" string, got "${rd}"`);
    }
    referenceDate = [Number(g["y"]), Number(g["m"]), Number(g["d"])];
    if (referenceDate[1] < 1 || referenceDate[1] > 12 || referenceDate[2] < 1 || referenceDate[2] > 31) {
      throw new TypeError(`wirecopy.${fn}: referenceDate "${rd}" is not a real date`);
    }
  } else if (rd !== undefined) {
    throw new TypeError(`wirecopy.${fn}: referenceDate must be a Date or a "YYYY-MM-DD" string, got ${describe(rd)}`);
  }
  const dbg = o["debug"];
  if (dbg !== undefined && typeof dbg !== "function") {
    throw new TypeError(`wirecopy.${fn}: debug must be a function, got ${describe(dbg)}`);
  }
  return { referenceDate, debug: typeof dbg === "function" ? (dbg as (e: DebugEvent) => void) : null };
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  return typeof v;
}
