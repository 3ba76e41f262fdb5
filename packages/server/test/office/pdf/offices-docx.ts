/**
 * The blind set of decision 0330 printed by LibreOffice: 细则 as offices' Word files are printed —
 * a unit's name in the page header and «第 N 页 共 M 页» in the footer with the table's header row
 * repeated on each page; a landscape page with cells of several printed lines and a long note under
 * the table; a red-head 文件 (发文字号, 签发人, a stamp) before the 附件 holding the table.
 * Texts written for this set. generate-offices.ts prints them; offices-expected.ts holds their drafts.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";

/** A cell: its text (lines split on \n, one paragraph each), merged down `rowSpan` rows. */
type Cell = string | { text: string; rowSpan?: number };

const para = (text: string, opts: { size?: number; color?: string; center?: boolean } = {}) =>
  new Paragraph({
    alignment: opts.center === true ? AlignmentType.CENTER : AlignmentType.LEFT,
    children: [new TextRun({ text, size: opts.size, color: opts.color })],
  });

/** A table with its first row repeated on every page it is printed over. */
function table(rows: Cell[][], widths: number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths,
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: row.map((c) => {
            const cell = typeof c === "string" ? { text: c } : c;
            return new TableCell({
              rowSpan: cell.rowSpan ?? 1,
              verticalAlign: VerticalAlign.CENTER,
              children: cell.text.split("\n").map((line) => para(line)),
            });
          }),
        }),
    ),
  });
}

const pageOf = (total: boolean) =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: total
              ? ["第 ", PageNumber.CURRENT, " 页 共 ", PageNumber.TOTAL_PAGES, " 页"]
              : ["— ", PageNumber.CURRENT, " —"],
          }),
        ],
      }),
    ],
  });

const pack = (
  children: (Paragraph | Table)[],
  opts: { header?: string; total?: boolean; landscape?: boolean } = {},
) =>
  Packer.toBuffer(
    new Document({
      sections: [
        {
          properties:
            opts.landscape === true
              ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } }
              : {},
          headers:
            opts.header === undefined
              ? undefined
              : { default: new Header({ children: [para(opts.header, { center: true })] }) },
          footers: { default: pageOf(opts.total ?? true) },
          children: [...children, para("")],
        },
      ],
    }),
  );

const supervision: [string, string][] = [
  ["协议签订", "未在每年1月底前与辖区定点医药机构签订年度服务协议的，每家扣1分，扣完为止。"],
  ["协议检查", "年度协议履行情况检查覆盖率达到100%，每低1个百分点扣0.5分，扣完为止。"],
  ["智能监控", "智能监控系统提示的疑点数据未在30日内处理完毕的，每条扣0.2分，扣完为止。"],
  ["日常巡查", "未制定年度巡查计划的扣2分；巡查记录缺失的，每次扣0.5分。"],
  ["专项治理", "未按上级部署开展专项治理行动的扣3分；治理情况未按时报送的扣1分。"],
  ["飞行检查配合", "上级飞行检查发现问题未在规定期限内整改的，每个问题扣1分，扣完为止。"],
  ["违规处理", "查实的违规行为未按协议作出处理的，每例扣1分，扣完为止。"],
  ["资金追回", "违规资金追回率达到100%，每低1个百分点扣0.2分，扣完为止。"],
  ["行政处罚", "应当立案查处的案件未立案的，每件扣2分，扣完为止。"],
  ["线索移送", "涉嫌犯罪线索未按规定移送公安机关的，每条扣2分，扣完为止。"],
  ["举报奖励", "未落实举报奖励制度的扣2分；奖励资金未按时兑现的，每件扣0.5分。"],
  ["信用评价", "未开展定点医药机构信用评价的扣3分。"],
  ["社会监督员", "未聘请医保基金社会监督员的扣2分。"],
  ["宣传月活动", "未组织基金监管集中宣传月活动的扣3分。"],
  ["典型案例曝光", "全年曝光典型案例少于4例的，每少1例扣1分。"],
  ["内部稽核", "未对经办机构开展内部稽核的扣3分。"],
  ["医保医师管理", "未建立医保医师记分管理台账的扣2分。"],
  ["药品追溯", "药品追溯码采集率低于90%的扣3分。"],
  ["耗材集采", "集采耗材使用量未达到约定采购量的，每个品种扣0.5分。"],
  ["信息报送", "监管信息每迟报一次扣0.5分，每漏报一次扣1分。"],
];

/** A unit's name in the header, «第 N 页 共 M 页» in the footer, a 20-row table over three pages. */
export function furniture(): Promise<Buffer> {
  const rows: Cell[][] = [
    ["序号", "考核项目", "分值", "评分标准"],
    ...supervision.map(([item, std], i) => [
      String(i + 1),
      item,
      "5",
      `${std}以年度台账、系统记录和现场抽查情况为准，由县医保局基金监管股会同稽核中心共同核实认定。`,
    ]),
  ];
  return pack(
    [
      para("松溪县2027年度定点医药机构监管工作考核细则", { size: 36, center: true }),
      table(rows, [800, 1800, 800, 5600]),
      para("说明：本细则由县医疗保障局负责解释，自印发之日起施行。"),
    ],
    { header: "松溪县医疗保障局　　　　　　　　　　内部资料" },
  );
}

/** Landscape: 一级指标 merged down, cells of several lines, a long note under the table. */
export function landscape(): Promise<Buffer> {
  const rows: Cell[][] = [
    ["一级指标", "二级指标", "分值", "评分标准", "考核方式"],
    [
      { text: "基金预算管理\n（25分）", rowSpan: 2 },
      "预算编制",
      "10",
      "1.未按时编制年度基金收支预算的扣5分；\n2.预算编制依据不充分、说明不完整的扣2分。",
      "查阅预算文本",
    ],
    [
      "预算执行",
      "15",
      "基金预算执行率达到95%以上得满分，每低1个百分点扣1分，扣完为止。",
      "查阅执行报表",
    ],
    [
      { text: "待遇保障\n（35分）", rowSpan: 3 },
      "参保登记",
      "15",
      "常住人口参保率达到96%以上得满分，每低1个百分点扣2分，扣完为止。",
      "系统数据比对",
    ],
    [
      "待遇支付",
      "10",
      "1.待遇支付不及时的，每例扣1分；\n2.支付标准执行错误的，每例扣2分；\n3.扣完为止。",
      "抽查支付档案",
    ],
    ["门诊慢特病", "10", "门诊慢特病认定超过规定时限的，每例扣0.5分。", "抽查认定档案"],
  ];
  return pack(
    [
      para("石门县2027年度医保基金运行管理考核评分表", { size: 36, center: true }),
      table(rows, [1800, 2000, 900, 7000, 2200]),
      para(
        "注：考核采取查阅资料、系统比对与实地抽查相结合的方式进行，县医疗保障局在次年1月组织考核组对各乡镇进行集中考核，考核结果在全县范围内通报，并作为年度综合目标考核的重要依据，各乡镇应于考核前完成自查并报送自查报告。",
      ),
    ],
    { landscape: true, total: false },
  );
}

/** A red-head 文件's first page (发文字号, 签发人, a stamp over the signature), then the 附件. */
export function redHead(stamp: Buffer): Promise<Buffer> {
  const rows: Cell[][] = [
    ["考核内容", "具体项目", "分值", "评分标准"],
    [
      { text: "窗口服务\n（20分）", rowSpan: 2 },
      "一次办结",
      "10",
      "群众办事需跑两次以上的，每件扣1分。",
    ],
    ["服务评价", "10", "好差评差评件未按期整改的，每件扣2分。"],
    [
      { text: "经办管理\n（20分）", rowSpan: 2 },
      "档案归档",
      "10",
      "经办档案未按月归档的，每次扣1分。",
    ],
    ["风险防控", "10", "未开展经办风险排查的扣5分。"],
  ];
  return pack([
    para("松溪县医疗保障局文件", { size: 64, color: "FF0000", center: true }),
    para("松医保发〔2027〕8号　　　　　　　　　　签发人：林文清", { center: true }),
    para("━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━", { color: "FF0000", center: true }),
    para("松溪县医疗保障局关于印发《松溪县2027年度医保经办服务考核细则》的通知", {
      size: 32,
      center: true,
    }),
    para("各乡镇医保服务站，县医保中心："),
    para(
      "　　为进一步提升医保经办服务水平，经研究，现将《松溪县2027年度医保经办服务考核细则》印发给你们，请结合实际认真抓好落实。",
    ),
    para("　　附件：松溪县2027年度医保经办服务考核细则"),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [
        new ImageRun({ type: "png", data: stamp, transformation: { width: 120, height: 120 } }),
      ],
    }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun("松溪县医疗保障局")] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun("2027年3月5日")] }),
    new Paragraph({ children: [new PageBreak()] }),
    para("附件"),
    para("松溪县2027年度医保经办服务考核细则", { size: 36, center: true }),
    table(rows, [1800, 1800, 900, 4500]),
    para("抄送：市医疗保障局。"),
    para("松溪县医疗保障局办公室　　　　　　　2027年3月5日印发"),
  ]);
}
