// @ts-check
import js from "@eslint/js";
import redos from "eslint-plugin-redos-detector";
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "docs/api/", "node_modules/", ".tmp/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  regexp.configs["flat/recommended"],
  {
    plugins: { "redos-detector": redos },
    rules: {
      "regexp/require-unicode-regexp": "error",
      "redos-detector/no-unsafe-regex": ["error", { ignoreError: true }],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-empty-object-type": ["error", { allowInterfaces: "with-single-extends" }],
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/**/*.test.ts"],
    rules: {
      "@typescript-eslint/explicit-function-return-type": ["error", { allowExpressions: true }],
    },
  },
  {
    files: ["**/*.mjs", "**/*.cjs", "**/*.js"],
    languageOptions: {
      globals: { process: "readonly", console: "readonly", performance: "readonly", URL: "readonly", globalThis: "readonly" },
    },
  },
);
