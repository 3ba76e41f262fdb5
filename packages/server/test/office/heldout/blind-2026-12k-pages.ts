/**
 * Three layouts of the eighth December 2026 blind round (blind-2026-12k-tables.ts, decision 0336),
 * written by hand before the import was read or run on them: a table pasted from Word whose cells
 * of numbered lines do not always come to the item's 分值, with the total in a 注 under it; a
 * one-page PDF whose page header and footer are set in the body's own size; a PDF of a table
 * printed without lines, its cells centred in their rows, with no 分值 column (each item's points
 * in its 考核内容). The PDFs are printed by LibreOffice from a .docx at test time.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { sofficeConvert } from "../legacy-files.js";
import type { BlindLayoutTotalled } from "./blind-2026-12k-tables.js";
import { below, deductions, occ } from "./expected-rules.js";

/** 逐项达标 of requirements each earning its points. */
const met = (...points: string[]) => ({
  kind: "checklist",
  rule: { items: points.map((p) => ({ points: p })) },
});

/** One Word clipboard cell: its paragraphs, numbers in their own spans as Word writes them. */
function wordCell(paragraphs: string[]): string {
  const body = paragraphs
    .map(
      (p) =>
        `<p class=MsoNormal><span style='font-family:仿宋_GB2312'>${p.replace(/([0-9.%]+)/g, "<span lang=EN-US>$1</span>")}<span lang=EN-US><o:p></o:p></span></span></p>`,
    )
    .join("\r\n  ");
  return `<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\r\n  ${body}\r\n  </td>`;
}

const wordRow = (cells: string[][]) => ` <tr>\r\n  ${cells.map(wordCell).join("\r\n  ")}\r\n </tr>`;

/** Word's `text/html` for the title, the table and the note under it. */
const pastedHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15"></head>
<body lang=ZH-CN>
<!--StartFragment-->
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt'>平阳县2027年度医疗保障工作考核评分细则<o:p></o:p></span></b></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
${[
  [["序号"], ["考核项目"], ["分值"], ["评分标准"], ["考核方法"]],
  [
    ["1"],
    ["基金预算管理"],
    ["15"],
    [
      "1.按时编制年度基金收支预算（5分）；",
      "2.预算草案经局党组会议研究（4分）；",
      "3.按时报送市局备案（3分）。",
    ],
    ["查阅资料"],
  ],
  [
    ["2"],
    ["基金监管"],
    ["20"],
    [
      "1.制定年度基金监管工作方案（5分）；2.对定点医药机构开展现场检查全覆盖（10分）；3.建立违规问题整改台账（5分）。",
    ],
    ["查阅台账"],
  ],
  [
    ["3"],
    ["参保扩面"],
    ["25"],
    ["基本医疗保险参保率达到95%得满分，每低1个百分点扣2分。"],
    ["系统查询"],
  ],
  [
    ["4"],
    ["经办服务"],
    ["20"],
    ["经办事项超时办结的，每件扣1分；窗口服务被有效投诉的，每件扣2分。"],
    ["查阅台账"],
  ],
  [
    ["5"],
    ["支付方式改革"],
    ["20"],
    [
      "1.DIP付费覆盖全部符合条件的住院医疗机构（8分）；",
      "2.按时完成年度付费清算（6分）；",
      "3.开展付费政策培训（3分）。",
    ],
    ["查阅资料"],
  ],
]
  .map(wordRow)
  .join("\r\n")}
</table>
<p class=MsoNormal><span>注：本表满分100分。考核采取查阅资料与实地检查相结合的方式进行。<o:p></o:p></span></p>
<!--EndFragment-->
</body>
</html>
`;

/** A table pasted from Word: numbered lines with points that come to the 分值 (基金监管) and that do not (基金预算管理 12 of 15, 支付方式改革 17 of 20); 注：本表满分100分. */
export const pastedLines: BlindLayoutTotalled = {
  name: "医保 Word 复制粘贴的表格：单元格内编号分行各带分值，有的合计等于分值、有的不等（12≠15、17≠20）+ 表下「注：本表满分100分。」",
  kind: "paste",
  build: () => Promise.resolve(Buffer.from(pastedHtml, "utf8")),
  // Lines that do not come to the 分值 stay one item of the 分值 as written, their requirements a
  // 逐项达标 and the gap said; lines that do are items (0312, 0329).
  expected: [
    "1 基金预算管理 15",
    "2 基金监管 20",
    "2.1 制定年度基金监管工作方案 5",
    "2.2 对定点医药机构开展现场检查全覆盖 10",
    "2.3 建立违规问题整改台账 5",
    "3 参保扩面 25",
    "4 经办服务 20",
    "5 支付方式改革 20",
  ],
  kinds: {
    基金预算管理: met("5", "4", "3"),
    对定点医药机构开展现场检查全覆盖: met("10"),
    参保扩面: below("95", "1", "2"),
    经办服务: occ(["1", "2"]),
    支付方式改革: met("8", "6", "3"),
  },
  standards: {
    基金预算管理: ["按时编制年度基金收支预算", "预算草案经局党组会议研究", "按时报送市局备案"],
  },
  notText: ["本表满分100分"],
  said: ["12分", "15分", "17分", "考核方法", "考核采取查阅资料与实地检查相结合"],
  title: "平阳县2027年度医疗保障工作考核评分细则",
  total: "100",
};

/** Body text at 12 pt (24 half-points), as a 细则 printed in 仿宋 usually is. */
const SIZE = 24;
const run = (text: string) => new TextRun({ text, size: SIZE });
const para = (text: string, centred = false) =>
  new Paragraph({
    children: [run(text)],
    ...(centred ? { alignment: AlignmentType.CENTER } : {}),
  });

/** A .docx of a title, one table and a note; lines or none, cells centred or not, a header and footer (printed to PDF by `pdfOf`). */
export async function printedDocx(o: {
  title: string;
  rows: string[][];
  widths: number[];
  note: string;
  lines: boolean;
  header?: string;
  footer?: string;
}): Promise<Buffer> {
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: o.widths,
    ...(o.lines ? {} : { borders: TableBorders.NONE }),
    rows: o.rows.map(
      (row) =>
        new TableRow({
          children: row.map(
            (text, i) =>
              new TableCell({
                width: { size: o.widths[i] ?? 1000, type: WidthType.DXA },
                ...(o.lines ? {} : { verticalAlign: VerticalAlign.CENTER }),
                children: [para(text)],
              }),
          ),
        }),
    ),
  });
  const section = {
    ...(o.header === undefined
      ? {}
      : { headers: { default: new Header({ children: [para(o.header, true)] }) } }),
    ...(o.footer === undefined
      ? {}
      : { footers: { default: new Footer({ children: [para(o.footer, true)] }) } }),
    children: [para(o.title, true), table, para(o.note)],
  };
  return Packer.toBuffer(new Document({ sections: [section] }));
}

export const pdfOf = async (docx: Promise<Buffer>) =>
  sofficeConvert(await docx, "docx", "pdf", "pdf:writer_pdf_Export");

/** A one-page PDF: the unit's name as page header and 内部资料 as footer, both in the body's size. */
export const sameSizeFurniture: BlindLayoutTotalled = {
  name: "医保 PDF（LibreOffice）单页，页眉单位名称、页脚「内部资料 注意保存」与正文同字号 + 有线表格 + 表下注",
  kind: "pdf",
  build: () =>
    pdfOf(
      printedDocx({
        title: "永和县2027年度医疗保障经办机构内部控制考核细则",
        header: "永和县医疗保障局",
        footer: "内部资料　注意保存",
        lines: true,
        widths: [700, 1800, 900, 4400, 1500],
        rows: [
          ["序号", "考核项目", "分值", "评分标准", "考核方式"],
          [
            "1",
            "内控制度建设",
            "20",
            "未建立内部控制制度的扣10分；制度未按年度修订的扣5分。",
            "查阅资料",
          ],
          ["2", "岗位分离", "20", "关键岗位未实行分离的，每发现一处扣4分。", "实地查看"],
          ["3", "业务审核", "25", "待遇审核差错率超过1%的，每超过0.1个百分点扣1分。", "抽查案卷"],
          ["4", "风险排查", "15", "未按季度开展风险排查的，每缺一次扣3分。", "查阅台账"],
          [
            "5",
            "内审整改",
            "20",
            "内审发现问题整改率达到100%得满分，每低1个百分点扣1分。",
            "查阅台账",
          ],
        ],
        note: "注：本细则由县医疗保障局负责解释。",
      }),
    ),
  expected: [
    "1 内控制度建设 20",
    "2 岗位分离 20",
    "3 业务审核 25",
    "4 风险排查 15",
    "5 内审整改 20",
  ],
  kinds: {
    内控制度建设: deductions(["10", "5"]),
    岗位分离: occ(["4"]),
    业务审核: { kind: "steps", rule: { direction: "over" } },
    风险排查: occ(["3"]),
    内审整改: below("100", "1", "1"),
  },
  standards: {},
  notText: ["永和县医疗保障局", "内部资料"],
  said: ["本细则由县医疗保障局负责解释"],
  title: "永和县2027年度医疗保障经办机构内部控制考核细则",
};

/** A PDF of a table without lines, cells centred in their rows, no 分值 column: each item's points in its 考核内容 «参保扩面（20分）», standards over two or three printed lines. */
export const lineless: BlindLayoutTotalled = {
  name: "医保 PDF（LibreOffice）无框线表格、单元格垂直居中，无分值列（分值写在考核内容「参保扩面（20分）」），评分标准折行 + 表下注",
  kind: "pdf",
  build: () =>
    pdfOf(
      printedDocx({
        title: "清河县2027年度医疗保障重点工作考核评分表",
        lines: false,
        widths: [700, 2000, 4800, 1800],
        rows: [
          ["序号", "考核内容", "评分标准", "考核方式"],
          [
            "1",
            "参保扩面（20分）",
            "全县户籍人口基本医疗保险参保率达到96%得满分，每低1个百分点扣2分，参保率以省医保信息平台12月31日数据为准，扣完为止。",
            "系统查询",
          ],
          [
            "2",
            "基金监管（25分）",
            "对辖区定点医药机构开展现场检查，查实的违规问题未按服务协议处理的，每例扣2分；违规资金未在规定时限内追回的，每例扣1分。",
            "查阅台账、实地抽查",
          ],
          [
            "3",
            "待遇保障（20分）",
            "医疗救助对象资助参保资金未按规定时限足额拨付到位的，每次扣2分；因工作失误造成群众重复缴费或漏保的，每人次扣1分。",
            "查阅凭证",
          ],
          ["4", "经办服务（20分）", "经办事项超过承诺时限办结的，每件扣1分。", "查阅台账"],
          [
            "5",
            "医保信息化（15分）",
            "未按要求完成医保信息平台数据治理任务的扣5分；医保电子凭证激活率低于70%的扣5分。",
            "系统查询",
          ],
        ],
        note: "注：各项扣分以该项分值为限，扣完为止。",
      }),
    ),
  expected: ["1 参保扩面 20", "2 基金监管 25", "3 待遇保障 20", "4 经办服务 20", "5 医保信息化 15"],
  kinds: {
    参保扩面: below("96", "1", "2"),
    基金监管: occ(["2", "1"]),
    待遇保障: occ(["2", "1"]),
    经办服务: occ(["1"]),
    医保信息化: deductions(["5", "5"]),
  },
  standards: {
    基金监管: [
      "查实的违规问题未按服务协议处理的，每例扣2分",
      "违规资金未在规定时限内追回的，每例扣1分",
    ],
  },
  notText: ["各项扣分以该项分值为限"],
  said: ["考核方式"],
  title: "清河县2027年度医疗保障重点工作考核评分表",
};
