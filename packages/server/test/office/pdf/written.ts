/**
 * The rubrics written for the PDF reader (decision 0324), as .docx parts: a table printed over two
 * pages, merged cells with a note row and notes under the table, a plain table (also printed
 * without lines) and a rubric of numbered paragraphs with no table. layouts.ts lists them with
 * the blind rounds' .docx layouts; the route test builds one from here.
 */
import { docxOf, type DocCell } from "../layout-files.js";

/** A rubric printed as PDF: its file name (without .pdf) and how its .docx is built. */
export interface PdfLayout {
  file: string;
  name: string;
  build: () => Promise<Buffer>;
}

const workItems = [
  ["参保扩面", "户籍人口基本医疗保险参保率达到95%以上得满分，每低1个百分点扣1分，扣完为止。"],
  ["待遇落实", "未按规定落实城乡居民医保待遇的，每发现一例扣1分。"],
  ["异地就医", "跨省异地就医直接结算备案办理超过规定时限的，每例扣0.5分。"],
  ["基金预算", "未按时编制基金收支预算的扣2分；预算执行率低于90%的扣1分。"],
  ["稽核检查", "定点医药机构年度稽核覆盖率达到100%，每低1个百分点扣0.5分。"],
  ["违规追回", "违规金额未按期追回的，每例扣2分。"],
  ["信息报送", "信息每少报一次扣1分，扣完为止。"],
  ["政务服务", "医保经办事项未实现一窗通办的扣2分。"],
  ["投诉处理", "群众投诉未在规定时限内办结的，每件扣1分。"],
  ["宣传培训", "未开展医保政策宣传月活动的扣2分；未组织经办人员培训的扣1分。"],
  ["档案管理", "档案资料不全的，每份扣0.5分，扣完为止。"],
  ["内控管理", "未建立内部控制制度的扣3分。"],
];

/** A long table: twelve items twice over (two 一级指标), printed over two pages. */
function overTwoPages(): (string | DocCell[][])[] {
  const rows: DocCell[][] = [["序号", "一级指标", "二级指标", "分值", "评分标准"]];
  ["基金管理（60分）", "经办服务（60分）"].forEach((group, g) => {
    workItems.forEach(([item, standard], i) => {
      const n = String(g * workItems.length + i + 1);
      const detail = `${standard ?? ""}此项以年度台账、系统数据和现场抽查为准，由县医保局会同有关部门核实。`;
      rows.push(
        i === 0
          ? [n, { text: group, rowSpan: workItems.length }, item ?? "", "5", detail]
          : [n, item ?? "", "5", detail],
      );
    });
  });
  return ["青川县2027年度医疗保障工作目标考核评分细则", rows];
}

/** Merged cells: 一级指标 merged down, a 注 row merged across, notes under the table. */
const mergedWithNotes: (string | DocCell[][])[] = [
  "白河县2027年度医疗保障工作考核评分细则",
  [
    ["一级指标", "二级指标", "分值", "评分标准"],
    [
      { text: "基金监管（30分）", rowSpan: 2 },
      "打击欺诈骗保",
      "10",
      "未开展专项行动的扣5分；每发现一起问题扣1分，扣完为止。",
    ],
    ["检查覆盖率", "20", "覆盖率达到100%得满分，每低1个百分点扣1分。"],
    [{ text: "医保服务（20分）", rowSpan: 2 }, "经办时限", "12", "每超时办结一件扣1分。"],
    ["群众满意度", "8", "满意度低于90%的扣4分。"],
    [{ text: "注：各项扣分以该项分值为限。", colSpan: 4 }],
  ],
  "注：发生重大欺诈骗保案件被上级通报的，实行一票否决。",
  "说明：本细则由县医保局负责解释。",
];

/** A plain table (no merged cells), also printed without any lines (read by the text's alignment). */
const plain: (string | DocCell[][])[] = [
  "东山县2027年度医疗保障工作考核细则",
  [
    ["序号", "考核内容", "分值", "评分标准"],
    ["1", "参保扩面", "10", "参保率每低1个百分点扣1分。"],
    ["2", "基金预算", "10", "未按时编制预算的扣5分。"],
    ["3", "稽核检查", "10", "每发现一起违规问题扣2分。"],
    ["4", "信息报送", "10", "信息每少报一次扣1分。"],
  ],
];

/** Numbered paragraphs, no table. */
const paragraphs: string[] = [
  "红岩县医疗救助工作考核办法",
  "一、救助落实（10分）",
  "1.资金发放（6分）。救助资金未按时发放的，每人次扣1分。",
  "2.档案管理（4分）。档案不全的，每份扣0.5分，扣完为止。",
  "二、加分项目",
  "1.经验推广（2分）。经验被市级推广的，每次加1分。",
  "三、一票否决",
  "发生冒领救助资金重大案件的，实行一票否决。",
];

/** Paragraphs beside the table (decision 0326): a 说明 before it, a 加分 part and a 一票否决 after it. */
const beside: (string | DocCell[][])[] = [
  "青石县2027年度医保经办工作考核表",
  "本表实行百分制，另设加分项，最高加3分。",
  [
    ["序号", "考核内容", "分值", "评分标准"],
    ["1", "窗口服务", "10", "群众有效投诉每件扣2分。"],
    ["2", "档案管理", "10", "档案缺失的，每份扣0.5分。"],
  ],
  "加分项（最高加3分）：",
  "1.经办经验被市级推广的，每次加1分。",
  "2.获评市级文明窗口的，加2分。",
  "一票否决：发生经办人员违规办理待遇被查处的，实行一票否决。",
];

/** The rubrics written for this reader, in a fixed order (the committed PDFs' file names). */
export const writtenLayouts: PdfLayout[] = [
  {
    file: "two-pages",
    name: "表格跨两页（一级指标合并单元格跨页）",
    build: () => docxOf(overTwoPages()),
  },
  {
    file: "merged-notes",
    name: "合并单元格 + 表内注行 + 表下注与说明",
    build: () => docxOf(mergedWithNotes),
  },
  { file: "plain", name: "无合并单元格的简单表格（另有无框线版本）", build: () => docxOf(plain) },
  { file: "paragraphs", name: "无表格，按“一、…（N分）1.…”分条", build: () => docxOf(paragraphs) },
  { file: "beside", name: "表前说明、表后加分项与一票否决段落", build: () => docxOf(beside) },
];
