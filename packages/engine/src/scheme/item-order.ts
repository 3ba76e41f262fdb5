/**
 * Rules that read another item's score (按第3项得分排名, docs/decisions/0293): the references are
 * resolved against the scheme's items, cycles are refused as scheme problems naming the items,
 * and each cross-unit rule gets its stage — the round context of stage s is built from the units'
 * scores of items whose own cross-unit rules are all of earlier stages.
 */
import { problem, type Problem } from "../problems.js";
import { itemName } from "../rules/wording.js";
import type { CompiledItem, CompiledScheme } from "./compile.js";

/** One reference to another item's score: the item whose rule reads it, the code, the path. */
export interface ItemScoreUse {
  from: CompiledItem;
  code: string;
  at: string;
}

function nameOf(ci: CompiledItem): string {
  return itemName(ci.item.code, ci.item.title);
}

/** Resolves the uses onto `scoreRefs`; unknown codes and cycles become problems. */
export function orderItems(
  compiled: CompiledScheme,
  uses: readonly ItemScoreUse[],
  problems: Problem[],
): void {
  const useAt = new Map<CompiledItem, Map<CompiledItem, string>>();
  for (const use of uses) {
    const target = compiled.itemsByCode.get(use.code);
    if (target === undefined) {
      problems.push(
        problem(
          use.at,
          "unknown_item",
          `所引用的考核项“${use.code}”不存在（已删除或编号有误），${nameOf(use.from)}无法按其得分计分`,
        ),
      );
      continue;
    }
    if (target === use.from) {
      problems.push(
        problem(
          use.at,
          "item_cycle",
          `${nameOf(use.from)}按本项自己的得分计分，无法计算；请改为引用另一考核项的得分`,
        ),
      );
      continue;
    }
    if (!use.from.scoreRefs.includes(target)) use.from.scoreRefs.push(target);
    let at = useAt.get(use.from);
    if (at === undefined) useAt.set(use.from, (at = new Map()));
    if (!at.has(target)) at.set(target, use.at);
  }
  if (uses.length === 0) return;
  const cycle = findCycle(compiled.items);
  if (cycle !== undefined) {
    // The cycle closes through one score reference; its path is where the problem is shown.
    let at = "items";
    for (let i = 0; i + 1 < cycle.length; i++) {
      const found = useAt.get(cycle[i] as CompiledItem)?.get(cycle[i + 1] as CompiledItem);
      if (found !== undefined) at = found;
    }
    const path = cycle.map(nameOf).join(" → ");
    problems.push(
      problem(
        at,
        "item_cycle",
        `考核项的得分相互引用，无法确定计分顺序：${path}（分组的得分包含其子项的得分）`,
      ),
    );
    return;
  }
  assignStages(compiled);
}

/** The items one must score before `ci`: its children and the items whose scores its rule reads. */
function needs(ci: CompiledItem): CompiledItem[] {
  return ci.scoreRefs.length === 0 ? ci.children : [...ci.children, ...ci.scoreRefs];
}

/** A cycle of "needs" as a list of items from one item back to itself, or undefined. */
function findCycle(items: readonly CompiledItem[]): CompiledItem[] | undefined {
  const state = new Map<CompiledItem, "open" | "done">();
  const stack: CompiledItem[] = [];
  const visit = (ci: CompiledItem): CompiledItem[] | undefined => {
    state.set(ci, "open");
    stack.push(ci);
    for (const next of needs(ci)) {
      const s = state.get(next);
      if (s === "open") return [...stack.slice(stack.indexOf(next)), next];
      if (s === undefined) {
        const found = visit(next);
        if (found !== undefined) return found;
      }
    }
    stack.pop();
    state.set(ci, "done");
    return undefined;
  };
  for (const ci of items) {
    if (state.has(ci)) continue;
    const found = visit(ci);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Stages of the cross-unit rules: an item's level is 0 without score references, else one more
 * than the level of every item whose score it reads; a group's is its children's highest.
 */
function assignStages(compiled: CompiledScheme): void {
  const level = new Map<CompiledItem, number>();
  const levelOf = (ci: CompiledItem): number => {
    const known = level.get(ci);
    if (known !== undefined) return known;
    let l = 0;
    for (const child of ci.children) l = Math.max(l, levelOf(child));
    for (const ref of ci.scoreRefs) l = Math.max(l, levelOf(ref) + 1);
    level.set(ci, l);
    return l;
  };
  let stages = 0;
  for (const cross of compiled.crossUnit) {
    const ci = compiled.itemsByCode.get(cross.code) as CompiledItem;
    cross.stage = levelOf(ci);
    stages = Math.max(stages, cross.stage + 1);
  }
  // One stage when no cross-unit rule reads a score: the context is built as it always was. At
  // least one when any rule reads a score (a step rule on 第2项得分), so the walk has a scorer.
  compiled.stages = Math.max(stages, 1);
}

/**
 * The items whose scores feed the round context or another item: every item a score reference
 * names, its subtree, and what those read in turn.
 */
export function scoredForOthers(compiled: CompiledScheme): CompiledItem[] {
  const out = new Set<CompiledItem>();
  const add = (ci: CompiledItem) => {
    if (out.has(ci)) return;
    out.add(ci);
    ci.children.forEach(add);
    ci.scoreRefs.forEach(add);
  };
  const stack = [...compiled.items];
  for (let ci = stack.pop(); ci !== undefined; ci = stack.pop()) {
    ci.scoreRefs.forEach(add);
    stack.push(...ci.children);
  }
  return [...out];
}
