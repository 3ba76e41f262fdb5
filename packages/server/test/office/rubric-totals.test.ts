/**
 * Readings the rubric import left (decision 0331): a total stated in a paragraph beside the
 * tables scales a weights column as a title's does (and the paragraph counts as read); a paste's
 * title comes from the paste or is left empty, never made up; a 基础分 beside a rank whose bottom
 * says 从总分中扣 keeps that deduction on the unit's total; the items of a 扣分项目 part that are not
 * counts take from the total too; 依据原文 is the source verbatim.
 */
import { scoreRound } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importPastedRubric, importRubric } from "../../src/office/rubric/import-rubric.js";
import { docxOf, xlsxOf } from "./layout-files.js";
import { readRank, scoresOver, totalsOver } from "./rank-read.js";

/** A weights table: 序号 | 考核项目 | 权重 | 评分标准. */
const weighted = (weights: [string, string]) => [
  ["序号", "考核项目", "权重", "评分标准"],
  ["1", "待遇经办", weights[0], "办理时限超过规定的，每件扣1分。"],
  ["2", "稽核检查", weights[1], "未完成年度稽核任务的，扣5分。"],
];

async function docx(parts: Parameters<typeof docxOf>[0]) {
  const r = await importRubric(await docxOf(parts), "docx");
  if (!r.ok) throw new Error(r.message);
  return {
    points: (r.document.items as { max: string }[]).map((i) => i.max),
    warnings: r.summary.warnings,
    description: r.document.description ?? "",
    title: r.document.title,
  };
}

describe("a total stated in a paragraph beside the tables", () => {
  it.each([
    [
      "after the table",
      ["东坡区医保经办考核办法", weighted(["70%", "30%"]), "本细则满分120分。"],
      ["84", "36"],
      "120",
    ],
    [
      "before the table",
      ["东坡区医保经办考核办法", "考核总分为150分。", weighted(["0.4", "0.6"])],
      ["60", "90"],
      "150",
    ],
    [
      "千分制 with its figure",
      ["东坡区医保经办考核办法", weighted(["25%", "75%"]), "满分1000分（千分制）。"],
      ["250", "750"],
      "1000",
    ],
    [
      "百分制",
      ["东坡区医保经办考核办法", "考核实行百分制。", weighted(["0.45", "0.55"])],
      ["45", "55"],
      "100",
    ],
  ] as const)(
    "scales the weights (%s) and counts the paragraph as read",
    async (_, parts, points, total) => {
      const got = await docx([...parts] as Parameters<typeof docxOf>[0]);
      expect(got.points).toEqual(points);
      expect(got.warnings.join("\n")).not.toMatch(/说明未导入/);
      expect(got.warnings.join("\n")).toContain(`总分 ${total} 分`);
      expect(got.description).not.toContain("总分");
    },
  );

  it("compares points written as points with the paragraph's total", async () => {
    const got = await docx([
      "东坡区医保经办考核办法",
      [
        ["序号", "考核项目", "分值", "评分标准"],
        ["1", "待遇经办", "40", "办理时限超过规定的，每件扣1分。"],
        ["2", "稽核检查", "50", "未完成年度稽核任务的，扣5分。"],
      ],
      "本表总分100分。",
    ]);
    expect(got.points).toEqual(["40", "50"]);
    expect(got.warnings.join("\n")).toContain("各项分值合计 90 分，与正文所写的总分 100 分不一致");
  });

  it("warns naming both when the title's total and the paragraph's disagree (the title's kept)", async () => {
    const got = await docx([
      "东坡区医保经办考核表（总分100分）",
      weighted(["70%", "30%"]),
      "本细则满分120分。",
    ]);
    expect(got.points).toEqual(["70", "30"]);
    const said = got.warnings.join("\n");
    expect(said).toContain("标题所写的总分 100 分");
    expect(said).toContain("“本细则满分120分。”");
    expect(said).toContain("120 分");
  });

  it("leaves a paragraph about one item's points as it was (guard)", async () => {
    const got = await docx([
      "东坡区医保经办考核办法",
      weighted(["70%", "30%"]),
      "每项满分10分，扣完为止以外的情形另行说明。",
    ]);
    expect(got.points).toEqual(["70", "30"]);
    expect(got.warnings.join("\n")).toContain("表格后的说明未导入：每项满分10分");
  });
});

const pastedTable =
  "<table><tr><td>序号</td><td>考核项目</td><td>分值</td><td>评分标准</td></tr>" +
  "<tr><td>1</td><td>待遇经办</td><td>10</td><td>办理时限超过规定的，每件扣1分。</td></tr></table>";

describe("the title of a pasted table", () => {
  it("takes the line before the table", () => {
    const r = importPastedRubric({ html: `<p>东坡区2027年医保经办考核细则</p>${pastedTable}` });
    expect(r.ok && r.document.title).toBe("东坡区2027年医保经办考核细则");
  });

  it("takes the table's caption", () => {
    const html = pastedTable.replace("<table>", "<table><caption>东坡区医保经办考核表</caption>");
    const r = importPastedRubric({ html });
    expect(r.ok && r.document.title).toBe("东坡区医保经办考核表");
  });

  it.each([
    ["a note after the table", { html: `${pastedTable}<p>注：本表由区医保局负责解释。</p>` }],
    ["the table alone", { html: pastedTable }],
    [
      "tab-separated rows alone",
      { text: "序号\t考核项目\t分值\t评分标准\n1\t待遇经办\t10\t办理时限超过规定的，每件扣1分。" },
    ],
  ])("is left empty with %s (never made up)", (_, pasted) => {
    const r = importPastedRubric(pasted);
    expect(r.ok && r.document.title).toBe("");
  });
});

describe("a 基础分 beside a rank whose bottom says 从总分中扣", () => {
  it("keeps the item from its 基础分 and takes the bottom's deduction from the unit's total", async () => {
    const { leaf, warnings, unused } = await readRank(
      "10",
      "基础分6分。在全区排名第1名的加4分，第2名加2分，排名末位的从总分中扣3分。",
    );
    expect(leaf.rule).toMatchObject({
      kind: "sum",
      base: "6",
      parts: [
        { kind: "rank", order: "desc" },
        { kind: "toTotal", sign: "minus", rule: { kind: "rank", order: "asc", mode: "deduct" } },
      ],
    });
    expect(unused).toEqual([]);
    expect(warnings.join("")).not.toContain("细则未写其余名次");
    const values = ["9", "8", "7", "6"];
    expect(scoresOver("10", leaf, values)).toEqual(["10", "8", "6", "6"]);
    expect(totalsOver("10", leaf, values)).toEqual(["10", "8", "6", "3"]);
  });

  it("takes it from the total on an item with room and no 基础分 too", async () => {
    const { leaf } = await readRank("4", "在全区排名第1名的加2分，排名末位的从总分中扣2分。");
    expect(leaf.rule).toMatchObject({
      kind: "sum",
      base: "2",
      parts: [{ kind: "rank" }, { kind: "toTotal", sign: "minus" }],
    });
    const values = ["9", "8", "7"];
    expect(scoresOver("4", leaf, values)).toEqual(["4", "2", "2"]);
    expect(totalsOver("4", leaf, values)).toEqual(["4", "2", "0"]);
  });
});

describe("a 扣分项目 part", () => {
  it("takes an item that is no count from the unit's total as it takes the counted ones", async () => {
    const r = await importRubric(
      await docxOf([
        "东坡区医保经办考核细则",
        [
          ["序号", "考核项目", "分值", "评分标准"],
          ["1", "待遇经办", "10", "办理时限超过规定的，每件扣1分。"],
        ],
        "二、扣分项目",
        [
          ["序号", "扣分事项", "扣分标准"],
          ["1", "通报", "被上级部门书面通报批评的，扣2分。"],
          ["2", "投诉", "被群众实名投诉且查实的，每件扣1分。"],
        ],
      ]),
      "docx",
    );
    if (!r.ok) throw new Error(r.message);
    const part = (r.document.items as { children?: { rule: { kind: string } }[] }[])[1];
    expect(part?.children?.map((c) => c.rule.kind)).toEqual(["toTotal", "toTotal"]);
    expect(r.summary.warnings.join("\n")).not.toContain("暂记 0 分");
    expect(r.summary.warnings.join("\n")).toContain("通报、投诉 从单位总分中扣除");
    expect(r.proposals.find((p) => p.code === "2.1")?.kind).toBe("toTotal");
    // Scored: the item stays at 0 分, the unit's total loses 2 (and 1 for each complaint).
    if (r.scheme === undefined) throw new Error(JSON.stringify(r.problems));
    const leaves = part?.children as unknown as { facts: { name: string }[] }[];
    const fact = (i: number) => leaves[i]?.facts[0]?.name ?? "";
    const scored = scoreRound(r.scheme, [
      {
        id: "u1",
        name: "甲",
        facts: { "1": { count1: 0 }, "2.1": { [fact(0)]: true }, "2.2": { [fact(1)]: 1 } },
      },
    ]);
    if (!scored.ok) throw new Error(JSON.stringify(scored.problems));
    expect(scored.result.units[0]?.total).toBe("7");
  });
});

describe("依据原文", () => {
  it("is the source text verbatim: full-width punctuation, a numeral in words, 目标值 as written", async () => {
    const r = await importRubric(
      await xlsxOf([
        ["序号", "考核项目", "目标值", "分值", "评分标准"],
        ["1", "参保率", "≥97%", "10", "参保率达到目标值得10分；每低1个百分点扣2分，扣完为止。"],
        ["2", "报送", "", "5", "未按时报送的（含迟报），每次扣１分；\n报送质量差的，扣0.5分。"],
        ["3", "满意度", "", "5", "群众满意度达到百分之九十以上的，得5分。"],
      ]),
      "xlsx",
    );
    if (!r.ok) throw new Error(r.message);
    const phrases = Object.fromEntries(r.proposals.map((p) => [p.code, p.phrase]));
    expect(phrases["1"]).toBe("参保率达到目标值得10分；每低1个百分点扣2分，扣完为止");
    expect(phrases["2"]).toBe("未按时报送的（含迟报），每次扣１分；\n报送质量差的，扣0.5分");
    expect(phrases["3"]).toBe("群众满意度达到百分之九十以上的，得5分");
    for (const p of r.proposals)
      for (const piece of p.phrase.split("……")) expect(p.reading.source).toContain(piece);
  });
});
