#!/usr/bin/env node
// Scores dist/index.js on the shared gold corpora and fails when any figure is below its floor.
// Usage: node scripts/check-floors.mjs .ci/floors.json
// floors.json: { "<corpus path relative to ../shared/corpora>": { "<dotted figure>": <floor>, ... } }
// A floor only ever rises: raise it when a change lifts the figure, never lower it.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

const floorsFile = process.argv[2] ?? ".ci/floors.json";
const floors = JSON.parse(readFileSync(floorsFile, "utf8"));
const shared = resolve("../shared");
const files = Object.keys(floors).map((f) => resolve(shared, "corpora", f));
for (const f of files) {
  if (!existsSync(f)) {
    console.error(`floors: missing corpus ${f}`);
    process.exit(1);
  }
}
const out = execFileSync(process.execPath, [resolve(shared, "eval/score.mjs"), "--json", ...files], {
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
});
const report = JSON.parse(out);
let failed = 0;
for (const [corpus, figures] of Object.entries(floors)) {
  const r = report[resolve(shared, "corpora", corpus)];
  if (r.crashes) {
    console.log(`FAIL ${corpus}: ${r.crashes} crashes`);
    failed++;
  }
  for (const [path, floor] of Object.entries(figures)) {
    const value = path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), r);
    const ok = typeof value === "number" && (path.endsWith("contentCharsLost") ? value <= floor : value >= floor);
    const shown = typeof value === "number" ? (value <= 1 && !path.endsWith("contentCharsLost") ? (100 * value).toFixed(2) + "%" : String(value)) : "missing";
    const want = path.endsWith("contentCharsLost") ? `<= ${floor}` : `>= ${floor <= 1 ? (100 * floor).toFixed(2) + "%" : floor}`;
    console.log(`${ok ? "ok  " : "FAIL"} ${corpus} ${path} = ${shown} (floor ${want})`);
    if (!ok) failed++;
  }
}
if (failed) {
  console.error(`floors: ${failed} figure(s) below their floor`);
  process.exit(1);
}
console.log("floors: every figure at or above its floor");
