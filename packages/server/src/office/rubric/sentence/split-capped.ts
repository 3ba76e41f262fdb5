/**
 * Sub-items of one text: two or more scoring statements each with its own cap (最高扣10分 … 最高扣
 * 5分) are each composed as an item of that many points (split from assemble.ts).
 */
import type { ItemText } from "../proposal.js";
import type { Composed } from "./build.js";
import { conditionOf, type Statement } from "./statements.js";

/** Sub-items: two or more scoring statements each with its own cap (最高扣10分 … 最高扣5分). */
export function splitCapped(
  item: ItemText,
  sts: Statement[],
  compose: (item: ItemText, sts: Statement[]) => Composed | undefined,
): Composed | undefined {
  const capped = sts.filter(
    (s) =>
      s.cap !== undefined && ["count", "step", "deduct", "award", "threshold"].includes(s.role),
  );
  if (capped.length < 2) return undefined;
  const used = new Set<Statement>();
  const children: NonNullable<Composed["split"]> = [];
  let from = 0;
  for (const c of capped) {
    const end = sts.indexOf(c) + 1;
    const own = sts
      .slice(from, end)
      .filter((s) => s.role !== "award" || s === c || s.action?.verb === "bonus");
    from = end;
    const sub = compose(
      { ...item, max: c.cap, bonus: item.bonus || c.action?.verb === "bonus" },
      own,
    );
    if (sub === undefined) continue;
    sub.used.forEach((s) => used.add(s));
    children.push({
      max: c.cap,
      title: conditionOf(c).slice(0, 20) || `第${children.length + 1}部分`,
      proposal: sub.proposal,
      used: sub.used,
    });
  }
  const first = children[0];
  if (first === undefined) return undefined;
  return { proposal: first.proposal, used, split: children };
}
