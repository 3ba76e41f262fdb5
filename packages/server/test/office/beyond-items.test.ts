/**
 * Amounts beyond an item's points (追加扣除, 加分不封顶) and grade vetoes (一票否优) reach every place a
 * total is shown: the score sheet kept in a snapshot (contract), the Word score table's 合计 row,
 * the round workbook's 备注 and the command line's score sheet.
 */
import { scoreRound, validateScheme, type Scheme, type UnitResult } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { renderRound } from "../../src/cli/score-sheet.js";
import { unitSheetCoreSchema } from "../../src/contract/results.js";
import { buildRoundWorkbook } from "../../src/office/round-workbook.js";
import { parseDocumentXml, readDocumentXml } from "../../src/office/docx-read.js";
import { buildScoreRows } from "../../src/office/score-rows.js";
import { buildScoreSheet } from "../../src/office/score-sheet.js";
import { toSheetCores } from "../../src/modules/results/sheets.js";
import { workbookOf } from "../../src/testing/documents.js";

const checked = validateScheme({
  id: "beyond-items",
  title: "安全生产标准化考评（节选）",
  items: [
    {
      code: "1",
      title: "设备设施",
      max: "5",
      facts: [{ name: "faults", type: "int", label: "不符合规定处数", unit: "处" }],
      rule: {
        kind: "penalty",
        rule: { kind: "occurrences", mode: "deduct", terms: [{ fact: "faults", points: "1" }] },
        penalties: [{ when: { deducted: "5" }, points: "10" }],
      },
    },
    {
      code: "2",
      title: "通报批评",
      max: "5",
      facts: [{ name: "criticised", type: "bool", label: "受到通报批评" }],
      gate: { fact: "criticised", pass: false, effect: "noExcellent", reason: "受到省级通报批评" },
      rule: {
        kind: "checklist",
        mode: "award",
        items: [{ fact: "criticised", when: false, points: "5" }],
      },
    },
  ],
});
if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
const scheme: Scheme = checked.scheme;

const scored = scoreRound(scheme, [
  { id: "a", name: "甲公司", facts: { "1": { faults: 6 }, "2": { criticised: true } } },
  { id: "b", name: "乙公司", facts: { "1": { faults: 1 }, "2": { criticised: false } } },
]);
if (!scored.ok) throw new Error("scoring failed");
const [a, b] = scored.result.units as [UnitResult, UnitResult];
const penaltyLine = "1 设备设施：累计扣分 6 分，达到 5 分，追加扣除，从总分中扣除 10 分";
const markLine = "2 通报批评：受到省级通报批评，一票否优（不得评为优秀等次）";

describe("amounts beyond items and grade vetoes", () => {
  it("are in the engine's result and its total", () => {
    expect([a.total, b.total]).toEqual(["-10", "9"]);
    expect(a.adjustments?.map((x) => x.points)).toEqual(["-10"]);
    expect(a.marks?.map((x) => x.effect)).toEqual(["noExcellent"]);
  });

  it("stay in the score sheet a snapshot keeps", () => {
    const [core] = toSheetCores({
      scheme,
      units: [
        {
          unit: { id: "ru", unit_id: "a", unit_name: "甲公司", unit_code: "001" },
          result: { ...a, rank: 2 },
          self: a,
          facts: {},
          selfFacts: {},
        },
      ],
    });
    const parsed = unitSheetCoreSchema.parse(JSON.parse(JSON.stringify(core)));
    expect(parsed.adjustments).toEqual(a.adjustments);
    expect(parsed.marks).toEqual(a.marks);
    expect(parsed.total).toBe("-10");
  });

  it("are stated on the Word score table's 合计 row (its 评分标准 cell), for the unit that has them only", () => {
    const total = (r: UnitResult) => buildScoreRows(scheme, r, r).at(-1);
    expect(total(a)?.reviewed).toBe("-10");
    expect(total(a)?.standard).toBe(`${penaltyLine}；${markLine}`);
    expect(total(b)?.standard).toBe("");
  });

  it("are printed in the Word score sheet's 合计 row", async () => {
    const read = await readDocumentXml(
      await buildScoreSheet({
        scheme,
        round: { title: "2026年度考评" },
        unit: { id: "a", name: "甲公司" },
        self: a,
        reviewed: a,
      }),
    );
    if (!read.ok) throw new Error(read.message);
    const table = parseDocumentXml(read.xml).tables[0] ?? [];
    const total = JSON.stringify(table.at(-1));
    expect(total).toContain("合计");
    expect(total).toContain(penaltyLine);
    expect(total).toContain(markLine);
  });

  it("are stated in the round workbook's 备注", async () => {
    const buffer = await buildRoundWorkbook({
      scheme,
      round: { title: "2026年度考评" },
      units: [
        { id: "a", name: "甲公司", self: a, reviewed: a },
        { id: "b", name: "乙公司", self: b, reviewed: b },
      ],
    });
    const wb = await workbookOf(buffer);
    const ws = wb.getWorksheet("汇总");
    if (ws === undefined) throw new Error("no 汇总 sheet");
    const header = ws.getRow(2).values as unknown[];
    const notesCol = header.indexOf("备注");
    expect(notesCol).toBeGreaterThan(0);
    expect(ws.getRow(5).getCell(notesCol).value).toBe(`${penaltyLine}；${markLine}`);
    expect(ws.getRow(6).getCell(notesCol).value ?? "").toBe("");
  });

  it("are printed under the unit's total on the command line", () => {
    const text = renderRound(scored.result, scheme.title);
    expect(text).toContain(`总分 -10`);
    expect(text).toContain(`  ${penaltyLine}\n  ${markLine}\n`);
  });
});
