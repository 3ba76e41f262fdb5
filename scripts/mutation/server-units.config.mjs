// A quick StrykerJS run on the pure parts of the server's security core (audit chain and CSV,
// password policy, TOTP, CSRF, session tokens), judged by their unit tests only — minutes, where
// server.config.mjs (every API test that reaches them) takes hours on a shared machine.
import server from "./server.config.mjs";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...server,
  vitest: { configFile: "scripts/mutation/vitest.server-units.config.ts" },
  mutate: [
    "packages/server/src/modules/audit/chain.ts",
    "packages/server/src/modules/audit/csv.ts",
    "packages/server/src/passwords/password-policy.ts",
    "packages/server/src/modules/auth/totp.ts",
    "packages/server/src/modules/auth/csrf.ts",
    "packages/server/src/modules/auth/session-token.ts",
    "packages/server/src/office/spreadsheet-text.ts",
  ],
  timeoutMS: 20_000,
  jsonReporter: { fileName: "artifacts/mutation/server-units.json" },
  htmlReporter: { fileName: "artifacts/mutation/server-units.html" },
};
