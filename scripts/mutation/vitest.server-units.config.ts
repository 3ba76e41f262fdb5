// Vitest as the quick StrykerJS run uses it: the unit tests of the server's pure security parts.
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
      "packages/server/src/modules/audit/chain.test.ts",
      "packages/server/src/office/spreadsheet-text.test.ts",
      "packages/server/src/passwords/password-policy.test.ts",
      "packages/server/src/modules/auth/totp.test.ts",
      "packages/server/src/modules/auth/csrf.test.ts",
      "packages/server/src/modules/auth/session-lookup.test.ts",
    ],
    testTimeout: 30_000,
  },
});
