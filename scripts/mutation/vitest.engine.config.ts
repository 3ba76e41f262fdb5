// Vitest as StrykerJS runs it on the engine: the engine's tests only.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@kaoping/engine": fileURLToPath(
        new URL("../../packages/engine/src/index.ts", import.meta.url),
      ),
    },
  },
  test: {
    root: fileURLToPath(new URL("../..", import.meta.url)),
    include: ["packages/engine/test/**/*.test.ts"],
    // The property tests' dry run under coverage on a loaded machine took over 20 s (decision 0304).
    testTimeout: 120_000,
  },
});
