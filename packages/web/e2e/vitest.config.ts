/**
 * The browser tests' own runner configuration (`npm run test:e2e`, not part of `npm test`):
 * Playwright driving Debian's Chromium against a real `kaoping serve`.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@kaoping/engine": fileURLToPath(new URL("../../engine/src/index.ts", import.meta.url)),
    },
  },
  test: {
    root: fileURLToPath(new URL("../../..", import.meta.url)),
    include: ["packages/web/e2e/**/*.e2e.ts"],
    testTimeout: 300_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    // expect.poll waits as long as a locator does (15 s); its own default of 1 s is too short
    // for a page answering on a loaded 2-core machine.
    expect: { poll: { timeout: 15_000 } },
    setupFiles: ["packages/web/e2e/support/on-failure.ts"],
  },
});
