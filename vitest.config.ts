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
    // A worker keeps the modules it loaded from one test file to the next instead of loading the
    // server, the engine and their libraries again for every file (that loading was 141 s of
    // CI's 332 s). Safe because no module keeps state a test result depends on (decision 0305
    // goes through it package by package); each file still builds its own app and database.
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
