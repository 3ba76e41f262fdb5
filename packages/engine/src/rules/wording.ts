/** Small helpers for the rule sentences of `explain` (numbers as written, conditions on yes/no facts). */
import { constant } from "../decimal.js";
import { n } from "../text.js";

/** A scheme literal as written in a sentence, canonical ("0.50" → "0.5"). */
export function num(text: string): string {
  return n(constant(text));
}

/** Points as "0.5 分". */
export function points(text: string): string {
  return `${num(text)} 分`;
}

/** An amount with a unit for a sentence: "0.1 个百分点", "99.8%", "5 篇", "3". */
export function amount(text: string, unit: string): string {
  if (unit === "") return num(text);
  return unit === "%" ? `${num(text)}%` : `${num(text)} ${unit}`;
}

/** A yes/no fact's label turned round (未发生X → 发生X, 已报送 → 未报送), where it can be. */
export function notLabel(label: string): string | undefined {
  const m = /^(未|没有|无|已)(.+)$/.exec(label);
  if (m === null) return undefined;
  return { 未: "", 没有: "有", 无: "有", 已: "未" }[m[1] as "未"] + (m[2] ?? "");
}

/** The condition "a yes/no fact has this value": "已按时报送", "未按时报送", else "“按时报送”为否". */
export function whenWords(label: string, value: boolean): string {
  return value ? label : (notLabel(label) ?? `“${label}”为否`);
}

/** Another item named in a trace or sentence: 第3项“基金监管”, or 第3项 when its title is unknown. */
export function itemName(code: string, title: string | undefined): string {
  const t = title?.trim() ?? "";
  return t === "" ? `第${code}项` : `第${code}项“${t}”`;
}

/**
 * The verb of an award, from the item's kind (`bonusItemsOf`, decision 0343) — the one place every
 * rule kind's sentence and the trace's closing words take it from (decision 0346): 加 in a 加分
 * item (its points are added to the unit's: 前3名加6分, 达到95%的加2分), 得 in any other item
 * (the points are what the item earns).
 */
export function awardVerb(item: { bonus: boolean }): "加" | "得" {
  return item.bonus ? "加" : "得";
}

/**
 * An award's points in a sentence: «得 2 分» / «加 2 分»; 0 points in a 加分 item are «不加分»
 * (其余不加分, 否则不加分), as «加 0 分» reads like an award.
 */
export function awardWords(item: { bonus: boolean }, text: string): string {
  const said = num(text);
  return item.bonus && said === "0" ? "不加分" : `${awardVerb(item)} ${said} 分`;
}
