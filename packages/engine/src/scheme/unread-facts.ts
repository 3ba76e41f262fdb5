/**
 * Declared facts that no rule or gate reads: each unit is still asked for them (a required one
 * must be filled before submitting), yet nothing scores them. A warning, not a problem — a
 * published scheme with such a fact still loads and scores (docs/decisions/0301).
 */
import { problem, type Problem } from "../problems.js";
import type { CompiledScheme } from "./compile.js";
import type { Item } from "./schema.js";

/** One warning per declared fact nothing reads, at the fact's path (`items[2].facts[0]`), in scheme order. */
export function unreadFactWarnings(compiled: CompiledScheme): Problem[] {
  const out: Problem[] = [];
  const walk = (items: readonly Item[], path: string) =>
    items.forEach((item, i) => {
      const at = `${path}[${i}]`;
      (item.facts ?? []).forEach((decl, k) => {
        if (compiled.scoredFacts.has(`${item.code}.${decl.name}`)) return;
        const asked = decl.required ? "单位仍需填报" : "单位仍可填报";
        out.push(
          problem(
            `${at}.facts[${k}]`,
            "unread_fact",
            `第${item.code}项“${item.title}”的填报项“${decl.label}”没有任何规则使用，${asked}`,
          ),
        );
      });
      walk(item.children ?? [], `${at}.children`);
    });
  walk(compiled.scheme.items, "items");
  return out;
}
