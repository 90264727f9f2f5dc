// Tests are silent: any console output fails the test that produced it.
import { beforeEach } from "vitest";

beforeEach(() => {
  for (const level of ["log", "info", "warn", "error", "debug"] as const) {
    console[level] = (...args: unknown[]) => {
      throw new Error(`console.${level} called in a test: ${args.map(String).join(" ")}`);
    };
  }
});
