#!/usr/bin/env node
// npm run test:browser: loads the built ESM bundle (dist/index.js) in headless Chromium, runs
// parseArticle on every fixture story in the page and checks that the JSON equals Node's output.
// Chromium is Debian's /usr/bin/chromium (or $CHROMIUM_PATH). When it is missing the run is
// skipped (exit 0), except under CI=true, where a missing browser fails.
/* global fetch -- used inside the page */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join, normalize } from "node:path";
import { clearTimeout, setTimeout } from "node:timers";
import { fileURLToPath } from "node:url";
import { makeCorpus } from "../../bench/corpus.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIST = join(ROOT, "dist");
const FIXTURES = join(ROOT, "fixtures");
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

if (!existsSync(join(DIST, "index.js"))) {
  console.error("browser: dist/index.js is missing; run `npm run build` first");
  process.exit(1);
}
if (!existsSync(executablePath)) {
  if (process.env.CI === "true") {
    console.error(
      `browser: FAILED: no Chromium at ${executablePath} (CI=true; install the chromium package)`,
    );
    process.exit(1);
  }
  console.log(
    `browser: skipped: no Chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
  process.exit(0);
}

/** Every story the project owns, plus edge strings. */
function fixtures() {
  const out = [
    {
      name: "seed/anadolu-kallas.txt",
      text: readFileSync(join(FIXTURES, "seed", "anadolu-kallas.txt"), "utf8"),
    },
  ];
  for (const f of readdirSync(join(FIXTURES, "stories")).sort()) {
    if (f.endsWith(".txt"))
      out.push({
        name: `stories/${f}`,
        text: readFileSync(join(FIXTURES, "stories", f), "utf8"),
      });
  }
  const gold = join(FIXTURES, "gold");
  for (const f of existsSync(gold) ? readdirSync(gold).sort() : []) {
    if (!f.endsWith(".jsonl")) continue;
    readFileSync(join(gold, f), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .forEach((l, i) => {
        const r = JSON.parse(l);
        out.push({ name: `gold/${f}#${r.id ?? i + 1}`, text: r.text });
      });
  }
  makeCorpus(20, 11).forEach((text, i) =>
    out.push({ name: `generated #${i}`, text }),
  );
  const edges = [
    "",
    " ",
    "\n\n\n",
    "\ud800",
    "\u201cunclosed",
    "LONDON (Reuters) - \ud83d\ude00 \u201cHi,\u201d she said.",
    "__proto__",
    "\r\nBy JOHN SMITH\r\n",
  ];
  edges.forEach((text, i) => out.push({ name: `edge #${i}`, text }));
  return out;
}

const TYPES = {
  ".js": "text/javascript",
  ".map": "application/json",
  ".json": "application/json",
  ".html": "text/html",
};
const stories = fixtures();
const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  if (url.pathname === "/") {
    res
      .writeHead(200, { "content-type": "text/html" })
      .end("<!doctype html><meta charset=utf-8><title>wirecopy</title>");
    return;
  }
  if (url.pathname === "/fixtures.json") {
    res
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify(stories));
    return;
  }
  const rel = normalize(decodeURIComponent(url.pathname)).replace(
    /^[/\\]+/u,
    "",
  );
  if (!rel.startsWith("dist/") || rel.includes("..")) {
    res.writeHead(404).end();
    return;
  }
  const file = join(ROOT, rel);
  if (!existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  const ext = rel.slice(rel.lastIndexOf("."));
  res
    .writeHead(200, {
      "content-type": TYPES[ext] ?? "application/octet-stream",
    })
    .end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address();

const timer = setTimeout(() => {
  console.error("browser: FAILED: timed out after 90 s");
  process.exit(1);
}, 90_000);

const { chromium } = await import("playwright-core");
const lib = await import(join(DIST, "index.js"));
let browser;
let failed = 0;
try {
  browser = await chromium.launch({ executablePath, args: ARGS });
  const page = await browser.newPage();
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`http://127.0.0.1:${port}/`);
  const results = await page.evaluate(async () => {
    const m = await import("/dist/index.js");
    const list = await (await fetch("/fixtures.json")).json();
    return list.map((f) => {
      try {
        return JSON.stringify(m.parseArticle(f.text));
      } catch (e) {
        return `THREW ${e}`;
      }
    });
  });
  stories.forEach((s, i) => {
    const node = JSON.stringify(lib.parseArticle(s.text));
    const web = results[i];
    if (web !== node) {
      failed++;
      let at = 0;
      while (at < node.length && node[at] === web[at]) at++;
      console.error(
        `browser: MISMATCH ${s.name}: first difference at JSON char ${at}: node ${JSON.stringify(node.slice(at, at + 60))} vs browser ${JSON.stringify(String(web).slice(at, at + 60))}`,
      );
    }
  });
  if (pageErrors.length) {
    failed++;
    console.error(`browser: page errors: ${pageErrors.join("; ")}`);
  }
  const version = browser.version();
  console.log(
    failed
      ? `browser: FAILED: ${failed} of ${stories.length} outputs differ (Chromium ${version})`
      : `browser: ok: parseArticle output equals Node's on ${stories.length} inputs (Chromium ${version})`,
  );
} catch (e) {
  failed++;
  console.error(`browser: FAILED: ${e instanceof Error ? e.message : e}`);
} finally {
  await browser?.close();
  server.close();
  clearTimeout(timer);
}
process.exit(failed ? 1 : 0);
