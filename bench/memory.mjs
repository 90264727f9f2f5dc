#!/usr/bin/env node
// Peak memory of one parseArticle call on a 10 MB input, run alone in a fresh process
// (node --expose-gc bench/memory.mjs [MB]); prints one JSON line. Called by bench/run.mjs.
import { Buffer } from "node:buffer";
import { repeatedStories, MB } from "./inputs.mjs";

const { parseArticle } = await import("../dist/index.js");
const size = Number(process.argv[2] ?? 10) * MB;
const text = repeatedStories(size);
parseArticle(text.slice(0, 100_000)); // load and warm the code
globalThis.gc?.();
const before = process.memoryUsage();
const t0 = performance.now();
const article = parseArticle(text);
const ms = performance.now() - t0;
const after = process.memoryUsage();
const maxRss = process.resourceUsage().maxRSS * 1024;
globalThis.gc?.();
const retained = process.memoryUsage().heapUsed - before.heapUsed;
process.stdout.write(
  JSON.stringify({
    inputBytes: Buffer.byteLength(text),
    inputChars: text.length,
    ms,
    rssBefore: before.rss,
    peakRss: maxRss,
    peakRssDelta: maxRss - before.rss,
    heapDeltaBeforeGc: after.heapUsed - before.heapUsed,
    retainedHeap: retained,
    segments: article.segments.length,
    gc: typeof globalThis.gc === "function",
  }) + "\n",
);
