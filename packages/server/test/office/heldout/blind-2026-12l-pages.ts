/**
 * Two layouts of the ninth December 2026 blind round (blind-2026-12l-tables.ts, decision 0340),
 * written by hand before the import was read or run on them: a .docx whose standards carry Word's
 * own line breaks (Shift+Enter, w:br) in the middle of numbered lines and sentences, as a narrow
 * column typed by hand comes out; a PDF of a table running over two pages, its header row marked to
 * repeat on each page (w:tblHeader) and rows allowed to break across the page. The PDF is printed
 * by LibreOffice from a .docx at test time.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { BlindLayoutTotalled } from "./blind-2026-12k-tables.js";
import { below, occ } from "./expected-rules.js";
import { pdfOf } from "./blind-2026-12k-pages.js";

/** A paragraph whose "\n" are Word's line breaks inside the paragraph (w:br), not new paragraphs. */
const broken = (text: string, size?: number) =>
  new Paragraph({
    children: text
      .split("\n")
      .map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), size })),
  });

/** A .docx of a title, one table (its first row repeated on each page) and an optional note. */
export async function tableDocx(o: {
  title: string;
  rows: string[][];
  widths: number[];
  note?: string;
  size?: number;
}): Promise<Buffer> {
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: o.widths,
    rows: o.rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: row.map(
            (text, i) =>
              new TableCell({
                width: { size: o.widths[i] ?? 1000, type: WidthType.DXA },
                children: [broken(text, o.size)],
              }),
          ),
        }),
    ),
  });
  const children = [broken(o.title, o.size), table, broken(o.note ?? "", o.size)];
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** .docx: standards with Word line breaks (w:br) inside numbered lines and in mid-sentence. */
export const softBreaks: BlindLayoutTotalled = {
  name: "医保 .docx 评分标准格内用手动换行（Shift+Enter）在句中、编号行中间断行，编号行各带分值且合计等于分值",
  kind: "docx",
  build: () =>
    tableDocx({
      title: "桃江县2027年度医疗保障基金管理考核细则",
      widths: [700, 1800, 900, 5600],
      rows: [
        ["序号", "考核项目", "分值", "评分标准"],
        [
          "1",
          "基金预算",
          "10",
          "1.按时编制年度基金收支\n预算（4分）；\n2.按月报送基金运行\n分析报告（3分）；\n3.开展基金运行风险\n预警（3分）。",
        ],
        ["2", "经办时限", "15", "经办事项超过承诺时限办结\n的，每件扣1分。"],
        [
          "3",
          "财务管理",
          "15",
          "基金收入户、支出户未按规定\n管理的扣5分；财务报表\n未按时报送的，每次扣2分。",
        ],
        ["4", "内部审计", "10", "内审发现问题整改率达到100%\n得满分，每低1个百分点扣\n0.5分。"],
      ],
    }),
  expected: [
    "1 基金预算 10",
    "1.1 按时编制年度基金收支预算 4",
    "1.2 按月报送基金运行分析报告 3",
    "1.3 开展基金运行风险预警 3",
    "2 经办时限 15",
    "3 财务管理 15",
    "4 内部审计 10",
  ],
  kinds: {
    经办时限: occ(["1"]),
    内部审计: below("100", "1", "0.5"),
  },
  standards: { 财务管理: ["支出户未按规定管理的扣5分", "财务报表未按时报送的，每次扣2分"] },
  notText: [],
  said: [],
  title: "桃江县2027年度医疗保障基金管理考核细则",
};

const long = [
  [
    "1",
    "参保扩面",
    "12",
    "全县户籍人口基本医疗保险参保率达到96%得满分，每低1个百分点扣2分，扣完为止。参保率以省医保信息平台12月31日统计数据为准，各乡镇须于次年1月10日前完成数据核对，逾期未核对的以平台数据为准。",
    "系统查询",
  ],
  [
    "2",
    "基金预算",
    "8",
    "未按时编制年度基金收支预算的扣4分；预算执行情况未按季度分析的扣4分。预算编制须经县医疗保障局局务会研究，并按规定报送县财政局和市医疗保障局备案，备案材料不全的视为未编制。",
    "查阅资料",
  ],
  [
    "3",
    "基金监管",
    "15",
    "查实的违规问题未按服务协议处理的，每例扣3分。对辖区内定点医药机构开展日常巡查，巡查记录须详细载明检查时间、检查人员、发现问题及整改要求，并由被检查机构负责人签字确认，巡查记录不全的视为未巡查。",
    "查阅台账",
  ],
  [
    "4",
    "医疗救助",
    "10",
    "医疗救助资金未按规定时限足额拨付的，每次扣2分。医疗救助对象认定须与民政、乡村振兴部门数据共享比对，每月比对一次，比对结果及时反馈乡镇，未按月比对的视为未拨付。",
    "查阅凭证",
  ],
  [
    "5",
    "待遇审核",
    "10",
    "待遇审核出现差错的，每例扣2分。审核须执行初审、复审两级审核制度，审核意见须在信息系统中留痕，审核结论与政策规定不一致的视为差错，同一问题重复出现的按两例计。",
    "抽查案卷",
  ],
  [
    "6",
    "经办服务",
    "10",
    "经办事项超过承诺时限办结的，每件扣1分。经办大厅须公示服务事项清单、办事指南和承诺时限，设置综合受理窗口，实行一次告知、一窗受理、一次办结，群众投诉经查属实的按超时办结计。",
    "查阅台账",
  ],
  [
    "7",
    "异地就医",
    "8",
    "异地就医直接结算率达到90%得满分，每低1个百分点扣1分。异地就医备案须实现网上办、掌上办，备案材料实行告知承诺制，备案办理时限不超过1个工作日，超过时限的每件另行登记。对跨省异地就医费用开展稽核，稽核比例不低于5%，发现问题及时反馈就医地经办机构，建立问题台账，实行销号管理，稽核结果每半年向市医疗保障局报告一次。",
    "系统查询",
  ],
  [
    "8",
    "支付方式改革",
    "10",
    "未按要求开展按病种分值付费改革的扣5分；改革覆盖的定点医疗机构不足80%的扣5分。改革工作须制定实施方案，明确时间表和路线图，每季度向市医疗保障局报送进展情况，报送情况作为评分依据。",
    "查阅资料",
  ],
  [
    "9",
    "信息化建设",
    "9",
    "医保电子凭证激活率达到70%得满分，每低1个百分点扣1分。定点医药机构须全部接入国家医保信息平台，实现医保电子凭证扫码结算，移动支付在二级以上定点医疗机构全面上线，未上线的机构须报送整改计划。",
    "系统查询",
  ],
  [
    "10",
    "政策宣传",
    "8",
    "未开展医保政策集中宣传月活动的扣4分；未制作发放宣传资料的扣4分。宣传活动须有方案、有记录、有照片，宣传资料须覆盖全部行政村和社区，在县融媒体中心发布宣传稿件不少于4篇，宣传成效纳入群众满意度调查。",
    "查阅资料",
  ],
];

/** A PDF of a table over two pages: the header row repeated on the second (w:tblHeader), a row broken across the page. */
export const splitRows: BlindLayoutTotalled = {
  name: "医保 PDF（LibreOffice）一张表跨两页，表头行设为「在各页顶端以标题行形式重复出现」+ 行允许跨页断行（一行评分标准分在两页）",
  kind: "pdf",
  build: () =>
    pdfOf(
      tableDocx({
        title: "汉寿县2027年度医疗保障工作目标责任考核评分细则",
        widths: [700, 1500, 800, 5000, 1300],
        size: 24,
        rows: [["序号", "考核项目", "分值", "评分标准", "考核方式"], ...long],
        note: "注：本细则由汉寿县医疗保障局负责解释。",
      }),
    ),
  expected: long.map((r) => `${r[0]} ${r[1]} ${r[2]}`),
  kinds: {
    参保扩面: below("96", "1", "2"),
    基金监管: occ(["3"]),
    医疗救助: occ(["2"]),
    待遇审核: occ(["2"]),
    经办服务: occ(["1"]),
    异地就医: below("90", "1", "1"),
  },
  standards: {
    基金监管: ["查实的违规问题未按服务协议处理的，每例扣3分", "巡查记录不全的视为未巡查"],
    医疗救助: ["每月比对一次", "未按月比对的视为未拨付"],
    异地就医: ["异地就医直接结算率达到90%得满分", "稽核结果每半年向市医疗保障局报告一次"],
  },
  notText: ["序号考核项目分值"],
  said: ["考核方式", "本细则由汉寿县医疗保障局负责解释"],
  title: "汉寿县2027年度医疗保障工作目标责任考核评分细则",
};
