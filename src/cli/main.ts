import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseArticle } from "../index.ts";

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { pretty: { type: "boolean", default: false } },
  });
  let code = 0;
  for (const file of positionals) {
    try {
      const text = readFileSync(file, "utf8");
      process.stdout.write(JSON.stringify(parseArticle(text), null, values.pretty ? 2 : 0) + "\n");
    } catch (e) {
      process.stderr.write(`wirecopy: ${file}: ${(e as Error).message}\n`);
      code = 1;
    }
  }
  return code;
}
