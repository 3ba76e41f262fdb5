/**
 * The readings of the eighth December blind round (decision 0336), each on other documents and
 * wordings than the blind ones (each failing before the fix): a total in a note or a sheet's row,
 * totals that disagree, numbered lines that do not come to the 分值, a line to sign written one
 * label a cell, a 文件's notice before its 附件, a one-page PDF's header and footer at the body's
 * size, a lineless PDF table with no points column.
 */
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { pdfOf, printedDocx } from "./heldout/blind-2026-12k-pages.js";
import { docxOf, workbookOf } from "./layout-files.js";
import { sofficeInstalled } from "./legacy-files.js";

type Node = { title: string; max: string; children?: Node[]; rule?: { kind: string } };

async function read(bytes: Buffer, kind: "docx" | "xlsx" | "pdf") {
  const r = await importRubric(bytes, kind);
  if (!r.ok) throw new Error(r.message);
  const items = r.document.items as unknown as Node[];
  const lines = (list: Node[], depth = 0): string[] =>
    list.flatMap((i) => [`${depth} ${i.title} ${i.max}`, ...lines(i.children ?? [], depth + 1)]);
  return {
    lines: lines(items),
    items,
    warnings: r.summary.warnings.join("\n"),
    description: r.document.description ?? "",
    title: r.document.title,
  };
}

const weights = (shares: string[]) => [
  ["序号", "工作任务", "权重", "评分办法"],
  ["1", "两定机构协议管理", shares[0] ?? "", "协议未按期续签的，每家扣1分。"],
  ["2", "异地就医直接结算", shares[1] ?? "", "备案办理超过时限的，每件扣0.5分。"],
];

describe("a total stated in a note or a sheet's row (decision 0336)", () => {
  it("scales weights by a total in a 备注 paragraph under the table and reports the note's other sentence", async () => {
    const got = await read(
      await docxOf([
        "南岗区医保经办目标任务考核表",
        weights(["40%", "60%"]),
        "备注：考核满分为200分；数据统计截至当年11月30日。",
      ]),
      "docx",
    );
    expect(got.lines).toEqual(["0 两定机构协议管理 80", "0 异地就医直接结算 120"]);
    expect(got.warnings).toContain("总分 200 分");
    // The note's other sentence is kept as the 说明; the total read is not printed there.
    expect(got.description).toContain("数据统计截至当年11月30日");
    expect(got.description).not.toContain("总分");
    expect(got.warnings).toContain("数据统计截至当年11月30日");
  });

  it("scales weights by a total in a sheet's 注 row merged under the table, keeping what else it says", async () => {
    const got = await read(
      await workbookOf([
        {
          name: "考核表",
          rows: [
            ["南岗区医保经办目标任务考核表", "", "", ""],
            ...weights(["0.25", "0.75"]),
            ["注：本评分表总分为80分，年底前完成考核。", "", "", ""],
          ],
          merges: ["A1:D1", "A5:D5"],
        },
      ]),
      "xlsx",
    );
    expect(got.lines).toEqual(["0 两定机构协议管理 20", "0 异地就医直接结算 60"]);
    expect(got.warnings).toContain("年底前完成考核");
  });

  it("names both figures when the title's total and a note's disagree (the title's kept)", async () => {
    const got = await read(
      await docxOf([
        "南岗区医保经办目标任务考核表（满分100分）",
        weights(["50%", "50%"]),
        "注：本表总分120分。",
      ]),
      "docx",
    );
    expect(got.lines).toEqual(["0 两定机构协议管理 50", "0 异地就医直接结算 50"]);
    expect(got.warnings).toMatch(/标题所写的总分 100 分与说明“.*”所写的 120 分不一致/);
  });

  it("names both figures when a paragraph's total and the 合计 row of a points table disagree", async () => {
    const got = await read(
      await docxOf([
        "南岗区医保经办目标任务考核表",
        "考核实行百分制。",
        [
          ["序号", "工作任务", "分值", "评分办法"],
          ["1", "两定机构协议管理", "40", "协议未按期续签的，每家扣1分。"],
          ["2", "异地就医直接结算", "50", "备案办理超过时限的，每件扣0.5分。"],
          ["合计", "", "90", ""],
        ],
      ]),
      "docx",
    );
    expect(got.warnings).toContain("所写的总分 100 分与合计行所写的 90 分不一致");
  });
});

describe("numbered lines in a cell whose points do not come to the 分值 (decision 0336)", () => {
  const table = (points: string) =>
    docxOf([
      "南岗区医保基金运行分析考核表",
      [
        ["序号", "考核项目", "分值", "考核标准"],
        [
          "1",
          "基金运行分析",
          points,
          "①按月形成基金运行分析报告（3分）；\n②对基金风险提出预警建议（3分）。",
        ],
      ],
    ]);

  it("keeps one item of the 分值 as written and names the lines' sum and the 分值", async () => {
    const got = await read(await table("10"), "docx");
    expect(got.lines).toEqual(["0 基金运行分析 10"]);
    expect(got.items[0]?.rule?.kind).toBe("checklist");
    expect(got.warnings).toContain("合计 6 分，与本项分值 10 分不一致");
  });

  it("still splits lines that come to the 分值 into items (guard)", async () => {
    const got = await read(await table("6"), "docx");
    expect(got.lines).toEqual([
      "0 基金运行分析 6",
      "1 按月形成基金运行分析报告 3",
      "1 对基金风险提出预警建议 3",
    ]);
    expect(got.warnings).not.toContain("不一致");
  });
});

describe("a sheet's line to sign written one label a cell (decision 0336)", () => {
  it("is reported as a line to sign, not read as an item", async () => {
    const got = await read(
      await workbookOf([
        {
          name: "考核表",
          rows: [
            ["序号", "工作任务", "分值", "评分办法"],
            ["1", "两定机构协议管理", "10", "协议未按期续签的，每家扣1分。"],
            ["2", "异地就医直接结算", "10", "备案办理超过时限的，每件扣0.5分。"],
            ["考核人：", "", "", "日期："],
          ],
        },
      ]),
      "xlsx",
    );
    expect(got.lines).toEqual(["0 两定机构协议管理 10", "0 异地就医直接结算 10"]);
    expect(got.warnings).toContain("考核人：");
  });
});

describe("a 文件's notice before its 附件 (decision 0336)", () => {
  const rubric = [
    ["序号", "工作任务", "分值", "评分办法"],
    ["1", "两定机构协议管理", "10", "协议未按期续签的，每家扣1分。"],
  ];

  it("reports the notice's body, not its head, addressees or date", async () => {
    const got = await read(
      await docxOf([
        "南岗区医疗保障局",
        "南医保〔2027〕5号",
        "关于开展2027年度医保经办目标考核的通知",
        "各街道社区卫生服务中心：",
        "为进一步压实经办责任，区局决定开展年度目标考核，现将考核表印发给你们，请于12月20日前完成自评并报送。",
        "2027年3月2日",
        "附件1：",
        "南岗区医保经办目标任务考核表",
        rubric,
      ]),
      "docx",
    );
    expect(got.title).toBe("南岗区医保经办目标任务考核表");
    expect(got.warnings).toContain("附件前的通知正文未导入：为进一步压实经办责任");
    expect(got.warnings).not.toContain("各街道社区卫生服务中心");
    expect(got.warnings).not.toContain("南医保");
  });

  it("says nothing of a notice where no 附件 mark stands before the table (guard)", async () => {
    const got = await read(
      await docxOf(["南岗区医保经办目标任务考核表", "本表适用于各街道社区卫生服务中心。", rubric]),
      "docx",
    );
    expect(got.warnings).not.toContain("通知正文");
  });
});

describe.skipIf(!sofficeInstalled)("PDFs printed by LibreOffice (decision 0336)", () => {
  const rows = [
    ["序号", "工作任务", "分值", "评分办法"],
    ["1", "两定机构协议管理", "10", "协议未按期续签的，每家扣1分。"],
    ["2", "异地就医直接结算", "10", "备案办理超过时限的，每件扣0.5分。"],
  ];

  it("leaves out a one-page PDF's header and footer set at the body's size", async () => {
    const got = await read(
      await pdfOf(
        printedDocx({
          title: "南岗区医保经办目标任务考核表",
          header: "南岗区医疗保障局办公室",
          footer: "仅供内部使用",
          lines: true,
          widths: [900, 2400, 900, 5000],
          rows,
          note: "",
        }),
      ),
      "pdf",
    );
    expect(got.title).toBe("南岗区医保经办目标任务考核表");
    expect(got.lines).toEqual(["0 两定机构协议管理 10", "0 异地就医直接结算 10"]);
    expect(got.warnings).not.toContain("仅供内部使用");
    expect(got.warnings).not.toContain("办公室");
  }, 120_000);

  it("keeps the title of a one-page PDF without header (guard)", async () => {
    const got = await read(
      await pdfOf(
        printedDocx({
          title: "南岗区医保经办目标任务考核表",
          lines: true,
          widths: [900, 2400, 900, 5000],
          rows,
          note: "",
        }),
      ),
      "pdf",
    );
    expect(got.title).toBe("南岗区医保经办目标任务考核表");
  }, 120_000);

  it("reads a lineless table of centred cells without a 分值 column by its row numbers", async () => {
    const got = await read(
      await pdfOf(
        printedDocx({
          title: "南岗区医保经办目标任务考核表",
          lines: false,
          widths: [700, 1900, 5200, 1400],
          rows: [
            ["序号", "工作任务", "评分办法", "牵头科室"],
            [
              "一",
              "两定机构协议管理（12分）",
              "协议未按期续签的，每家扣1分；协议履行情况未按季度开展检查的，每少一次扣2分，扣完为止。",
              "医药服务科",
            ],
            ["二", "异地就医直接结算（8分）", "备案办理超过时限的，每件扣0.5分。", "经办中心"],
            [
              "三",
              "医保政策宣传（5分）",
              "未按要求开展医保政策进社区、进企业宣传活动的，每少一次扣1分；宣传资料未及时更新的扣2分。",
              "办公室",
            ],
          ],
          note: "",
        }),
      ),
      "pdf",
    );
    expect(got.lines).toEqual([
      "0 两定机构协议管理 12",
      "0 异地就医直接结算 8",
      "0 医保政策宣传 5",
    ]);
  }, 120_000);
});
