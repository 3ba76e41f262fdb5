// Vitest as StrykerJS runs it on the server's security core: the tests of authz, auth and audit,
// and the API tests that drive them (SQLite).
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
    include: [
      "packages/server/src/access-matrix.test.ts",
      "packages/server/src/authz/**/*.test.ts",
      "packages/server/src/modules/auth/**/*.test.ts",
      "packages/server/src/passwords/**/*.test.ts",
      "packages/server/src/modules/audit/**/*.test.ts",
      "packages/server/src/modules/users/**/*.test.ts",
      "packages/server/src/office/spreadsheet-text.test.ts",
    ],
    // A dry run with coverage on a loaded machine is slow: the bulk-import test took over 30 s
    // and a failed dry-run test stops the whole shard (decision 0304).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
