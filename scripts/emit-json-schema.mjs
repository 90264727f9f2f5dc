#!/usr/bin/env node
// Writes dist/json-schema/<Name>.json for every exported Zod schema (draft 2020-12, input shape:
// objects stay open, so a new output field is a minor change for JSON Schema users). Run by
// `npm run build` after tsup; tests/json-schema.test.ts validates fixtures against the output.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as z from "zod";
import * as schemas from "../dist/schemas.js";

const outDir = fileURLToPath(new URL("../dist/json-schema/", import.meta.url));
mkdirSync(outDir, { recursive: true });
// Drop files of schemas that no longer exist.
for (const f of readdirSync(outDir))
  if (f.endsWith(".json")) rmSync(`${outDir}${f}`);
let n = 0;
for (const [key, schema] of Object.entries(schemas)) {
  if (!key.endsWith("Schema")) continue;
  const name = key.slice(0, -"Schema".length);
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" });
  writeFileSync(`${outDir}${name}.json`, JSON.stringify(json, null, 2) + "\n");
  n++;
}
console.log(`json-schema: wrote ${n} schemas to dist/json-schema/`);
