/**
 * What an item adds to its unit's result besides its score: gates (本项不得分, 一票否决, and the
 * grade vetoes 一票否优 / 取消评先评优资格, which leave the score alone), and amounts beyond the
 * item's points (追加扣除, 从总分扣分, 加分不封顶) that the unit's total takes in.
 */
import { formatDecimal } from "../decimal.js";
import { factValue, type CheckedFacts } from "../facts/check-unit.js";
import type { Beyond } from "../rules/kind.js";
import { conditionOfReason } from "../rules/gate-words.js";
import type { CompiledItem, CompiledScheme } from "../scheme/compile.js";
import type { Gate } from "../scheme/schema.js";
import { placesWords, roundText } from "./places.js";
import type { UnitAdjustment, UnitMark } from "./result.js";

/** A grade veto's effect: 一票否优 (not graded 优秀) or 取消评先评优资格. */
export type MarkEffect = "noExcellent" | "ineligible";

/** Chinese names of the grade vetoes, as traces and results say them. */
export const markNames: Readonly<Record<MarkEffect, string>> = {
  noExcellent: "一票否优（不得评为优秀等次）",
  ineligible: "取消评先评优资格",
};

/** An item's extras, kept with its (possibly shared, frozen) result. */
export interface ItemExtras {
  /** Signed amounts for the unit's total, as canonical texts. */
  adjustments: { points: string; reason: string }[] | undefined;
  mark: { effect: MarkEffect; reason: string } | undefined;
}

/** An item scored: its score text, trace, the veto it raised and its extras. */
export interface Scored {
  text: string;
  trace: string[];
  veto: string | undefined;
  extras: ItemExtras | undefined;
}

/** The item's gate when it is not passed, else undefined. */
export function failedGate(
  compiled: CompiledScheme,
  ci: CompiledItem,
  facts: CheckedFacts,
): Gate | undefined {
  const gate = ci.gate;
  if (gate === undefined) return undefined;
  const ref = gate.fact.includes(".") ? gate.fact : `${ci.item.code}.${gate.fact}`;
  const value = factValue(compiled, facts, ref) === true;
  return value === gate.pass ? undefined : gate;
}

/** The result of an item whose zeroing gate is not passed (本项不得分 / 一票否决). */
export function gatedResult(gate: Gate): Scored {
  const what = gate.effect === "veto" ? "一票否决，总分为 0 分" : "本项不得分";
  // The reason without the effect it may name already (未开展，本项不得分 → 未开展).
  return {
    text: "0",
    trace: [`${conditionOfReason(gate.reason) ?? gate.reason}，${what}`],
    veto: gate.effect === "veto" ? gate.reason : undefined,
    extras: undefined,
  };
}

/**
 * Adds an outcome's amounts beyond the item and a failed grade-veto gate to a closed trace (one
 * line each, after the score) and gives the item's extras; undefined when there are none.
 */
export function extrasOf(
  trace: string[],
  beyond: readonly Beyond[] | undefined,
  gate: Gate | undefined,
  places: number | undefined = undefined,
): ItemExtras | undefined {
  let adjustments: ItemExtras["adjustments"];
  // The closed line, before any amount's own line is pushed after it.
  const last = trace.length - 1;
  for (const b of beyond ?? []) {
    if (b.points.isZero()) continue;
    // Rounded like the item's own score (得分保留小数位数), so the total adds rounded amounts.
    const exact = formatDecimal(b.points.abs());
    const points = places === undefined ? exact : roundText(exact, places);
    if (points === "0") continue;
    const signed = b.points.isNegative() ? `-${points}` : points;
    const rounded = points === exact ? "" : `，${exact} 分四舍五入${placesWords(places as number)}`;
    const amount = `${points} 分（不受本项分值限制${rounded}）`;
    if (b.joins === true && last >= 0)
      trace[last] =
        `${trace[last] as string}，并${b.points.isNegative() ? "从总分中追加扣除" : "另计入总分"} ${amount}`;
    else
      trace.push(`${b.reason}：${b.points.isNegative() ? "从总分中扣除" : "计入总分"} ${amount}`);
    (adjustments ??= []).push({ points: signed, reason: b.reason });
  }
  let mark: ItemExtras["mark"];
  if (gate !== undefined && (gate.effect === "noExcellent" || gate.effect === "ineligible")) {
    mark = { effect: gate.effect, reason: gate.reason };
    trace.push(`${gate.reason}，${markNames[gate.effect]}（本项得分不受影响）`);
  }
  return adjustments === undefined && mark === undefined ? undefined : { adjustments, mark };
}

/** What a unit's walk gathers from its items' extras. */
export interface UnitExtras {
  adjustments: UnitAdjustment[] | undefined;
  marks: UnitMark[] | undefined;
}

/** Adds an item's extras to the unit's. */
export function gatherExtras(unit: UnitExtras, ci: CompiledItem, extras: ItemExtras): void {
  const { code, title } = ci.item;
  for (const a of extras.adjustments ?? [])
    (unit.adjustments ??= []).push({ code, title, points: a.points, reason: a.reason });
  if (extras.mark !== undefined) (unit.marks ??= []).push({ code, title, ...extras.mark });
}

/**
 * A unit's amounts beyond its items and grade vetoes as Chinese lines for a score sheet, a
 * workbook or a screen ("1 设备设施：累计扣分 6 分，达到 5 分，追加扣除，从总分中扣除 10 分";
 * "2 通报批评：受到省级通报批评，一票否优（不得评为优秀等次）"); empty when there are none.
 */
export function describeUnitExtras(result: {
  adjustments?: readonly UnitAdjustment[] | undefined;
  marks?: readonly UnitMark[] | undefined;
}): string[] {
  const lines: string[] = [];
  for (const a of result.adjustments ?? []) {
    const negative = a.points.startsWith("-");
    const points = negative ? a.points.slice(1) : a.points;
    lines.push(
      `${a.code} ${a.title}：${a.reason}，${negative ? "从总分中扣除" : "计入总分"} ${points} 分`,
    );
  }
  for (const m of result.marks ?? [])
    lines.push(`${m.code} ${m.title}：${m.reason}，${markNames[m.effect]}`);
  return lines;
}
