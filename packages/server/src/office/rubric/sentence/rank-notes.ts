/**
 * What the proposal of a ranking with places at both ends tells the administrator: its
 * explanation, and warnings where the reading assumes what the rubric does not write (the places
 * between full points and a deduction, a deduction beyond a bonus-sized item). Decisions 0313, 0316.
 */
import { larger, minus, type ItemText } from "../proposal.js";
import type { Built } from "./build.js";

/**
 * What the proposal of a rank at both ends says: where the other places start, and a warning when
 * the bottom's deduction can go below 0 (the item is clamped to [0, points]).
 */
function bothEnds(
  item: ItemText,
  rule: Built["rule"],
  stated: boolean,
): { explanation: string; warnings: string[] } {
  const base = String(rule.base);
  const deduct = (rule.parts as { awards: { points: string }[] }[])[1]?.awards ?? [];
  const most = deduct.reduce((a, b) => larger(a, b.points), "0");
  const how =
    item.max === undefined
      ? "本项分值未知，基础分按 0 分计"
      : "基础分取本项分值减去最高加分（不低于 0 分），名次最好的恰得满分";
  const explanation = `按名次加减分：名次靠前的加分、靠后的扣分，从基础分 ${base} 分起加减（${how}；请核对名次、分数与基础分）`;
  const warnings = minus(base, most).startsWith("-")
    ? [
        `末尾名次扣 ${most} 分，但基础分只有 ${base} 分：本项得分最低为 0 分，超出部分不会从单位总分中扣除（如细则要求从总分扣，请人工调整）`,
      ]
    : [];
  // The base is the reader's where the item writes none: what the places between score (0325).
  if (!stated)
    warnings.unshift(
      `细则未写其余名次得几分：暂按基础分 ${base} 分计（${item.max === undefined ? "本项分值未知" : "本项分值减去最高加分"}），请核对`,
    );
  return { explanation, warnings };
}

/**
 * The rule of a ranking, and how it reads places at both ends: `both`, a sum of two ranks from a
 * base (0313); `full`, full points at the top and a deduction at the bottom, one deducting rank;
 * `total`, additions that use up the item's points and a deduction from the unit's total (0316);
 * `based` when the sum starts from a 基础分 the item writes (0325).
 */
export type Ranked = Built & {
  ends?: "both" | "full" | "total";
  based?: boolean;
  /** The 细则 says the deduction is taken from the unit's total (从总分中扣; 0331). */
  said?: boolean;
};

/**
 * What the proposal of additions that use up the item's points beside a deduction at the other end
 * says: the deduction is taken from the unit's total, since within the item it could never show.
 */
function onTotal(r: Ranked): { explanation: string; warnings: string[] } {
  const rule = r.rule;
  const taken =
    (rule.parts as { rule?: { awards: { points: string }[] } }[])[1]?.rule?.awards ?? [];
  const most = taken.reduce((a, b) => larger(a, b.points), "0");
  if (r.said === true) {
    const base = rule.base === undefined ? "0" : String(rule.base);
    return {
      explanation: `按名次加减分：从基础分 ${base} 分起，名次靠前的在本项内加分；靠后名次按细则从单位总分中扣分（最多 ${most} 分，不计入本项）。请核对名次、分数与基础分`,
      // The base is the reader's where the item writes none: what the places between score (0325).
      warnings:
        r.based === true || base === "0"
          ? []
          : [`细则未写其余名次得几分：暂按基础分 ${base} 分计（本项分值减去最高加分），请核对`],
    };
  }
  return {
    explanation:
      "按名次加减分：名次靠前的在本项内加分（名次最好的恰得满分），靠后名次的扣分从单位总分中扣除（请核对名次与分数）",
    warnings: [
      `本项分值只够名次最好的加分，末尾名次扣 ${most} 分无法在本项内扣减：按“从单位总分中扣除”计；如细则要求扣分以本项为限（最低 0 分），请人工调整`,
    ],
  };
}

/**
 * What the proposal of full points at the top beside a deduction at the bottom says: the places
 * between are not written, and are read as not deducted.
 */
function fromFull(rule: Built["rule"]): { explanation: string; warnings: string[] } {
  const at = rule.order === "asc" ? "末尾" : "靠前";
  return {
    explanation: `按名次扣分：名次最好的得满分，${at}名次从本项分值中扣分，其余名次不扣分（请核对名次与分数）`,
    warnings: [
      `细则写了名次最好的得满分、${at}名次扣分，但未写其余名次得几分：暂按其余名次不扣分（得满分）计，只有${at}名次扣分；如其余名次应按名次递减，请人工调整`,
    ],
  };
}

/** The explanation and warnings of a ranking read at both ends; undefined for a plain rank. */
export function notesOf(
  item: ItemText,
  r: Ranked,
): { explanation: string; warnings: string[] } | undefined {
  if (r.ends === "both") return bothEnds(item, r.rule, r.based === true);
  if (r.ends === "full") return fromFull(r.rule);
  if (r.ends === "total") return onTotal(r);
  return undefined;
}
