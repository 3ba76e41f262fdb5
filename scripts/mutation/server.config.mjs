// StrykerJS on the server's security core (issue 15): authorization (access-guard.ts,
// access-matrix.ts, authz/), sessions,
// passwords (passwords/), CSRF and TOTP (modules/auth), the audit chain (modules/audit); judged by the server
// tests that exercise them (SQLite). Long: run by `npm run mutation`, never in `npm test` or CI.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "scripts/mutation/vitest.server.config.ts" },
  mutate: [
    "packages/server/src/access-guard.ts",
    "packages/server/src/access-matrix.ts",
    "packages/server/src/authz/**/*.ts",
    "packages/server/src/modules/auth/**/*.ts",
    "packages/server/src/passwords/**/*.ts",
    "packages/server/src/modules/audit/**/*.ts",
    "!**/*.test.ts",
  ],
  coverageAnalysis: "perTest",
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
  timeoutMS: 60_000,
  ignoreStatic: true,
  reporters: ["clear-text", "progress-append-only", "json", "html"],
  jsonReporter: { fileName: "artifacts/mutation/server.json" },
  htmlReporter: { fileName: "artifacts/mutation/server.html" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  ignorePatterns: ["artifacts", "data", "packages/web", "packages/*/dist", "**/*.tsbuildinfo"],
};
