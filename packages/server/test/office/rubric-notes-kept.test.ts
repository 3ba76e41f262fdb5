/**
 * Notes that say nothing of scoring are the scheme's 说明 (decision 0335): kept as written in the
 * draft's `description` and said once («已作为方案说明保留（N条）»); notes that state points or a
 * scoring consequence and were not read are reported as before. The line between the two is a
 * reading of the form (points, 扣/加/得…分, rounding, a total, a rate, a rank, a grade, a veto).
 */
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { carriesScoring, keptNotes, readNotes } from "../../src/office/rubric/notes.js";
import { docxOf, workbookOf } from "./layout-files.js";

const table = [
  ["序号", "考核项目", "分值", "评分标准"],
  ["1", "档案管理", "10", "档案缺失的，每份扣1分。"],
  ["2", "窗口服务", "10", "被群众有效投诉的，每件扣2分。"],
];

async function imported(file: Buffer, kind: "docx" | "xlsx") {
  const r = await importRubric(file, kind);
  if (!r.ok) throw new Error(r.message);
  return { description: r.document.description, warnings: r.summary.warnings, valid: !!r.scheme };
}

describe("what a note says: scoring or not", () => {
  it.each([
    "本办法自2028年3月1日起施行。",
    "未尽事宜由市卫生健康委另行明确。",
    "请各单位明确一名联系人，于每季度末报送工作台账。",
    "考核工作由局办公室牵头组织实施，各股室配合。",
    "各街道要十分重视，精心组织，确保按期完成。",
    "佐证材料须加盖单位公章，复印件无效。",
    "考核结果将在全区范围内通报，并抄送区委组织部。",
    "统计口径以市统计局公布的年报为准。",
  ])("says nothing of scoring: %s", (text) => {
    expect(carriesScoring(text)).toBe(false);
  });

  it.each([
    "得分保留一位小数。",
    "总分按四舍五入取整。",
    "考核结果分为优秀、良好、一般、较差四个等次。",
    "未按时报送的，该项计0分。",
    "该项目不予计分。",
    "奖励项目累计不超过五分。",
    "被约谈的每次减一分。",
    "本细则所称“以上”含本数。",
    "连续两年排名末位的，取消评优资格。",
    "辖区发生重大安全生产事故的，年度考核直接定为不合格。",
    "覆盖率按户籍人口的95%计算。",
    "各项指标按权重折算后相加。",
    "满分以外另设奖励项目。",
  ])("states points or a scoring consequence: %s", (text) => {
    expect(carriesScoring(text)).toBe(true);
  });
});

describe("notes kept as the scheme's 说明", () => {
  it("splits a note of both kinds: the scoring sentence reported, the others kept as written", () => {
    const read = readNotes([
      "附注：1.同一问题在不同项目中不重复扣分。2.本标准由市医保中心负责解释。3.各单位要高度重视，按时报送。",
    ]);
    expect(read.rest).toEqual(["同一问题在不同项目中不重复扣分。"]);
    expect(read.kept).toEqual(["2.本标准由市医保中心负责解释。", "3.各单位要高度重视，按时报送。"]);
  });

  it("keeps the notes before, between and after the tables of a .docx in their order, and says so once", async () => {
    const got = await imported(
      await docxOf([
        "南岭区2028年度医保经办考核办法",
        "备注：考核年度为2028年1月1日至12月31日。",
        table,
        "注：窗口服务以区政务服务中心的记录为准。",
        [table[0] ?? [], ["3", "基金稽核", "10", "稽核发现问题未整改的，每个扣1分。"]],
        "说明：1.加分项目须经区医保局认定后方可计入。2.本办法由区医保局负责解释。",
      ]),
      "docx",
    );
    expect(got.valid).toBe(true);
    expect(got.description).toBe(
      [
        "备注：考核年度为2028年1月1日至12月31日。",
        "注：窗口服务以区政务服务中心的记录为准。",
        "2.本办法由区医保局负责解释。",
      ].join("\n"),
    );
    expect(got.warnings.filter((w) => w.startsWith("已作为方案说明保留"))).toEqual([
      "已作为方案说明保留（3条）：备注：考核年度为2028年1月1日至12月31日。注：窗口服务以区政务服务中心的记录为准。2.本办法由区医保局负责解释。",
    ]);
    expect(got.warnings).toContain("表格后的说明未导入：加分项目须经区医保局认定后方可计入。");
  });

  it("keeps the lines of a 说明 sheet, but never a line to sign, nor a note that scores", async () => {
    const got = await imported(
      await workbookOf([
        {
          name: "评分表",
          rows: [...table, ["考核人：       日期：", "", "", ""]],
        },
        {
          name: "填表说明",
          rows: [
            ["填表说明"],
            ["1.请于次年1月5日前将本表报送市局。"],
            ["2.加分项目须另附佐证，否则不予加分。"],
          ],
        },
      ]),
      "xlsx",
    );
    expect(got.description).toBe("1.请于次年1月5日前将本表报送市局。");
    const said = got.warnings.join("\n");
    expect(said).toContain("加分项目须另附佐证，否则不予加分");
    expect(said).toMatch(/说明行未导入：考核人/);
  });

  it("says nothing is kept when no note is there", async () => {
    const got = await imported(await docxOf(["某区考核办法", table]), "docx");
    expect(got.description).toBeUndefined();
    expect(got.warnings.join("\n")).not.toContain("方案说明");
  });

  it("keeps whole notes while they fit in the 说明's limit and names the rest as not imported", () => {
    const notes = ["甲".repeat(6), "乙".repeat(3), "丙".repeat(2)];
    expect(keptNotes(notes, 10)).toEqual({
      description: `${"甲".repeat(6)}\n${"乙".repeat(3)}`,
      said: [
        `已作为方案说明保留（2条）：${"甲".repeat(6)}；${"乙".repeat(3)}`,
        `说明超出方案说明的 10 字上限，未导入：${"丙".repeat(2)}`,
      ],
    });
    expect(keptNotes([], 10)).toEqual({ said: [] });
  });
});
