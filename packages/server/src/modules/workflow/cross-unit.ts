/**
 * Which items feed a scheme's cross-unit rules (全县首个完成, 按名次计分), so the live score reads
 * only those items' facts from the other units — a few thousand rows at province scale instead
 * of every fact of the round. The engine keys the round context by rule (`9.3/parts[1]`); the
 * item code is the key's first part, and the rule's fact references (`4.4.rate`) name the other
 * items it reads. A rule on another item's score (按第3项得分排名) needs every item that score reads
 * (docs/decisions/0293): the engine lists them (`itemsReadByRoundContext`).
 */
import {
  computeRoundContext,
  itemsReadByRoundContext,
  type Item,
  type Scheme,
} from "@kaoping/engine";

const cache = new WeakMap<Scheme, ReadonlySet<string>>();

/** Every item of a scheme by code (groups and leaves). */
export function itemsByCode(scheme: Scheme): Map<string, Item> {
  const out = new Map<string, Item>();
  const walk = (items: readonly Item[]) => {
    for (const item of items) {
      out.set(item.code, item);
      walk(item.children ?? []);
    }
  };
  walk(scheme.items);
  return out;
}

/** Every string inside a value (rule parameters). */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const inner of value) stringsIn(inner, out);
  else if (value !== null && typeof value === "object")
    for (const inner of Object.values(value)) stringsIn(inner, out);
  return out;
}

/** The item codes whose facts the cross-unit rules read (empty: the scheme has none). */
export function crossUnitItemCodes(scheme: Scheme): ReadonlySet<string> {
  const known = cache.get(scheme);
  if (known !== undefined) return known;
  const items = itemsByCode(scheme);
  const codes = new Set<string>();
  for (const key of Object.keys(computeRoundContext(scheme, []))) {
    const code = key.split("/")[0]!;
    const item = items.get(code);
    if (item === undefined) continue;
    codes.add(code);
    for (const text of stringsIn([item.rule, item.gate, item.children])) {
      const dot = text.lastIndexOf(".");
      if (dot > 0 && items.has(text.slice(0, dot))) codes.add(text.slice(0, dot));
    }
  }
  for (const code of itemsReadByRoundContext(scheme)) codes.add(code);
  cache.set(scheme, codes);
  return codes;
}
