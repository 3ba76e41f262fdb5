/**
 * Workbooks as offices make them (decision 0323), each part checked on a workbook of its own (not
 * the blind round's): what a cell shows through its number format, shares formatted as
 * percentages, a total written only in the 合计 row, hidden rows and columns, sheets named by
 * category, a 说明 sheet, «Sheet1» and the file's name as the title, formulas never calculated, a
 * line to sign under the table, bounds on what is read.
 */
import { describe, expect, it } from "vitest";
import { formatDate, formatNumber } from "../../src/office/rubric/cell-text.js";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { staffWorkbook, type StaffSheet } from "./heldout/sheet-cells.js";
import { importedLayout } from "./unseen-measure.js";

const header = ["序号", "考核内容", "分值", "评分标准"];
const percent = (v: number, fmt = "0%") => ({ v, fmt });

/** A workbook imported, with the file name it was uploaded under. */
async function imported(sheets: StaffSheet[], fileName?: string) {
  const result = await importRubric(
    await staffWorkbook(sheets),
    "xlsx",
    fileName === undefined ? {} : { fileName },
  );
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("what a cell shows (decision 0323)", () => {
  it.each([
    [0.998, "0.0%", "99.8%"],
    [0.25, "0%", "25%"],
    [0.175, "0.0%", "17.5%"],
    [0.9965, "0.00%", "99.65%"],
    [6, "0.00", "6.00"],
    [10, '0"分"', "10分"],
    [2.5, '0.0"分"', "2.5分"],
    [12345.5, "#,##0.00", "12,345.50"],
    [-2, '0"分";-0"分"', "-2分"],
    [-3, "0", "-3"],
    [0.5, "0.0#", "0.5"],
    [0.30000000000000004, undefined, "0.3"],
    [5, "General", "5"],
    [95, '[Red]0"%"', "95%"],
    [7, "@", "7"],
  ])("%s with %s shows %s", (value, format, shown) => {
    expect(formatNumber(value, format)).toBe(shown);
  });

  const june30 = new Date(Date.UTC(2027, 5, 30));
  it.each([
    ['yyyy"年"m"月"d"日"', "2027年6月30日"],
    ["yyyy/m/d", "2027/6/30"],
    ["yyyy-mm-dd", "2027-06-30"],
    ['yy"年"mm"月"', "27年06月"],
    ["mm-dd-yy", "2027-06-30"],
    ["yyyy/m/d h:mm", "2027-06-30"],
    [undefined, "2027-06-30"],
  ])("30 June 2027 with %s shows %s", (format, shown) => {
    expect(formatDate(june30, format)).toBe(shown);
  });
});

describe("workbooks as offices make them (decision 0323)", () => {
  it("reads shares formatted as percentages under 分值 as weights, and a total written only in the 合计 row", async () => {
    const r = await imported([
      {
        name: "考核表",
        rows: [
          ["某县2027年度医保重点工作考核表"],
          header,
          [1, "基金监管", percent(0.4), "未按期完成稽核任务的，每家扣1分。"],
          [2, "待遇保障", percent(0.35), "待遇支付出现差错的，每例扣2分。"],
          [3, "经办服务", percent(0.25), "服务对象有效投诉的，每件扣1分。"],
          ["合计", null, { v: 200, fmt: '0"分"' }, null],
        ],
        merges: ["A1:D1"],
      },
    ]);
    const items = r.document.items as { title: string; max: string }[];
    expect(items.map((i) => [i.title, Number(i.max)])).toEqual([
      ["基金监管", 80],
      ["待遇保障", 70],
      ["经办服务", 50],
    ]);
    expect(r.summary.warnings.join("|")).toContain("总分 200 分（合计行所写的总分）");
  });

  it("leaves hidden rows and a hidden column of figures out, and names them", async () => {
    const r = await importedLayout(
      await staffWorkbook([
        {
          name: "细则",
          rows: [
            ["序号", "考核项目", "分值", "评分标准", "上年分值"],
            [1, "参保登记", 10, "参保信息登记错误的，每例扣1分。", 8],
            [2, "旧项目（已停用）", 5, "未完成旧任务的扣5分。", 5],
            [3, "稽核检查", 10, "未按计划开展稽核的扣5分。", 12],
          ],
          hiddenRows: [3],
          hiddenColumns: ["E"],
        },
      ]),
      "xlsx",
    );
    expect(r.outline).toEqual(["1 参保登记 10", "3 稽核检查 10"]);
    expect(r.warnings.join("|")).toContain("隐藏的行未导入：第3行（2 旧项目（已停用）");
    expect(r.warnings.join("|")).toContain("隐藏的列未导入：E列（上年分值）");
    expect(r.unused).toEqual([]);
  });

  it("reads a merge whose first row is hidden from its first row shown", async () => {
    const r = await importedLayout(
      await staffWorkbook([
        {
          name: "细则",
          rows: [
            ["一级指标", "二级指标", "分值", "评分标准"],
            ["基金监管", "旧指标", 5, "未完成的扣5分。"],
            [null, "稽核检查", 6, "未按计划开展稽核的扣3分；未及时整改的扣3分。"],
            [null, "追回资金", 4, "追回资金未上缴的，每次扣1分。"],
          ],
          merges: ["A2:A4"],
          hiddenRows: [2],
        },
      ]),
      "xlsx",
    );
    expect(r.outline).toEqual(["1 基金监管 10", "1.1 稽核检查 6", "1.2 追回资金 4"]);
  });

  it("heads each of several sheets with a plain name by that name, but not a sheet named for the whole rubric", async () => {
    const sheet = (name: string, rows: (string | number)[][]): StaffSheet => ({
      name,
      rows: [header, ...rows],
    });
    const r = await importedLayout(
      await staffWorkbook([
        sheet("参保扩面", [[1, "全民参保", 10, "参保率每低1个百分点扣1分。"]]),
        sheet("医疗救助", [
          [1, "救助时效", 6, "救助超时办结的，每件扣1分。"],
          [2, "资金支出", 4, "资金支出进度每低1个百分点扣0.5分。"],
        ]),
      ]),
      "xlsx",
    );
    expect(r.outline).toEqual([
      "1 参保扩面 10",
      "1.1 全民参保 10",
      "2 医疗救助 10",
      "2.1 救助时效 6",
      "2.2 资金支出 4",
    ]);
    const whole = await importedLayout(
      await staffWorkbook([
        sheet("评分细则", [[1, "全民参保", 10, "参保率每低1个百分点扣1分。"]]),
        sheet("加分项目", [[1, "经验推广", 3, "被省级推广的加3分。"]]),
      ]),
      "xlsx",
    );
    expect(whole.outline).toEqual(["1 全民参保 10", "2 加分项目 3 cap 3", "2.1 经验推广 3"]);
  });

  it("titles a workbook without a title row by its file's name (not «Sheet1»), and says a 说明 sheet is not read", async () => {
    const rows = [header, [1, "窗口服务", 5, "窗口服务被有效投诉的，每次扣1分。"]];
    const note: StaffSheet = {
      name: "说明",
      rows: [["关于考核的说明"], ["一、本细则适用于各乡镇医保经办机构。"]],
    };
    const named = await imported([note, { name: "Sheet1", rows }], "上林县医保考核细则.xlsx");
    expect(named.document.title).toBe("上林县医保考核细则");
    expect(named.summary.warnings.join("|")).toContain("工作表“说明”没有评分表的表头");
    expect(named.summary.warnings.join("|")).toContain("本细则适用于各乡镇医保经办机构");
    expect((await imported([{ name: "Sheet1", rows }])).document.title).toBe("导入的考核方案");
    const own = await imported([{ name: "2027年度考核细则", rows }], "新建 XLSX 工作表.xlsx");
    expect(own.document.title).toBe("2027年度考核细则");
  });

  it("reads a 说明 sheet as notes: the 一票否决 it states becomes a part, the rest is reported", async () => {
    const r = await imported([
      {
        name: "说明",
        rows: [
          ["说明"],
          ["1.各项扣分以该项分值为限，扣完为止。"],
          ["2.发生重大医保基金安全事故的，实行一票否决。"],
          ["3.考核结果报县政府。"],
        ],
      },
      { name: "Sheet1", rows: [header, [1, "窗口服务", 5, "窗口服务被有效投诉的，每次扣1分。"]] },
    ]);
    const items = r.document.items as { title: string; children?: { title: string }[] }[];
    expect(items.map((i) => i.title)).toEqual(["窗口服务", "一票否决"]);
    expect(items[1]?.children?.map((c) => c.title)).toEqual(["发生重大医保基金安全事故的"]);
    const said = r.summary.warnings.join("|");
    expect(said).toContain(
      "工作表“说明”没有评分表的表头（评分标准、分值等），不是评分细则，按说明读取",
    );
    expect(said).toContain("考核结果报县政府");
    expect(said).toContain("说明与系统计分方式一致");
  });

  it("reads a formula's cached result, says when a formula was never calculated, and keeps a line to sign out of the items", async () => {
    const r = await importedLayout(
      await staffWorkbook([
        {
          name: "Sheet1",
          rows: [
            ["某县医保考核评分表"],
            ["项目", "考核内容", "分值", "评分标准"],
            ["基金监管", null, { f: "C4+C5" }, null],
            [null, "稽核检查", { f: "2*4", result: 8 }, "未按计划开展稽核的，每少1家扣1分。"],
            [null, "追回资金", 6, "追回资金未上缴的，每次扣1分。"],
            ["填表人：＿＿＿＿＿＿    审核人：＿＿＿＿＿＿"],
          ],
          merges: ["A1:D1", "A3:A5", "A6:D6"],
        },
      ]),
      "xlsx",
    );
    expect(r.outline).toEqual(["1 基金监管 14", "1.1 稽核检查 8", "1.2 追回资金 6"]);
    expect(r.warnings.join("|")).toContain("公式没有保存计算结果（C3）");
  });

  it("reads a sheet whose formatting runs far below and a title merged across 60 columns; refuses a sheet of 2,100 rows with a Chinese message", async () => {
    const wide = await staffWorkbook([
      {
        name: "细则",
        rows: [
          ["某县医保考核评分表"],
          header,
          [1, "参保登记", 10, "参保信息登记错误的，每例扣1分。"],
        ],
        merges: ["A1:BH1"],
        formattedTo: 5000,
      },
    ]);
    const formatted = await importedLayout(wide, "xlsx");
    expect(formatted.outline).toEqual(["1 参保登记 10"]);
    const rows = [...Array(2100).keys()].map((i) => [i + 1, `项目${i + 1}`, 1, "未完成的扣1分。"]);
    const huge = await importRubric(
      await staffWorkbook([{ name: "细则", rows: [header, ...rows] }]),
      "xlsx",
    );
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.message).toContain("超过评分细则可读取的 2000 行");
  });

  it("does not count 一次性 (a word of its own) as one occurrence", async () => {
    const r = await importedLayout(
      await staffWorkbook([
        {
          name: "细则",
          rows: [
            header,
            [1, "服务规范", 5, "未落实一次性告知制度的扣2分；未公开投诉电话的扣3分。"],
          ],
        },
      ]),
      "xlsx",
    );
    expect(r.item("服务规范")?.rule?.kind).toBe("checklist");
  });
});
