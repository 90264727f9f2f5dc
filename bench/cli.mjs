#!/usr/bin/env node
// Throughput of the built CLI on generated JSON Lines, with 1 and 2 worker jobs (or the job
// counts given): node bench/cli.mjs [STORIES=10000] [JOBS...]
// Output goes to /dev/null; the figure is wall time for the whole run, start-up included.
import { spawnSync } from "node:child_process";
import {
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeCorpus } from "./corpus.mjs";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const n = Number(process.argv[2] ?? 10_000);
const jobs = process.argv.slice(3).map(Number);
if (!jobs.length) jobs.push(1, 2);

const dir = mkdtempSync(join(tmpdir(), "wirecopy-cli-bench-"));
const input = join(dir, "stories.jsonl");
writeFileSync(
  input,
  makeCorpus(n, 42)
    .map((text, i) => JSON.stringify({ id: i, text }))
    .join("\n") + "\n",
);
const mb = statSync(input).size / 1e6;
console.log(`cli bench: ${n} generated stories, ${mb.toFixed(1)} MB of JSONL`);
for (const j of jobs) {
  const out = openSync("/dev/null", "w");
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [cli, "--jsonl-in", "--ndjson", "--jobs", String(j), input],
    {
      stdio: ["ignore", out, "pipe"],
      encoding: "utf8",
    },
  );
  const s = (performance.now() - t0) / 1000;
  if (r.status !== 0)
    console.log(`--jobs ${j}: exit ${r.status}: ${r.stderr.slice(0, 200)}`);
  else
    console.log(
      `--jobs ${j}: ${s.toFixed(2)} s, ${Math.round(n / s)} articles/s, ${(mb / s).toFixed(1)} MB/s`,
    );
}
rmSync(dir, { recursive: true, force: true });
