/**
 * 酌情 in a scoring text: with a full / none choice it is 按选项计分 (完成得满分，未做到不得分，部分
 * 做到酌情扣分); standing alone it is 酌情扣分 or 酌情打分, on a range that need not start at 0
 * (扣0.5-1分, 加1至3分 → 0 or an amount within it). Beside fixed deductions it joins them in a pool
 * (assemble.ts).
 */
import { minus, type ItemText } from "../proposal.js";
import { buildDiscretion, buildOption, done, type Built, type Composed } from "./build.js";
import { conditionOf, type Statement } from "./statements.js";

/** The statements of an item by role, as composeCore sorted them. */
export interface Roles {
  disc: Statement[];
  zero: Statement[];
  deducts: Statement[];
  counts: Statement[];
  steps: Statement[];
  baseline: Statement[];
  full: Statement[];
}

/** 酌情扣分/打分 with its range from the 酌情 statements (扣0.5-1分: 0, or 0.5 to 1). */
export function rangedDiscretion(
  kind: "discretionary" | "discretionaryDeduction",
  max: string | undefined,
  disc: Statement[],
): Built {
  const range = disc
    .flatMap((d) => d.parts)
    .find((p) => p.kind === "discretion" && p.upper !== undefined);
  const b = buildDiscretion(kind, max, kind === "discretionaryDeduction" ? "deduction" : "score");
  if (range?.value !== undefined && range.upper !== undefined && b.facts[0] !== undefined)
    b.facts[0] = { ...b.facts[0], min: range.value, max: range.upper, orZero: true };
  return b;
}

/**
 * The rule when 酌情 decides the item: an option (with 不得分 or a deduction of the whole item) or
 * 酌情 alone; undefined when it goes beside other deductions. Adds what it uses to `used`.
 */
export function composeDiscretion(
  item: ItemText,
  r: Roles,
  used: Set<Statement>,
): Composed | undefined {
  const { disc, zero, deducts, counts, steps, baseline, full } = r;
  const max = item.max;
  const none = [
    ...zero,
    ...deducts.filter((d) => max !== undefined && minus(d.action?.value ?? "0", max) === "0"),
  ];
  if (none.length > 0 && counts.length + steps.length === 0) {
    none.forEach((s) => used.add(s));
    const options = [
      {
        value: "full",
        label: baseline[0] !== undefined ? conditionOf(baseline[0]) : "完全做到",
        points: max ?? "0",
      },
      ...none.map((z, i) => ({
        value: i === 0 ? "none" : `none${i + 1}`,
        label: conditionOf(z),
        points: "0",
      })),
      ...disc.map((d, i) => ({
        value: i === 0 ? "partial" : `partial${i + 1}`,
        label: conditionOf(d),
        partial: true,
      })),
    ];
    return {
      proposal: done(
        buildOption(options, max),
        0.6,
        "按选项计分：完成得满分，未做到不得分，部分做到由考核人员酌情扣分",
      ),
      used,
    };
  }
  if (deducts.length + counts.length + steps.length > 0) return undefined;
  const says = (verb: string) =>
    disc.some((d) => d.parts.some((p) => p.kind === "discretion" && p.verb === verb));
  // 较好的加分，较差的扣分: both ways from where the assessor puts it — a score, not a deduction.
  const deduct = !says("bonus") && (says("deduct") || baseline.length + full.length > 0);
  zero.forEach((s) => used.add(s));
  const b = rangedDiscretion(deduct ? "discretionaryDeduction" : "discretionary", max, disc);
  return {
    proposal: done(
      b,
      0.8,
      deduct ? "酌情扣分：由考核人员确定扣分" : "酌情打分：由考核人员在 0 至满分之间打分",
    ),
    used,
  };
}
