import { once } from "node:events";
import { existsSync, readFileSync } from "node:fs";
import { open, readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parseArticle } from "../index.ts";
import { runTask, type Task, type TaskResult } from "./task.ts";

/** The streams the CLI talks to; `process` in real use, fakes in tests. */
export interface CliIo {
  readonly stdin: Readable & { isTTY?: boolean };
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
}

/** At most this many inputs go to one task (one message to a worker). */
const BATCH_ITEMS = 64;
/** A batch is also closed once it holds this many UTF-16 code units. */
const BATCH_CHARS = 1 << 20;

const USAGE = `Usage: wirecopy [options] [FILE...]

Parses wire-service stories into JSON: dateline, bylines, quotes with speakers,
boilerplate, body, agency. Reads each FILE as one story (stdin when no FILE is
given, or for "-") and writes one JSON article per story, in input order.

Options:
  --pretty                   indent the JSON (two spaces)
  --ndjson                   one compact JSON record per line (the default output
                             is compact too; --ndjson cannot be combined with --pretty)
  --jsonl-in                 inputs are JSON Lines of {"id": ..., "text": "..."};
                             writes {"id": ..., ...article} per record, streaming
  --reference-date YYYY-MM-DD
                             resolve dateline dates written without a year
  -j, --jobs N               parse on N worker threads (default 1: no workers)
  -h, --help                 show this help
  -v, --version              show the version

Exit status: 0 when every input was parsed, 1 when some input could not be read
or a JSONL line was bad (the others are still written), 2 for a usage error.
`;

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(
  argv: readonly string[],
  io: CliIo = process,
): Promise<number> {
  let values: {
    pretty?: boolean;
    ndjson?: boolean;
    "jsonl-in"?: boolean;
    "reference-date"?: string;
    jobs?: string;
    help?: boolean;
    version?: boolean;
  };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        pretty: { type: "boolean" },
        ndjson: { type: "boolean" },
        "jsonl-in": { type: "boolean" },
        "reference-date": { type: "string" },
        jobs: { type: "string", short: "j" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    }));
  } catch (e) {
    return usageError(io, (e as Error).message);
  }
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${readVersion()}\n`);
    return 0;
  }
  if (values.pretty && values.ndjson)
    return usageError(io, "--pretty and --ndjson cannot be combined");
  const referenceDate = values["reference-date"] ?? null;
  if (referenceDate !== null) {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(referenceDate)) {
      return usageError(
        io,
        `--reference-date must be YYYY-MM-DD, got "${referenceDate}"`,
      );
    }
    try {
      parseArticle("", { referenceDate });
    } catch (e) {
      return usageError(io, (e as Error).message);
    }
  }
  const jobs = values.jobs === undefined ? 1 : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    return usageError(
      io,
      `--jobs must be a whole number from 1 to 256, got "${values.jobs}"`,
    );
  }
  const inputs = positionals.length ? positionals : ["-"];
  if (positionals.length === 0 && io.stdin.isTTY) {
    return usageError(
      io,
      "no input: give FILE arguments or pipe a story to stdin",
    );
  }

  const pool = jobs > 1 ? await startPool(jobs) : null;
  const run = pool
    ? (t: Task) => pool.run(t) as Promise<TaskResult>
    : (t: Task) => Promise.resolve(runTask(t));
  const sink = new Sink(io, run, pool ? jobs * 2 : 1);
  const onOutError = (e: Error): void => {
    sink.outError ??= e;
  };
  io.stdout.on("error", onOutError);
  const base = { pretty: values.pretty ?? false, referenceDate } as const;
  try {
    if (values["jsonl-in"]) {
      for (const input of inputs) await readJsonl(input, io, sink, base);
    } else {
      await readTexts(inputs, io, sink, base);
    }
    await sink.end();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EPIPE")
      return sink.failed ? 1 : 0;
    throw e;
  } finally {
    io.stdout.off("error", onOutError);
    await pool?.destroy();
  }
  return sink.failed ? 1 : 0;
}

type TaskBase = Pick<Task, "pretty" | "referenceDate">;

/** Whole-story inputs: each file (or stdin) is one article. */
async function readTexts(
  inputs: readonly string[],
  io: CliIo,
  sink: Sink,
  base: TaskBase,
): Promise<void> {
  let items: string[] = [];
  let labels: string[] = [];
  let chars = 0;
  for (const input of inputs) {
    let text: string;
    try {
      text =
        input === "-" ? await readAll(io.stdin) : await readFile(input, "utf8");
    } catch (e) {
      sink.error(
        `${input === "-" ? "<stdin>" : input}: cannot read: ${(e as Error).message}`,
      );
      continue;
    }
    items.push(text);
    labels.push(input === "-" ? "<stdin>" : input);
    chars += text.length;
    if (items.length >= BATCH_ITEMS || chars >= BATCH_CHARS) {
      await sink.push({ kind: "text", items, labels, ...base });
      items = [];
      labels = [];
      chars = 0;
    }
  }
  if (items.length) await sink.push({ kind: "text", items, labels, ...base });
}

/** JSON Lines input, streamed: lines are read as output drains, in bounded batches. */
async function readJsonl(
  input: string,
  io: CliIo,
  sink: Sink,
  base: TaskBase,
): Promise<void> {
  const name = input === "-" ? "<stdin>" : input;
  let stream: Readable;
  if (input === "-") {
    stream = io.stdin;
  } else {
    try {
      stream = (await open(input, "r")).createReadStream({ encoding: "utf8" });
    } catch (e) {
      sink.error(`${name}: cannot read: ${(e as Error).message}`);
      return;
    }
  }
  if (input === "-") stream.setEncoding("utf8");
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let readError: Error | null = null;
  stream.on("error", (e: Error) => {
    readError = e;
    rl.close();
  });
  let items: string[] = [];
  let labels: string[] = [];
  let chars = 0;
  let lineNo = 0;
  const lines = rl[Symbol.asyncIterator]();
  for (;;) {
    // Only a failure of the input is a read error; a failing stdout propagates from push().
    let next: IteratorResult<string>;
    try {
      next = await lines.next();
    } catch (e) {
      readError ??= e as Error;
      break;
    }
    if (next.done) break;
    const raw = next.value;
    lineNo++;
    const line =
      lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (line.trim() === "") continue;
    items.push(line);
    labels.push(`${name}:${lineNo}`);
    chars += line.length;
    if (items.length >= BATCH_ITEMS || chars >= BATCH_CHARS) {
      await sink.push({ kind: "jsonl", items, labels, ...base });
      items = [];
      labels = [];
      chars = 0;
    }
  }
  if (items.length) await sink.push({ kind: "jsonl", items, labels, ...base });
  if (readError)
    sink.error(`${name}: cannot read: ${(readError as Error).message}`);
}

/**
 * Runs tasks with at most `maxInFlight` pending and writes their output in submission order,
 * waiting for stdout to drain (backpressure), so memory stays bounded on any input size.
 */
class Sink {
  failed = false;
  /** Set when stdout fails (EPIPE: the reader went away); output stops. */
  outError: Error | null = null;
  private readonly pending: Promise<TaskResult>[] = [];
  private articles = 0;
  private readonly started = Date.now();
  private lastProgress = 0;

  constructor(
    private readonly io: CliIo,
    private readonly run: (t: Task) => Promise<TaskResult>,
    private readonly maxInFlight: number,
  ) {}

  async push(task: Task): Promise<void> {
    this.pending.push(
      this.run(task).catch((e: unknown) => ({
        out: "",
        errors: [
          `${task.labels[0] ?? "?"}..${task.labels.at(-1) ?? "?"}: ${(e as Error).message}`,
        ],
        count: 0,
      })),
    );
    while (this.pending.length >= this.maxInFlight) await this.flushOne();
  }

  async end(): Promise<void> {
    while (this.pending.length) await this.flushOne();
    if (this.io.stderr.isTTY && this.lastProgress)
      this.io.stderr.write("\r\x1b[K");
  }

  error(message: string): void {
    this.failed = true;
    this.io.stderr.write(`wirecopy: ${message}\n`);
  }

  private async flushOne(): Promise<void> {
    const result = await this.pending.shift()!;
    if (this.outError) throw this.outError;
    for (const m of result.errors) this.error(m);
    this.articles += result.count;
    if (result.out && !this.io.stdout.write(result.out))
      await once(this.io.stdout, "drain");
    this.progress();
  }

  private progress(): void {
    if (!this.io.stderr.isTTY) return;
    const now = Date.now();
    if (now - this.lastProgress < 250) return;
    this.lastProgress = now;
    const rate = Math.round(
      (this.articles * 1000) / Math.max(1, now - this.started),
    );
    this.io.stderr.write(
      `\r\x1b[Kwirecopy: ${this.articles} articles (${rate}/s)`,
    );
  }
}

interface Pool {
  run(task: Task): Promise<unknown>;
  destroy(): Promise<void>;
}

/** Starts the worker pool; the worker is `worker.js` beside the built `cli.js`. */
async function startPool(threads: number): Promise<Pool> {
  const { Piscina } = await import("piscina");
  const filename = fileURLToPath(new URL("./worker.js", import.meta.url));
  return new Piscina({
    filename,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
  });
}

async function readAll(stream: Readable): Promise<string> {
  stream.setEncoding("utf8");
  let text = "";
  for await (const chunk of stream) text += chunk as string;
  return text;
}

/** The package version, from the package.json above the built file (or above src/cli/). */
function readVersion(): string {
  for (const rel of ["../package.json", "../../package.json"]) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (!existsSync(path)) continue;
    const pkg = JSON.parse(readFileSync(path, "utf8")) as {
      name?: string;
      version?: string;
    };
    if (pkg.name === "wirecopy" && pkg.version) return pkg.version;
  }
  return "unknown";
}

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`wirecopy: ${message}\nTry "wirecopy --help".\n`);
  return 2;
}
