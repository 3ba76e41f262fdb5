/**
 * A part of a step: how the 细则 says it counts (不足1个百分点的不扣分 / …按1个百分点计), and, where
 * it says nothing and a deduction's part is read as a whole step (the reading of the annotated
 * corpus), a 请核对 that says so — the rule's sentence states «不足…按…计», which the 细则 did not
 * write (0342 walk, decision 0347). Split from measured.ts.
 */
import type { Built } from "./build.js";
import { NUMBER } from "./text.js";

/**
 * How a part of a step counts when the text says so: 不足1个百分点的不扣分 (only whole steps,
 * `down`), 不足1个百分点的按1个百分点计 (a part is a whole step, `up`); undefined when unsaid.
 */
export function partialSteps(text: string): "up" | "down" | undefined {
  const part = `不足${NUMBER}?(?:个)?(?:百分点|档|%|‰|元|万元|人|户|天|日|个工作日|工作日|名)?(?:的)?(?:部分)?,?`;
  if (
    new RegExp(`${part}(?:不扣分|不予扣分|不扣|不计算?|不计分|不加分|不予加分|舍去|忽略)`).test(
      text,
    )
  )
    return "down";
  if (new RegExp(`${part}按${NUMBER}(?:个)?[^,;。]{0,6}?(?:计|算)`).test(text)) return "up";
  return undefined;
}

/** Said when a part of a step is counted as a whole one and the 细则 does not say so. */
export const PART_UNSAID =
  "细则未写明不足一档的部分怎样计：暂按“不足一档按一档扣分”计，请核对；如只扣整档，请把本项的“不足一档”改为“不计”";

/** The 请核对 for built rules that count a part of a step as a whole one, unsaid in `text`. */
export function unsaidPart(text: string, built: Built[]): string[] {
  if (partialSteps(text) !== undefined) return [];
  const up = built.some(
    (b) =>
      ["steps", "vsMean", "piecewise"].includes(b.rule.kind) &&
      (b.rule as { rounding?: string }).rounding === "up",
  );
  return up ? [PART_UNSAID] : [];
}
