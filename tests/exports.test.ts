// Tests the package as published: `npm pack`, unpack the tarball into a temp project's
// node_modules (offline: zod and piscina are linked from this checkout), then run
// examples/esm.mjs and examples/cjs.cjs there, resolve every documented entry, and run the bin.
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
let dir: string;
let files: string[];

function node(
  args: string[],
  cwd = dir,
): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, args, { cwd, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist", "index.js")))
    throw new Error("dist/ is missing: run `npm run build` first");
  dir = mkdtempSync(join(tmpdir(), "wirecopy-pack-"));
  const packed = JSON.parse(
    execFileSync(
      "npm",
      ["pack", "--json", "--silent", "--pack-destination", dir],
      { cwd: ROOT, encoding: "utf8" },
    ),
  ) as { filename: string; files: { path: string }[] }[];
  files = packed[0]!.files.map((f) => f.path).sort();
  const pkgDir = join(dir, "node_modules", "wirecopy");
  mkdirSync(pkgDir, { recursive: true });
  execFileSync("tar", [
    "-xzf",
    join(dir, packed[0]!.filename),
    "-C",
    pkgDir,
    "--strip-components=1",
  ]);
  for (const dep of ["zod", "piscina"])
    symlinkSync(
      join(ROOT, "node_modules", dep),
      join(dir, "node_modules", dep),
      "dir",
    );
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({
      name: "wirecopy-smoke",
      private: true,
      dependencies: { wirecopy: "*" },
    }),
  );
  cpSync(join(ROOT, "examples"), dir, { recursive: true });
  writeFileSync(
    join(dir, "story.txt"),
    "LONDON (Reuters) - Prices rose.\n\n(Reporting by Jonas Hofer)\n",
  );
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("should ship the ESM and CJS builds, types, JSON Schemas, the CLI and its worker, and nothing from src", () => {
    for (const f of [
      "package.json",
      "dist/index.js",
      "dist/index.cjs",
      "dist/index.d.ts",
      "dist/index.d.cts",
      "dist/schemas.js",
      "dist/schemas.cjs",
      "dist/schemas.d.ts",
      "dist/schemas.d.cts",
      "dist/json-schema/Article.json",
      "dist/cli.js",
      "dist/worker.js",
    ]) {
      expect(files, f).toContain(f);
    }
    const topLevel = new Set([
      "package.json",
      "README.md",
      "LICENSE",
      "CHANGELOG.md",
    ]);
    expect(
      files.filter((f) => !f.startsWith("dist/") && !topLevel.has(f)),
    ).toEqual([]);
  });

  it("should import every documented export with ESM (examples/esm.mjs)", () => {
    const r = node(["esm.mjs"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^esm ok: 14 schemas/u);
  });

  it("should require every documented export with CommonJS (examples/cjs.cjs)", () => {
    const r = node(["cjs.cjs"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^cjs ok: 14 schemas/u);
  });

  it("should resolve the JSON Schemas and package.json subpaths", () => {
    const r = node([
      "-e",
      'const s = require("wirecopy/json-schema/Article.json"); const p = require("wirecopy/package.json"); console.log(s.required.length, p.name)',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe("8 wirecopy");
  });

  it("should load no zod from the root entry", () => {
    for (const f of ["index.js", "index.cjs"]) {
      const code = readFileSync(
        join(dir, "node_modules", "wirecopy", "dist", f),
        "utf8",
      );
      expect(code.includes('"zod"') || code.includes("'zod'"), f).toBe(false);
    }
  });

  it("should run the bin, with and without the worker pool", () => {
    const cli = join("node_modules", "wirecopy", "dist", "cli.js");
    const one = node([cli, "story.txt", "story.txt"]);
    const two = node([cli, "--jobs", "2", "story.txt", "story.txt"]);
    expect(one.code).toBe(0);
    expect(two.stderr).toBe("");
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trim().split("\n")).toHaveLength(2);
    const pkg = JSON.parse(
      readFileSync(join(ROOT, "package.json"), "utf8"),
    ) as { version: string };
    expect(node([cli, "--version"]).stdout).toBe(`${pkg.version}\n`);
  });
});
