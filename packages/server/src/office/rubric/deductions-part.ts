/**
 * A 扣分项目/减分项 part (a table under «三、扣分项目（在考核总分中直接扣除）», decision 0322): its items
 * have no points of their own; what each one counts is taken from the unit's total (`toTotal`
 * minus, the count read as an amount, as «每次从总分中扣2分» is read), and the import says so. An item
 * that is no count («被上级通报批评的，扣2分», a deduction of the points) is taken from the total
 * the same way: `toTotal` takes a deducting rule's deduction (decision 0331).
 */
import { deductsFromPoints, ruleKinds, type RuleDoc } from "@kaoping/engine";

/** The title of a part whose items deduct from the unit's total. */
const PART = /^(扣分|减分|倒扣分?)(项目|项|事项)$/;

type ItemDoc = Record<string, unknown>;

/** Rewrites the counted deductions of every 扣分项目 part as deductions from the total (in place). */
export function deductFromTotal(
  items: readonly ItemDoc[],
  proposals: { code: string; kind: string; kindName: string }[],
  warnings: string[],
): void {
  for (const part of items) {
    if (!PART.test(String(part.title)) || !Array.isArray(part.children)) continue;
    const moved: string[] = [];
    for (const leaf of part.children as ItemDoc[]) {
      const rule = leaf.rule as (RuleDoc & { mode?: string }) | undefined;
      if (rule === undefined || String(leaf.max) !== "0" || !deductsFromPoints(rule)) continue;
      // A count is read as an amount (按次从总分扣); any other deduction is taken as it deducts.
      const counted = rule.kind === "occurrences" && rule.mode === "deduct";
      leaf.rule = {
        kind: "toTotal",
        rule: counted ? { ...rule, mode: "award" } : rule,
        sign: "minus",
      };
      const p = proposals.find((x) => x.code === leaf.code);
      if (p !== undefined) {
        p.kind = "toTotal";
        p.kindName = ruleKinds.find((k) => k.id === "toTotal")?.name ?? "toTotal";
      }
      const unpointed = `${String(leaf.code)} ${String(leaf.title)}：未写明分值，暂记 0 分，请填写`;
      if (warnings.includes(unpointed)) warnings.splice(warnings.indexOf(unpointed), 1);
      moved.push(String(leaf.title));
    }
    if (moved.length > 0)
      warnings.push(
        `“${String(part.title)}”中的 ${moved.join("、")} 从单位总分中扣除（不占本项分值），请核对`,
      );
  }
}
