import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests import workspace packages from source, so a test run never depends on a stale build.
export default defineConfig({
  resolve: {
    alias: {
      "@kaoping/engine": fileURLToPath(new URL("./packages/engine/src/index.ts", import.meta.url)),
      "@kaoping/server/contract": fileURLToPath(
        new URL("./packages/server/src/contract/index.ts", import.meta.url),
      ),
    },
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**", "packages/web/e2e/**"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
