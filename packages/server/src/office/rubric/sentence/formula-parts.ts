/**
 * The parts of a clause that score by a formula or a share (split from parts.ts, decision 0339):
 * against the best unit or the others' mean, 得分=A÷B×N分, 按实际值÷95%计分, a score from
 * elsewhere taken as it is (附表得分即为本项得分) or rescaled (评分×4%, 按…得分折算), and the
 * rate times the points. Their place in the list of patterns is kept (parts.ts spreads them).
 */
import type { PartPattern } from "./parts.js";

/** The formula patterns, in the order they are tried. */
export const formulaPatterns: PartPattern[] = [
  // Scores read against other units: the best one (按与第1名的比例), the others' mean score.
  {
    kind: "action",
    re: /按?与?(?:第(?:1|一)名|最高值|最高分|最优值?|最少用时|最少值?|最低值|最小值|最高)的?(?:比例|比值)(?:得分|计分|赋分|计算|折算)?|与(?:全县|全市|全省)?最(?:高|低)[^,;。与]{0,10}?之比(?:折算)?(?:得分|计分|赋分|计算)?/g,
    read: (m) => ({ verb: "best", unit: /最少|最低|最小/.test(m[0]) ? "asc" : "desc" }),
  },
  {
    kind: "action",
    re: /按(?:其他|其余|其它)[^,;。]{0,10}?平均(?:得)?分(?:计分|得分|计算|计)?|按[^,;。]{0,12}?平均(?:得)?分(?:计分|得分|计算)|得分为[^,;。]{0,12}?平均(?:得)?分/g,
    read: () => ({ verb: "othersMean" }),
  },
  // 得分=实际签约率/目标值×本项分值 / 得分=实际参保率÷95%×分值: a formula; `value` is the divisor
  // when it is a figure (a named 目标值 is read from the text by cross.ts). A divisor named as a
  // quantity (已追回金额/应追回金额, 实际征缴额/下达任务额) makes the ratio a completion rate (0339).
  {
    kind: "action",
    re: /(?:得分=)?[^,;。=]{0,16}?(?:÷|\/|除以)(\d+(?:\.\d+)?%?|[^,;。=×*÷()]{0,10}?(?:目标值|目标|任务值|任务数|任务额|任务量|计划值|计划数|计划额|金额|总额|总数|总量|人数|户数|件数))\)?(?:×|\*|乘以)(?:(?:本项|该项)?(?:分值|标准分|满分|权重分)|(\d+(?:\.\d+)?)分)(?:计分|得分|计算|赋分)?/g,
    read: (m) => ({
      verb: "proportional",
      ...(/^\d/.test(m[1] ?? "") ? { value: (m[1] ?? "").replace("%", "") } : {}),
      ...(m[2] !== undefined ? { upper: m[2] } : {}),
    }),
  },
  // 附表得分即为本项得分 / 检查得分直接计入本项: a score from elsewhere taken as it is — rescaled
  // from the item's own points (cross.ts), unless its whole is stated (0339).
  {
    kind: "action",
    re: /[^,;。]{0,12}?得分(?:即|直接|就)?(?:为|作为|计为|计入|记为)本项(?:得分|分数|分值)?(?=$|[,;。(])/g,
    read: () => ({ verb: "proportional", unit: "as is" }),
  },
  // 按实际值÷95%计分: the same formula with the points implied (the item's).
  {
    kind: "action",
    re: /按(?:实际)?[^,;。=×*]{0,10}?(?:÷|\/|除以)(\d+(?:\.\d+)?)%(?:的比例)?(?:计分|得分|赋分|折算|计算得分)/g,
    read: (m) => ({ verb: "proportional", value: m[1] ?? "" }),
  },
  // 得分=本项分值-逾期件数×0.2分 / 得分=培训场次×0.5分: so much per thing counted (扣/加N分/件).
  {
    kind: "action",
    re: /(?<=(?:得分=)?(?:本项|该项)?(?:分值|满分|标准分|基础分)(?:-|减去?))[^,;。=×*()]{1,16}?(人次|件|次|人|项|个|例|起|家|条|篇|场|天|日|个工作日)数?(?:×|\*|乘以)(\d+(?:\.\d+)?)分|(?<=得分=)[^,;。=×*()-]{1,16}?(人次|件|次|人|项|个|例|起|家|条|篇|场)数?(?:×|\*|乘以)(\d+(?:\.\d+)?)分/g,
    read: (m) => ({
      verb: m[1] !== undefined ? "deduct" : "bonus",
      value: m[2] ?? m[4] ?? "",
      per: m[1] ?? m[3] ?? "",
    }),
  },
  // 本项得分=市局评分×4%: a score times a share of it — the external score rescaled (its whole
  // times the share is the points).
  {
    kind: "action",
    re: /得分=[^,;。=×*%]{1,16}?(?<!率)\)?(?:×|\*|乘以)(\d+(?:\.\d+)?)%/g,
    read: (m) => ({ verb: "proportional", unit: "%", upper: m[1] ?? "" }),
  },
  // 完成率得分=完成率×4分 / 得分=参保率×本项分值: the rate times the points (of 100).
  {
    kind: "action",
    re: /(?:得分=)?[^,;。=×*]{0,16}?率\)?(?:×|\*|乘以)(?:(\d+(?:\.\d+)?)分|(?:本项|该项)?(?:分值|标准分|满分))(?:计分|得分|计算|赋分)?/g,
    read: (m) => ({ verb: "proportional", ...(m[1] !== undefined ? { upper: m[1] } : {}) }),
  },
  {
    kind: "action",
    re: /按[^,;。]{1,24}?得分率?(?:\([^()]{1,12}\))?(?:进行)?折算|按(?:其|该)?得分(?:的)?比例(?:进行)?折算|按(?:实际|任务|工作)?完成(?:比例|率|进度)(?:得分|计分|赋分|计算得分|折算)|按[^,;。]{1,16}?占[^,;。]{1,14}?的?(?:比例|比重|百分比)(?:得分|计分|赋分|计算得分|折算)|按(?:实际)?比例(?:得分|计分|赋分|计算)|(?:实际)?完成率(?:乘以|×|\*)(?:本项)?(?:分值|标准分)(?:计分|得分)?|按(?:百分制|比例)?折算|相应(?:进行)?折算/g,
    read: () => ({ verb: "proportional" }),
  },
];
