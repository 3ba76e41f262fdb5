/**
 * What a browser's clipboard holds when a 评分细则 table is copied (decision 0317), written for
 * these tests in the shape each program gives it: Word's and WPS 文字's `text/html` (MsoTableGrid,
 * <o:p>, &nbsp;, conditional comments, source lines wrapped at 80 columns), Excel's `text/html`
 * (<col>, x:num, <br> in a cell) and its tab-separated `text/plain`, and the lines of text a PDF
 * reader copies. All hold the same four-item rubric as `rubricCells` (for the .docx to compare).
 */
import type { DocCell } from "./layout-files.js";

/** The rubric every sample holds, as .docx table cells (layout-files.ts docxOf). */
export const rubricCells: DocCell[][] = [
  ["序号", "考核项目", "考核内容", "分值", "评分标准", "考核方法"],
  [
    { text: "一", rowSpan: 2 },
    { text: "基金监管（8分）", rowSpan: 2 },
    "定点医药机构检查",
    "5",
    "年度检查覆盖率达到100%得5分，每下降1%扣0.5分，扣完为止。",
    "查阅资料",
  ],
  ["信息报送", "3", "按时报送医保信息，迟报一次扣0.5分；\n漏报一次扣1分。", "查阅记录"],
  [
    "二",
    "参保扩面（5分）",
    "基本医疗保险参保率",
    "5",
    "参保率达到99.8%得5分，每下降0.1%扣0.5分，扣完为止。\n以省级平台数据为准。",
    "省级平台查阅",
  ],
  [
    "三",
    { text: "加分项目", colSpan: 2 },
    "2",
    "被评为省级医保工作先进单位的加2分，市级的加1分，同一工作就高计分。",
    "查阅文件",
  ],
];

/** One Word table cell: its paragraphs (each a <p class=MsoNormal>), width and spans. */
function wordCell(paragraphs: string[], attrs = ""): string {
  const body = paragraphs
    .map(
      (p) =>
        `<p class=MsoNormal style='line-height:15.0pt;mso-line-height-rule:exactly'><span\r\nstyle='font-family:仿宋_GB2312;mso-hansi-font-family:"Times New Roman"'>${p}<span\r\nlang=EN-US><o:p></o:p></span></span></p>`,
    )
    .join("\r\n  ");
  return `<td width=95 valign=top ${attrs}style='width:71.0pt;border:solid windowtext 1.0pt;\r\n  border-top:none;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>\r\n  ${body}\r\n  </td>`;
}

/**
 * Word's `text/html` for the rubric copied with its title: the head with <meta name=ProgId>,
 * <xml> settings in a conditional comment and a style sheet; the table with rowspan/colspan,
 * <o:p></o:p> after every paragraph, an empty cell holding &nbsp;, a source line wrapped in
 * the middle of a Chinese word, a <br> and two paragraphs in one cell.
 */
export const wordHtml = `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<link rel=File-List href="file:///C:/Users/zhang/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">
<!--[if gte mso 9]><xml>
 <o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom><w:PunctuationKerning/></w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face {font-family:仿宋_GB2312; panose-1:2 1 6 9 3 1 1 1 1 1;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {mso-style-unhide:no; margin:0cm; text-align:justify;
	font-size:10.5pt; font-family:等线;}
table.MsoTableGrid {mso-style-name:网格型; mso-tstyle-rowband-size:0; border:solid windowtext 1.0pt;}
-->
</style>
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
<!--StartFragment-->

<p class=MsoNormal align=center style='text-align:center'><b><span
style='font-size:16.0pt;font-family:方正小标宋简体'>西川县2026年度医疗保障工作考核评分细则<span
lang=EN-US><o:p></o:p></span></span></b></p>

<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;
 mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  ${["序号", "考核项目", "考核内容", "分值", "评分标准", "考核方法"].map((h) => wordCell([`<b>${h}</b>`])).join("\r\n  ")}
 </tr>
 <tr style='mso-yfti-irow:1'>
  ${wordCell(["一"], "rowspan=2 ")}
  ${wordCell(["基金监管（<span lang=EN-US>8</span>分）"], "rowspan=2 ")}
  ${wordCell(["定点医药机构检查"])}
  ${wordCell(["<span lang=EN-US>5</span>"])}
  ${wordCell(["年度检查覆盖率达到<span lang=EN-US>100%</span>得<span lang=EN-US>5</span>分，每下降<span lang=EN-US>1%</span>扣<span lang=EN-US>0.5</span>分，扣完为止。"])}
  ${wordCell(["查阅资料"])}
 </tr>
 <tr style='mso-yfti-irow:2'>
  ${wordCell(["信息报送"])}
  ${wordCell(["<span lang=EN-US>3</span>"])}
  ${wordCell(["按时报送医保信息，迟报一次扣<span lang=EN-US>0.5</span>分；<br>漏报一次扣<span lang=EN-US>1</span>分。"])}
  ${wordCell(["查阅记录"])}
 </tr>
 <tr style='mso-yfti-irow:3'>
  ${wordCell(["二"])}
  ${wordCell(["参保扩面（<span lang=EN-US>5</span>分）"])}
  ${wordCell(["基本医疗保险参保率"])}
  ${wordCell(["<span lang=EN-US>5</span>"])}
  ${wordCell(["参保率达到<span lang=EN-US>99.8%</span>得<span lang=EN-US>5</span>分，每下降<span lang=EN-US>0.1%</span>扣<span lang=EN-US>0.5</span>分，扣完为止。", "以省级平台数\r\n据为准。", "<span lang=EN-US>&nbsp;</span>"])}
  ${wordCell(["省级平台查阅"])}
 </tr>
 <tr style='mso-yfti-irow:4;mso-yfti-lastrow:yes'>
  ${wordCell(["三"])}
  ${wordCell(["加分项目"], "colspan=2 ")}
  ${wordCell(["<span lang=EN-US>2</span>"])}
  ${wordCell(["被评为省级医保工作先进单位的加<span lang=EN-US>2</span>分，市级的加<span lang=EN-US>1</span>分，同一工作就高计分。"])}
  ${wordCell(["查阅文件"])}
 </tr>
</table>

<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>

<!--EndFragment-->
</body>

</html>
`;

/**
 * WPS 文字's `text/html` for the table alone (no title): Word's dialect without the head, numbers
 * in their own <span>s, and a hidden bookmark span WPS leaves in a cell.
 */
export const wpsHtml = wordHtml
  .replace(/^[\s\S]*?<!--StartFragment-->/, "<html><body><!--StartFragment-->")
  .replace(/<p class=MsoNormal align=center[\s\S]*?<\/p>/, "")
  .replace(
    "定点医药机构检查",
    "定点医药机构检查<span style='display:none;mso-hide:all'>_Toc1</span>",
  );

/** One Excel cell: class, spans and the value, with Excel's attributes. */
const xlCell = (value: string, attrs = "") =>
  `<td class=xl66 ${attrs}width=${/^\d+$/.test(value) ? `64 align=right x:num` : "120"} style='border:.5pt solid windowtext'>${value}</td>`;

/**
 * Excel's `text/html` for the rubric (with the title row, merged over all columns): <col> widths,
 * x:num on numbers, a cell's line break as <br> followed by a source line break and indent.
 */
export const excelHtml = `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<style>
<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
.xl66
	{mso-style-parent:style0; font-family:宋体; white-space:normal;}
-->
</style>
</head>
<body link="#0563C1" vlink="#954F72">
<table border=0 cellpadding=0 cellspacing=0 width=600 style='border-collapse:
 collapse;width:450pt'>
<!--StartFragment-->
 <col width=64 style='width:48pt'>
 <col width=120 span=5 style='mso-width-source:userset;width:90pt'>
 <tr height=30 style='height:22.5pt'>
  <td colspan=6 height=30 class=xl65 width=600 style='height:22.5pt;width:450pt'>西川县2026年度医疗保障工作考核评分细则</td>
 </tr>
 <tr height=18 style='height:13.5pt'>
  ${["序号", "考核项目", "考核内容", "分值", "评分标准", "考核方法"].map((h) => xlCell(h)).join("\n  ")}
 </tr>
 <tr height=54 style='height:40.5pt'>
  ${xlCell("一", "rowspan=2 ")}
  ${xlCell("基金监管（8分）", "rowspan=2 ")}
  ${xlCell("定点医药机构检查")}
  ${xlCell("5")}
  ${xlCell("年度检查覆盖率达到100%得5分，每下降1%扣0.5分，扣完为止。")}
  ${xlCell("查阅资料")}
 </tr>
 <tr height=54 style='height:40.5pt'>
  ${xlCell("信息报送")}
  ${xlCell("3")}
  ${xlCell("按时报送医保信息，迟报一次扣0.5分；<br>\n    漏报一次扣1分。")}
  ${xlCell("查阅记录")}
 </tr>
 <tr height=54 style='height:40.5pt'>
  ${xlCell("二")}
  ${xlCell("参保扩面（5分）")}
  ${xlCell("基本医疗保险参保率")}
  ${xlCell("5")}
  ${xlCell("参保率达到99.8%得5分，每下降0.1%扣0.5分，扣完为止。<br>\n    以省级平台数据为准。")}
  ${xlCell("省级平台查阅")}
 </tr>
 <tr height=36 style='height:27.0pt'>
  ${xlCell("三")}
  ${xlCell("加分项目", "colspan=2 ")}
  ${xlCell("2")}
  ${xlCell("被评为省级医保工作先进单位的加2分，市级的加1分，同一工作就高计分。")}
  ${xlCell("查阅文件")}
 </tr>
<!--EndFragment-->
</table>
</body>
</html>
`;

/**
 * Excel's `text/plain` for the same range: tab-separated, CRLF between rows, a merged cell's text
 * in its first cell only, a cell holding a line break quoted.
 */
export const excelTsv = [
  "西川县2026年度医疗保障工作考核评分细则\t\t\t\t\t",
  "序号\t考核项目\t考核内容\t分值\t评分标准\t考核方法",
  "一\t基金监管（8分）\t定点医药机构检查\t5\t年度检查覆盖率达到100%得5分，每下降1%扣0.5分，扣完为止。\t查阅资料",
  '\t\t信息报送\t3\t"按时报送医保信息，迟报一次扣0.5分；\n漏报一次扣1分。"\t查阅记录',
  '二\t参保扩面（5分）\t基本医疗保险参保率\t5\t"参保率达到99.8%得5分，每下降0.1%扣0.5分，扣完为止。\n以省级平台数据为准。"\t省级平台查阅',
  "三\t加分项目\t\t2\t被评为省级医保工作先进单位的加2分，市级的加1分，同一工作就高计分。\t查阅文件",
  "",
].join("\r\n");

/**
 * A PDF reader's `text/plain` for a rubric written as numbered paragraphs: one line per printed
 * line, so a sentence breaks where the page's line ended.
 */
export const pdfLines = [
  "西川县2026年度医疗保障工作考核细则",
  "一、基金监管（8分）",
  "1.定点医药机构检查（5分）。年度检查覆盖率达到100%得5分，每下降1%扣",
  "0.5分，扣完为止。",
  "2.信息报送（3分）。按时报送医保信息，迟报一次扣0.5分；漏报一次扣1",
  "分。",
  "二、参保扩面（5分）",
  "1.基本医疗保险参保率（5分）。参保率达到99.8%得5分，每下降0.1%扣0.5分，",
  "扣完为止。",
  "",
].join("\n");
