// `npm run bench`: runs every benchmark in scripts/bench/ (or those named on the command line)
// one after another, each in its own Node process so memory figures don't mix.
import { readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("./bench/", import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".mjs") && f !== "lib.mjs")
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.mjs$/, "")))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n== bench: ${file}`);
  const run = spawnSync(process.execPath, ["--expose-gc", dir + file], { stdio: "inherit" });
  if (run.status !== 0) {
    failed += 1;
    console.error(`bench ${file} failed with status ${run.status}`);
  }
}
console.log(
  `\n${files.length - failed} benchmarks done, ${failed} failed; figures in BENCHMARKS.md`,
);
process.exitCode = failed === 0 ? 0 : 1;
