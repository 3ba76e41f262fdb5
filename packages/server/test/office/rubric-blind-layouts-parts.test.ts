/**
 * The layout features of the third December blind round (decision 0312), each on another document
 * than the blind one: a numbered caption with points above each table, numbered lines in one cell
 * without points of their own, a standard over two cells (情形 | 标准) with the item merged down,
 * children whose 分值 is "/", and a 附表/附件 caption.
 */
import { describe, expect, it } from "vitest";
import { docxOf, xlsxOf } from "./layout-files.js";
import { importedLayout } from "./unseen-measure.js";

const imported = importedLayout;

describe("layouts of the third December blind round, on other documents", () => {
  it("a numbered caption with points above each table («（一）党建工作（15分）», «第二部分 安全生产（10分）») is the table's group", async () => {
    const header = ["序号", "考核项目", "评分办法", "分值"];
    const got = await imported(
      await docxOf([
        "某镇2027年度综合考核细则",
        "（一）党建工作（15分）",
        [
          header,
          ["1", "组织生活", "未按时召开组织生活会的，每次扣2分。", "10"],
          ["2", "党员教育", "党员教育培训覆盖率低于90%的扣5分。", "5"],
        ],
        "第二部分 安全生产（10分）",
        [header, ["1", "隐患排查", "隐患未按期整改的，每处扣1分，扣完为止。", "10"]],
      ]),
      "docx",
    );
    expect(got.outline).toEqual([
      "1 党建工作 15",
      "1.1 组织生活 10",
      "1.2 党员教育 5",
      "2 安全生产 10",
      "2.1 隐患排查 10",
    ]);
    expect(got.valid).toBe(true);
  });

  it("a caption without points or numbering stays out of the items (a table title is not a group)", async () => {
    const got = await imported(
      await docxOf([
        "某局2027年度考核细则",
        "考核评分表",
        [
          ["序号", "考核项目", "评分办法", "分值"],
          ["1", "组织生活", "未按时召开组织生活会的，每次扣2分。", "10"],
        ],
      ]),
      "docx",
    );
    expect(got.outline).toEqual(["1 组织生活 10"]);
  });

  it("numbered lines in one cell without points of their own are one standard; with their own points they are items", async () => {
    const got = await imported(
      await xlsxOf([
        ["序号", "考核项目", "分值", "评分标准"],
        ["1", "档案管理", "6", "1.档案未及时归档的，每件扣0.5分；\n2.档案丢失的，每件扣2分。"],
        ["2", "制度建设", "4", "①建立内控制度（2分）；\n②建立考核制度（2分）。"],
      ]),
      "xlsx",
    );
    expect(got.outline).toEqual([
      "1 档案管理 6",
      "2 制度建设 4",
      "2.1 建立内控制度 2",
      "2.2 建立考核制度 2",
    ]);
    const rule = got.item("档案管理")?.rule as { kind: string; terms?: { points: string }[] };
    expect(rule.kind).toBe("occurrences");
    expect(rule.terms?.map((t) => t.points)).toEqual(["0.5", "2"]);
    expect(got.item("档案管理")?.standard).toContain("档案丢失的，每件扣2分");
  });

  it("a standard over two cells (情形 | 计分标准) with the item and its 分值 merged down is one item of several cases", async () => {
    const got = await imported(
      await xlsxOf(
        [
          ["序号", "考核事项", "分值", "情形", "计分标准"],
          ["1", "安全生产", "10", "发生一般生产安全事故的", "每起扣3分"],
          ["", "", "", "隐患整改不到位被通报的", "每次扣1分"],
          ["2", "信访维稳", "5", "发生越级上访的", "每批次扣1分"],
        ],
        ["A2:A3", "B2:B3", "C2:C3"],
      ),
      "xlsx",
    );
    expect(got.outline).toEqual(["1 安全生产 10", "2 信访维稳 5"]);
    const item = got.item("安全生产");
    expect(item?.standard).toBe(
      "发生一般生产安全事故的，每起扣3分；隐患整改不到位被通报的，每次扣1分",
    );
    const rule = item?.rule as { kind: string; terms?: { points: string }[] };
    expect(rule.kind).toBe("occurrences");
    expect(rule.terms?.map((t) => t.points)).toEqual(["3", "1"]);
  });

  it("children whose 分值 is ／ share their parent's points: one item, their cases its standard, and the import says so", async () => {
    const got = await imported(
      await docxOf([
        "某县2027年度考核指标",
        [
          ["一级指标", "二级指标", "分值", "评分标准"],
          [{ text: "队伍建设", rowSpan: 3 }, "", "8", ""],
          ["教育培训", "／", "未参加年度培训的，每人次扣1分。"],
          ["作风纪律", "／", "受到通报批评的，每次扣2分。"],
          [{ text: "宣传工作", rowSpan: 2 }, "", "4", ""],
          ["信息报送", "4", "全年报送信息少于10篇的，每少1篇扣0.5分。"],
        ],
      ]),
      "docx",
    );
    expect(got.outline).toEqual(["1 队伍建设 8", "2 宣传工作 4", "2.1 信息报送 4"]);
    const item = got.item("队伍建设");
    expect(item?.standard).toContain("未参加年度培训的，每人次扣1分。");
    expect(item?.standard).toContain("受到通报批评的，每次扣2分。");
    expect(item?.content).toBe("教育培训；作风纪律");
    expect(got.warnings).toContain(
      "1 队伍建设：下列各项分值为“/”（教育培训、作风纪律），已作为本项的评分内容合并读取，在本项 8 分内计分，请核对",
    );
    expect(got.warnings.some((w) => w.includes("暂记 0 分"))).toBe(false);
  });

  it("children with no 分值 at all are still items at 0 with a warning (only “/” says the points are the parent's)", async () => {
    const got = await imported(
      await xlsxOf([
        ["一级指标", "二级指标", "分值", "评分标准"],
        ["队伍建设", "", "8", ""],
        ["", "教育培训", "", "未参加年度培训的，每人次扣1分。"],
        ["", "作风纪律", "", "受到通报批评的，每次扣2分。"],
      ]),
      "xlsx",
    );
    expect(got.outline).toEqual(["1 队伍建设 8", "1.1 教育培训 0", "1.2 作风纪律 0"]);
    expect(got.warnings.filter((w) => w.includes("暂记 0 分"))).toHaveLength(2);
  });

  it("keeps a 说明/注 under the last table that says nothing of scoring as the scheme's 说明, and passes over a signature line", async () => {
    const got = await imported(
      await docxOf([
        "某局2027年度考核细则",
        [
          ["序号", "考核项目", "评分办法", "分值"],
          ["1", "组织生活", "未按时召开组织生活会的，每次扣2分。", "10"],
        ],
        "说明：本细则由县局负责解释，考核结果在全县通报。",
        "某县医疗保障局",
      ]),
      "docx",
    );
    expect(got.outline).toEqual(["1 组织生活 10"]);
    // Decision 0335: it was «表格后的说明未导入»; a note with no points or scoring consequence is kept.
    // Decision 0341: the issuer's line is named as not imported (it was passed over unsaid).
    expect(got.warnings).toEqual([
      "表格后的其他文字未导入：某县医疗保障局",
      "已作为方案说明保留（1条）：说明：本细则由县局负责解释，考核结果在全县通报。",
    ]);
    expect(got.description).toBe("说明：本细则由县局负责解释，考核结果在全县通报。");
  });

  it("a 附件/附表 caption names its part without the 附件N：", async () => {
    const got = await imported(
      await docxOf([
        "某局2027年度考核细则",
        [
          ["序号", "考核项目", "评分办法", "分值"],
          ["1", "组织生活", "未按时召开组织生活会的，每次扣2分。", "10"],
        ],
        "附件2：加分项目（最多加3分）",
        [
          ["序号", "加分事项", "加分标准"],
          ["1", "经验推广", "工作经验被省级推广的加3分。"],
        ],
      ]),
      "docx",
    );
    expect(got.outline).toEqual(["1 组织生活 10", "2 加分项目 3 cap 3", "2.1 经验推广 3"]);
  });
});
