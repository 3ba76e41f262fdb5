// Prints a shard's mutation score from its incremental file, and with --record appends it to
// scripts/mutation/scores.tsv and rewrites the file compactly for committing (decision 0298). Usage: node scripts/mutation/score.mjs <shard> [--record]
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { compactReport } from "./checkpoint-reporter.mjs";

const STATUSES = [
  "Killed",
  "Timeout",
  "Survived",
  "NoCoverage",
  "Ignored",
  "RuntimeError",
  "CompileError",
];

/** Counts by status and the score (detected of the valid mutants) of a mutation-testing report. */
export function shardScore(report) {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0]));
  let mutants = 0;
  for (const file of Object.values(report.files ?? {})) {
    for (const mutant of file.mutants) {
      mutants += 1;
      counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
    }
  }
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  const complete = report.checkpoint?.complete !== false;
  return {
    mutants: complete ? mutants : Math.max(mutants, report.checkpoint.planned),
    tested: valid,
    killed: counts.Killed,
    timedOut: counts.Timeout,
    survived: counts.Survived,
    noCoverage: counts.NoCoverage,
    ignored: counts.Ignored,
    errors: counts.RuntimeError + counts.CompileError,
    score: valid ? (100 * detected) / valid : NaN,
    coveredScore: valid - counts.NoCoverage ? (100 * detected) / (valid - counts.NoCoverage) : NaN,
    complete,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [shard, flag] = process.argv.slice(2);
  const file = `scripts/mutation/incremental/${shard}.json`;
  if (!shard || !fs.existsSync(file)) {
    console.error(`no incremental file ${file}`);
    process.exit(1);
  }
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  const s = shardScore(report);
  const line =
    `${shard}: ${s.complete ? "complete" : "PARTIAL"} — ${s.mutants} mutants, ${s.tested} tested ` +
    `(${s.ignored} static ignored, ${s.errors} errors), ${s.killed} killed, ${s.timedOut} timed out, ` +
    `${s.survived} survived, ${s.noCoverage} no coverage; score ${s.score.toFixed(1)} % ` +
    `(${s.coveredScore.toFixed(1)} % of covered)`;
  console.log(line);
  if (flag === "--record") {
    fs.writeFileSync(file, JSON.stringify(compactReport(report)));
    const tsv = "scripts/mutation/scores.tsv";
    if (!fs.existsSync(tsv)) {
      fs.writeFileSync(
        tsv,
        "date\tcommit\tshard\tcomplete\tmutants\ttested\tkilled\ttimed_out\tsurvived\tno_coverage\tscore\tcovered_score\n",
      );
    }
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"]).toString().trim();
    const row = [
      new Date().toISOString(),
      commit,
      shard,
      s.complete ? "yes" : "partial",
      s.mutants,
      s.tested,
      s.killed,
      s.timedOut,
      s.survived,
      s.noCoverage,
      s.score.toFixed(1),
      s.coveredScore.toFixed(1),
    ];
    fs.appendFileSync(tsv, `${row.join("\t")}\n`);
  }
}
