// Writes sample documents into artifacts/documents/ for the picture check (scripts/render-docs.sh):
// the seed's self-evaluation report and score sheet (六安经济技术开发区, medical-aid-2021), a
// township's score sheet and self-evaluation report (county-round fixture, township-2022, a scheme
// titled the way a county names its own, with 自评说明 and evidence) and the county round's
// workbook (得分汇总表, printed). Run with tsx from the repository root.
import { mkdirSync, writeFileSync } from "node:fs";
import { buildRoundWorkbook } from "../packages/server/src/office/round-workbook.js";
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
writeFileSync(
  `${out}/township-report.docx`,
  await buildSelfReport({
    scheme: { ...county.scheme, title: "示例县乡镇（街道）医疗保障工作目标考核评分细则" },
    unit: { id: town.id, name: "长乐街道" },
    round: { title: "2025年度乡镇医保工作考核", year: 2025 },
    self: townSelf,
    narratives: {
      "1": "全年召开党组会议研究医保工作4次，明确分管领导和专门负责人。\n\n医保工作纳入年度目标责任制考核，按时报送工作计划和总结。",
      "4": "参保扩面按计划推进，全年参保率99.65%。下一步将继续做好新生儿和外出务工人员参保。",
    },
    remarks: {
      "1.2": "佐证材料：专题会议纪要.pdf、目标责任书.pdf",
      "4.1": "佐证材料：参保统计表.xlsx",
    },
  }),
);
writeFileSync(
  `${out}/county-workbook.xlsx`,
  await buildRoundWorkbook({
    scheme: county.scheme,
    round: { title: "2022年度乡镇医疗保障工作目标考核" },
    units: county.units.map((unit, i) => ({
      id: unit.id,
      name: unit.name,
      self: county.result.units[i],
      reviewed: county.result.units[i],
    })),
  }),
);
console.log(
  `wrote ${out}/liuan-report.docx, liuan-sheet.docx, township-sheet.docx, township-report.docx, county-workbook.xlsx`,
);
