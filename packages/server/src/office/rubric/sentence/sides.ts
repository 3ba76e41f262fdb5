/**
 * 每增(减)1个百分点加(减)0.5分: steps on both sides of a base (以95%为基准, 达到60%得3分).
 */
import type { ItemText } from "../proposal.js";
import type { Built } from "./build.js";
import { valueFor } from "./measured.js";
import type { Statement } from "./statements.js";
import { asChange, SINCE_LAST_YEAR } from "./since-last-year.js";
import { NUMBER, numberOf } from "./text.js";

/** 每增(减)1个百分点加(减)0.5分: steps on both sides of a base (以95%为基准, 达到60%得3分). */
export function assembleBoth(
  item: ItemText,
  sts: Statement[],
): { built: Built; used: Statement[]; stated: boolean } | undefined {
  const m: Sides | null =
    new RegExp(
      `每(?:增加|增|提高|上升|超过|超出|高出|多|超)\\(?(?:或|/|、)?(?:减少|减|降低|下降|不足|低于|少|低)\\)?${NUMBER}(个百分点|百分点|%|个点|元|万元)?[^,;。]{0,6}?(?:加|奖)\\(?(?:或|/|、)?(?:减|扣)\\)?${NUMBER}分`,
    ).exec(item.text) ?? pairOf(item.text);
  if (m === null) return undefined;
  const end = m.index + m[0].length;
  const before = item.text.slice(0, m.index);
  const base =
    new RegExp(`(?:以|按)${NUMBER}(%|元|万元)?为(?:基准|基数|标准|基础)`).exec(before) ??
    new RegExp(`(?:达到|达|为)${NUMBER}(%|元|万元)?`).exec(before);
  // 与上年相比 / 较上年 / 同比: the value is the change, measured from 0.
  const change = SINCE_LAST_YEAR.exec(before);
  const unit = m[2] ?? base?.[2] ?? "%";
  const v = valueFor(item, unit === "元" || unit === "万元" ? "元" : "%", "");
  const award = new RegExp(`得${NUMBER}分`).exec(before);
  const rule: Record<string, unknown> = {
    kind: "steps",
    value: v.spec,
    direction: "both",
    from: base?.[1] !== undefined ? numberOf(base[1]) : change ? "0" : "100",
    step: numberOf(m[1]),
    points: numberOf(m[3]),
    rounding: "down",
  };
  if (m.above !== undefined && m.above !== rule.points) rule.pointsAbove = m.above;
  if (award?.[1] !== undefined && numberOf(award[1]) !== item.max) rule.base = numberOf(award[1]);
  // The fact is the change itself, named after what changes (not after 每增加, the step's verb).
  const facts = change === null ? v.facts : asChange(v.facts, before.slice(0, change.index));
  return {
    built: { rule: rule as Built["rule"], facts },
    used: sts.filter((s) => s.start < end),
    // Where the steps start and what is scored there, both written (达到70%的得2分): nothing assumed.
    stated: award !== null && (base !== null || change !== null),
  };
}

type Sides = RegExpExecArray & { above?: string };

/**
 * 每增加1个百分点加0.5分，每减少1个百分点扣0.5分 (either order): the two sides written as two
 * clauses of one step on a rate or an amount (a count of people or cases is not), shaped as the one-clause form (1: the step, 2: its unit, 3: the points
 * below) with the points above in `above`. Null when the two steps differ.
 */
function pairOf(text: string): Sides | null {
  const side = (verbs: string, acts: string) =>
    `每(?:${verbs})${NUMBER}(个百分点|百分点|%|个点|元|万元)[^,;。]{0,6}?(?:${acts})${NUMBER}分`;
  const up = side("增加|增长|增|提高|上升|高出|多", "加|奖");
  const down = side("减少|减|降低|下降|少|低", "扣|减");
  const upFirst = new RegExp(`${up}[^;。]{0,4}?[,;]${down}`).exec(text);
  const m = upFirst ?? new RegExp(`${down}[^;。]{0,4}?[,;]${up}`).exec(text);
  if (m === null) return null;
  const [upStep, upUnit, upPoints, downStep, downUnit, downPoints] =
    upFirst !== null ? m.slice(1, 7) : [...m.slice(4, 7), ...m.slice(1, 4)];
  if (numberOf(upStep) !== numberOf(downStep) || (upUnit ?? "") !== (downUnit ?? "")) return null;
  const shaped = [m[0], upStep, upUnit, downPoints] as unknown as RegExpExecArray;
  return Object.assign(shaped, { index: m.index, input: text, above: numberOf(upPoints) });
}
