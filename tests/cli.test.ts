// Runs the built CLI (dist/cli.js) as a user would: a child process on temp files and stdin.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable, Writable } from "node:stream";
import type * as LibModule from "../src/index.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCorpus } from "../bench/corpus.mjs";
import { main } from "../src/cli/main.ts";

const CLI = join(import.meta.dirname, "..", "dist", "cli.js");
const ROOT = join(import.meta.dirname, "..");
type Lib = typeof LibModule;
let lib: Lib;
let dir: string;

function run(
  args: string[],
  input?: string,
): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input: input ?? "",
    encoding: "utf8",
    cwd: dir,
    maxBuffer: 1 << 28,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** What parseArticle gives, as the CLI's JSON would carry it. */
function expected(text: string, options?: { referenceDate: string }): unknown {
  return JSON.parse(JSON.stringify(lib.parseArticle(text, options)));
}

const STORY_A =
  'WASHINGTON (AP) \u2014 The Senate voted 51-49 on Tuesday. "It is done," said Sen. Mara Holt.\n';
const STORY_B =
  "LONDON, Aug 22 (Reuters) - Prices rose.\n\n(Reporting by Jonas Hofer; Editing by Lena Park)\n";

beforeAll(async () => {
  if (!existsSync(CLI))
    throw new Error(
      "dist/cli.js is missing: run `npm run build` before the CLI tests",
    );
  lib = (await import(join(ROOT, "dist", "index.js"))) as Lib;
  dir = mkdtempSync(join(tmpdir(), "wirecopy-cli-"));
  writeFileSync(join(dir, "a.txt"), STORY_A);
  writeFileSync(join(dir, "b.txt"), STORY_B);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("wirecopy CLI", () => {
  it("should print usage with --help and exit 0", () => {
    const r = run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: wirecopy/u);
    expect(r.stdout).toContain("--jsonl-in");
    expect(r.stderr).toBe("");
  });

  it("should print the package.json version with --version", () => {
    const pkg = JSON.parse(
      readFileSync(join(ROOT, "package.json"), "utf8"),
    ) as { version: string };
    const r = run(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });

  it.each([
    [["--bogus"], /Unknown option/u],
    [["--pretty", "--ndjson", "a.txt"], /cannot be combined/u],
    [["--jobs", "0", "a.txt"], /--jobs/u],
    [["--jobs", "two", "a.txt"], /--jobs/u],
    [["--reference-date", "22/08/2024", "a.txt"], /--reference-date/u],
    [["--reference-date", "2024-13-40", "a.txt"], /referenceDate/u],
  ])("should exit 2 with a message for the usage error %j", (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });

  it("should write one compact JSON line per file, in argument order", () => {
    const r = run(["a.txt", "b.txt"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    expect(JSON.parse(lines[0]!)).toEqual(expected(STORY_A));
    expect(JSON.parse(lines[1]!)).toEqual(expected(STORY_B));
  });

  it("should indent by two spaces with --pretty", () => {
    const r = run(["--pretty", "a.txt"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(JSON.stringify(expected(STORY_A), null, 2) + "\n");
  });

  it("should read one story from stdin when no file is given, and for -", () => {
    for (const args of [[], ["-"]]) {
      const r = run(["--ndjson", ...args], STORY_B);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(JSON.stringify(expected(STORY_B)) + "\n");
    }
  });

  it("should pass --reference-date to the parser", () => {
    const r = run(["--reference-date", "2024-09-01", "b.txt"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(
      expected(STORY_B, { referenceDate: "2024-09-01" }),
    );
  });

  it("should name an unreadable file on stderr, still parse the others and exit 1", () => {
    const r = run(["a.txt", "missing.txt", "b.txt"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^wirecopy: missing\.txt: cannot read: ENOENT/mu);
    const lines = r.stdout.trim().split("\n");
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      expected(STORY_A),
      expected(STORY_B),
    ]);
  });

  it("should write {id, ...article} per JSONL record and name bad lines by number", () => {
    const jsonl = [
      JSON.stringify({ id: "a", text: STORY_A }),
      "",
      "{not json",
      JSON.stringify({ id: 7 }),
      JSON.stringify([1, 2]),
      JSON.stringify({ id: 8, text: STORY_B }),
      JSON.stringify({ text: STORY_B }),
    ].join("\n");
    writeFileSync(join(dir, "in.jsonl"), jsonl);
    const r = run(["--jsonl-in", "--ndjson", "in.jsonl"]);
    expect(r.code).toBe(1);
    const errors = r.stderr.trim().split("\n");
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^wirecopy: in\.jsonl:3: not valid JSON/u);
    expect(errors[1]).toMatch(/^wirecopy: in\.jsonl:4: .*"text"/u);
    expect(errors[2]).toMatch(/^wirecopy: in\.jsonl:5: expected an object/u);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toEqual([
      { id: "a", ...(expected(STORY_A) as object) },
      { id: 8, ...(expected(STORY_B) as object) },
      { id: null, ...(expected(STORY_B) as object) },
    ]);
    expect(Object.keys(out[0]!)[0]).toBe("id");
  });

  it("should report an unreadable JSONL input (a directory, a missing file) and go on", () => {
    mkdirSync(join(dir, "sub"), { recursive: true });
    writeFileSync(
      join(dir, "ok.jsonl"),
      JSON.stringify({ id: 1, text: STORY_A }) + "\n",
    );
    const r = run(["--jsonl-in", "sub", "missing.jsonl", "ok.jsonl"]);
    expect(r.code).toBe(1);
    const errors = r.stderr.trim().split("\n");
    expect(errors[0]).toMatch(/^wirecopy: sub: cannot read: EISDIR/u);
    expect(errors[1]).toMatch(
      /^wirecopy: missing\.jsonl: cannot read: ENOENT/u,
    );
    expect(JSON.parse(r.stdout)).toEqual({
      id: 1,
      ...(expected(STORY_A) as object),
    });
  });

  it("should read JSONL from stdin and report the line as <stdin>:N", () => {
    const r = run(
      ["--jsonl-in"],
      `${JSON.stringify({ id: 1, text: STORY_A })}\r\n]\r\n`,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^wirecopy: <stdin>:2: /u);
    expect(JSON.parse(r.stdout)).toEqual({
      id: 1,
      ...(expected(STORY_A) as object),
    });
  });

  it("should write the same bytes with --jobs 2 as with --jobs 1, in input order", () => {
    const stories = (makeCorpus(300, 7) as string[]).map((text, i) =>
      JSON.stringify({ id: i, text }),
    );
    stories.splice(150, 0, "oops");
    writeFileSync(join(dir, "many.jsonl"), stories.join("\n") + "\n");
    const one = run(["--jsonl-in", "--ndjson", "--jobs", "1", "many.jsonl"]);
    const two = run(["--jsonl-in", "--ndjson", "--jobs", "2", "many.jsonl"]);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stderr).toMatch(/many\.jsonl:151:/u);
    expect(two.stdout).toBe(one.stdout);
    const ids = one.stdout
      .trim()
      .split("\n")
      .map((l) => (JSON.parse(l) as { id: number }).id);
    expect(ids).toEqual([...Array(300).keys()]);
  });

  it("should parse whole files in a pool with --jobs 2 like --jobs 1", () => {
    const r1 = run(["a.txt", "b.txt", "a.txt"]);
    const r2 = run(["-j", "2", "a.txt", "b.txt", "a.txt"]);
    expect(r2.code).toBe(0);
    expect(r2.stdout).toBe(r1.stdout);
  });
});

describe("wirecopy CLI main() in process", () => {
  /** A stdout that takes `delay` turns of the event loop per chunk, so backpressure kicks in. */
  function slowSink(onChunk: (s: string) => void): Writable {
    return new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, done) {
        onChunk(chunk.toString("utf8"));
        setImmediate(done);
      },
    });
  }

  it("should write a progress line to a TTY stderr only, and keep stdout clean JSON", async () => {
    let out = "";
    let err = "";
    const stderr = Object.assign(new PassThrough(), { isTTY: true });
    stderr.on("data", (c: Buffer) => (err += c.toString()));
    const stdout = slowSink((s) => (out += s));
    const stdin = Readable.from([
      `${JSON.stringify({ id: 1, text: STORY_A })}\n${JSON.stringify({ id: 2, text: STORY_B })}\n`,
    ]);
    const code = await main(["--jsonl-in"], { stdin, stdout, stderr });
    expect(code).toBe(0);
    expect(err).toContain("\r\u001b[Kwirecopy: 2 articles");
    expect(
      out
        .trim()
        .split("\n")
        .map((l) => (JSON.parse(l) as { id: number }).id),
    ).toEqual([1, 2]);
  });

  it("should not read far ahead of a slow stdout when streaming JSONL", async () => {
    const total = 10_000;
    let produced = 0;
    let written = 0;
    let maxLag = 0;
    function* lines(): Generator<string> {
      for (let i = 0; i < total; i++) {
        produced++;
        yield `${JSON.stringify({ id: i, text: "LONDON (Reuters) - Prices rose." })}\n`;
      }
    }
    const stdout = slowSink((s) => {
      written += s.split("\n").length - 1;
      maxLag = Math.max(maxLag, produced - written);
    });
    const stderr = new PassThrough();
    const code = await main(["--jsonl-in", "--ndjson"], {
      stdin: Readable.from(lines()),
      stdout,
      stderr,
    });
    expect(code).toBe(0);
    expect(written).toBe(total);
    // readline buffers up to 1024 lines, one batch of 64 is in flight: far below the input size.
    expect(maxLag).toBeLessThan(3000);
  });
});
