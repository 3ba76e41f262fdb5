// Engine benchmark: a synthetic province round — 1,500 townships on `township-2022` with varied
// facts — scored by the built engine (packages/engine/dist; run `npm run build` first).
// Prints the time for the whole round (wall and CPU), units per second and peak memory; writes
// its section of BENCHMARKS.md. Goal: the whole round well under 100 ms. Other work on the machine
// inflates wall time, so CPU time (process.cpuUsage: all threads, GC included) is reported too,
// with the load average before and after.
import { Buffer } from "node:buffer";
import os from "node:os";
import { performance } from "node:perf_hooks";
import {
  getTemplate,
  scoreRound,
  computeRoundContext,
  scoreUnit,
  scoreUnits,
} from "../../packages/engine/dist/index.js";
import { percentile, rng, writeSection } from "./lib.mjs";

const UNITS = 1500;
const RUNS = 21;

/** Varied but valid facts for one township, exercising every rule of the template. */
function township(i, r) {
  const int = (max) => Math.floor(r() * (max + 1));
  const pick = (xs) => xs[int(xs.length - 1)];
  const dec = (lo, hi, places) => (lo + r() * (hi - lo)).toFixed(places);
  const levels = ["county", "city", "province", "national"];
  const late = int(4);
  const total = 5 + int(20);
  const facts = {
    1.1: { met: r() > 0.1 },
    1.2: { met: r() > 0.1 },
    1.3: { absences: int(5) },
    1.4: { late, lateAfterReminder: int(late) },
    2.1: { score: dec(2, 5, 1) },
    2.2: { articles: int(8) },
    3.1: { score: dec(3, 5, 2) },
    3.2: { score: int(5) },
    4.1: { rate: dec(97, 100, 2) },
    4.2: { violations: int(3) },
    4.3: { notices: int(3) },
    4.4: { rate: dec(60, 80, 1) },
    5.1: { missingWindows: int(2) },
    5.2: { villagesServed: int(total), villagesTotal: total },
    5.3: { met: r() > 0.2 },
    5.4: { errors: int(4) },
    5.5: { notices: int(2) },
    5.6: { volume: 3000 + int(3000), previousVolume: 3000 + int(3000) },
    6: { cases: Array.from({ length: int(2) }, () => ({ assisted: r() > 0.5 })) },
    7: { findings: Array.from({ length: int(2) }, () => ({ level: pick(levels) })) },
    8: { ratings: Array.from({ length: 3 + int(6) }, () => dec(10, 15, 1)) },
    9.2: { donationYuan: int(150000) },
    9.3: r() > 0.5 ? { reached70On: `2022-0${1 + int(8)}-1${int(9)}` } : {},
    9.4: {
      pilots: Array.from({ length: int(2) }, () => ({ level: pick(levels), promoted: r() > 0.7 })),
    },
    9.5: { honors: int(3) },
    9.6: {
      endorsements: Array.from({ length: int(3) }, () => ({
        work: pick(["a", "b"]),
        level: pick(levels),
      })),
    },
    9.7: {
      adoptions: Array.from({ length: int(4) }, () => ({
        info: pick(["x", "y", "z"]),
        channel: pick(["gov", "media"]),
        level: pick(levels),
      })),
    },
    9.8: { met: r() > 0.7 },
  };
  return { id: `u${i}`, name: `第${i}镇`, facts };
}

const scheme = getTemplate("township-2022");
const r = rng(2022);
const units = Array.from({ length: UNITS }, (_, i) => township(i, r));

// Warm up the JIT, then time whole rounds.
for (let i = 0; i < 3; i++) scoreRound(scheme, units);
globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const times = [];
const cpuTimes = [];
let last;
const load = os.loadavg()[0];
for (let i = 0; i < RUNS; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  last = scoreRound(scheme, units);
  times.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  // CPU time of all the process's threads (GC included): less disturbed by other work on the machine.
  cpuTimes.push((c.user + c.system) / 1000);
}
cpuTimes.sort((a, b) => a - b);
if (!last.ok)
  throw new Error(`synthetic round invalid: ${JSON.stringify(last.problems.slice(0, 3))}`);
const heapAfter = process.memoryUsage().heapUsed;
times.sort((a, b) => a - b);
const median = percentile(times, 50);

// The two-phase path the server and browser use: context once, then one unit at a time.
const t1 = performance.now();
const context = computeRoundContext(scheme, units);
for (const u of units) scoreUnit(scheme, u, context);
const twoPhase = performance.now() - t1;
const t2 = performance.now();
const c2 = process.cpuUsage();
scoreUnits(scheme, units, context);
const batch = performance.now() - t2;
const batchCpu = process.cpuUsage(c2);
const loadAfter = os.loadavg()[0];

const maxRssMiB = process.resourceUsage().maxRSS / 1024;
const jsonBytes = Buffer.byteLength(JSON.stringify(last.result));
const figures = {
  units: UNITS,
  medianMs: median.toFixed(1),
  bestMs: times[0].toFixed(1),
  p90Ms: percentile(times, 90).toFixed(1),
  unitsPerSecond: Math.round(UNITS / (median / 1000)),
  cpuMs: percentile(cpuTimes, 50).toFixed(1),
  cpuBestMs: cpuTimes[0].toFixed(1),
  cpuP90Ms: percentile(cpuTimes, 90).toFixed(1),
  loadAverage: load.toFixed(1),
  loadAfter: loadAfter.toFixed(1),
  twoPhaseMs: twoPhase.toFixed(1),
  batchMs: batch.toFixed(1),
  batchCpuMs: ((batchCpu.user + batchCpu.system) / 1000).toFixed(1),
  peakRssMiB: maxRssMiB.toFixed(0),
  heapGrowthMiB: ((heapAfter - heapBefore) / 2 ** 20).toFixed(1),
  resultJsonMiB: (jsonBytes / 2 ** 20).toFixed(1),
};
console.log(figures);

// The goal of issue #2 is "well under 100 ms"; the aim set for it (docs/decisions/0009) is a
// median of at most 70 ms wall and 90 ms CPU per round on an idle machine.
const aimMet = Number(figures.medianMs) <= 70 && Number(figures.cpuMs) <= 90;
const history = [
  "It was ~260–300 ms of CPU before docs/decisions/0007, ~145–230 ms before 0008, 166 ms (130 ms wall, median, load 0.3) before 0009.",
  "0009, measured while other work kept the load average at 2.1–2.9 (no idle machine was available): five interleaved runs each of the previous and the new build, median wall 271–328 → 172–220 ms, median CPU 270–303 → 170–213 ms, best CPU 182–257 → 123–162 ms;",
  "load-independent, `valgrind --tool=callgrind`: 1.21 G → 0.87 G instructions per round (−28%); allocated per round 70 → 42 MB, promoted to the old generation 14 → 8 MB.",
  "On a nearly idle machine (load 0.4–1.4) at the end of the second session, two back-to-back pairs of `scripts/bench/engine.mjs`: the build before 0009 (5ead613) 255.1 / 229.6 ms median wall, the build after 0009's second pass 167.1 / 121.6 ms. The same 5ead613 build measured 130 ms on the first session's machine (load 0.3): this machine runs the round ~1.8× slower today, so compare builds back to back, not across sessions.",
  "Third session (0009, third pass): at load ~1 the build before it gave a median of 144–150 ms wall (best 108 ms); a round whose 1,500 units all have the same facts takes 21 ms, so the time is the memo misses that varied facts cause (~11,800 items and ~6,900 item inputs per round, ~10 µs each with their garbage). Scores clamped on scaled integers and tables sized for the round: callgrind (`node --single-threaded`, one pair) 705 → 663 M instructions per round, within run-to-run noise.",
  "Fourth session, on a faster machine of the same kind (2 × AMD EPYC instead of 2 × Intel Xeon): back to back, the build before 0009 (5ead613) gave a median of 80.2 / 82.1 ms wall and the third session's build 55.2 / 59.0 ms. The same builds measured 130 ms (5ead613) on the first session's machine, 255 / 230 ms (5ead613) on the second's and 134 ms (the third session's build) on the third's: those machines ran the round ~1.6× and ~2.5–3× slower than this one. 0009's fourth pass (less garbage per memo miss): allocated per round 39.3 → 31.9 MB, callgrind 491 → 461 M instructions per round, five interleaved pairs median 51.3 → 46.5 ms.",
].join(" ");
const whereTimeGoes =
  "Where the time goes (CPU profile, fourth session): checking facts ~27% (half of it the input ids that key both memos), the walk ~44% (the rule kinds on memo misses ~20%: decimal.js, trace strings), garbage collection ~22%, most of it copying the round's growing result out of the young generation (each scavenge keeps 4–5 MB of ~14 MB). With `node --max-semi-space-size=64` the same round takes 39–42 ms instead of ~56 ms; the server's results request hardly gains from it (SQLite, 1,500 units: first request 322 → 344 ms, after a save p50 127 → 119 ms), so `kaoping serve` does not set it.";
const status = [
  aimMet
    ? `met: median ${figures.medianMs} ms wall, ${figures.cpuMs} ms CPU per round (aim: ≤ 70 ms wall, ≤ 90 ms CPU, median on an idle machine).`
    : `**not met on this run**: median ${figures.medianMs} ms wall, ${figures.cpuMs} ms CPU per round (aim: ≤ 70 ms wall, ≤ 90 ms CPU, median on an idle machine).`,
  history,
  "Wall times are inflated when the machine is busy (see the load average); CPU time is the steadier figure, and machines of the same kind differ: compare builds back to back, not across sessions.",
  whereTimeGoes,
].join(" ");

writeSection(
  "engine",
  `## Scoring engine — synthetic province round

${UNITS} townships on \`township-2022\` with varied facts (every rule kind of the template, cross-unit 9.3), scored by \`scoreRound\` (validation + round context + scoring + ranking + traces), ${RUNS} timed runs after warm-up. Within a round, facts are checked once per distinct item input and units with the same input share one frozen leaf result (docs/decisions/0007); inputs are known by interned ids and sums and rater means use scaled integers where exact (0008); ids and memo keys come from one typed-array pair table, group sums, caps, floors, clamps and ranks are scaled integers, facts are checked against slots resolved once, trace lines are flat strings, and item checks and rule kinds leave less garbage per memo miss (0009).

| figure | value |
|---|---|
| whole round, median | ${figures.medianMs} ms |
| whole round, best / p90 | ${figures.bestMs} / ${figures.p90Ms} ms |
| units per second | ${figures.unitsPerSecond.toLocaleString("en")} |
| CPU time per round, median (all threads, GC included) | ${figures.cpuMs} ms |
| CPU time per round, best / p90 | ${figures.cpuBestMs} / ${figures.cpuP90Ms} ms |
| machine load average (1 min) before / after the runs | ${figures.loadAverage} / ${figures.loadAfter} |
| two-phase path (computeRoundContext + scoreUnit × ${UNITS}, no memo) | ${figures.twoPhaseMs} ms |
| scoreUnits (the same units, sharing the round memo) | ${figures.batchMs} ms (CPU ${figures.batchCpuMs} ms) |
| peak RSS of the process | ${figures.peakRssMiB} MiB |
| result JSON size | ${figures.resultJsonMiB} MiB |

Goal: the whole round well under 100 ms — ${status}`,
);
