/**
 * The layout features of the fifth December blind round (decision 0319), each on another document
 * than the blind one: a header whose upper cell is merged across the level columns it groups, note
 * rows inside a sheet or table (a 一票否决 they state imported, the rest reported whole), weights
 * of the total the title states, a 权重 column of plain figures not coming to 100 said so, review
 * columns (复核分, 初审分) knowingly ignored, and a category row that is no title.
 */
import { describe, expect, it } from "vitest";
import { docxOf, workbookOf, xlsxOf, type DocCell } from "./layout-files.js";
import { importedLayout } from "./unseen-measure.js";

const imported = importedLayout;

const down = (text: string, rows: number): DocCell => ({ text, rowSpan: rows });

describe("layouts of the fifth December blind round, on other documents", () => {
  it("reads a two-row header whose upper cell groups the level and points columns under it", async () => {
    const got = await imported(
      await docxOf([
        "某县卫健系统2027年度目标考核表",
        [
          [{ text: "评价指标", colSpan: 4 }, down("评分标准", 2)],
          ["一级指标", "分值", "二级指标", "分值"],
          [
            down("组织建设", 2),
            down("20", 2),
            "班子建设",
            "12",
            "班子成员年度测评优秀率低于80%的，每低1个百分点扣1分。",
          ],
          ["制度落实", "8", "未建立学习制度的扣4分；未按季度开展学习的，每次扣2分。"],
          [down("业务工作", 2), down("30", 2), "疫苗接种", "18", "接种差错每例扣3分。"],
          ["健康档案", "12", "电子健康档案建档率达到90%得满分，每低1个百分点扣1分。"],
        ],
      ]),
      "docx",
    );
    expect(got.outline).toEqual([
      "1 组织建设 20",
      "1.1 班子建设 12",
      "1.2 制度落实 8",
      "2 业务工作 30",
      "2.1 疫苗接种 18",
      "2.2 健康档案 12",
    ]);
    expect(got.item("疫苗接种")?.rule?.kind).toBe("occurrences");
  });

  it("reads a note row inside a sheet: a list of 一票否决 conditions imported, the rest kept as the 说明", async () => {
    const long =
      "各乡镇应于次年1月5日前将自评表及佐证材料报送县医保局基金股，逾期未报送的视为自动放弃本年度评先评优资格。";
    const got = await imported(
      await xlsxOf(
        [
          ["序号", "考核项目", "分值", "评分标准"],
          ["1", "参保登记", "10", "参保信息录入错误的，每例扣0.5分。"],
          ["2", "待遇审核", "10", "审核超时的，每件扣1分。"],
          [
            `说明：1.有下列情形之一的，实行一票否决：（1）瞒报医保基金安全事件的；（2）考核中弄虚作假的。2.${long}`,
            "",
            "",
            "",
          ],
        ],
        ["A4:D4"],
      ),
      "xlsx",
    );
    expect(got.outline).toEqual([
      "1 参保登记 10",
      "2 待遇审核 10",
      "3 一票否决 0",
      "3.1 瞒报医保基金安全事件的 0 否决",
      "3.2 考核中弄虚作假的 0 否决",
    ]);
    // Decision 0335: the sentence left states no points (it was reported as not imported): kept.
    expect(got.warnings).toContain(`已作为方案说明保留（1条）：2.${long}`);
    expect(got.description).toBe(`2.${long}`);
    expect(got.warnings.join("\n")).toContain("一票否决情形已导入");
  });

  it("reads weights as shares of the total the title states (满分200分), and says so", async () => {
    const got = await imported(
      await xlsxOf(
        [
          ["某区2027年度医保工作考核评分表（满分200分）", "", "", ""],
          ["序号", "考核指标", "权重", "评分标准"],
          ["1", "基金监管", "0.3", "违规问题每例扣2分。"],
          ["2", "经办服务", "0.5", "群众满意度达到90%得满分，每低1个百分点扣5分。"],
          ["3", "宣传工作", "0.2", "未按要求开展集中宣传的扣10分。"],
        ],
        ["A1:D1"],
      ),
      "xlsx",
    );
    expect(got.outline).toEqual(["1 基金监管 60", "2 经办服务 100", "3 宣传工作 40"]);
    const note =
      "分值按“权重”列换算：各项分值 = 权重 × 总分 200 分（标题所写的总分）（如 0.2 记 40 分），请核对";
    expect(got.warnings).toContain(note);
    // Said to the administrator, not printed as the scheme's 说明 (0335).
    expect(got.description ?? "").not.toContain(note);
  });

  it("says that a 权重 column of plain figures is read as points, and whether they come to the stated total", async () => {
    const rows = (title: string) => [
      [title, "", "", ""],
      ["序号", "考核指标", "权重", "评分标准"],
      ["1", "基金监管", "600", "违规问题每例扣20分。"],
      ["2", "经办服务", "400", "超时办结的每件扣10分。"],
    ];
    const thousand = await imported(await xlsxOf(rows("某区医保工作考核表（千分制）")), "xlsx");
    expect(thousand.outline).toEqual(["1 基金监管 600", "2 经办服务 400"]);
    expect(thousand.warnings).toContain(
      "“权重”列的数字已按分值读取，各项合计 1000 分，与标题所写的总分一致",
    );
    const stated = await imported(await xlsxOf(rows("某区医保工作考核表（总分1200分）")), "xlsx");
    expect(stated.warnings).toContain(
      "各项分值合计 1000 分，与标题所写的总分 1200 分不一致，请核对",
    );
  });

  it("reads a case column of any header with the 分值 column between it and the standard of bare actions", async () => {
    const got = await imported(
      await xlsxOf(
        [
          ["序号", "考核事项", "检查发现", "分值", "计分标准"],
          ["1", "安全生产", "发生一般生产安全事故的", "10", "每起扣3分"],
          ["", "", "隐患整改不到位被通报的", "", "每次扣1分"],
          ["2", "信访维稳", "发生越级上访的", "5", "每批次扣1分"],
        ],
        ["A2:A3", "B2:B3", "D2:D3"],
      ),
      "xlsx",
    );
    expect(got.outline).toEqual(["1 安全生产 10", "2 信访维稳 5"]);
    expect(got.item("安全生产")?.standard).toBe(
      "发生一般生产安全事故的，每起扣3分；隐患整改不到位被通报的，每次扣1分",
    );
    expect(got.item("信访维稳")?.rule?.kind).toBe("occurrences");
  });

  it("lists review columns (复核分, 初审分, 扣分理由) as knowingly ignored, not as unused", async () => {
    const got = await imported(
      await xlsxOf([
        ["序号", "考核项目", "分值", "评分标准", "初审分", "复核分", "扣分理由"],
        ["1", "档案管理", "10", "档案缺失的，每件扣1分。", "", "", ""],
      ]),
      "xlsx",
    );
    expect(got.ignored).toEqual(expect.arrayContaining(["初审分", "复核分", "扣分理由"]));
    expect(got.unused).toEqual([]);
  });

  it("never takes a category row (基金监管（25分）) for the draft's title", async () => {
    const sheet = (name: string, points: string, item: string) => ({
      name,
      rows: [
        [`${name}（${points}分）`, "", ""],
        ["考核项目", "分值", "评分标准"],
        [item, points, "发现问题的，每个扣1分。"],
      ],
      merges: ["A1:C1"],
    });
    const two = await imported(
      await workbookOf([sheet("基金监管", "10", "日常稽核"), sheet("经办服务", "5", "窗口服务")]),
      "xlsx",
    );
    expect(two.title).toBe("导入的考核方案");
    expect(two.outline).toEqual([
      "1 基金监管 10",
      "1.1 日常稽核 10",
      "2 经办服务 5",
      "2.1 窗口服务 5",
    ]);
    const one = await imported(
      await workbookOf([{ ...sheet("基金监管", "10", "日常稽核"), name: "2027年医保考核" }]),
      "xlsx",
    );
    expect(one.title).toBe("2027年医保考核");
  });
});
