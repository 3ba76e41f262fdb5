// Helpers shared by the benchmark files in this folder.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import os from "node:os";

const benchmarksFile = fileURLToPath(new URL("../../BENCHMARKS.md", import.meta.url));

/** One line describing the machine and runtime, written under every section. */
export function machineLine() {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `Node ${process.version}, ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${new Date().toISOString().slice(0, 10)}`;
}

/**
 * Replaces (or appends) the section `name` of BENCHMARKS.md, delimited by
 * `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`, so each benchmark owns its own part.
 */
export function writeSection(name, markdown) {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${markdown.trim()}\n\n_${machineLine()}_\n${end}`;
  let text = existsSync(benchmarksFile)
    ? readFileSync(benchmarksFile, "utf8")
    : "# Benchmarks\n\nFigures written by `npm run bench`; each section is rewritten by its own benchmark.\n";
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from >= 0 && to > from) {
    text = text.slice(0, from) + block + text.slice(to + end.length);
  } else {
    text = `${text.trimEnd()}\n\n${block}\n`;
  }
  writeFileSync(benchmarksFile, text);
}

/** Percentile of a sorted array of numbers (nearest rank). */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** A small deterministic PRNG (mulberry32), so every benchmark run builds the same data. */
export function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
