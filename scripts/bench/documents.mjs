// Documents benchmark: the round workbook (.xlsx) for a province round of 1,500 townships with
// self and reviewed results, 100 unit reports and 100 score sheets (.docx), and a .zip of the 100
// reports — built by the compiled server (packages/server/dist; run `npm run build` first).
// Writes its section of BENCHMARKS.md. Goal: the province workbook in a few seconds, a report in
// well under 100 ms, so a county's batch (10–40 units) finishes while the user waits.
import { performance } from "node:perf_hooks";
import { getTemplate, scoreRound } from "../../packages/engine/dist/index.js";
import {
  buildRoundWorkbook,
  buildScoreSheet,
  buildSelfReport,
  buildZip,
} from "../../packages/server/dist/office/index.js";
import { rng, writeSection } from "./lib.mjs";

const UNITS = 1500;
const REPORTS = 100;

/** Varied valid facts for one township of `township-2022`. */
function township(i, r) {
  const int = (max) => Math.floor(r() * (max + 1));
  const dec = (lo, hi, places) => (lo + r() * (hi - lo)).toFixed(places);
  const levels = ["county", "city", "province", "national"];
  const late = int(4);
  const total = 5 + int(20);
  return {
    id: `u${i}`,
    name: `第${i}镇`,
    facts: {
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
      7: { findings: Array.from({ length: int(2) }, () => ({ level: levels[int(3)] })) },
      8: { ratings: Array.from({ length: 3 + int(6) }, () => dec(10, 15, 1)) },
      9.2: { donationYuan: int(150000) },
      9.5: { honors: int(3) },
      9.8: { met: r() > 0.7 },
    },
  };
}

const narrative =
  "按照考核要求，结合本单位实际，扎实推进各项工作，建立健全工作机制，按时完成各项任务。".repeat(3);

const r = rng(42);
const scheme = getTemplate("township-2022");
const units = Array.from({ length: UNITS }, (_, i) => township(i + 1, r));
const self = scoreRound(scheme, units);
// The reviewed round: one fact corrected on every tenth unit.
const reviewed = scoreRound(
  scheme,
  units.map((u, i) => (i % 10 === 0 ? { ...u, facts: { ...u.facts, 1.3: { absences: 4 } } } : u)),
);
if (!self.ok || !reviewed.ok) throw new Error("bench facts invalid");

const time = async (fn) => {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
};

const workbook = await time(() =>
  buildRoundWorkbook({
    scheme,
    round: { title: "省级考核" },
    units: units.map((u, i) => ({
      id: u.id,
      name: u.name,
      self: self.result.units[i],
      reviewed: reviewed.result.units[i],
    })),
  }),
);
const narratives = Object.fromEntries(scheme.items.map((it) => [it.code, narrative]));
const reportInput = (i) => ({
  scheme,
  unit: units[i],
  round: { title: "2022年度乡镇医疗保障工作目标考核", year: 2022 },
  self: self.result.units[i],
  reviewed: reviewed.result.units[i],
  narratives,
});
await buildSelfReport(reportInput(0)); // warm-up (module initialisation)
const reports = await time(async () => {
  let bytes = 0;
  for (let i = 0; i < REPORTS; i++) bytes += (await buildSelfReport(reportInput(i))).length;
  return bytes;
});
const sheets = await time(async () => {
  let bytes = 0;
  for (let i = 0; i < REPORTS; i++)
    bytes += (await buildScoreSheet({ ...reportInput(i), round: { title: "2022年度考核" } }))
      .length;
  return bytes;
});
const zip = await time(() =>
  buildZip(
    Array.from({ length: REPORTS }, (_, i) => ({
      name: `${i}.docx`,
      build: () => buildSelfReport(reportInput(i)),
    })),
  ),
);
const rss = Math.round(process.memoryUsage().rss / 2 ** 20);

const kb = (n) => `${Math.round(n / 1024)} KB`;
const lines = [
  "## Documents (`scripts/bench/documents.mjs`)",
  "",
  "| what | time | size |",
  "|---|---|---|",
  `| round workbook, ${UNITS} units × ${scheme.items.length} groups (self + reviewed, ranks, 排名 sheet) | ${(workbook.ms / 1000).toFixed(2)} s | ${kb(workbook.value.length)} |`,
  `| ${REPORTS} self-evaluation reports (.docx, one after another) | ${(reports.ms / 1000).toFixed(2)} s (${(reports.ms / REPORTS).toFixed(1)} ms each) | ${kb(reports.value / REPORTS)} each |`,
  `| ${REPORTS} score sheets (.docx) | ${(sheets.ms / 1000).toFixed(2)} s (${(sheets.ms / REPORTS).toFixed(1)} ms each) | ${kb(sheets.value / REPORTS)} each |`,
  `| .zip of ${REPORTS} reports (build + deflate) | ${(zip.ms / 1000).toFixed(2)} s | ${kb(zip.value.length)} |`,
  "",
  `Peak resident memory after all runs: ${rss} MB. Scores come from the engine (scored once, not timed here).`,
];
console.log(lines.join("\n"));
writeSection("documents", lines.join("\n"));
