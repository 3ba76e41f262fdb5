/** Test helpers: tiny one-item schemes, so each rule kind is tested on its own. */
import {
  scoreRound,
  scoreUnit,
  validateScheme,
  type ItemResult,
  type Scheme,
} from "@kaoping/engine";

/** Builds and validates a scheme from items; fails the test on problems. */
export function schemeOf(items: unknown[], id = "test-scheme"): Scheme {
  const result = validateScheme({ id, title: "测试方案", items });
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.scheme;
}

/** A scheme of one leaf item `1` with the given max, facts and rule. */
export function leafScheme(
  max: string,
  facts: unknown[],
  rule: unknown,
  extra: Record<string, unknown> = {},
): Scheme {
  return schemeOf([{ code: "1", title: "测试项", max, facts, rule, ...extra }]);
}

/** Scores one unit's facts for item `1` and returns its score and trace. */
export function scoreLeaf(
  scheme: Scheme,
  facts: Record<string, unknown>,
): { score: string | null; trace: string } {
  const result = scoreUnit(scheme, { id: "u", name: "测试单位", facts: { "1": facts } });
  const item = result.items[0] as ItemResult;
  return { score: item.score, trace: item.trace.join("\n") };
}

/** Scores of every item by code, flattened. */
export function scoresByCode(
  items: ItemResult[],
  out: Record<string, string | null> = {},
): Record<string, string | null> {
  for (const item of items) {
    out[item.code] = item.score;
    scoresByCode(item.children, out);
  }
  return out;
}

/** Scores a round and fails the test on problems. */
export function roundOf(scheme: Scheme, units: unknown[]) {
  const result = scoreRound(scheme, units);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.result;
}

/** Shorthand fact declarations. */
export const fact = {
  bool: (name: string, extra: Record<string, unknown> = {}) => ({
    name,
    type: "bool",
    label: `事实${name}`,
    ...extra,
  }),
  int: (name: string, extra: Record<string, unknown> = {}) => ({
    name,
    type: "int",
    label: `事实${name}`,
    unit: "次",
    ...extra,
  }),
  pct: (name: string, extra: Record<string, unknown> = {}) => ({
    name,
    type: "pct",
    label: `事实${name}`,
    ...extra,
  }),
  yuan: (name: string, extra: Record<string, unknown> = {}) => ({
    name,
    type: "yuan",
    label: `事实${name}`,
    ...extra,
  }),
};
