/**
 * The layout features of the seventh December blind round (decision 0329), each on another
 * document than the blind ones: items named with their points «（6分）» in tables under captions
 * (one «（共12分）»), a header row repeated inside a table with its group written again below it, a
 * 分值 merged with its group over named 考核要点 rows, and requirements each marked with its points
 * in one cell.
 */
import { describe, expect, it } from "vitest";
import { docxOf, xlsxOf } from "./layout-files.js";
import { down } from "./heldout/expected-rules.js";
import { importedLayout as imported } from "./unseen-measure.js";

const itemsTable = (...rows: [string, string][]) => [
  ["序号", "考核内容", "评分标准"],
  ...rows.map(([c, s], i) => [String(i + 1), c, s]),
];

describe("layouts of the seventh December blind round, on other documents", () => {
  it("reads items named with their points «（6分）» in tables under captions, a caption's «（共12分）» and «（满分8分）»", async () => {
    const got = await imported(
      await docxOf([
        "某区2027年度安全生产工作考核细则",
        "一、隐患治理（共12分）",
        itemsTable(
          ["隐患排查（6分）", "重大隐患未按期整改的，每处扣2分。"],
          ["整改督办（6分）", "督办事项逾期未办结的，每件扣1分。"],
        ),
        "二、应急管理（满分8分）",
        itemsTable(["应急演练（8分）", "未按要求组织应急演练的扣4分；演练记录不全的扣2分。"]),
      ]),
      "docx",
    );
    expect(got.outline).toEqual([
      "1 隐患治理 12",
      "1.1 隐患排查 6",
      "1.2 整改督办 6",
      "2 应急管理 8",
      "2.1 应急演练 8",
    ]);
    expect(got.item("隐患排查")?.rule?.kind).toBe("occurrences");
  });

  it("drops a header row repeated inside a table and continues the group written again below it; a group merged down without points starts with its first item", async () => {
    const header = ["序号", "类别", "考核指标", "分值", "评分标准"];
    const got = await imported(
      await docxOf([
        "某县教育局2027年度工作考核表",
        [
          header,
          ["1", down("教学管理", 2), "课堂常规", "10", "抽查发现无教案上课的，每人次扣1分。"],
          ["2", "教研活动", "10", "未按计划开展教研活动的，每次扣2分。"],
          header,
          ["3", "教学管理", "质量监测", "10", "未按时上报监测数据的扣5分。"],
          ["4", "校园安全", "安全演练", "10", "未按学期开展疏散演练的扣10分。"],
        ],
      ]),
      "docx",
    );
    expect(got.outline).toEqual([
      "1 教学管理 30",
      "1.1 课堂常规 10",
      "1.2 教研活动 10",
      "1.3 质量监测 10",
      "2 校园安全 10",
      "2.1 安全演练 10",
    ]);
  });

  it("reads named 考核要点 rows under a 分值 merged with their group as one item of that 分值, each name heading its line", async () => {
    const got = await imported(
      await xlsxOf(
        [
          ["考核项目", "分值", "考核要点", "评分细则"],
          ["环境卫生", "12", "垃圾清运", "垃圾未日产日清的，每次扣1分。"],
          ["", "", "公厕管理", "公厕保洁不到位的，每座扣0.5分。"],
          ["市容秩序", "8", "占道经营", "发现占道经营未处置的，每处扣1分。"],
        ],
        ["A2:A3", "B2:B3"],
      ),
      "xlsx",
    );
    expect(got.outline).toEqual(["1 环境卫生 12", "2 市容秩序 8"]);
    expect(got.item("环境卫生")?.standard).toBe(
      "垃圾清运：垃圾未日产日清的，每次扣1分。公厕管理：公厕保洁不到位的，每座扣0.5分。",
    );
    expect(got.item("环境卫生")?.rule).toMatchObject({
      kind: "occurrences",
      terms: [{ points: "1" }, { points: "0.5" }],
    });
  });

  it("reads requirements each marked with its points in one cell («…（2分）；…（2分）», unnumbered) as the item's checklist, not one requirement of the whole", async () => {
    const got = await imported(
      await xlsxOf([
        ["序号", "考核项目", "分值", "评分标准"],
        [
          "1",
          "档案管理",
          "6",
          "每季度整理归档业务资料（2分）；建立档案借阅登记制度（2分）；档案室配备防火防潮设施（2分）。",
        ],
        ["2", "财务管理", "4", "资产账实不符的，每项扣1分（4分）。"],
      ]),
      "xlsx",
    );
    expect(got.outline).toEqual(["1 档案管理 6", "2 财务管理 4"]);
    expect(got.item("档案管理")?.rule).toMatchObject({
      kind: "checklist",
      items: [{ points: "2" }, { points: "2" }, { points: "2" }],
    });
    // A line that scores by itself is no mere requirement.
    expect(got.item("财务管理")?.rule?.kind).toBe("occurrences");
  });
});
