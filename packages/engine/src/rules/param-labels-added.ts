/**
 * Parameter labels of the rule kinds added for real rubrics (issue #12): 共用扣分, 追加扣除,
 * 直接计入总分, 超出满分计入总分, 按比例得分, 分段阶梯, 与平均值比较, 按最优单位比例得分,
 * 按其他单位平均分得分. Kept apart so param-labels.ts stays small; the same test checks them.
 */
import {
  fact,
  measure,
  mode,
  nestedRule,
  places,
  points,
  rounding,
  stepUnit,
  subRule,
  sourceSpec,
  type ParamLabels,
} from "./param-labels-common.js";

const step = measure("每档幅度", "一档的大小，应大于 0，如 1（个百分点）。");
/** A number of points (a cap, a threshold of deductions). */
const cutCap = (label: string, help: string): ParamLabels[string] => ({
  label,
  help,
  input: "points",
});
const best = { desc: "数值高者为优", asc: "数值低者为优" };

/** Labels of the added kinds, by kind id. */
export const addedParamLabels: Readonly<Record<string, ParamLabels>> = {
  pool: {
    parts: {
      label: "扣分规则",
      help: "两条及以上的扣分规则（按次扣、按档扣、酌情扣等），各自的扣分相加，从本项分值中扣除，扣完为止。",
      fields: {
        rule: nestedRule("规则", "一条扣分规则，按本项满分计算其扣分。"),
        cap: cutCap("此项最多扣", "这条规则最多扣的分数，如“最多扣2分”；不填不限。"),
      },
    },
    cap: cutCap("合计最多扣", "各条规则合计最多扣的分数；不填以本项分值为限。"),
  },
  penalty: {
    rule: subRule,
    penalties: {
      label: "追加扣除",
      help: "满足条件时从单位总分中另扣的分数（不受本项分值限制）。",
      fields: {
        when: {
          label: "条件",
          help: "本项累计扣分达到某分数（如扣满 5 分），或出现某种情形（是/否事实为指定值）。",
          fields: {
            deducted: cutCap("累计扣满", "本项累计扣分达到此数时追加扣除，如 5。"),
            fact: fact("出现此情形（是/否）时追加扣除，如“构成重大隐患”。"),
            equals: { label: "取值", help: "事实为此值时追加扣除，默认“是”。", input: "factValue" },
          },
        },
        points: points("从单位总分中追加扣除的分数，如 10。"),
        zeroItem: {
          label: "本项不得分",
          help: "条件满足时本项同时得 0 分（“不得分，并追加扣除”）。",
        },
      },
    },
  },
  toTotal: {
    rule: nestedRule("子规则", "算出一个分数的规则，如按次加分、酌情打分；本项自身计 0 分。"),
    sign: {
      label: "计入方式",
      help: "子规则算出的分数从单位总分中扣除（如“从总分扣1分”），或加入总分（加分不封顶）。",
      values: { minus: "从总分中扣除", plus: "加入总分" },
    },
  },
  uncapped: {
    rule: subRule,
    cap: cutCap("最多计到", "本项连同超出部分最多计的分数；不填不封顶。"),
  },
  proportional: {
    value: sourceSpec,
    of: measure(
      "参照值",
      "得满分值所对应的数值：完成目标（如 100%）或外部考核的满分（如 100 分）。",
    ),
    points: points("达到参照值时的得分；不填为本项满分。"),
    places,
  },
  piecewise: {
    value: sourceSpec,
    direction: {
      label: "方向",
      help: "高于各段起点的部分计档（加分或扣分），或低于各段上限的部分计档（扣分）。",
      values: { above: "高于部分计档", below: "低于部分计档" },
    },
    mode,
    pieces: {
      label: "分段",
      help: "每段的区间、每档幅度、每档分值和此段最多分值；各段分别计档后相加。",
      fields: {
        from: measure("起点", "此段的下端，如 1000（元）。"),
        to: measure("终点", "此段的上端；最后一段加分可不填（不设上端）。"),
        step,
        points: points("此段每档的分值。"),
        cap: cutCap("此段最多", "此段最多加（扣）的分数，如 10；不填不限。"),
      },
    },
    rounding,
    stepUnit,
  },
  vsMean: {
    value: sourceSpec,
    direction: {
      label: "方向",
      help: "低于本轮平均值时每档扣分，或超过平均值时每档扣分（数值越低越好，如平均年龄）。",
      values: { below: "低于平均值扣分", over: "超过平均值扣分" },
    },
    offset: {
      label: "基准加减",
      help: "在平均值上加（负数为减）的幅度，如“平均占比加5%”填 5；默认 0。",
    },
    step,
    points: points("每档扣的分值；只加不扣（如“高于平均分的加1分”）填 0。"),
    rounding,
    stepUnit,
    bonus: {
      label: "优于平均值加分",
      help: "高于平均值（数值越低越好时为低于）每一档加分，最多加到上限；设了加分时，等于平均值得本项分值减加分上限。不填不加分。",
      fields: {
        step: measure("加分每档幅度", "加分一档的大小，应大于 0，如 1（个百分点）。"),
        points: cutCap("加分每档分值", "加分每档的分值，如 0.5。"),
        cap: cutCap("最多加", "加分的上限，如“最多加2分”填 2；不能超过本项分值。"),
        rounding,
      },
    },
  },
  bestRatio: {
    value: sourceSpec,
    order: { label: "优劣方向", help: "数值越高越好，或越低越好。", values: best },
    points: points("最优单位的得分；不填为本项满分。"),
    upTo: {
      label: "前几名得分",
      help: "只有前几名（如前 5 名）按比例得分，其余得 0 分；不填全部按比例。",
    },
    places,
  },
  othersMean: {
    rule: subRule,
    fact: fact("符合时取其他单位平均分的是/否事实，如“本年度未新进人员”。"),
    equals: { label: "取值", help: "事实为此值时取平均分，默认“是”。" },
  },
};
