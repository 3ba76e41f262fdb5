/**
 * 基础分 (docs/decisions/0299): where each part of a 多项合计 with a base starts, so that only
 * its change counts. A deduction kind scores the item's points less its deduction, so it starts
 * at the points and contributes −(its deduction); an addition kind scores its addition from 0
 * and contributes +(its addition); two-sided steps start at their own base. Kept as a table by
 * kind, like the reader's (server combine.ts); a kind not listed cannot be a part under a base.
 */
import { constant, ZERO, type Decimal } from "../../decimal.js";
import type { RuleDoc } from "../../scheme/schema.js";

/** The fields of a part that decide where it starts. */
type Fields = {
  kind: string;
  mode?: unknown;
  direction?: unknown;
  base?: unknown;
  options?: unknown;
};
/** Where a rule of one kind starts, given the item's points; undefined when it neither adds nor deducts. */
type Start = (rule: Fields, points: Decimal) => Decimal | undefined;

const fromPoints: Start = (_rule, points) => points;
const fromZero: Start = () => ZERO;
const byMode: Start = (rule, points) => (rule.mode === "deduct" ? points : ZERO);
/** A choice of fixed points adds them; a choice of a nested rule may do either. */
const byOptions: Start = (rule) =>
  Array.isArray(rule.options) &&
  rule.options.every((o) => typeof o === "object" && o !== null && !("rule" in o))
    ? ZERO
    : undefined;
const bySteps: Start = (rule, points) => {
  if (rule.direction === "below" || rule.direction === "over") return points;
  if (rule.direction === "above") return ZERO;
  // Two-sided steps score their own base (default the points) at the threshold.
  return typeof rule.base === "string" ? constant(rule.base) : points;
};

/** Each signed kind, and where its score starts. */
const starts: Readonly<Record<string, Start>> = {
  occurrences: byMode,
  checklist: byMode,
  piecewise: byMode,
  rank: byMode,
  quota: fromPoints,
  discretionaryDeduction: fromPoints,
  pool: fromPoints,
  discretionary: fromZero,
  firstToReach: fromZero,
  compare: fromZero,
  bands: fromZero,
  option: byOptions,
  steps: bySteps,
  // 从总分中扣 under a base (基础分6分…末位从总分中扣3分): the item keeps its score, the amount goes
  // to the unit's total (decision 0331) — it neither adds to nor takes from the item.
  toTotal: fromZero,
};

/**
 * The score a part has when it neither adds nor deducts (its change under a base is its score
 * less this), or undefined when the part's kind is not an addition or a deduction.
 */
export function startOf(rule: RuleDoc, points: Decimal): Decimal | undefined {
  return Object.hasOwn(starts, rule.kind) ? starts[rule.kind]?.(rule as Fields, points) : undefined;
}

/**
 * True when a rule deducts from the item's points (末位扣2分, 每次扣1分 in mode deduct): it starts
 * at the points, whatever they are, and scores them less its deduction.
 */
export function deductsFromPoints(rule: RuleDoc): boolean {
  const [one, two] = [constant("1"), constant("2")];
  return startOf(rule, one)?.equals(one) === true && startOf(rule, two)?.equals(two) === true;
}

/** True when a rule adds to or deducts from the item, so it can be a part under a 基础分. */
export function addsOrDeducts(rule: RuleDoc): boolean {
  return startOf(rule, ZERO) !== undefined;
}
