/**
 * The blind set of decision 0330 printed by Chromium from HTML: a 细则 with no table (outline
 * paragraphs, first lines indented, printed with the browser's own header and footer: date, title,
 * address, «1/2»); a table printed without lines whose 一级指标 cells are merged down and whose
 * standards run over several lines; a landscape table over pages with its header row repeated and
 * the page's margins holding the unit's name and «第 N 页 共 M 页». Texts written for this set.
 */

const page = (css: string, body: string, title = "考核细则") =>
  `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>${title}</title><style>
body { font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; font-size: 12pt; }
h1 { font-size: 18pt; text-align: center; }
${css}</style></head><body>${body}</body></html>`;

const p = (text: string) => `<p>${text}</p>`;

/**
 * No table: 一、…（N分） then 1.…（N分） paragraphs and 评分标准 paragraphs, first lines indented;
 * over two pages, or `compact` on one.
 */
export function outline(compact = false): string {
  return page(
    compact
      ? "p { text-indent: 2em; line-height: 1.5; margin: 0; font-size: 12pt; }"
      : "p { text-indent: 2em; line-height: 2.6; margin: 0.6em 0; font-size: 16pt; }",
    [
      "<h1>柳溪县2027年度医疗救助工作考核细则</h1>",
      p(
        "为规范医疗救助工作，提高救助资金使用效益，根据上级有关文件精神，结合我县实际制定本细则。本细则满分100分，考核结果分为优秀、良好、合格、不合格四个等次。",
      ),
      p("一、救助对象管理（40分）"),
      p("1.对象核查（20分）"),
      p(
        "评分标准：未按月与民政、乡村振兴部门比对救助对象名单的，每少一次扣2分；比对发现的不符合条件人员未在15日内清退的，每人扣1分，扣完为止。",
      ),
      p("2.动态调整（20分）"),
      p(
        "评分标准：新增救助对象未在认定后次月纳入救助范围的，每人扣1分；救助对象信息录入错误的，每条扣0.5分，扣完为止。",
      ),
      p("二、救助资金管理（60分）"),
      p(
        "1.资金拨付（30分）。救助资金未在审批后10个工作日内拨付到位的，每笔扣1分；挤占挪用救助资金的，每发现一起扣10分，扣完为止。",
      ),
      p(
        "2.一站式结算（30分）。一站式结算覆盖率达到100%得满分，每低1个百分点扣2分；群众因结算不畅重复跑腿被投诉的，每件扣1分，扣完为止。",
      ),
      p(
        "本细则所称救助对象，包括特困人员、低保对象、防止返贫监测对象以及因病致贫重病患者，具体认定以民政部门和乡村振兴部门提供的名单为准。",
      ),
    ].join("\n"),
    "柳溪县医疗救助考核细则",
  );
}

const lineless = (
  align: string,
  padding: string,
) => `table { border-collapse: collapse; width: 100%; }
td, th { border: none; padding: ${padding}; vertical-align: ${align}; }
td:nth-child(1) { width: 16%; } th:nth-child(4) { width: 46%; }`;

/**
 * A lineless table: 一级指标 merged down (text in the middle of its rows unless `align` says top
 * or bottom), standards of several lines; `padding` 0 prints the rows' lines touching.
 */
export function linelessMerged(align = "middle", padding = "4pt 6pt"): string {
  const groups: [string, [string, string, string][]][] = [
    [
      "基金监管（30分）",
      [
        ["专项检查", "10", "未按计划完成定点医药机构专项检查的，每少检查一家扣1分，扣完为止。"],
        ["智能审核", "10", "智能审核规则库未按季度更新的扣4分；审核疑点未及时处理的扣2分。"],
        ["违规追回", "10", "违规资金追回率低于95%的扣5分。"],
      ],
    ],
    [
      "待遇保障（30分）",
      [
        ["待遇落实", "15", "待遇政策执行不到位被群众投诉查实的，每件扣3分，扣完为止。"],
        ["异地结算", "15", "异地就医备案平均办理时长超过3个工作日的扣5分。"],
      ],
    ],
    [
      "服务管理（40分）",
      [
        ["窗口建设", "15", "医保服务窗口未实现综合柜员制的扣5分；窗口人员无故离岗的，每次扣1分。"],
        ["政策宣传", "10", "未制定年度政策宣传计划的扣3分。"],
        ["档案管理", "15", "业务档案未按规定归档的，每卷扣1分，扣完为止。"],
      ],
    ],
  ];
  const rows = groups.flatMap(([group, items]) =>
    items.map(
      ([item, points, std], i) =>
        `<tr>${i === 0 ? `<td rowspan="${items.length}">${group}</td>` : ""}<td>${item}</td><td>${points}</td><td>${std}</td></tr>`,
    ),
  );
  return page(
    lineless(align, padding),
    [
      "<h1>云溪县2027年度医保基金监管与服务考核表</h1>",
      "<table><tr><th>一级指标</th><th>二级指标</th><th>分值</th><th>评分标准</th></tr>",
      ...rows,
      "</table>",
      p(
        "注：各二级指标扣分以该项分值为限；考核中发现的问题，由被考核单位在一个月内完成整改并书面报告整改情况。",
      ),
    ].join("\n"),
  );
}

/** Landscape, the header row repeated on each page, the unit's name and page numbers in the margins. */
export function landscapeRepeated(): string {
  const items: [string, string, string, string][] = [
    ["参保登记", "6", "城乡居民参保登记信息错误率高于1%的扣3分。", "系统数据比对"],
    ["参保缴费", "6", "参保缴费率达到95%以上得满分，每低1个百分点扣1分，扣完为止。", "查阅报表"],
    ["断缴核查", "6", "断缴人员未按季度核查的，每少一次扣2分。", "查阅台账"],
    ["新生儿参保", "6", "新生儿出生后未在90日内参保的，每例扣0.5分，扣完为止。", "抽查档案"],
    ["困难群众资助", "6", "困难群众参保资助未足额落实的，每人扣1分，扣完为止。", "抽查档案"],
    ["待遇审核", "6", "待遇审核差错的，每例扣1分。", "抽查档案"],
    ["大病保险", "6", "大病保险赔付不及时的，每例扣1分，扣完为止。", "查阅台账"],
    ["生育津贴", "6", "生育津贴未在受理后20个工作日内发放的，每例扣1分。", "抽查档案"],
    ["长期护理", "6", "未开展长期护理保险失能评估的扣3分。", "查阅资料"],
    ["门诊共济", "6", "职工门诊共济政策未落实到位的扣3分。", "现场检查"],
    ["支付方式改革", "8", "未按要求推进按病种付费改革的扣4分。", "查阅资料"],
    ["医药价格", "8", "医药价格监测信息每漏报一次扣1分。", "查阅台账"],
    ["集中采购", "8", "集采药品按期回款率低于100%的扣4分。", "系统数据比对"],
    ["医保码应用", "8", "医保电子凭证结算率低于60%的扣4分。", "系统数据比对"],
    ["移动支付", "4", "未开通医保移动支付的定点医院，每家扣1分，扣完为止。", "现场检查"],
    ["经办培训", "4", "未组织经办人员业务培训的扣2分。", "查阅资料"],
  ];
  const head =
    "<thead><tr><th>序号</th><th>考核内容</th><th>分值</th><th>评分标准</th><th>考核方式</th></tr></thead>";
  const rows = items.map(
    ([item, points, std, how], i) =>
      `<tr><td>${i + 1}</td><td>${item}</td><td>${points}</td><td>${std}此项以年度台账、系统记录和现场抽查情况为准，由考核组统一认定。</td><td>${how}</td></tr>`,
  );
  return page(
    `@page { size: A4 landscape; margin: 2cm;
  @top-center { content: "溪口县医疗保障局"; font-size: 10pt; }
  @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-size: 10pt; } }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #000; padding: 6pt; }
th:nth-child(4) { width: 50%; }`,
    [
      "<h1>溪口县2027年度医疗保障经办工作考核评分表</h1>",
      `<table>${head}<tbody>${rows.join("\n")}</tbody></table>`,
    ].join("\n"),
  );
}
