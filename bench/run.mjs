#!/usr/bin/env node
// npm run bench  (node --expose-gc bench/run.mjs [--quick])
// Throughput of parseArticle and each part over a generated corpus, beside a one-regex scan of the
// same text (the floor any parser pays); cost growth with input size; pathological worst cases;
// peak memory on a 10 MB input. Runs against the build: npm run build first.
import { Buffer } from "node:buffer";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
import { makeCorpus } from "./corpus.mjs";
import { MB, repeatedStories, worstCases } from "./inputs.mjs";

const dist = fileURLToPath(new URL("../dist/index.js", import.meta.url));
if (!existsSync(dist)) {
  console.error("bench: dist/index.js is missing; run `npm run build` first");
  process.exit(1);
}
const lib = await import(dist);
const quick = process.argv.includes("--quick");
const WORST_GOAL_MS = 100;
const MEMORY_GOAL = 10; // peak RSS growth <= 10x the input size

const corpus = makeCorpus(quick ? 100 : 400, 42);
const bytes = corpus.reduce((n, s) => n + Buffer.byteLength(s), 0);

/** The floor: one global regex over the text, counting quote marks and capitalised words. */
const FLOOR = /["\u201c\u201d]|\p{Lu}\p{Ll}+/gu;
const floor = (text) => (text.match(FLOOR) ?? []).length;

const FNS = [
  ["parseArticle", (t) => lib.parseArticle(t)],
  ["parseDateline", (t) => lib.parseDateline(t)],
  ["parseBylines", (t) => lib.parseBylines(t)],
  ["extractQuotes", (t) => lib.extractQuotes(t)],
  ["findBoilerplate", (t) => lib.findBoilerplate(t)],
  ["detectAgency", (t) => lib.detectAgency(t)],
  ["regex floor", floor],
];

let sink = 0;
const keep = (r) => {
  sink += r === null || r === undefined ? 0 : 1;
};

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "-");

console.log(
  `wirecopy bench: node ${process.version}, ${corpus.length} generated stories, ${(bytes / 1e6).toFixed(2)} MB (MB = 10^6 UTF-8 bytes)`,
);
console.log(
  `machine: ${availableParallelism()} CPUs, load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")} (a busy machine slows every figure)`,
);

// 1. Throughput over the corpus: one task iteration parses every story once.
const bench = new Bench({
  time: quick ? 300 : 1500,
  warmupTime: quick ? 100 : 300,
});
for (const [name, fn] of FNS) {
  bench.add(name, () => {
    for (const s of corpus) keep(fn(s));
  });
}
await bench.run();
const rows = bench.tasks.map((t) => {
  const ms = t.result.latency.mean;
  return {
    name: t.name,
    ms,
    rme: t.result.latency.rme,
    mbs: bytes / 1e6 / (ms / 1000),
    aps: corpus.length / (ms / 1000),
  };
});
const floorMs = rows.find((r) => r.name === "regex floor").ms;
console.log("\n1. Throughput on the generated corpus");
console.log(
  `${pad("function", 16)}${lpad("MB/s", 9)}${lpad("articles/s", 12)}${lpad("x floor", 9)}${lpad("±%", 7)}`,
);
for (const r of rows) {
  console.log(
    `${pad(r.name, 16)}${lpad(fmt(r.mbs), 9)}${lpad(fmt(r.aps, 0), 12)}${lpad(fmt(r.ms / floorMs, 2), 9)}${lpad(fmt(r.rme, 1), 7)}`,
  );
}

// 2. Cost growth: the same story text repeated to 10 KB ... 10 MB; time per MB should stay flat.
console.log("\n2. Cost growth (parseArticle on repeated story text)");
console.log(
  `${pad("size", 10)}${lpad("ms/call", 10)}${lpad("ms per MB", 11)}${lpad("MB/s", 9)}`,
);
const growth = [];
for (const size of [10_000, 100_000, MB, 10 * MB]) {
  const text = repeatedStories(size);
  const mb = Buffer.byteLength(text) / 1e6;
  lib.parseArticle(text);
  let runs = 0;
  const t0 = performance.now();
  do {
    keep(lib.parseArticle(text));
    runs++;
  } while (performance.now() - t0 < (quick ? 200 : 1000) && runs < 10_000);
  const ms = (performance.now() - t0) / runs;
  growth.push({ size, perMb: ms / mb });
  const label = size >= MB ? `${size / MB} MiB` : `${size / 1000} KB`;
  console.log(
    `${pad(label, 10)}${lpad(fmt(ms, 2), 10)}${lpad(fmt(ms / mb, 2), 11)}${lpad(fmt(mb / (ms / 1000)), 9)}`,
  );
}
const growthRatio = growth.at(-1).perMb / growth[1].perMb;
console.log(
  `time per MB at 10 MiB / at 100 KB: ${fmt(growthRatio, 2)}${growthRatio > 3 ? "  <-- SUPERLINEAR" : " (linear)"}`,
);

// 3. Worst cases: each function once per case (best of 3), goal < 100 ms.
console.log(
  `\n3. Worst cases, ~1 MiB each (ms, best of 3; * = over the ${WORST_GOAL_MS} ms goal)`,
);
const names = FNS.filter(([n]) => n !== "regex floor").map(([n]) => n);
console.log(`${pad("input", 24)}${names.map((n) => lpad(n, 16)).join("")}`);
const slow = [];
for (const [caseName, text] of worstCases(MB)) {
  const cells = [];
  for (const [fnName, fn] of FNS) {
    if (fnName === "regex floor") continue;
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      keep(fn(text));
      best = Math.min(best, performance.now() - t0);
    }
    if (best > WORST_GOAL_MS)
      slow.push(`${fnName} on ${caseName}: ${fmt(best)} ms`);
    cells.push(lpad(`${fmt(best)}${best > WORST_GOAL_MS ? "*" : " "}`, 16));
  }
  console.log(`${pad(caseName, 24)}${cells.join("")}`);
}
console.log(
  slow.length
    ? `SLOW (${slow.length}): ${slow.join("; ")}`
    : "all worst cases under the goal",
);

// 4. Peak memory on a 10 MiB input, measured in a fresh process.
console.log("\n4. Memory (parseArticle on a 10 MiB input, fresh process)");
const mem = spawnSync(
  process.execPath,
  [
    "--expose-gc",
    fileURLToPath(new URL("./memory.mjs", import.meta.url)),
    "10",
  ],
  { encoding: "utf8" },
);
if (mem.status !== 0) {
  console.log(`memory run failed: ${mem.stderr}`);
} else {
  const m = JSON.parse(mem.stdout);
  const x = m.peakRssDelta / m.inputBytes;
  console.log(
    `input ${(m.inputBytes / 1e6).toFixed(1)} MB, ${fmt(m.ms)} ms; peak RSS growth ${(m.peakRssDelta / 1e6).toFixed(1)} MB = ${fmt(x, 2)}x input (goal <= ${MEMORY_GOAL}x)${x > MEMORY_GOAL ? "  <-- OVER" : ""}`,
  );
  console.log(
    `heap growth during the call ${(m.heapDeltaBeforeGc / 1e6).toFixed(1)} MB; retained by the result ${(m.retainedHeap / 1e6).toFixed(1)} MB`,
  );
}
if (sink < 0) console.log(sink);
