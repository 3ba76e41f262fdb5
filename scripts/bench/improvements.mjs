// 得分提升 benchmark (docs/decisions/0230): the improvement search on the engine benchmark's
// synthetic province round — 1,500 townships on `township-2022` with varied facts — by the built
// engine (packages/engine/dist; run `npm run build` first). Each candidate change is scored for
// the whole round, so the search costs one rescoring per candidate: timed for one unit (what the
// server's 提分空间 request does, round checking included) and for every unit (the CLI's --json).
import os from "node:os";
import { performance } from "node:perf_hooks";
import { findImprovements, getTemplate } from "../../packages/engine/dist/index.js";
import { percentile, rng, writeSection } from "./lib.mjs";

const UNITS = 1500;
const RUNS = 7;

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
const load = os.loadavg()[0];

// Warm up, then time one unit (the server's request) several times and every unit once.
findImprovements(scheme, units, [0]);
const one = [];
const oneCpu = [];
let candidates = 0;
for (let i = 0; i < RUNS; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const [found] = findImprovements(scheme, units, [(i * 211) % UNITS]);
  one.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  oneCpu.push((c.user + c.system) / 1000);
  candidates += found.improvements.length;
}
one.sort((a, b) => a - b);
oneCpu.sort((a, b) => a - b);
const c1 = process.cpuUsage();
const t1 = performance.now();
const all = findImprovements(scheme, units);
const allMs = performance.now() - t1;
const allCpu = process.cpuUsage(c1);
const improvements = all.reduce((n, u) => n + u.improvements.length, 0);
const fixed = all.reduce((n, u) => n + u.fixed.length, 0);
const figures = {
  units: UNITS,
  oneUnitMedianMs: percentile(one, 50).toFixed(0),
  oneUnitCpuMs: percentile(oneCpu, 50).toFixed(0),
  everyUnitMs: allMs.toFixed(0),
  everyUnitCpuMs: ((allCpu.user + allCpu.system) / 1000).toFixed(0),
  perUnitMs: (allMs / UNITS).toFixed(1),
  improvements,
  fixed,
  loadAverage: load.toFixed(1),
  loadAfter: os.loadavg()[0].toFixed(1),
};
console.log(figures, candidates > 0 ? "" : "(no improvements found for the timed units)");

writeSection(
  "improvements",
  `
## 得分提升 — the improvement search (\`scripts/bench/improvements.mjs\`)

The engine benchmark's 1,500 townships; every candidate change of a unit's facts is scored for the
whole round (decision 0230; a cross-unit fact recombines the round context from the other units'
contributions, collected once).

| figure | value |
|---|---|
| one unit (the server's 提分空间 request: the round checked, then the unit's candidates), median of ${RUNS} | ${figures.oneUnitMedianMs} ms (CPU ${figures.oneUnitCpuMs} ms) |
| every unit (\`kaoping score --json\` on 1,500 units) | ${figures.everyUnitMs} ms (CPU ${figures.everyUnitCpuMs} ms), ${figures.perUnitMs} ms per unit |
| improvements found / lost items facts cannot lift | ${improvements} / ${fixed} |
| machine load average (1 min) before / after | ${figures.loadAverage} / ${figures.loadAfter} |

Most of one unit's time is checking the round's 1,500 units once; each candidate then costs one
unit's scoring (or, for a fact a cross-unit rule reads, one recombination of the context).
`,
);
