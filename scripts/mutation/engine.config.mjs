// StrykerJS on the scoring engine (issue 15): every source file of packages/engine, the engine's own
// tests as the judges (run by Vitest). Long: run by `npm run mutation`, never in `npm test` or CI.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "scripts/mutation/vitest.engine.config.ts" },
  mutate: ["packages/engine/src/**/*.ts", "!packages/engine/src/templates/**"],
  coverageAnalysis: "perTest",
  // The machine is shared (2 cores); raise with `--concurrency N` on a free one.
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
  timeoutMS: 20_000,
  ignoreStatic: true,
  reporters: ["clear-text", "progress-append-only", "json", "html"],
  jsonReporter: { fileName: "artifacts/mutation/engine.json" },
  htmlReporter: { fileName: "artifacts/mutation/engine.html" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  ignorePatterns: ["artifacts", "data", "packages/web", "packages/*/dist", "**/*.tsbuildinfo"],
};
