// Runs tests/browser/run.mjs (dist/index.js in headless Chromium vs Node) when Chromium is installed.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);

describe("browser build", () => {
  it.skipIf(!HAS_CHROMIUM)(
    `should give the same parseArticle JSON in headless Chromium as in Node${HAS_CHROMIUM ? "" : ` (skipped: no Chromium at ${CHROMIUM})`}`,
    () => {
      const r = spawnSync(
        process.execPath,
        [join(import.meta.dirname, "browser", "run.mjs")],
        { encoding: "utf8", timeout: 120_000 },
      );
      expect(r.stderr).toBe("");
      expect(r.stdout).toMatch(/^browser: ok:/u);
      expect(r.status).toBe(0);
    },
    130_000,
  );
});
