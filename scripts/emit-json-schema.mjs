#!/usr/bin/env node
// Writes dist/json-schema/<Name>.json for every exported Zod schema (draft 2020-12, input shape).
import { mkdirSync, writeFileSync } from "node:fs";
import * as z from "zod";
import * as schemas from "../dist/schemas.js";

mkdirSync("dist/json-schema", { recursive: true });
let n = 0;
for (const [key, schema] of Object.entries(schemas)) {
  if (!key.endsWith("Schema")) continue;
  const name = key.slice(0, -"Schema".length);
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" });
  writeFileSync(`dist/json-schema/${name}.json`, JSON.stringify(json, null, 2) + "\n");
  n++;
}
console.log(`json-schema: wrote ${n} schemas to dist/json-schema/`);
