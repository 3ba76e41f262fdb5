/** The round workbook opened again with exceljs: headers, totals, ranks, number cells, formula injection. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildRoundWorkbook } from "../../src/office/round-workbook.js";
import { workbookOf } from "../../src/testing/documents.js";
import { countyRound, scored } from "./samples.js";

/** The county round with a reviewed result that corrects one fact of the first unit, and a hostile unit name. */
function roundWithReview() {
  const { scheme, units, result } = countyRound();
  const hostile = units.map((u, i) =>
    i === 1 ? { ...u, name: '=HYPERLINK("http://evil.example","点我")' } : u,
  );
  const corrected = hostile.map((u, i) =>
    i === 0 ? { ...u, facts: { ...(u.facts as object), "1.3": { absences: 4 } } } : u,
  );
  const reviewed = scored(scheme, corrected);
  const workbookUnits = hostile.map((u, i) => ({
    id: u.id,
    name: u.name,
    self: result.units[i],
    reviewed: reviewed.units[i],
  }));
  return { scheme, units: workbookUnits, self: result, reviewed };
}

const open = workbookOf;

describe("round workbook", () => {
  it("has group → item → 自评/得分 headers, one row per unit with totals and ranks, frozen headers", async () => {
    const { scheme, units, reviewed } = roundWithReview();
    const wb = await open(
      await buildRoundWorkbook({ scheme, round: { title: "2022年度乡镇医保考核" }, units }),
    );
    const ws = wb.getWorksheet("汇总");
    if (ws === undefined) throw new Error("no 汇总 sheet");
    expect(ws.getCell("A1").value).toBe("2022年度乡镇医保考核 得分汇总表");
    expect(ws.getCell("A2").value).toBe("序号");
    expect(ws.getCell("B2").value).toBe("单位");
    expect(ws.getCell("C2").value).toBe("1 工作重视（10分）");
    expect(ws.getCell("C3").value).toBe("1.1 分管领导和专门负责人（1分）");
    expect([ws.getCell("C4").value, ws.getCell("D4").value]).toEqual(["自评", "得分"]);
    // The merged group header covers 4 items + 小计 = 10 columns (C..L); M starts group 2.
    expect(ws.getCell("L2").isMerged && ws.getCell("L2").master.address).toBe("C2");
    expect(ws.getCell("K3").value).toBe("小计");
    expect(ws.getCell("M2").value).toBe("2 信息宣传（10分）");
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 4 });
    const header = ws.getRow(2).values as unknown[];
    const totalCol = header.indexOf("合计");
    const rankCol = header.indexOf("排名");
    expect(totalCol).toBeGreaterThan(0);
    units.forEach((u, i) => {
      const row = ws.getRow(5 + i);
      expect(row.getCell(1).value).toBe(i + 1);
      expect(row.getCell(totalCol).value).toBe(Number(u.self?.total));
      expect(row.getCell(totalCol + 1).value).toBe(Number(u.reviewed?.total));
      expect(row.getCell(totalCol).numFmt).toBe("0.00");
      expect(row.getCell(rankCol + 1).value).toBe(reviewed.units[i]?.rank);
    });
    // The correction (4 absences instead of the fixture's) shows in 1.3's 得分 column of unit 1.
    expect(ws.getRow(5).getCell(8).value).toBe(0);
  });

  it("writes a formula-looking unit name as text, never as a formula", async () => {
    const { scheme, units } = roundWithReview();
    const wb = await open(await buildRoundWorkbook({ scheme, round: { title: "=1+1" }, units }));
    const ws = wb.getWorksheet("汇总");
    const cell = ws?.getRow(6).getCell(2);
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe(`'=HYPERLINK("http://evil.example","点我")`);
    expect(ws?.getCell("A1").value).toBe("'=1+1 得分汇总表");
  });

  it("ranks on sheet 排名 by reviewed total, ties sharing a rank, with the difference to the self total", async () => {
    const { scheme, units, reviewed } = roundWithReview();
    const wb = await open(await buildRoundWorkbook({ scheme, round: { title: "r" }, units }));
    const ws = wb.getWorksheet("排名");
    if (ws === undefined) throw new Error("no 排名 sheet");
    expect(ws.getCell("A1").value).toBe("r 排名");
    expect(ws.getRow(2).values).toEqual([
      undefined,
      "名次",
      "单位",
      "得分",
      "自评分",
      "得分与自评分之差",
    ]);
    const rows = units.map((_, i) => ws.getRow(3 + i).values as unknown[]);
    const ranks = rows.map((r) => r[1] as number);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const r of rows) {
      const unit = reviewed.units.find((u) => u.rank === r[1] && Number(u.total) === r[3]);
      expect(unit).toBeDefined();
    }
    const first = rows.find((r) => r[2] === units[0]?.name);
    expect(first?.[5]).toBe(Number(units[0]?.reviewed?.total) - Number(units[0]?.self?.total));
  });

  it("prints every summary sheet on A4 landscape, headers repeated, every cell bordered (issue 14 defect 12)", async () => {
    const { scheme, units } = roundWithReview();
    const wb = await open(await buildRoundWorkbook({ scheme, round: { title: "r" }, units }));
    const lastColumn = (name: string) =>
      (wb.getWorksheet(name)?.getRow(2).values as unknown[]).length - 1;
    for (const [name, repeat, columns] of [
      ["汇总", 4, lastColumn("汇总")],
      ["汇总（一级指标）", 4, lastColumn("汇总（一级指标）")],
      ["排名", 2, 5],
    ] as const) {
      const ws = wb.getWorksheet(name);
      if (ws === undefined) throw new Error(`no ${name} sheet`);
      // A sheet fitted to the width repeats its title row; a wider one has the title as page header.
      const fitted = ws.pageSetup.fitToPage === true;
      expect(ws.pageSetup, name).toMatchObject({
        paperSize: 9,
        orientation: "landscape",
        printTitlesRow: `${fitted ? 1 : 2}:${repeat}`,
      });
      if (!fitted) expect(ws.headerFooter.oddHeader, name).toContain("r 得分汇总表");
      expect(ws.headerFooter.oddFooter).toContain("&P");
      expect(ws.getCell("A1").value, name).toMatch(/^r /);
      for (let r = 2; r <= ws.rowCount; r++) {
        for (let c = 1; c <= columns; c++) {
          const border = ws.getCell(r, c).border;
          expect(border?.left?.style && border.bottom?.style, `${name} ${r}/${c}`).toBe("thin");
        }
      }
    }
  });

  it("fits a sheet to the page width only where the text stays readable (issue 14 defect 12)", async () => {
    const { scheme, units } = roundWithReview();
    const wb = await open(await buildRoundWorkbook({ scheme, round: { title: "r" }, units }));
    /** The scale "fit to width" prints at: A4 landscape less margins over the columns' width. */
    const fitScale = (ws: ExcelJS.Worksheet, columns: number) => {
      let chars = 0;
      for (let c = 1; c <= columns; c++) chars += ws.getColumn(c).width ?? 9;
      const printable = (11.69 - 0.8) * 72;
      return Math.min(1, printable / (chars * 5.25));
    };
    for (const ws of wb.worksheets.filter((w) => w.name !== "失分分析")) {
      const columns = (ws.getRow(2).values as unknown[]).length - 1;
      const setup = ws.pageSetup;
      if (setup.fitToPage === true) {
        // Fitted sheets print their 10-point text at 7.5 points or more.
        expect(fitScale(ws, columns), ws.name).toBeGreaterThanOrEqual(0.75);
        expect(setup.fitToWidth, ws.name).toBe(1);
      } else {
        // Too wide to fit readably: full size, 序号 and 单位 on every page across.
        expect(setup.scale ?? 100, ws.name).toBe(100);
        expect(setup.printTitlesColumn, ws.name).toBe("A:B");
      }
    }
    // The township scheme's item-by-item 汇总 is such a sheet; its 一级指标 summary and the
    // ranking fit on one page width.
    expect(wb.getWorksheet("汇总")?.pageSetup.fitToPage).toBe(false);
    expect(wb.getWorksheet("汇总（一级指标）")?.pageSetup.fitToPage).toBe(true);
    expect(wb.getWorksheet("排名")?.pageSetup.fitToPage).toBe(true);
    // The 一级指标 summary carries the same totals as the full one.
    const totalsOf = (name: string) => {
      const ws = wb.getWorksheet(name);
      if (ws === undefined) throw new Error(`no ${name} sheet`);
      const header = ws.getRow(2).values as unknown[];
      const at = header.indexOf("合计");
      const out: unknown[] = [];
      for (let r = 5; r <= ws.rowCount; r++) out.push(ws.getRow(r).getCell(at + 1).value);
      return out;
    };
    expect(totalsOf("汇总（一级指标）")).toEqual(totalsOf("汇总"));
  });
});
