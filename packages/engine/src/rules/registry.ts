/**
 * The rule-kind table: kind id → definition. Adding a kind is one file under `kinds/`, one line
 * here and its parameters' Chinese labels in `param-labels.ts` (docs/server-conventions.md
 * "How to add a rule kind"); scoring changes nowhere else.
 */
import type { RuleKind } from "./kind.js";
import { bands } from "./kinds/bands.js";
import { checklist } from "./kinds/checklist.js";
import { compare } from "./kinds/compare.js";
import { discretionary, discretionaryDeduction } from "./kinds/discretionary.js";
import { firstToReach } from "./kinds/first-to-reach.js";
import { occurrences } from "./kinds/occurrences.js";
import { option } from "./kinds/option.js";
import { quota } from "./kinds/quota.js";
import { rank } from "./kinds/rank.js";
import { ratings } from "./kinds/ratings.js";
import { steps } from "./kinds/steps.js";
import { sum } from "./kinds/sum.js";
import { bestRatio } from "./kinds/best-ratio.js";
import { othersMean } from "./kinds/others-mean.js";
import { penalty } from "./kinds/penalty.js";
import { piecewise } from "./kinds/piecewise.js";
import { pool } from "./kinds/pool.js";
import { proportional } from "./kinds/proportional.js";
import { toTotal } from "./kinds/to-total.js";
import { uncapped } from "./kinds/uncapped.js";
import { vsMean } from "./kinds/vs-mean.js";

/** Every rule kind, by id. */
export const ruleKindTable: Readonly<Record<string, RuleKind<never>>> = Object.freeze(
  Object.fromEntries(
    [
      checklist,
      occurrences,
      quota,
      steps,
      bands,
      compare,
      discretionary,
      discretionaryDeduction,
      option,
      ratings,
      sum,
      firstToReach,
      rank,
      pool,
      penalty,
      toTotal,
      uncapped,
      proportional,
      piecewise,
      vsMean,
      bestRatio,
      othersMean,
    ].map((k) => [k.id, k as unknown as RuleKind<never>]),
  ),
);

/** Looks a kind up; undefined for an unknown id. */
export function findRuleKind(id: string): RuleKind<unknown> | undefined {
  return Object.hasOwn(ruleKindTable, id)
    ? (ruleKindTable[id] as unknown as RuleKind<unknown>)
    : undefined;
}
