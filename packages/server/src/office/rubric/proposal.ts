/**
 * A proposed rule for one item of an imported rubric: the rule document, the facts it needs, the
 * phrase of the source it was recognised from and a confidence, for the administrator to confirm
 * or change. Shared helpers of the recognisers live here too.
 */
import type { Check, Gate, RuleDoc } from "@kaoping/engine";

/** A fact declaration as written in a scheme document. */
export interface FactDoc {
  name: string;
  type: string;
  label: string;
  unit?: string;
  required?: boolean;
  min?: string;
  max?: string;
  /** 0 is allowed besides [min, max] (扣0.5-1分). */
  orZero?: boolean;
  values?: { value: string; label: string }[];
  fields?: FactDoc[];
  element?: Omit<FactDoc, "name">;
}

/** One recognised rule. */
export interface Proposal {
  rule: RuleDoc;
  facts: FactDoc[];
  checks?: Check[];
  gate?: Gate;
  /** The item's maximum when the text decides it (bonus items: 最高不超过5分, the best band). */
  max?: string;
  /** The source phrase the rule was recognised from. */
  phrase: string;
  /** 0–1: how sure the recogniser is (1 = a standard phrase matched in full). */
  confidence: number;
  /** What was recognised, in Chinese, for the administrator. */
  explanation: string;
  /** What the proposal could not encode, in Chinese, shown with the item's reading. */
  warnings?: string[];
  /**
   * Another item's score the rule ranks or compares on, as written ("按第3项得分"), linked to that
   * item once the whole rubric is read (item-scores.ts, docs/decisions/0293).
   */
  scoreOf?: string;
  /**
   * A single deduction below the mean (低于平均分的扣1分): one step as wide as the referenced
   * item's points, set when the reference is linked (mean-score.ts, docs/decisions/0300).
   */
  scoreOnce?: boolean;
}

/** What a recogniser sees: the item's normalised text, its maximum and where it sits. */
export interface ItemText {
  code: string;
  /** Normalised: half-width punctuation, no spaces, "O.5" read as 0.5. */
  text: string;
  /** The item's maximum from the table ("(2分)", the 分值 column), when known. */
  max: string | undefined;
  /** True for items of a bonus group (加分). */
  bonus: boolean;
  /** Earlier items' measured subjects ("基本医疗保险参保率") → fact reference ("4.1.rate"). */
  subjects: Map<string, string>;
}

/** A recogniser: a proposal, or undefined when its phrase is not in the text. */
export type Recogniser = (item: ItemText) => Proposal | undefined;

/** A decimal number in a pattern. */
export const NUM = "(\\d+(?:\\.\\d+)?)";

/** A decimal string multiplied by 10^places exactly ("5" × 10^4 = "50000"). */
export function shift(value: string, places: number): string {
  const [whole = "0", frac = ""] = value.split(".");
  const digits = `${whole}${frac.padEnd(places, "0")}`;
  const point = whole.length + places;
  const out =
    `${digits.slice(0, point)}${digits.length > point ? `.${digits.slice(point)}` : ""}`.replace(
      /^0+(?=\d)/,
      "",
    );
  return out.includes(".") ? out.replace(/\.?0+$/, "") : out;
}

/** Exact difference a − b of two short decimal strings (scaled BigInt). */
export function minus(a: string, b: string): string {
  const scale = Math.max((a.split(".")[1] ?? "").length, (b.split(".")[1] ?? "").length);
  const units = (v: string) => BigInt(shift(v, scale).split(".")[0] ?? "0");
  const d = units(a) - units(b);
  const negative = d < 0n;
  const text = (negative ? -d : d).toString().padStart(scale + 1, "0");
  const whole = text.slice(0, text.length - scale);
  const frac = scale > 0 ? text.slice(text.length - scale).replace(/0+$/, "") : "";
  return `${negative ? "-" : ""}${whole}${frac !== "" ? `.${frac}` : ""}`;
}

/** The larger of two decimal strings. */
export function larger(a: string, b: string): string {
  return minus(a, b).startsWith("-") ? b : a;
}

/** A short label from a phrase: trimmed of numbering, punctuation and trailing particles, at most 30 characters. */
export function labelOf(phrase: string, fallback: string): string {
  const s = phrase
    // Numbering, not a window or an age (30日内…, 60周岁以上…).
    .replace(/^[\d.、]+(?![\d.]*(?:个)?(?:工作日|日|天|月|年|周|小时|周岁|岁))/, "")
    .replace(/[,;。:]+$/, "")
    // A heading of the lines after it (以下每项加分: 获得省级表彰的加10分).
    .replace(/^以下(?:每项|各项)?(?:加分|扣分)(?:项)?:?/, "")
    .replace(/\(\d+(?:\.\d+)?分\)/g, "")
    .replace(/的$/, "")
    .trim();
  return (s.length > 0 ? s : fallback).slice(0, 30);
}
