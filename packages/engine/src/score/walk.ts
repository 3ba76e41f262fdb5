/**
 * The tree walk: scores each leaf by its rule kind (looked up in the table), sums groups with
 * their cap and floor, applies gates, and clamps every item to [0, max] (扣完为止).
 */
import { sumTexts } from "../scaled.js";
import type { CheckedFacts } from "../facts/check-unit.js";
import type { CompiledItem, CompiledScheme } from "../scheme/compile.js";
import { close, closeScaled, closeSum, partOf, sumGroupScaled } from "./close.js";
import { ruleEnv, type ItemScorer } from "./env.js";
import { awardVerb, itemName } from "../rules/wording.js";
import {
  extrasOf,
  failedGate,
  gatedResult,
  gatherExtras,
  type ItemExtras,
  type Scored,
  type UnitExtras,
} from "./extras.js";
import { roundScore } from "./places.js";
import { itemKey, remember, remembered, type RoundMemo, type Walked } from "./memo.js";
import type { ItemResult, RoundContext, UnitAdjustment, UnitMark } from "./result.js";

export { close, closeScaled, sumGroup, sumGroupScaled } from "./close.js";

/** What the walk found for the whole unit. */
export interface WalkResult {
  items: ItemResult[];
  /** The unit's total as canonical text, adjustments included (0 under a veto). */
  total: string;
  veto: string | undefined;
  adjustments: UnitAdjustment[] | undefined;
  marks: UnitMark[] | undefined;
}

/**
 * Per unit: the veto raised, if any, and the items' extras; per round: the leaf memo (see memo.ts).
 * With score references (docs/decisions/0293): each item walked once, by index, and the scorer
 * rules read other items' scores through.
 */
interface WalkState extends UnitExtras {
  veto: string | undefined;
  memo: RoundMemo | undefined;
  done: (Walked | undefined)[] | undefined;
  scorer: ItemScorer | undefined;
}

/** A walk's state, with the per-item cache and scorer when the scheme has score references. */
function stateOf(
  compiled: CompiledScheme,
  facts: CheckedFacts,
  context: RoundContext,
  memo: RoundMemo | undefined,
): WalkState {
  const state: WalkState = {
    veto: undefined,
    memo,
    adjustments: undefined,
    marks: undefined,
    done: undefined,
    scorer: undefined,
  };
  if (compiled.stages > 0) {
    state.done = new Array<Walked | undefined>(compiled.itemCount);
    state.scorer = (code) => {
      const ci = compiled.itemsByCode.get(code) as CompiledItem;
      return walkItem(compiled, ci, facts, context, state).result.score;
    };
  }
  return state;
}

/**
 * A unit's scores of other items against a (partial) round context, walked on demand: what
 * cross-unit rules of a later stage collect (score/context.ts). No memo: the context is partial.
 */
export function itemScorer(
  compiled: CompiledScheme,
  facts: CheckedFacts,
  context: RoundContext,
): ItemScorer | undefined {
  return stateOf(compiled, facts, context, undefined).scorer;
}

/** Scores every item of a unit; pass the same `memo` for all units of one round. */
export function walkScheme(
  compiled: CompiledScheme,
  facts: CheckedFacts,
  context: RoundContext,
  memo?: RoundMemo,
): WalkResult {
  const state = stateOf(compiled, facts, context, memo);
  const items = new Array<ItemResult>(compiled.items.length);
  // Added as texts: a scored item's text is its score's canonical text (see sumTexts).
  const scores: string[] = [];
  for (let i = 0; i < compiled.items.length; i++) {
    const walked = walkItem(compiled, compiled.items[i] as CompiledItem, facts, context, state);
    items[i] = walked.result;
    const score = walked.result.score;
    if (score !== null) scores.push(score);
  }
  for (const a of state.adjustments ?? []) scores.push(a.points);
  const { veto, adjustments, marks } = state;
  return { items, total: veto === undefined ? sumTexts(scores) : "0", veto, adjustments, marks };
}

/** The children of every remembered leaf: one frozen empty array (results are never mutated). */
const noKids: ItemResult[] = Object.freeze([]) as unknown as ItemResult[];

/** An item's result; built with explicit properties (object spread here cost half the round's time). */
function made(
  ci: CompiledItem,
  children: readonly Walked[],
  trace: string[],
  text: string | null,
  veto: string | undefined,
  extras: ItemExtras | undefined = undefined,
): Walked {
  const kids: ItemResult[] = new Array<ItemResult>(children.length);
  for (let i = 0; i < children.length; i++) kids[i] = (children[i] as Walked).result;
  return {
    result: {
      code: ci.item.code,
      title: ci.item.title,
      max: ci.maxText,
      score: text,
      trace,
      children: kids,
    },
    veto,
    extras,
    scoreId: 0,
    part: undefined,
  };
}

const noChildren: readonly Walked[] = Object.freeze([]);

/** Walks an item once per unit: an item whose score another reads may be asked for first. */
function walkItem(
  compiled: CompiledScheme,
  ci: CompiledItem,
  facts: CheckedFacts,
  context: RoundContext,
  state: WalkState,
): Walked {
  const done = state.done;
  if (done === undefined) return walkOnce(compiled, ci, facts, context, state);
  return (done[ci.index] ??= walkOnce(compiled, ci, facts, context, state));
}

function walkOnce(
  compiled: CompiledScheme,
  ci: CompiledItem,
  facts: CheckedFacts,
  context: RoundContext,
  state: WalkState,
): Walked {
  const count = ci.children.length;
  let children = noChildren;
  if (count > 0) {
    const walked = new Array<Walked>(count);
    for (let i = 0; i < count; i++)
      walked[i] = walkItem(compiled, ci.children[i] as CompiledItem, facts, context, state);
    children = walked;
  }
  // Also when a fact it reads from another item is invalid (9.1 reads 4.1.rate).
  if (
    facts.invalidCodes.size > 0 &&
    (facts.invalidCodes.has(ci.item.code) || ci.readCodes.some((c) => facts.invalidCodes.has(c)))
  ) {
    return made(ci, children, ["填写的事实有误，本项未评分"], null, undefined);
  }
  if (facts.missing.length > 0) {
    const missing = ci.reads.filter((r) => facts.missing.includes(r));
    if (missing.length > 0) {
      // By label; a fact of another item (9.1 reads 4.1's) names that item's code, never the fact's name.
      const labels = missing
        .map((r) => {
          const found = compiled.facts.get(r);
          if (found === undefined) return "所需事实";
          return found.code === ci.item.code
            ? found.decl.label
            : `${found.decl.label}（${found.code} 项）`;
        })
        .join("、");
      return made(ci, children, [`缺少${labels}，本项暂不评分`], null, undefined);
    }
  }
  if (ci.scoreRefs.length > 0) {
    const scorer = state.scorer as ItemScorer;
    const unscored = ci.scoreRefs.filter((r) => scorer(r.item.code) === null);
    const names = unscored.map((r) => itemName(r.item.code, r.item.title)).join("、");
    if (unscored.length > 0)
      return made(ci, children, [`${names}未评分，本项暂不评分`], null, undefined);
  }

  const round = state.memo;
  // An item reading other items' scores is not remembered: its key holds only its facts.
  const key =
    round === undefined || ci.scoreRefs.length > 0
      ? undefined
      : itemKey(ci, facts, children, round.ids);
  if (round === undefined || key === undefined) {
    const walked = scoreItem(compiled, ci, facts, context, children, state.scorer);
    if (walked.veto !== undefined) state.veto = walked.veto;
    if (walked.extras !== undefined) gatherExtras(state, ci, walked.extras);
    return made(ci, children, walked.trace, walked.text, walked.veto, walked.extras);
  }
  let known = remembered(round, ci.index, key);
  if (known === undefined) {
    const walked = scoreItem(compiled, ci, facts, context, children, state.scorer);
    // Frozen: shared by every unit of the round with this input (see memo.ts).
    const trace = Object.freeze(walked.trace) as string[];
    known = made(ci, noChildren, trace, walked.text, walked.veto, walked.extras);
    known.result.children = noKids;
    known.scoreId = round.ids.stringId(walked.text);
    Object.freeze(known.result);
    remember(round, ci.index, key, known);
  }
  if (known.veto !== undefined) state.veto = known.veto;
  if (known.extras !== undefined) gatherExtras(state, ci, known.extras);
  // A leaf's whole result is shared; a group gets its own object around its children.
  if (count === 0) return known;
  const { score, trace } = known.result;
  const own = made(ci, children, trace, score, known.veto, known.extras);
  own.scoreId = known.scoreId;
  // The same code and score: the term is made once for all units sharing this group's result.
  own.part = partOf(known);
  return own;
}

/**
 * Scores one item whose facts are complete: its gate, then its rule or its children's sum and the
 * clamp, then its extras (amounts beyond its points, a grade veto).
 */
function scoreItem(
  compiled: CompiledScheme,
  ci: CompiledItem,
  facts: CheckedFacts,
  context: RoundContext,
  children: readonly Walked[],
  scorer: ItemScorer | undefined,
): Scored {
  const gate = failedGate(compiled, ci, facts);
  if (gate !== undefined && (gate.effect === "zero" || gate.effect === "veto"))
    return gatedResult(gate);
  if (ci.rule === undefined) {
    const group = sumGroupScaled(ci, children);
    const trace = group?.trace ?? [];
    const closed =
      group !== undefined
        ? closeScaled(trace, group.raw, ci.scaled.max)
        : closeSum(trace, ci, children);
    const text = roundScore(trace, closed, compiled.places);
    return { text, trace, veto: undefined, extras: extrasOf(trace, undefined, gate) };
  }
  const outcome = ci.rule.kind.evaluate(
    ci.rule.params,
    ruleEnv(compiled, ci, ci.rule, facts, context, scorer),
  );
  const trace = outcome.trace;
  const verb = awardVerb(ci.info);
  const text = roundScore(
    trace,
    close(trace, outcome.score, ci.max, ci.scaled.max, verb),
    compiled.places,
    verb,
  );
  return {
    text,
    trace,
    veto: undefined,
    extras: extrasOf(trace, outcome.beyond, gate, compiled.places),
  };
}
