// The mutation shards (decision 0298): groups of source files, each run on its own and each with its
// incremental file in scripts/mutation/incremental/<shard>.json, committed, so runs accumulate across
// sessions. `base` is the configuration whose judges (Vitest tests) the shard uses.
export const shards = {
  audit: {
    base: "server",
    mutate: ["packages/server/src/modules/audit/**/*.ts"],
  },
  auth: {
    base: "server",
    mutate: ["packages/server/src/modules/auth/**/*.ts", "packages/server/src/passwords/**/*.ts"],
  },
  authz: {
    base: "server",
    mutate: [
      "packages/server/src/access-guard.ts",
      "packages/server/src/access-matrix.ts",
      "packages/server/src/authz/**/*.ts",
    ],
  },
  "server-units": { base: "server-units" },
  "engine-kinds": {
    base: "engine",
    mutate: ["packages/engine/src/rules/kinds/**/*.ts"],
  },
  "engine-rest": {
    base: "engine",
    mutate: [
      "packages/engine/src/**/*.ts",
      "!packages/engine/src/rules/kinds/**",
      "!packages/engine/src/templates/**",
    ],
  },
};
