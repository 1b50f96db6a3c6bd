// One flat config for the whole workspace: type-aware typescript-eslint rules plus the
// import-direction rules that keep the layers honest (see README "Architecture").
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const nodeBuiltins = [
  "assert",
  "buffer",
  "child_process",
  "crypto",
  "events",
  "fs",
  "fs/promises",
  "http",
  "https",
  "module",
  "net",
  "os",
  "path",
  "process",
  "stream",
  "timers",
  "url",
  "util",
  "worker_threads",
  "zlib",
];

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/coverage/**",
      "**/.reports/**",
      // StrykerJS's sandbox copy of packages/coding while a mutation run is under way.
      "**/.stryker-tmp/**",
      "**/test-results/**",
      "**/playwright-report/**",
      "eslint.config.js",
      // Plain Node scripts outside any tsconfig (the CI test summary).
      "scripts/*.mjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      eqeqeq: ["error", "always"],
      curly: ["error", "multi-line"],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  // Packages never import apps.
  {
    files: ["packages/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@tpi/web", "@tpi/api", "**/apps/**"],
              message: "packages never import apps",
            },
          ],
        },
      ],
    },
  },
  // The coding engine and the schemas are pure: no React, no Node built-ins, no apps.
  {
    files: [
      "packages/coding/src/**/*.ts",
      "packages/schemas/src/**/*.ts",
      "packages/document/src/**/*.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "react", message: "the coding engine is framework-free" },
            ...nodeBuiltins.map((name) => ({
              name,
              message: "the coding engine runs in the browser too",
            })),
          ],
          patterns: [
            {
              group: ["node:*"],
              message: "the coding engine runs in the browser too: no Node built-ins",
            },
            {
              group: ["@tpi/web", "@tpi/api", "@tpi/codesets", "**/apps/**"],
              message: "packages never import apps or Node-only packages",
            },
            {
              group: ["react-*", "@tanstack/*", "hono", "kysely"],
              message: "the coding engine is framework-free",
            },
          ],
        },
      ],
    },
  },
  // The web app never imports the API or Node-only packages.
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@tpi/api", "**/apps/api/**", "../api/**"],
              message: "web never imports api",
            },
            {
              group: ["@tpi/codesets"],
              message: "code sets reach the browser through the API, not as a Node import",
            },
            { group: ["node:*"], message: "the web app runs in the browser" },
          ],
        },
      ],
      // crypto.randomUUID exists only in secure contexts: served over plain http on a clinic LAN it
      // is missing and the call throws. Ids come from shared/row-id.ts, which falls back.
      "no-restricted-properties": [
        "error",
        {
          object: "crypto",
          property: "randomUUID",
          message:
            "use freshRowId() from shared/row-id (randomUUID is missing off localhost over http)",
        },
        ...["confirm", "alert", "prompt"].map((property) => ({
          object: "window",
          property,
          message:
            "ask in a ModalDialog (shared/ui/modal-dialog), not the browser's blocking prompt",
        })),
      ],
      "no-restricted-globals": [
        "error",
        ...["confirm", "alert", "prompt"].map((name) => ({
          name,
          message:
            "ask in a ModalDialog (shared/ui/modal-dialog), not the browser's blocking prompt",
        })),
      ],
    },
  },
  {
    files: ["apps/web/src/shared/row-id.ts"],
    rules: { "no-restricted-properties": "off" },
  },
  // Tests and scripts may use Node freely and loosen a few checks that fight table-driven tests.
  {
    files: [
      "**/*.test.ts",
      "**/*.test.tsx",
      "**/*.test-support.ts",
      "**/*.spec.ts",
      "**/bench/**",
      "**/scripts/**",
    ],
    rules: {
      "no-restricted-imports": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
);
