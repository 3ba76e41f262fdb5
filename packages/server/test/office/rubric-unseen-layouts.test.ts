/**
 * Six rubrics in layouts the reader was not written against (unseen-rubrics.ts, issue 12, task
 * tables): the items, points and groups a person reads in them, the columns ignored knowingly
 * (考核方式, 自评得分) listed as ignored, and a 考核方法/评价办法 column that holds scoring
 * sentences read rather than dropped.
 */
import type { Item } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { docxOf, xlsxOf } from "./layout-files.js";
import { measureOutline, outlineLines } from "./unseen-measure.js";
import { unseenRubrics, type UnseenRubric } from "./unseen-rubrics.js";

async function imported(buffer: Buffer, kind: UnseenRubric["kind"]) {
  // These rubrics are files (a paste is measured by heldout/blind-round.ts).
  if (kind === "paste") throw new Error("a paste, not a file");
  const result = await importRubric(buffer, kind);
  if (!result.ok) throw new Error(result.message);
  expect(result.problems).toEqual([]);
  return result;
}

const rubric = (name: string) => {
  const found = unseenRubrics.find((r) => r.name.startsWith(name));
  if (found === undefined) throw new Error(name);
  return found;
};

describe("rubrics in layouts the reader has not seen", () => {
  it.each(unseenRubrics.map((r) => [r.name, r] as const))("%s", async (_, r) => {
    const result = await imported(await r.build(), r.kind);
    expect(outlineLines(result.document.items as Item[])).toEqual(r.expected);
  });

  it("finds at least 95 % of the items and reads at least 90 % of the points over the six", async () => {
    let items = 0;
    let found = 0;
    let points = 0;
    for (const r of unseenRubrics) {
      const result = await imported(await r.build(), r.kind);
      const m = measureOutline(r.expected, outlineLines(result.document.items as Item[]));
      items += m.items;
      found += m.found;
      points += m.pointsRight;
    }
    expect(found / items).toBeGreaterThanOrEqual(0.95);
    expect(points / items).toBeGreaterThanOrEqual(0.9);
  });

  it("lists a 考核方式 column of checking methods as ignored and never reads it as scoring", async () => {
    for (const name of ["医保 三级", "平安建设"]) {
      const result = await imported(await rubric(name).build(), rubric(name).kind);
      expect(result.summary.ignoredColumns).toEqual(["考核方式"]);
      expect(result.summary.unusedColumns).toEqual([]);
      for (const p of result.proposals) expect(p.reading.source).not.toMatch(/查阅资料|实地查看/);
    }
  });

  it("lists 自评得分 as ignored and 责任股室 as unused", async () => {
    const r = rubric("医保经办");
    const result = await imported(await r.build(), r.kind);
    expect(result.summary.ignoredColumns).toEqual(["自评得分"]);
    expect(result.summary.unusedColumns).toEqual(["责任股室"]);
  });

  it("says where a bonus item's points were taken from its standard, and that the bonus total was not stated", async () => {
    const r = rubric("卫健");
    const warnings = (await imported(await r.build(), r.kind)).summary.warnings.join("\n");
    expect(warnings).toContain("3.2 信息化建设：未写明分值，按所写最高加分 2 分计，请核对");
    expect(warnings).toContain("3 加分项：加分项未写明总分，暂以各项分值之和 5 分为上限");
  });

  it("序号 一/二 with no name column: a heading without items keeps its name and points verbatim; a row with a standard is named by its content", async () => {
    const result = await imported(
      await docxOf([
        "白沙县医保信息报送考核表",
        [
          ["序号", "考核内容", "分值", "评分标准"],
          ["一", "按时报送", "5", ""],
          ["二", "档案管理", "5", "档案缺一份扣1分，扣完为止。"],
        ],
      ]),
      "docx",
    );
    const [first, second] = result.document.items as {
      title?: string;
      max?: string;
      content?: string;
    }[];
    expect([first?.title, first?.max, first?.content]).toEqual(["按时报送", "5", "按时报送"]);
    expect([second?.title, second?.max, second?.content]).toEqual(["档案管理", "5", "档案管理"]);
  });

  it("一级指标 | 分值 | 二级指标 | 分值: each 分值 column gives the points of the level left of it", async () => {
    const result = await imported(
      await xlsxOf(
        [
          ["一级指标", "分值", "二级指标", "分值", "评分标准"],
          ["参保扩面", "20", "户籍人口参保率", "12", "参保率达到95%得满分，每低1个百分点扣2分。"],
          ["", "", "新生儿参保", "8", "新生儿参保登记率低于90%的不得分。"],
          ["基金管理", "10", "基金预算", "10", "未按时编制基金预算的扣5分。"],
        ],
        ["A2:A3", "B2:B3"],
      ),
      "xlsx",
    );
    expect(outlineLines(result.document.items as Item[])).toEqual([
      "1 参保扩面 20",
      "1.1 户籍人口参保率 12",
      "1.2 新生儿参保 8",
      "2 基金管理 10",
      "2.1 基金预算 10",
    ]);
    expect(result.summary.unusedColumns).toEqual([]);
  });

  it("序号 1 / 1.1 with no name column: rows numbered 1.1 go under the row numbered 1, named by its content", async () => {
    const result = await imported(
      await docxOf([
        "白沙县医保基层服务考核表",
        [
          ["序号", "考核内容", "分值", "评分标准"],
          ["1", "组织领导", "10", ""],
          ["1.1", "成立领导小组", "5", "未成立领导小组的扣5分。"],
          ["1.2", "制定实施方案", "5", "未制定实施方案的扣5分。"],
          ["2", "宣传培训", "6", ""],
          ["2.1", "开展政策宣传", "6", "每少开展一次宣传扣2分，扣完为止。"],
        ],
      ]),
      "docx",
    );
    expect(outlineLines(result.document.items as Item[])).toEqual([
      "1 组织领导 10",
      "1.1 成立领导小组 5",
      "1.2 制定实施方案 5",
      "2 宣传培训 6",
      "2.1 开展政策宣传 6",
    ]);
  });

  it("reads a 评价办法 column that holds the scoring sentences (no 评分标准 column)", async () => {
    const result = await imported(
      await docxOf([
        "白沙县医保基金预算管理考核表",
        [
          ["评价指标", "评价内容", "分值", "评价办法"],
          [
            "基金预算编制",
            "按时编制基金预算",
            "4",
            "查阅资料。未按时编制的扣2分，预算编制不完整的扣2分。",
          ],
          ["预算执行", "执行进度符合要求", "6", "执行进度每低于序时进度5个百分点扣1分，扣完为止。"],
        ],
      ]),
      "docx",
    );
    const [first, second] = result.proposals;
    expect(first?.reading.source).toContain("未按时编制的扣2分");
    expect(first?.kind).not.toBe("discretionary");
    expect(second?.reading.source).toContain("每低于序时进度5个百分点扣1分");
    expect(result.summary.ignoredColumns).toEqual([]);
  });

  it("reads a 考核方法 cell with a scoring sentence beside the 评分标准, and ignores one with methods only", async () => {
    const result = await imported(
      await docxOf([
        "白沙县医保经办考核表",
        [
          ["考核项目", "分值", "评分标准", "考核方法"],
          ["档案管理", "5", "档案管理规范。", "查阅档案，每发现一份不规范的扣0.5分。"],
          ["政策宣传", "5", "未开展政策宣传的扣5分。", "查阅资料"],
        ],
      ]),
      "docx",
    );
    const [first, second] = result.proposals;
    expect(first?.reading.source).toContain("每发现一份不规范的扣0.5分");
    expect(first?.kind).not.toBe("discretionary");
    expect(second?.reading.source).not.toContain("查阅资料");
    // Some of its cells score, so the column is read, not ignored.
    expect(result.summary.ignoredColumns).toEqual([]);
  });
});
