/**
 * Each proposal's rule as the engine states it (its Chinese sentence), once the whole draft is read
 * and linked; and the scored items of a draft in document order.
 */
import {
  bonusItemsOf,
  explainRule,
  lookupFactsOf,
  lookupTitlesOf,
  type Gate,
} from "@kaoping/engine";
import type { ItemProposal } from "./import-rubric.js";

type ItemDoc = Record<string, unknown>;

/** Each proposal's rule as the engine states it, from the finished draft (links included). */
export function sayRules(items: ItemDoc[], proposals: ItemProposal[]): void {
  const byCode = new Map(leavesOf(items).map((it) => [String(it.code), it]));
  const facts = lookupFactsOf(items);
  const titles = lookupTitlesOf(items);
  const bonus = bonusItemsOf(items);
  for (const p of proposals) {
    const it = byCode.get(p.code);
    if (it === undefined) continue;
    const sentence = explainRule(
      it.rule,
      {
        code: p.code,
        title: p.title,
        max: String(it.max ?? ""),
        facts: (it.facts as unknown[] | undefined) ?? [],
        bonus: bonus(p.code),
        ...(it.gate !== undefined ? { gate: it.gate as Gate } : {}),
      },
      facts,
      titles,
    );
    if (sentence !== undefined) p.sentence = sentence;
  }
}

/** The scored items in document order. */
export function leavesOf(items: ItemDoc[]): ItemDoc[] {
  return items.flatMap((it) =>
    Array.isArray(it.children) ? leavesOf(it.children as ItemDoc[]) : it.rule ? [it] : [],
  );
}
