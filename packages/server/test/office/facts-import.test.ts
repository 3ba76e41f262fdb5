/** The bulk facts template and its import: a round trip imports exactly; errors import nothing and name each cell. */
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildFactsTemplate } from "../../src/office/facts-template.js";
import { importFactsWorkbook } from "../../src/office/facts-import.js";
import { workbookOf } from "../../src/testing/documents.js";
import { countyRound, liuanRound, scored } from "./samples.js";

/** Facts with every number written as its decimal string, as an import returns them. */
function asImported(value: unknown): unknown {
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(asImported);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asImported(v)]));
  return value;
}

const load = workbookOf;

async function save(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The main-sheet column of a fact path (row 2 holds the keys). */
function columnOf(ws: ExcelJS.Worksheet, path: string): number {
  const keys = ws.getRow(2).values as unknown[];
  const col = keys.indexOf(path);
  if (col < 0) throw new Error(`no column ${path}`);
  return col;
}

describe("facts template", () => {
  it("has Chinese headers, hidden ids and keys, drop-downs and range checks", async () => {
    const { scheme, units } = countyRound();
    const wb = await load(
      await buildFactsTemplate({ scheme, round: { title: "2022年度考核" }, units }),
    );
    const ws = wb.getWorksheet("事实填报");
    if (ws === undefined) throw new Error("no main sheet");
    const col = columnOf(ws, "4.1.rate");
    expect(ws.getCell(1, col).value).toBe("4.1 参保率(%)");
    expect(ws.getColumn(1).hidden).toBe(true);
    expect(ws.getRow(2).hidden).toBe(true);
    expect(ws.getCell(3, col).dataValidation).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, 100],
    });
    expect(ws.getCell(3, columnOf(ws, "1.1.met")).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"是,否"'],
    });
    expect(units.map((_, i) => ws.getCell(3 + i, 2).value)).toEqual(units.map((u) => u.name));
    const pilots = wb.getWorksheet("9.4 获得的医保试点工作");
    expect(pilots?.getRow(1).values).toEqual([
      undefined,
      "单位名称",
      "试点级别",
      "形成推广经验或典型交流",
    ]);
    expect(pilots?.getCell("B3").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"县级,市级,省级,国家级"'],
    });
  });
});

describe("facts import", () => {
  it("keeps a unit id whose digits look like a mobile number as it is: the hidden cell and the import", async () => {
    // A random UUID's last group can hold eleven digits like a mobile number; an identifier is
    // never masked (only free text is), or the import could not find the unit again.
    const round = countyRound();
    const id = "0b7c3f1e-4d2a-4c6b-9e1f-a13812345678";
    const units = round.units.map((u, i) => (i === 0 ? { ...u, id } : u));
    const file = await buildFactsTemplate({ scheme: round.scheme, round: { title: "t" }, units });
    const ws = (await load(file)).getWorksheet("事实填报");
    expect(ws?.getCell(3, 1).value).toBe(id);
    const imported = await importFactsWorkbook(round.scheme, units, file);
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    expect(imported.units.map((u) => u.id)).toEqual(units.map((u) => u.id));
  });

  it("imports a filled template exactly: same facts, same scores", async () => {
    for (const round of [countyRound(), liuanRound()]) {
      const { scheme, units, result } = round;
      const file = await buildFactsTemplate({ scheme, round: { title: "t" }, units });
      const imported = await importFactsWorkbook(scheme, units, file);
      if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
      expect(imported.units.map((u) => u.id)).toEqual(units.map((u) => u.id));
      imported.units.forEach((u, i) => expect(u.facts).toEqual(asImported(units[i]?.facts)));
      const rescored = scored(scheme, imported.units);
      expect(rescored.units.map((u) => [u.total, u.rank])).toEqual(
        result.units.map((u) => [u.total, u.rank]),
      );
    }
  });

  it("reads a percentage-formatted cell (0.9965 shown as 99.65%) as 99.65 and full-width digits", async () => {
    const { scheme, units } = countyRound();
    const wb = await load(await buildFactsTemplate({ scheme, round: { title: "t" }, units }));
    const ws = wb.getWorksheet("事实填报") as ExcelJS.Worksheet;
    const cell = ws.getCell(3, columnOf(ws, "4.1.rate"));
    cell.value = 0.9965;
    cell.numFmt = "0.00%";
    ws.getCell(3, columnOf(ws, "1.3.absences")).value = "２";
    const imported = await importFactsWorkbook(scheme, units, await save(wb));
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    expect(imported.units[0]?.facts["4.1"]?.rate).toBe("99.65");
    expect(imported.units[0]?.facts["1.3"]?.absences).toBe("2");
  });

  it("imports nothing when any cell is wrong, and names every bad cell in one attempt with its header and reason", async () => {
    const { scheme, units } = countyRound();
    const wb = await load(await buildFactsTemplate({ scheme, round: { title: "t" }, units }));
    const ws = wb.getWorksheet("事实填报") as ExcelJS.Worksheet;
    const rate = columnOf(ws, "4.1.rate");
    const met = columnOf(ws, "1.1.met");
    const late = columnOf(ws, "1.4.late");
    const after = columnOf(ws, "1.4.lateAfterReminder");
    ws.getCell(3, rate).value = 100.5; // out of range (engine)
    ws.getCell(4, met).value = "也许"; // not 是/否 (parser)
    ws.getCell(5, late).value = 1;
    ws.getCell(5, after).value = 3; // more reminders than late tasks (engine check)
    const pilots = wb.getWorksheet("9.4 获得的医保试点工作") as ExcelJS.Worksheet;
    pilots.getCell("A50").value = "不存在镇"; // not a unit of the round
    pilots.getCell("B50").value = "县级";
    pilots.getCell("A51").value = units[0]?.name ?? "";
    pilots.getCell("B51").value = "乡级"; // not a level
    const imported = await importFactsWorkbook(scheme, units, await save(wb));
    expect(imported.ok).toBe(false);
    if (imported.ok) return;
    const letter = (n: number) => String.fromCharCode(64 + (n > 26 ? 0 : n));
    const cells = imported.problems.map((p) => `${p.sheet}!${p.cell}`);
    // Every bad cell in one attempt: what the parser refuses and what the engine refuses.
    expect(cells.sort()).toEqual(
      [
        `事实填报!${letter(met)}4`,
        `事实填报!${letter(rate)}3`,
        `事实填报!${letter(after)}5`,
        "9.4 获得的医保试点工作!A50",
        "9.4 获得的医保试点工作!B51",
      ].sort(),
    );
    expect(imported.problems.find((p) => p.cell === `${letter(met)}4`)).toMatchObject({
      header: "1.1 已明确分管领导和专门负责人",
      unit: units[1]?.name,
      message: "“也许”不是“是”或“否”",
    });
    expect(imported.problems.find((p) => p.cell === "B51")?.message).toContain("不是可选项");
    expect(imported).not.toHaveProperty("units");

    // Fix the parser problems: the engine's problems stay, named by cell.
    ws.getCell(4, met).value = "是";
    pilots.getCell("A50").value = units[1]?.name ?? "";
    pilots.getCell("B51").value = "省级";
    const second = await importFactsWorkbook(scheme, units, await save(wb));
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.problems.map((p) => p.cell).sort()).toEqual(
      [`${letter(rate)}3`, `${letter(after)}5`].sort(),
    );
    expect(second.problems.find((p) => p.cell === `${letter(rate)}3`)).toMatchObject({
      header: "4.1 参保率(%)",
      unit: units[0]?.name,
    });
  });

  it("refuses a file that is not a workbook, and a zip bomb, without unpacking it", async () => {
    const { scheme, units } = countyRound();
    const notZip = await importFactsWorkbook(
      scheme,
      units,
      Buffer.from("MZ this is not a workbook"),
    );
    expect(notZip).toMatchObject({
      ok: false,
      problems: [{ message: "文件不是有效的 Office 文档（不是 zip 格式）" }],
    });
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "0".repeat(8 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    const refused = await importFactsWorkbook(scheme, units, bomb);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.problems[0]?.message).toBe("压缩文件解压后过大，疑似压缩炸弹，已拒绝");
  });
});
