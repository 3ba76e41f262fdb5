/**
 * «…每低1个百分点扣1分，低于90%的不得分»: a zero below a figure of the very measure a rule of steps
 * counts down is that rule's floor (`zeroBelow`), read on the value already entered — not a gate
 * on a separate 是/否 fact. Only for one 不得分 statement whose whole condition is that threshold.
 */
import type { Built } from "./build.js";
import { BELOW_VERB } from "./quantities.js";
import { conditionOf, type Statement } from "./statements.js";

/** A condition that is only «the figure was not reached» (未达到的, 达不到的, 不达标的). */
const UNMET =
  /^(?:未能?|没有|不能)(?:达到|达标|实现|完成)(?:目标|要求|标准|目标值)?(?:的|者)?$|^(?:达不到|不达标|未达)(?:目标|要求|标准|目标值)?(?:的|者)?$/;

/**
 * «办结率达到100%的得4分，未达到的不得分»: a zero whose whole condition is «not reached», beside
 * bands on one measure, is the bands' other side — below the lowest band the measure already
 * scores 0 — not a gate on a second 是/否 fact the unit would answer besides its figure (0342).
 */
export function otherSideOfBands(zero: Statement[], parts: Built[]): boolean {
  const only = parts[0];
  if (zero.length !== 1 || parts.length !== 1 || only === undefined) return false;
  if (only.rule.kind !== "bands") return false;
  const z = zero[0] as Statement;
  if (z.parts.some((p) => p.kind === "threshold")) return false;
  return UNMET.test(conditionOf(z));
}

/** The parts with the floor set, or `undefined` when the zero is not of the steps' measure. */
export function floorOfSteps(zero: Statement[], parts: Built[]): Built[] | undefined {
  const z = zero[0];
  const only = parts[0];
  if (zero.length !== 1 || z === undefined || parts.length !== 1 || only === undefined)
    return undefined;
  const rule = only.rule as { kind: string; direction?: string; from?: string; step?: string };
  if (rule.kind !== "steps" || rule.direction !== "below" || rule.from === undefined)
    return undefined;
  const thresholds = z.parts.filter((p) => p.kind === "threshold");
  const t = thresholds[0];
  if (thresholds.length !== 1 || t === undefined || t.value === undefined) return undefined;
  if (!BELOW_VERB.test(t.verb ?? "") || t.unit !== "%" || t.upper !== undefined) return undefined;
  // The condition is the threshold alone (低于90%的), not another matter written around it.
  const rest = z.text
    .slice(0, t.start - z.start)
    .concat(z.text.slice(t.end - z.start))
    .replace(/(的|者|时)?(本项|该项|此项)?(不得分|不计分|得0分|计0分|为0分|0分)[。.;,]?$/, "")
    .replace(/^(若|如|凡|对)/, "");
  if (rest.trim() !== "") return undefined;
  if (Number(t.value) >= Number(rule.from)) return undefined;
  return [{ ...only, rule: { ...only.rule, zeroBelow: t.value } as Built["rule"] }];
}
