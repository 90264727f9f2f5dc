import { parseArticle } from "../index.ts";

/**
 * One unit of work for the CLI: a batch of inputs parsed together (inline, or in one worker of the
 * pool), so the pool sees one message per batch rather than one per article.
 */
export interface Task {
  /** `text`: each item is a whole story; `jsonl`: each item is one line `{"id", "text"}`. */
  readonly kind: "text" | "jsonl";
  /** The raw inputs: story texts, or JSONL lines. */
  readonly items: readonly string[];
  /** A name per item for error messages: the file name, or `file:line`. */
  readonly labels: readonly string[];
  /** Indent the JSON output by two spaces. */
  readonly pretty: boolean;
  /** `--reference-date`, already checked, or null. */
  readonly referenceDate: string | null;
}

/** What a task produced: the output chunk (records joined, each ending in `\n`) and error messages. */
export interface TaskResult {
  readonly out: string;
  readonly errors: readonly string[];
  /** How many articles were written. */
  readonly count: number;
}

/** Parses every item of `task`; a bad item becomes an error message, never an exception. */
export function runTask(task: Task): TaskResult {
  const options =
    task.referenceDate === null
      ? undefined
      : { referenceDate: task.referenceDate };
  const indent = task.pretty ? 2 : 0;
  const parts: string[] = [];
  const errors: string[] = [];
  for (let i = 0; i < task.items.length; i++) {
    const item = task.items[i]!;
    const label = task.labels[i] ?? "?";
    try {
      if (task.kind === "text") {
        parts.push(JSON.stringify(parseArticle(item, options), null, indent));
        continue;
      }
      const record = parseRecord(item);
      if (typeof record === "string") {
        errors.push(`${label}: ${record}`);
        continue;
      }
      const article = parseArticle(record.text, options);
      parts.push(JSON.stringify({ id: record.id, ...article }, null, indent));
    } catch (e) {
      errors.push(`${label}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return {
    out: parts.length ? parts.join("\n") + "\n" : "",
    errors,
    count: parts.length,
  };
}

/** Reads one JSONL record; returns a message when the line is not `{"text": string, "id"?: any}`. */
function parseRecord(line: string): { id: unknown; text: string } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return `not valid JSON (${e instanceof Error ? e.message : String(e)})`;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return 'expected an object {"id": ..., "text": "..."}';
  }
  const o = value as Record<string, unknown>;
  if (typeof o["text"] !== "string") return 'the record has no string "text"';
  return { id: o["id"] ?? null, text: o["text"] };
}
