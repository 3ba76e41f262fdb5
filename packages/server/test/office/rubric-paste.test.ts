/**
 * A 评分细则 pasted instead of uploaded (decision 0317): Word's, WPS's and Excel's clipboard HTML
 * read into the same rows and the same draft as the table uploaded as .docx; Excel's
 * tab-separated text and a PDF's printed lines read too; merged cells, entities, hidden and
 * non-text content, layout tables and nested tables handled as a browser shows them.
 */
import { describe, expect, it } from "vitest";
import { importPastedRubric, importRubric } from "../../src/office/rubric/import-rubric.js";
import { documentOfHtml } from "../../src/office/rubric/pasted-html.js";
import { readPastedTable, unwrapLines } from "../../src/office/rubric/pasted.js";
import type { RubricTable } from "../../src/office/rubric/table.js";
import {
  excelHtml,
  excelTsv,
  pdfLines,
  rubricCells,
  wordHtml,
  wpsHtml,
} from "./clipboard-samples.js";
import { docxOf } from "./layout-files.js";

const TITLE = "西川县2026年度医疗保障工作考核评分细则";
const wpsHtmlPaste = { html: wpsHtml };

/** The rows every sample's table holds (merges as continuation cells, as the .docx reader gives them). */
const expectedRows = [
  {
    cells: [
      "一",
      "基金监管（8分）",
      "定点医药机构检查",
      "5",
      "年度检查覆盖率达到100%得5分，每下降1%扣0.5分，扣完为止。",
      "查阅资料",
    ],
    continued: [false, false, false, false, false, false],
  },
  {
    cells: [
      "",
      "",
      "信息报送",
      "3",
      "按时报送医保信息，迟报一次扣0.5分；\n漏报一次扣1分。",
      "查阅记录",
    ],
    continued: [true, true, false, false, false, false],
  },
  {
    cells: [
      "二",
      "参保扩面（5分）",
      "基本医疗保险参保率",
      "5",
      "参保率达到99.8%得5分，每下降0.1%扣0.5分，扣完为止。\n以省级平台数据为准。",
      "省级平台查阅",
    ],
    continued: [false, false, false, false, false, false],
  },
  {
    cells: [
      "三",
      "加分项目",
      "",
      "2",
      "被评为省级医保工作先进单位的加2分，市级的加1分，同一工作就高计分。",
      "查阅文件",
    ],
    continued: [false, false, true, false, false, false],
  },
];

function tableOf(read: RubricTable | string): RubricTable {
  if (typeof read === "string") throw new Error(read);
  return read;
}

/** The draft of the same table uploaded as a .docx. */
async function uploaded() {
  const result = await importRubric(await docxOf([TITLE, rubricCells]), "docx");
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("reading a pasted table", () => {
  it.each([
    ["Word", { html: wordHtml }, TITLE],
    // The table alone has no title: none is made up (decision 0331), the administrator is asked.
    ["WPS 文字 (the table alone, a hidden bookmark in a cell)", { html: wpsHtml }, ""],
    ["Excel (the title row merged across)", { html: excelHtml }, TITLE],
  ])(
    "%s: rowspan/colspan become continuation cells, <br> and <p> line breaks kept, <o:p>/&nbsp; gone",
    (_, pasted, title) => {
      const table = tableOf(readPastedTable(pasted));
      expect(table.title).toBe(title);
      expect(table.blocks).toHaveLength(1);
      expect(table.blocks[0]?.rows).toEqual(expectedRows);
      expect([...(table.blocks[0]?.columns.roles.entries() ?? [])]).toEqual(
        expect.arrayContaining([
          ["points", 3],
          ["standard", 4],
        ]),
      );
    },
  );

  it("Excel's tab-separated text: quoted cells with line breaks, the title row, a merge left blank", () => {
    const table = tableOf(readPastedTable({ text: excelTsv }));
    expect(table.title).toBe(TITLE);
    // Plain text carries no merges: the merged cells are empty, not continued.
    expect(table.blocks[0]?.rows.map((r) => r.cells)).toEqual(expectedRows.map((r) => r.cells));
  });

  it.each([
    ["Word's HTML", { html: wordHtml }],
    ["WPS's HTML (titled by the administrator: the table alone has none)", wpsHtmlPaste],
    ["Excel's HTML", { html: excelHtml }],
    ["Excel's text", { text: excelTsv }],
    ["Word's HTML with its text", { html: wordHtml, text: "不读这段文字" }],
  ])("%s reads into the same draft as the table uploaded as .docx", async (_, pasted) => {
    const file = await uploaded();
    const paste = importPastedRubric(pasted, pasted === wpsHtmlPaste ? { title: TITLE } : {});
    if (!paste.ok) throw new Error(paste.message);
    expect(paste.document.items).toEqual(file.document.items);
    expect(paste.proposals).toEqual(file.proposals);
    expect(paste.summary).toEqual(file.summary);
    expect(paste.scheme).toBeDefined();
    expect(paste.proposals.map((p) => `${p.code} ${p.kind}`)).toEqual([
      "1.1 steps",
      "1.2 occurrences",
      "2 steps",
      "3 occurrences",
    ]);
  });

  it("text copied from a PDF: lines broken at the page's edge are joined, then read as numbered paragraphs", () => {
    const result = importPastedRubric({ text: pdfLines });
    if (!result.ok) throw new Error(result.message);
    expect(result.document.title).toBe("西川县2026年度医疗保障工作考核细则");
    const [fund, insured] = result.document.items as {
      code: string;
      max: string;
      children: { code: string; max: string; standard: string; rule: Record<string, unknown> }[];
    }[];
    expect(fund?.children.map((c) => [c.code, c.max, c.standard])).toEqual([
      ["1.1", "5", "年度检查覆盖率达到100%得5分，每下降1%扣0.5分，扣完为止。"],
      ["1.2", "3", "按时报送医保信息，迟报一次扣0.5分；漏报一次扣1分。"],
    ]);
    expect(fund?.children[0]?.rule).toMatchObject({ kind: "steps", from: "100", step: "1" });
    expect(fund?.children[1]?.rule).toMatchObject({
      kind: "occurrences",
      terms: [{ points: "0.5" }, { points: "1" }],
    });
    expect(insured?.children[0]?.rule).toMatchObject({ kind: "steps", from: "99.8", step: "0.1" });
  });

  it("joins a PDF's wrapped lines only where a sentence goes on", () => {
    expect(
      unwrapLines(
        [
          "考核细则",
          "一、基金监管（8分）",
          "1.定点医药机构检查（5分）。年度检查覆盖率达到100%得5分，每下降1%扣",
          "0.5分，扣完为止。",
          "2.信息报送（3分）。迟报一次扣0.5分，",
          "扣完为止。",
          "3.宣传（2分）。未开展的不得分。",
        ].join("\r\n"),
      ),
    ).toEqual([
      "考核细则",
      "一、基金监管（8分）",
      "1.定点医药机构检查（5分）。年度检查覆盖率达到100%得5分，每下降1%扣0.5分，扣完为止。",
      "2.信息报送（3分）。迟报一次扣0.5分，扣完为止。",
      "3.宣传（2分）。未开展的不得分。",
    ]);
  });

  it("lays out overlapping spans, rowspan=0, and spans past the table's end as a browser does", () => {
    const { tables } = documentOfHtml(
      `<table>
        <tr><td rowspan=0>甲</td><td colspan=2>乙</td><td rowspan=9>丙</td></tr>
        <tr><td>丁</td><td rowspan=2 colspan=2>戊</td></tr>
        <tr><td>己</td></tr>
      </table>`,
    );
    expect(tables[0]?.map((r) => r.cells)).toEqual([
      ["甲", "乙", "", "丙"],
      ["", "丁", "戊", ""],
      ["", "己", "", ""],
    ]);
    expect(tables[0]?.map((r) => r.continued)).toEqual([
      [false, false, true, false],
      [true, false, false, true],
      [true, false, true, true],
    ]);
  });

  it("decodes entities and drops what is not shown: scripts, styles, comments, hidden text", () => {
    const { tables, paragraphs } = documentOfHtml(
      `<style>td{color:red}</style><script>alert("x")</script><p>说明&nbsp;&nbsp;：A&amp;B</p>
       <table><tr><th>评分标准</th><td>温度&lt;37&#8451;得1分<!-- 注释 --><span style="display: none">隐藏</span>
       <span hidden>也隐藏</span><template>模板</template></td></tr></table>`,
    );
    expect(paragraphs).toEqual(["说明 ：A&B"]);
    expect(tables[0]?.[0]?.cells).toEqual(["评分标准", "温度<37℃得1分"]);
  });

  it("reads the tables inside a page's layout table, and flattens a table inside a cell", () => {
    const { tables, captions } = documentOfHtml(
      `<table><tr><td>栏目导航</td><td>
         <p>加分项目</p>
         <table><tr><td>项目</td><td>评分标准</td></tr>
           <tr><td>宣传</td><td><table><tr><td>省级</td><td>加2分</td></tr><tr><td>市级</td><td>加1分</td></tr></table></td></tr>
         </table>
       </td></tr></table>`,
    );
    expect(tables).toHaveLength(1);
    expect(captions).toEqual(["加分项目"]);
    expect(tables[0]?.[1]?.cells).toEqual(["宣传", "省级 加2分\n市级 加1分"]);
  });

  it("takes a table's <caption> as its heading (a 加分 part)", () => {
    const table = tableOf(
      readPastedTable({
        html: `<table><caption>加分项目</caption><tr><th>项目</th><th>分值</th><th>评分标准</th></tr>
          <tr><td>工作创新</td><td>2</td><td>经验被省级推广的加2分。</td></tr></table>`,
      }),
    );
    expect(table.blocks[0]?.caption).toBe("加分项目");
  });

  it("says in Chinese when a paste holds no rubric, and survives pathological nesting", () => {
    expect(readPastedTable({ html: "<p>你好</p>", text: "你好" })).toMatch(
      /^粘贴的内容中找不到评分细则表格/,
    );
    const started = performance.now();
    expect(
      readPastedTable({ html: `${"<div>".repeat(200_000)}深处${"<table><tr><td>".repeat(3000)}` }),
    ).toMatch(/^粘贴的内容中找不到/);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
