/**
 * The right drafts of the blind set of decision 0330 (office-*.pdf), written by hand: the title;
 * every item in order as `depth title max kind` (a group's kind is `group`); notes that must be
 * reported, each whole in one warning; notes that, when reported, must be whole (one paragraph
 * printed over several lines is one note); text that is page furniture or a 文件's head and must
 * be nowhere in the draft (not an item, not the title, not a note). The kinds are the ones the
 * standards' sentences read as in a plain sheet (the sentences are not what this set measures).
 */

/** One blind PDF's right draft. */
export interface OfficeDraft {
  file: string;
  name: string;
  title: string;
  items: string[];
  notes: string[];
  whole: string[];
  absent: string[];
}

const flat = (rows: [string, number, string][]) => rows.map(([t, m, k]) => `0 ${t} ${m} ${k}`);
const group = (title: string, max: number, rows: [string, number, string][]) => [
  `0 ${title} ${max} group`,
  ...rows.map(([t, m, k]) => `1 ${t} ${m} ${k}`),
];

/** The six blind PDFs and their right drafts. */
export const officeDrafts: OfficeDraft[] = [
  {
    file: "office-furniture",
    name: "页眉单位名称与“第N页 共M页”页脚，表头每页重复（LibreOffice）",
    title: "松溪县2027年度定点医药机构监管工作考核细则",
    items: flat([
      ["协议签订", 5, "occurrences"],
      ["协议检查", 5, "steps"],
      ["智能监控", 5, "occurrences"],
      ["日常巡查", 5, "occurrences"],
      ["专项治理", 5, "checklist"],
      ["飞行检查配合", 5, "occurrences"],
      ["违规处理", 5, "occurrences"],
      ["资金追回", 5, "steps"],
      ["行政处罚", 5, "occurrences"],
      ["线索移送", 5, "occurrences"],
      ["举报奖励", 5, "occurrences"],
      ["信用评价", 5, "checklist"],
      ["社会监督员", 5, "checklist"],
      ["宣传月活动", 5, "checklist"],
      ["典型案例曝光", 5, "quota"],
      ["内部稽核", 5, "checklist"],
      ["医保医师管理", 5, "checklist"],
      ["药品追溯", 5, "bands"],
      ["耗材集采", 5, "occurrences"],
      ["信息报送", 5, "occurrences"],
    ]),
    notes: ["本细则由县医疗保障局负责解释，自印发之日起施行。"],
    whole: [],
    absent: ["松溪县医疗保障局", "内部资料", "第1页", "共2页"],
  },
  {
    file: "office-landscape",
    name: "横向页面，合并的一级指标，单元格内多行，表下长注释（LibreOffice）",
    title: "石门县2027年度医保基金运行管理考核评分表",
    items: [
      ...group("基金预算管理", 25, [
        ["预算编制", 10, "checklist"],
        ["预算执行", 15, "steps"],
      ]),
      ...group("待遇保障", 35, [
        ["参保登记", 15, "steps"],
        ["待遇支付", 10, "occurrences"],
        ["门诊慢特病", 10, "occurrences"],
      ]),
    ],
    notes: [
      "考核采取查阅资料、系统比对与实地抽查相结合的方式进行，县医疗保障局在次年1月组织考核组对各乡镇进行集中考核，考核结果在全县范围内通报，并作为年度综合目标考核的重要依据，各乡镇应于考核前完成自查并报送自查报告。",
    ],
    whole: [],
    absent: ["—1—"],
  },
  {
    file: "office-red-head",
    name: "红头文件首页（发文字号、签发人、印章）后附件中的表格（LibreOffice）",
    title: "松溪县2027年度医保经办服务考核细则",
    items: [
      ...group("窗口服务", 20, [
        ["一次办结", 10, "occurrences"],
        ["服务评价", 10, "occurrences"],
      ]),
      ...group("经办管理", 20, [
        ["档案归档", 10, "occurrences"],
        ["风险防控", 10, "checklist"],
      ]),
    ],
    notes: [],
    whole: [
      "为进一步提升医保经办服务水平，经研究，现将《松溪县2027年度医保经办服务考核细则》印发给你们，请结合实际认真抓好落实。",
    ],
    absent: [
      "松医保发〔2027〕8号",
      "签发人",
      "━━",
      "松溪县医疗保障局文件",
      "抄送",
      "2027年3月5日印发",
      "第1页",
    ],
  },
  {
    file: "office-outline",
    name: "无表格的分条细则（一、…（N分）1.…（N分）评分标准：…），浏览器页眉页脚（Chromium）",
    title: "柳溪县2027年度医疗救助工作考核细则",
    items: [
      ...group("救助对象管理", 40, [
        ["对象核查", 20, "occurrences"],
        ["动态调整", 20, "occurrences"],
      ]),
      ...group("救助资金管理", 60, [
        ["资金拨付", 30, "occurrences"],
        ["一站式结算", 30, "pool"],
      ]),
    ],
    notes: [
      "本细则所称救助对象，包括特困人员、低保对象、防止返贫监测对象以及因病致贫重病患者，具体认定以民政部门和乡村振兴部门提供的名单为准。",
    ],
    whole: [
      "为规范医疗救助工作，提高救助资金使用效益，根据上级有关文件精神，结合我县实际制定本细则。",
    ],
    absent: ["柳溪县医疗救助考核细则", "file:", "PM", "1/2", "2/2"],
  },
  {
    file: "office-lineless-merged",
    name: "无框线表格，一级指标合并单元格居中，评分标准多行（Chromium）",
    title: "云溪县2027年度医保基金监管与服务考核表",
    items: [
      ...group("基金监管", 30, [
        ["专项检查", 10, "occurrences"],
        ["智能审核", 10, "checklist"],
        ["违规追回", 10, "bands"],
      ]),
      ...group("待遇保障", 30, [
        ["待遇落实", 15, "occurrences"],
        ["异地结算", 15, "bands"],
      ]),
      ...group("服务管理", 40, [
        ["窗口建设", 15, "occurrences"],
        ["政策宣传", 10, "checklist"],
        ["档案管理", 15, "occurrences"],
      ]),
    ],
    notes: ["考核中发现的问题，由被考核单位在一个月内完成整改并书面报告整改情况。"],
    whole: [],
    absent: [],
  },
  {
    file: "office-landscape-repeated",
    name: "横向页面，表头每页重复，页边单位名称与页码（Chromium）",
    title: "溪口县2027年度医疗保障经办工作考核评分表",
    items: flat([
      ["参保登记", 6, "bands"],
      ["参保缴费", 6, "steps"],
      ["断缴核查", 6, "occurrences"],
      ["新生儿参保", 6, "occurrences"],
      ["困难群众资助", 6, "occurrences"],
      ["待遇审核", 6, "occurrences"],
      ["大病保险", 6, "occurrences"],
      ["生育津贴", 6, "occurrences"],
      ["长期护理", 6, "checklist"],
      ["门诊共济", 6, "checklist"],
      ["支付方式改革", 8, "checklist"],
      ["医药价格", 8, "occurrences"],
      ["集中采购", 8, "bands"],
      ["医保码应用", 8, "bands"],
      ["移动支付", 4, "occurrences"],
      ["经办培训", 4, "checklist"],
    ]),
    notes: [],
    whole: [],
    absent: ["溪口县医疗保障局", "第1页", "共2页"],
  },
];

/**
 * The lineless table of office-lineless-merged printed three more ways (its cells at the top and at
 * the bottom of their rows, and centred with no padding so the rows' lines touch): written after
 * the fix, not blind; each has office-lineless-merged's right draft. [file, align, padding].
 */
export const officeVariants: [string, string, string][] = [
  ["office-lineless-top", "top", "4pt 6pt"],
  ["office-lineless-bottom", "bottom", "4pt 6pt"],
  ["office-lineless-tight", "middle", "0 6pt"],
];
