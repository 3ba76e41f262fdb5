/**
 * Reviewer item scope (docs/workflow.md "Who reaches what"): `scope.itemCodes` (the codes and
 * their descendants) ∪ items whose responsible department (科室) — the item's own, else its
 * nearest group's — is in `scope.departmentIds`; an empty scope is every item. Rating items
 * are never reviewed: their facts come from the raters.
 */
import type { Scheme } from "@kaoping/engine";
import type { Actor } from "../../http/context.js";
import { leafItemsOf, ratingItemsOf } from "../results/effective-facts.js";

/** Whether `code` is `ancestor` or below it (`4.1` is below `4`). */
export function isWithin(code: string, ancestor: string): boolean {
  return code === ancestor || code.startsWith(`${ancestor}.`);
}

/** The responsible department of an item: its own, else the nearest group's. */
function departmentOf(code: string, departments: ReadonlyMap<string, string>): string | undefined {
  const parts = code.split(".");
  for (let n = parts.length; n > 0; n -= 1) {
    const department = departments.get(parts.slice(0, n).join("."));
    if (department !== undefined) return department;
  }
  return undefined;
}

/**
 * Whether the actor's review scope holds an item: `scope.itemCodes` (the codes and their
 * descendants, never a mere prefix: `1` holds `1.2`, not `10`) or the item's responsible
 * department. Everyone but a scoped reviewer holds every item.
 */
export function reviewScopeHolds(
  actor: Actor,
  itemDepartments: readonly { item_code: string; department_id: string }[],
): (code: string) => boolean {
  const role = actor.activeRole;
  if (role === null || role.role !== "reviewer") return () => true;
  const { itemCodes, departmentIds } = role.scope;
  if (itemCodes.length === 0 && departmentIds.length === 0) return () => true;
  const departments = new Map(itemDepartments.map((row) => [row.item_code, row.department_id]));
  const wanted = new Set(departmentIds);
  return (code) => {
    if (itemCodes.some((scoped) => isWithin(code, scoped))) return true;
    const department = departmentOf(code, departments);
    return department !== undefined && wanted.has(department);
  };
}

/**
 * The reviewable leaf codes (in scheme order) the actor may review; an assessment
 * administrator reads every reviewable item.
 */
export function reviewableItemCodes(
  scheme: Scheme,
  actor: Actor,
  itemDepartments: readonly { item_code: string; department_id: string }[],
): string[] {
  const ratingCodes = new Set(ratingItemsOf(scheme).map((item) => item.code));
  const holds = reviewScopeHolds(actor, itemDepartments);
  return leafItemsOf(scheme)
    .filter(
      (item) => !ratingCodes.has(item.code) && (item.facts?.length ?? 0) > 0 && holds(item.code),
    )
    .map((item) => item.code);
}
