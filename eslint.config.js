import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

const noDateNow = {
  selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
  message: "Use the injected clock, never Date.now(), so tests can control time.",
};

/** SQL is written only in a module's repository.ts (docs/server-conventions.md "Boundaries"). */
const sqlOnlyInRepositories = [
  {
    selector:
      "CallExpression[callee.property.name=/^(selectFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto|selectNoFrom)$/]",
    message:
      "SQL belongs in the module's repository.ts: add a verb-first function there (e.g. findX, listX, updateX) and call it.",
  },
  {
    selector:
      "ImportDeclaration[source.value='kysely'][importKind!='type'] ImportSpecifier[imported.name='sql'][importKind!='type']",
    message:
      "Raw SQL (kysely's sql``) belongs in the module's repository.ts (or db/ for dialect helpers): move the query there.",
  },
];

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/node_modules/**",
      "data/**",
      "artifacts/**",
      ".stryker-tmp/**",
      "reports/**",
      "**/*.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-syntax": ["error", noDateNow],
    },
  },
  {
    files: ["packages/server/src/**/*.ts"],
    ignores: [
      "packages/server/src/**/repository.ts",
      "packages/server/src/**/*-repository.ts",
      "packages/server/src/db/**",
      "packages/server/src/testing/**",
      "packages/server/src/**/*.test.ts",
    ],
    rules: {
      "no-restricted-syntax": ["error", noDateNow, ...sqlOnlyInRepositories],
    },
  },
  {
    files: ["packages/engine/src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "kysely", "fastify"],
              message: "The engine is pure: no I/O.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs", "scripts/**"],
    languageOptions: { globals: globals.node },
  },
);
