/** The shared pieces of the parameter labels (param-labels.ts, param-labels-added.ts). */

/**
 * What the editor offers for a value beyond its type: a fact of the scheme (by its label), a
 * field of the row's list fact, a value of that fact or field, points per value of a field, a
 * number in 分 or in the unit of the measured value, a nested rule, or another item of the
 * scheme (its score is the value, docs/decisions/0293).
 */
export type ParamInput =
  | "fact"
  | "field"
  | "factValue"
  | "fieldValue"
  | "fieldPoints"
  | "points"
  | "measure"
  | "rule"
  | "item";

/** A parameter's Chinese label and a short help text. */
export interface ParamLabel {
  /** Shown as the field's label, e.g. 起点值. */
  label: string;
  /** One or two sentences for the tooltip: what the value means, with an example. */
  help: string;
  /** Chinese names of an enum's choices (value → name). */
  values?: Readonly<Record<string, string>>;
  /** Labels of a nested object's fields, or of each list element's fields. */
  fields?: Readonly<Record<string, ParamLabel>>;
  /** The editor's control when the type alone does not say (see ParamInput). */
  input?: ParamInput;
}

/** The labels of one kind's parameters, by parameter name. */
export type ParamLabels = Readonly<Record<string, ParamLabel>>;

/** A fact parameter. */
export const fact = (help: string): ParamLabel => ({ label: "事实", help, input: "fact" });
/** A points parameter. */
export const points = (help: string): ParamLabel => ({ label: "分值", help, input: "points" });
/** A number in the measured value's unit. */
export const measure = (label: string, help: string): ParamLabel => ({
  label,
  help,
  input: "measure",
});
/** 否则得分. */
export const otherwise: ParamLabel = {
  label: "否则得分",
  help: "条件都不满足时的得分，默认 0。",
  input: "points",
};
/** 计分方式: award or deduct. */
export const mode: ParamLabel = {
  label: "计分方式",
  help: "加分：符合的各项分值相加；扣分：从满分中扣除符合的各项分值。",
  values: { award: "加分", deduct: "扣分" },
};

/** A ratio of two facts (also one choice of 取较高者). */
export const ratioFields: Readonly<Record<string, ParamLabel>> = {
  fact: { label: "事实", help: "直接取这项事实的数值，如参保率。", input: "fact" },
  ratio: {
    label: "比例（分子、分母）",
    help: "两项事实，按分子 ÷ 分母计算，如救助人次 ÷ 总人次。",
    input: "fact",
  },
  percent: {
    label: "按百分比",
    help: "比例乘以 100 后按百分数比较（默认是）；关闭则按原始比值。",
  },
  label: { label: "名称", help: "这个比例在得分说明中的叫法，如“救助人次占比”。" },
};

/** Another item whose score is the value (数据来源：另一考核项得分). */
export const itemScore: ParamLabel = {
  label: "考核项",
  help: "按另一考核项的得分计量，如按第3项“基金监管”的得分排名；该项先于本项计分。",
  input: "item",
};

/** A measured value (value-spec.ts): one fact, a ratio, or the better of several. */
export const valueSpec: ParamLabel = {
  label: "计量值",
  help: "被计分的数值：一项事实（如参保率），两项事实之比（如救助人次 ÷ 总人次），或几种数值中取较高者。",
  fields: {
    ...ratioFields,
    best: {
      label: "取较高者",
      help: "列出两种及以上的数值（事实或比例），取其中较高的一个计分。",
      fields: ratioFields,
    },
  },
};

/** A measured value of the kinds that compare units: also another item's score. */
export const sourceSpec: ParamLabel = {
  ...valueSpec,
  help: `${valueSpec.help.slice(0, -1)}，或另一考核项的得分（数据来源：另一考核项得分）。`,
  fields: { ...valueSpec.fields, itemScore },
};

/** A nested rule (a choice's rule, a part of 多项合计). */
export const nestedRule = (label: string, help: string): ParamLabel => ({
  label,
  help,
  fields: {
    kind: {
      label: "计分方式",
      help: "子规则的计分方式（如酌情扣分），其余参数随之填写。",
    },
  },
  input: "rule",
});

/** What a step is called. */
export const stepUnit: ParamLabel = {
  label: "档的单位",
  help: "得分说明中档的叫法，如“个百分点”；不填用计量值的单位。",
};
/** How partial steps count. */
export const rounding: ParamLabel = {
  label: "不足一档",
  help: "不足一档的部分怎样算：按一档计、不计，或按比例计分。",
  values: { up: "按一档计（向上取整）", down: "不计（向下取整）", exact: "按比例计" },
};
/** Rounding of a quotient score. */
export const places: ParamLabel = {
  label: "保留小数位数",
  help: "得分四舍五入保留的小数位数，如 2；不填按精确值计。",
};
/** The one nested rule of a wrapping kind. */
export const subRule = nestedRule("子规则", "本项按这条规则计分，如按次扣分。");
