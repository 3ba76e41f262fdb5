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

/**
 * Items the tests of rules beyond an item share (kinds-beyond, improvements-kinds), under the
 * code a test gives them.
 */
export const sharedItems = {
  /** 基础工作 (10 points): 1 point off for each late report (`late`). */
  lateReports: (code: string) => ({
    code,
    title: "基础工作",
    max: "10",
    facts: [fact.int("late")],
    rule: { kind: "occurrences", mode: "deduct", terms: [{ fact: "late", points: "1" }] },
  }),
  /** 通报批评 (0 points): each notice (`notices`) takes 1 point from the total. */
  noticesFromTotal: (code: string) => ({
    code,
    title: "通报批评",
    max: "0",
    facts: [fact.int("notices")],
    rule: {
      kind: "toTotal",
      sign: "minus",
      rule: { kind: "occurrences", mode: "award", terms: [{ fact: "notices", points: "1" }] },
    },
  }),
  /**
   * 手术任务 (7 points, beyond them into the total): 2 points off for each started 10 % below
   * 100 % done (`done`), 1 point for each extra operation (`extra`).
   */
  surgeryUncapped: (code: string) => ({
    code,
    title: "手术任务",
    max: "7",
    facts: [fact.pct("done"), fact.int("extra")],
    rule: {
      kind: "uncapped",
      rule: {
        kind: "sum",
        parts: [
          {
            kind: "steps",
            value: { fact: "done" },
            direction: "below",
            from: "100",
            step: "10",
            points: "2",
            rounding: "up",
          },
          { kind: "occurrences", mode: "award", terms: [{ fact: "extra", points: "1" }] },
        ],
      },
    },
  }),
};
