/**
 * An item's 得分 compared with the round's mean (docs/decisions/0300): 「第二项得分低于各乡镇平均分
 * 的扣1分」, 「“基金监管”项得分低于全县平均水平的，每低1分扣0.5分」, 「第1项得分高于全县平均得分的
 * 加1分」. Read as 与平均值比较 (vsMean) on an entered value with a warning; once the whole rubric
 * is read, item-scores.ts links the reference to the item it names. 高于 is strictly above: an
 * addition (`bonus`, docs/decisions/0303), the mean itself adding nothing; 每高1分加a分，最多加c分
 * steps it. 本项/本指标 is the rule's own
 * score — a cycle — so it stays an entered value and the administrator is asked which item is meant.
 */
import { parseDecimal } from "@kaoping/engine";
import { NUM, type Proposal, type Recogniser } from "./proposal.js";

/** The reference: 第N项, “XX”项, XX项, or this item (本项, 本指标, 该项, 此项). */
const REF =
  '(第[\\d.一二两三四五六七八九十]+项|本项|本指标|该项|此项|[“"][^”",;。]{2,16}[”"]项|[^,;。]{2,12}?项)';
/** …得分 低于/高于 …平均分 (全县, 各乡镇, 全市 … before the mean). */
const MEAN = new RegExp(
  `${REF}(?:的)?(?:考核)?(?:得分|分数)(?:的)?(低于|不低于|未达到|达到|高于|超过|超出)[^,;。]{0,8}?平均(?:得分|分数|分|水平|值)(?:的)?,?`,
);
const STEP = new RegExp(`^(?:得满分,?)?每低(?:于)?${NUM}分(?:的)?扣${NUM}分`);
const ONCE = new RegExp(`^(扣|减|加|得)${NUM}分`);
/** 每高1分加0.5分，最多加2分 (the cap optional: the item's points). */
const UP = new RegExp(
  `^每高(?:于|出)?${NUM}分(?:的)?加${NUM}分(?:,?(?:最多|最高|至多|累计最多)(?:加)?${NUM}分)?`,
);

/** This item's own score: the rule cannot read it (its score is what the rule decides). */
const OWN = /^(本项|本指标|该项|此项)$/;

/** The proposal of a comparison of an item's score with the mean, or undefined. */
export const meanOfScore: Recogniser = (item) => {
  const m = MEAN.exec(item.text);
  if (m === null) return undefined;
  const [head, ref = "", verb = ""] = m;
  const written = `${ref}得分`;
  // As a label and inside the warning's quotes: without the reference's own quotes.
  const shown = written.replace(/^[“"]|[”"](?=项)/g, "");
  const rest = item.text.slice((m.index ?? 0) + head.length);
  const above = /高于|超过|超出/.test(verb);
  const step = STEP.exec(rest);
  const once = ONCE.exec(rest);
  const up = above ? UP.exec(rest) : null;
  const warnings: string[] = [];
  let rule: Record<string, unknown>;
  let phrase = head;
  /** The addition's cap within the item's points, and what a unit at the mean scores. */
  const capOf = (stated: string | undefined, fallback: string): string => {
    const max = parseDecimal(item.max);
    const cap = parseDecimal(stated ?? max?.toFixed() ?? fallback);
    if (max === undefined || cap === undefined) return stated ?? fallback;
    if (cap.greaterThan(max)) {
      warnings.push(
        `加分上限 ${cap.toFixed()} 分超过本项分值 ${max.toFixed()} 分，按本项分值 ${max.toFixed()} 分计：请核对本项分值`,
      );
      return max.toFixed();
    }
    if (cap.lessThan(max))
      warnings.push(
        `本项分值 ${max.toFixed()} 分多于加分 ${cap.toFixed()} 分：不高于平均分的得 ${max.minus(cap).toFixed()} 分，高于的最多得满分，请核对本项分值`,
      );
    return cap.toFixed();
  };
  if (up !== null) {
    const [, width = "1", points = "0", cap] = up;
    rule = {
      step: width,
      points: "0",
      bonus: { step: width, points, cap: capOf(cap, points), rounding: "down" },
    };
    phrase += up[0];
  } else if (step !== null && !above) {
    rule = { step: step[1], points: step[2] };
    phrase += step[0];
  } else if (once !== null && above === /加|得/.test(once[1] ?? "")) {
    phrase += once[0];
    const points = once[2] ?? "0";
    // One step as wide as the referenced item's points (item-scores.ts): any amount beyond it.
    rule = above
      ? {
          step: "100",
          points: "0",
          bonus: { step: "100", points, cap: capOf(points, points), rounding: "up" },
        }
      : { step: "100", points };
  } else {
    return {
      rule: { kind: "discretionary", fact: "score" },
      facts: [
        { name: "score", type: "decimal", label: "评定得分", min: "0", max: item.max ?? "0" },
      ],
      phrase: head,
      confidence: 0.3,
      explanation: "酌情打分：与平均分比较的计分方法未能识别",
      warnings: [
        `按“${shown}”与平均分比较计分，但未写明加分的比例或分值，规则无法确定：暂按酌情打分，请人工核对`,
      ],
    };
  }
  const own = OWN.test(ref);
  warnings.unshift(
    own
      ? `比较依据“${shown}”是本项自身的得分：本项的得分正由这条规则决定，不能按它计分（循环引用）。暂按填报的数值比较：请在方案中把“计量值”改为另一考核项的得分，或人工核对`
      : `比较依据“${shown}”是其他项目计算出的得分，未找到所指的考核项，暂按填报的数值比较：请填写该得分，或人工核对`,
  );
  const proposal: Proposal = {
    rule: {
      kind: "vsMean",
      value: { fact: "value" },
      direction: "below",
      ...rule,
      rounding: "up",
    } as Proposal["rule"],
    facts: [{ name: "value", type: "decimal", label: shown }],
    phrase,
    confidence: 0.5,
    explanation: "与平均值比较：以本轮各单位平均分为基准，低于基准扣分（请核对）",
    warnings,
  };
  if (!own) proposal.scoreOf = written;
  if (rule.step === "100") proposal.scoreOnce = true;
  if (above)
    proposal.explanation = "与平均值比较：以本轮各单位平均分为基准，高于基准加分（请核对）";
  return proposal;
};
