/**
 * The layout features of the fourth December blind round (decision 0315), each on another
 * document than the blind one: a note paragraph between two tables, a standard over 得分/加分标准 |
 * 扣分标准, a case column with an unusual header (recognised by content), a sheet's title row with
 * the category's points, a 加分 part written in the item column or across the table, and second-level
 * weights that are shares of their parent.
 */
import { describe, expect, it } from "vitest";
import { docxOf, workbookOf, xlsxOf } from "./layout-files.js";
import { importedLayout } from "./unseen-measure.js";

const imported = importedLayout;

const header = ["序号", "考核项目", "评分办法", "分值"];

describe("layouts of the fourth December blind round, on other documents", () => {
  it("keeps or reports a 注/说明 paragraph between two tables, reads the next table, and never takes a note for a caption", async () => {
    const got = await imported(
      await docxOf([
        "某局2027年度考核细则",
        [header, ["1", "组织生活", "未按时召开组织生活会的，每次扣2分。", "10"]],
        "说明：本表各项数据以统计年报为准。",
        [header, ["2", "党员教育", "党员教育培训覆盖率低于90%的扣5分。", "5"]],
        "备注：加分项目由考核组另行认定。",
        [header, ["3", "隐患排查", "隐患未按期整改的，每处扣1分，扣完为止。", "10"]],
      ]),
      "docx",
    );
    expect(got.outline).toEqual(["1 组织生活 10", "2 党员教育 5", "3 隐患排查 10"]);
    // Decision 0335: the note with no scoring in it is kept as the scheme's 说明 (it was reported as
    // not imported); the one about 加分 is still reported.
    expect(got.warnings).toEqual([
      "表格之间的说明未导入：备注：加分项目由考核组另行认定。",
      "已作为方案说明保留（1条）：说明：本表各项数据以统计年报为准。",
    ]);
    expect(got.description).toBe("说明：本表各项数据以统计年报为准。");
  });

  it("a standard over 加分标准 | 扣分标准 (or 得分标准 | 扣分标准) is one standard of one item", async () => {
    const got = await imported(
      await xlsxOf([
        ["序号", "指标", "分值", "加分标准", "扣分标准"],
        ["1", "门诊统筹", "10", "门诊统筹定点覆盖率达到90%的得10分。", "每低1个百分点扣1分。"],
        ["2", "信息报送", "5", "", "信息报送迟报的，每次扣1分。"],
      ]),
      "xlsx",
    );
    expect(got.outline).toEqual(["1 门诊统筹 10", "2 信息报送 5"]);
    expect(got.item("门诊统筹")?.standard).toBe(
      "门诊统筹定点覆盖率达到90%的得10分。每低1个百分点扣1分。",
    );
    expect(got.item("门诊统筹")?.rule).toMatchObject({
      kind: "steps",
      direction: "below",
      from: "90",
      step: "1",
      points: "1",
    });
    expect(got.item("信息报送")?.rule?.kind).toBe("occurrences");
  });

  it("a column of cases beside a standard of bare actions (检查发现 | 计分标准) is read as the case, whatever its header", async () => {
    const got = await imported(
      await docxOf([
        [
          ["序号", "工作项目", "分值", "检查发现", "计分标准"],
          [
            { text: "1", rowSpan: 2 },
            { text: "窗口服务", rowSpan: 2 },
            { text: "6", rowSpan: 2 },
            "窗口工作人员未按规定着装的",
            "每人次扣0.5分",
          ],
          ["群众投诉经查属实的", "每件扣1分"],
          ["2", "政策宣传", "4", "未按要求开展政策宣传月活动的", "扣4分"],
        ],
      ]),
      "docx",
    );
    expect(got.outline).toEqual(["1 窗口服务 6", "2 政策宣传 4"]);
    expect(got.item("窗口服务")?.standard).toBe(
      "窗口工作人员未按规定着装的，每人次扣0.5分；群众投诉经查属实的，每件扣1分",
    );
    expect(got.item("窗口服务")?.rule).toMatchObject({
      kind: "occurrences",
      terms: [{ points: "0.5" }, { points: "1" }],
    });
  });

  it("a sheet's title row «党建工作（30分）» heads the sheet's rows as a group; a title without points stays out", async () => {
    const head = ["序号", "考核项目", "评分办法", "分值"];
    const got = await imported(
      await workbookOf([
        {
          name: "Sheet1",
          rows: [
            ["某镇2027年度综合考核细则", "", "", ""],
            head,
            ["1", "组织生活", "未按时召开组织生活会的，每次扣2分。", "10"],
          ],
          merges: ["A1:D1"],
        },
        {
          name: "Sheet2",
          rows: [
            ["党建工作（30分）", "", "", ""],
            head,
            ["1", "党员教育", "党员教育培训覆盖率低于90%的扣5分。", "12"],
            ["2", "阵地建设", "党群服务中心未达标的扣6分。", "18"],
          ],
          merges: ["A1:D1"],
        },
        {
          name: "Sheet3",
          rows: [
            ["奖励加分（最多加4分）", "", "", ""],
            head,
            ["1", "经验推广", "工作经验被市级以上推广的，每次加2分。", "4"],
          ],
          merges: ["A1:D1"],
        },
      ]),
      "xlsx",
    );
    expect(got.outline).toEqual([
      "1 组织生活 10",
      "2 党建工作 30",
      "2.1 党员教育 12",
      "2.2 阵地建设 18",
      "3 奖励加分 4 cap 4",
      "3.1 经验推广 4",
    ]);
  });

  it("a 加分 part written in the item column after numbered headings, or across the table, is a part of its own with its cap", async () => {
    const inColumn = await imported(
      await xlsxOf([
        ["考核项目", "评分标准"],
        ["一、基础工作（10分）", ""],
        ["1.制度建设（10分）", "制度不健全的扣5分；未按制度执行的，每次扣1分。"],
        ["奖励项目（最多加2分）", ""],
        ["（1）典型经验（2分）", "经验被市级推广的加2分。"],
      ]),
      "xlsx",
    );
    expect(inColumn.outline).toEqual([
      "1 基础工作 10",
      "1.1 制度建设 10",
      "2 奖励项目 2 cap 2",
      "2.1 典型经验 2",
    ]);
    const across = await imported(
      await xlsxOf(
        [
          ["序号", "考核项目", "分值", "评分办法"],
          ["1", "组织生活", "10", "未按时召开组织生活会的，每次扣2分。"],
          ["加分项目（最多加3分）", "", "", ""],
          ["1", "经验推广", "3", "工作经验被市级以上推广的加3分。"],
        ],
        ["A3:D3"],
      ),
      "xlsx",
    );
    expect(across.outline).toEqual(["1 组织生活 10", "2 加分项目 3 cap 3", "2.1 经验推广 3"]);
  });

  it("second-level weights that come to 100% under each parent are shares of the parent's weight, and the import says so", async () => {
    const got = await imported(
      await xlsxOf(
        [
          ["一级指标", "权重", "二级指标", "权重", "评价标准"],
          ["产出", "40%", "数量", "50%", "完成率达到100%的得满分，每低1个百分点扣1分。"],
          ["", "", "质量", "50%", "抽查合格率达到95%的得满分，每低1个百分点扣2分。"],
          ["效益", "60%", "满意度", "30%", "满意度达到90%的得满分，每低1个百分点扣1分。"],
          ["", "", "可持续", "70%", "长效机制未建立的，本项不得分。"],
        ],
        ["A2:A3", "B2:B3", "A4:A5", "B4:B5"],
      ),
      "xlsx",
    );
    expect(got.outline).toEqual([
      "1 产出 40",
      "1.1 数量 20",
      "1.2 质量 20",
      "2 效益 60",
      "2.1 满意度 18",
      "2.2 可持续 42",
    ]);
    expect(got.warnings.join("\n")).toContain(
      "“二级指标”的权重在每个“一级指标”内合计为 100%，已按所属一级指标的分值换算（如 40 分 × 50% 记 20 分），请核对",
    );
  });
});
