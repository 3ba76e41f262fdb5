/**
 * 不得分 that is the other side of one award, not the item's gate: «预算按时编制完成的得1分，逾期
 * 编制的计0分；执行率在95%—105%的得2分，超出区间的计0分». Right after an award worth less than
 * the item (in the same sentence, after a comma) and with other lines that score, «…的计0分» says
 * that this award is not earned — the item still scores its other parts. Read as a gate, it zeroed
 * the whole item (a unit that compiled its budget late lost the 2 points of its execution rate too).
 */
import { minus, type ItemText } from "../proposal.js";
import type { Statement } from "./statements.js";

/** The 不得分 statements that restate the award before them; their role becomes "none". */
export function complementZeros(item: ItemText, sts: Statement[]): Statement[] {
  const max = item.max;
  if (max === undefined) return [];
  const out: Statement[] = [];
  sts.forEach((z, i) => {
    const before = sts[i - 1];
    if (z.role !== "zero" || before === undefined) return;
    // One sentence: the two are parted by a comma, not by ; or 。.
    if (/[;。]/.test(item.text.slice(before.end - 1, z.start))) return;
    // The zero's own condition is not a figure (低于80%的不得分 is a band of its own).
    if (z.parts.some((p) => p.kind === "threshold")) return;
    const award =
      (before.role === "award" && before.action?.verb === "award") || before.role === "threshold";
    const value = before.action?.value;
    if (!award || value === undefined || !minus(value, max).startsWith("-")) return;
    // Other lines score beside the pair, in sentences of their own: else the pair is the whole
    // item, or one line of a choice (全部完成的得3分，基本完成的得1分，未完成的不得分).
    const scoring = (s: Statement) => !["none", "limit", "exempt", "zero"].includes(s.role);
    const apart = (s: Statement) =>
      /[;。]/.test(item.text.slice(Math.min(s.end, before.start), Math.max(s.start, z.end)));
    const others = sts.filter((s, j) => j !== i && j !== i - 1 && scoring(s));
    if (others.length > 0 && others.every(apart)) out.push(z);
  });
  for (const z of out) z.role = "none";
  return out;
}
