// One mutation shard, incrementally (decision 0298): `MUTATION_SHARD=<name>` picks it from
// shards.mjs; scripts/mutation/run.sh sets it. Results accumulate in
// scripts/mutation/incremental/<shard>.json, written every minute by checkpoint-reporter.mjs and
// completely by StrykerJS at the end of a run.
import engine from "./engine.config.mjs";
import server from "./server.config.mjs";
import serverUnits from "./server-units.config.mjs";
import { shards } from "./shards.mjs";

const name = process.env.MUTATION_SHARD ?? "";
const shard = shards[name];
if (!shard) {
  throw new Error(`MUTATION_SHARD must be one of: ${Object.keys(shards).join(", ")}`);
}
const base = { engine, server, "server-units": serverUnits }[shard.base];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: [...(shard.mutate ?? base.mutate), "!**/*.test.ts"],
  plugins: [...base.plugins, "./scripts/mutation/checkpoint-reporter.mjs"],
  reporters: ["clear-text", "progress-append-only", "json", "html", "checkpoint"],
  jsonReporter: { fileName: `artifacts/mutation/${name}.json` },
  htmlReporter: { fileName: `artifacts/mutation/${name}.html` },
  incremental: true,
  incrementalFile: `scripts/mutation/incremental/${name}.json`,
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 1),
  ignorePatterns: [...base.ignorePatterns, "scripts/mutation/incremental"],
};
