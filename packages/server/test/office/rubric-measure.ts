/**
 * Measures the rubric import against the built-in templates: for every scored item of a template,
 * does the import propose the same rule kind, and the same parameters? Fact names, field names and
 * labels are naming choices, so they are compared by position ("the first fact the rule reads"),
 * a reference to another item's fact by that item's code ("@4.1"); everything else must be equal,
 * with decimals compared by value. Used by the test and by `scripts/measure-rubric-import.ts`.
 */
import type { Item, RuleDoc, Scheme } from "@kaoping/engine";

/** The figures of one comparison. */
export interface Measurement {
  items: number;
  kindRight: number;
  paramsRight: number;
  /** Per item: code, template kind, proposed kind, and whether the parameters match. */
  details: { code: string; expected: string; proposed: string; params: boolean }[];
}

const refKeys = new Set(["fact", "reference", "date"]);
const fieldKeys = new Set(["field", "onePerKey"]);
const dropKeys = new Set(["label", "stepUnit"]);

/** A rule with its naming choices replaced by positions and its decimals canonical. */
export function canonicalRule(rule: RuleDoc): unknown {
  const refs = new Map<string, string>();
  const ref = (r: string): string => {
    if (r.includes(".")) return `@${r.slice(0, r.lastIndexOf("."))}`;
    if (!refs.has(r)) refs.set(r, `#${refs.size}`);
    return refs.get(r) ?? r;
  };
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === "string") {
      if (refKeys.has(key)) return ref(value);
      if (fieldKeys.has(key)) return "$";
      return /^-?\d+(\.\d+)?$/.test(value) ? String(Number(value)) : value;
    }
    if (Array.isArray(value))
      return key === "ratio" ? value.map((v) => ref(String(v))) : value.map((v) => walk(v, key));
    if (value !== null && typeof value === "object") {
      const entries = Object.entries(value)
        .filter(([k]) => !dropKeys.has(k))
        .sort(([a], [b]) => a.localeCompare(b));
      return Object.fromEntries(entries.map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  return walk(rule, "");
}

/** Leaves (items with a rule) by code. */
function leaves(items: readonly Item[], out = new Map<string, Item>()): Map<string, Item> {
  for (const it of items) {
    if (it.rule !== undefined) out.set(it.code, it);
    leaves(it.children ?? [], out);
  }
  return out;
}

/** Compares an imported scheme with a template, item by item. */
export function measureImport(template: Scheme, imported: Scheme): Measurement {
  const expected = leaves(template.items);
  const proposed = leaves(imported.items);
  const details = [...expected.values()].map((e) => {
    const p = proposed.get(e.code);
    const params =
      p?.rule !== undefined &&
      e.rule !== undefined &&
      JSON.stringify(canonicalRule(p.rule)) === JSON.stringify(canonicalRule(e.rule));
    return {
      code: e.code,
      expected: e.rule?.kind ?? "",
      proposed: p?.rule?.kind ?? "（无）",
      params,
    };
  });
  return {
    items: details.length,
    kindRight: details.filter((d) => d.expected === d.proposed).length,
    paramsRight: details.filter((d) => d.params).length,
    details,
  };
}
