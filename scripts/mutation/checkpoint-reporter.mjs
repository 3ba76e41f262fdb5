// A StrykerJS reporter that keeps a run's progress when the run does not finish (decision 0298).
// StrykerJS writes its incremental file only at the very end of a run; a shard that takes hours on a
// shared machine is often stopped first (time limit, session end, Ctrl-C) and would lose every
// mutant it tested. This reporter writes the same file (`incrementalFile`, the mutation-testing-report
// schema StrykerJS reads back) every minute and when the process exits, holding the mutants tested
// so far — reused ones included — and the tests of the dry run. The next `--incremental` run reuses
// them (a killed mutant while its killing test is unchanged, another while no new test covers it)
// and tests only the mutants missing from the file. When StrykerJS writes its own complete report,
// this reporter stops writing.
import fs from "node:fs";
import path from "node:path";
import { commonTokens, declareClassPlugin, PluginKind } from "@stryker-mutator/api/plugin";

const EVERY_MS = Number(process.env.MUTATION_CHECKPOINT_MS ?? 60_000);

/** A file name as the report holds it: relative to the project, never inside a sandbox. */
export function reportFileName(fileName, root = process.cwd()) {
  const absolute = path.resolve(root, fileName);
  const inSandbox = /[\\/]\.stryker-tmp[\\/]sandbox-[^\\/]+[\\/](.*)$/.exec(absolute);
  const relative = inSandbox ? inSandbox[1] : path.relative(root, absolute);
  return relative.split(path.sep).join("/");
}

/**
 * The partial report: the mutants tested so far by file, with the file's source as it is now, and
 * the dry run's tests by file. `checkpoint` tells a reader (score.mjs) how far the run got;
 * StrykerJS ignores it.
 */
export function checkpointReport({ results, tests, planned, readSource }) {
  const files = {};
  for (const { fileName, ...mutant } of results) {
    const name = reportFileName(fileName);
    files[name] ??= { language: "typescript", source: readSource(name), mutants: [] };
    files[name].mutants.push(mutant);
  }
  const testFiles = {};
  for (const test of tests) {
    const name = test.fileName ? reportFileName(test.fileName) : "";
    testFiles[name] ??= { source: name ? readSource(name) : undefined, tests: [] };
    testFiles[name].tests.push({
      id: test.id,
      name: test.name,
      location: test.startPosition
        ? { start: { line: test.startPosition.line + 1, column: test.startPosition.column + 1 } }
        : undefined,
    });
  }
  return {
    schemaVersion: "1.0",
    thresholds: { high: 80, low: 60 },
    files,
    testFiles,
    checkpoint: {
      planned,
      reported: results.length,
      complete: false,
      at: new Date().toISOString(),
    },
  };
}

/**
 * The report as committed: test ids replaced by short numbers (a mutant's `coveredBy` lists every
 * covering test, and the Vitest ids are the test's whole path and title), and no fields that name
 * the machine (`projectRoot`, `config`). StrykerJS matches tests by name and file, never by id.
 */
export function compactReport(report) {
  const ids = new Map();
  const short = (id) => {
    if (!ids.has(id)) ids.set(id, String(ids.size));
    return ids.get(id);
  };
  const testFiles = Object.fromEntries(
    Object.entries(report.testFiles ?? {}).map(([name, file]) => [
      name,
      { ...file, tests: file.tests.map((test) => ({ ...test, id: short(test.id) })) },
    ]),
  );
  const files = Object.fromEntries(
    Object.entries(report.files).map(([name, file]) => [
      name,
      {
        ...file,
        mutants: file.mutants.map((mutant) => ({
          ...mutant,
          ...(mutant.coveredBy ? { coveredBy: mutant.coveredBy.map(short) } : {}),
          ...(mutant.killedBy ? { killedBy: mutant.killedBy.map(short) } : {}),
        })),
      },
    ]),
  );
  const { projectRoot: _root, config: _config, framework: _framework, ...rest } = report;
  return { ...rest, files, testFiles };
}

export class CheckpointReporter {
  static inject = [commonTokens.options, commonTokens.logger];
  results = [];
  tests = [];
  planned = 0;
  earlyResults = 0;
  lastWrite = performance.now();
  done = false;
  sources = new Map();

  constructor(options, logger) {
    this.file = options.incremental ? options.incrementalFile : undefined;
    this.logger = logger;
    this.onExit = () => this.write();
    if (this.file) process.on("exit", this.onExit);
  }

  onDryRunCompleted({ result }) {
    this.tests = result.status === "complete" ? result.tests : [];
    for (const test of this.tests)
      if (test.fileName) this.readSource(reportFileName(test.fileName));
  }

  onMutationTestingPlanReady({ mutantPlans }) {
    this.planned = mutantPlans.length;
    this.earlyResults = mutantPlans.filter((plan) => plan.plan === "EarlyResult").length;
    for (const { mutant } of mutantPlans) this.readSource(reportFileName(mutant.fileName));
  }

  /** Sources are read once, near the run's start: a file edited during the run keeps its tested text. */
  readSource(name) {
    if (!this.sources.has(name))
      this.sources.set(name, fs.readFileSync(path.resolve(name), "utf8"));
    return this.sources.get(name);
  }

  onMutantTested(result) {
    this.results.push(result);
    if (performance.now() - this.lastWrite >= EVERY_MS) this.write();
  }

  onMutationTestReportReady() {
    // StrykerJS writes the complete report to the same file right after this event.
    this.done = true;
  }

  wrapUp() {
    process.off("exit", this.onExit);
  }

  write() {
    this.lastWrite = performance.now();
    // Until every reused result has been reported, the file on disk knows more than this run.
    if (!this.file || this.done || this.results.length <= this.earlyResults) return;
    try {
      const report = checkpointReport({
        results: this.results,
        tests: this.tests,
        planned: this.planned,
        readSource: (name) => this.readSource(name),
      });
      const temporary = `${this.file}.partial`;
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(temporary, JSON.stringify(compactReport(report)));
      fs.renameSync(temporary, this.file);
    } catch (error) {
      this.logger.warn(`checkpoint not written: ${error}`);
    }
  }
}

export const strykerPlugins = [
  declareClassPlugin(PluginKind.Reporter, "checkpoint", CheckpointReporter),
];
