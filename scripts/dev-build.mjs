#!/usr/bin/env node
// Fast bundle of src/index.ts for scoring while developing: node scripts/dev-build.mjs OUTDIR
// then: node ../shared/eval/score.mjs --lib OUTDIR/index.js FILE.jsonl
import { build } from "esbuild";

const out = process.argv[2] ?? ".tmp/dev";
await build({
  entryPoints: { index: "src/index.ts" },
  outdir: out,
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  logLevel: "warning",
});
console.log(`built ${out}/index.js`);
