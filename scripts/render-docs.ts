// Writes sample documents into artifacts/documents/ for the picture check (scripts/render-docs.sh):
// the seed's self-evaluation report and score sheet (六安经济技术开发区, medical-aid-2021) and a
// township's score sheet (county-round fixture, township-2022). Run with tsx from the repository root.
import { mkdirSync, writeFileSync } from "node:fs";
import { buildScoreSheet } from "../packages/server/src/office/score-sheet.js";
import { buildSelfReport } from "../packages/server/src/office/self-report.js";
import {
  countyRound,
  liuanNarratives,
  liuanOpening,
  liuanRound,
} from "../packages/server/test/office/samples.js";

const out = "artifacts/documents";
mkdirSync(out, { recursive: true });

const liuan = liuanRound();
const liuanUnit = liuan.units[0];
const liuanSelf = liuan.result.units[0];
if (liuanUnit === undefined || liuanSelf === undefined) throw new Error("fixture has no unit");
const round2021 = { title: "2021年度城乡医疗救助工作考核", organisation: "六安市医疗保障局" };
writeFileSync(
  `${out}/liuan-report.docx`,
  await buildSelfReport({
    scheme: liuan.scheme,
    unit: liuanUnit,
    round: round2021,
    self: liuanSelf,
    narratives: liuanNarratives,
    opening: liuanOpening,
  }),
);
writeFileSync(
  `${out}/liuan-sheet.docx`,
  await buildScoreSheet({
    scheme: liuan.scheme,
    unit: liuanUnit,
    round: round2021,
    self: liuanSelf,
    reviewed: liuanSelf,
  }),
);

const county = countyRound();
const town = county.units[0];
const townSelf = county.result.units[0];
if (town === undefined || townSelf === undefined) throw new Error("fixture has no unit");
writeFileSync(
  `${out}/township-sheet.docx`,
  await buildScoreSheet({
    scheme: county.scheme,
    unit: town,
    round: { title: "2022年度乡镇医疗保障工作目标考核", organisation: "示例县医疗保障局" },
    self: townSelf,
    reviewed: townSelf,
  }),
);
console.log(`wrote ${out}/liuan-report.docx, liuan-sheet.docx, township-sheet.docx`);
