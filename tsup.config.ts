import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts", schemas: "src/schemas.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    splitting: false,
    treeshake: true,
  },
  {
    entry: { cli: "src/cli.ts", worker: "src/cli/worker.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "es2022",
    splitting: false,
  },
]);
