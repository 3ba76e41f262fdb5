/**
 * The contract of a rule kind. Each kind lives in its own file under `kinds/` and is listed in
 * the table in `registry.ts`; the tree walk looks kinds up there, never in a switch.
 */
import type { z } from "zod";
import type { Decimal } from "../decimal.js";
import type { FactDeclaration } from "../facts/declaration.js";
import type { FactValue } from "../facts/value.js";
import type { RuleDoc } from "../scheme/schema.js";

/** What a fact value is, as far as a rule cares. */
export type ValueClass = "bool" | "number" | "date" | "option" | "text" | "list";

/** One fact a rule reads, where in its params (for problem paths), and what it accepts. */
export interface RefUse {
  ref: string;
  at: string;
  accepts: readonly ValueClass[];
}

/** Another item whose score a rule reads (按第3项得分排名), and where in its params. */
export interface ItemUse {
  code: string;
  at: string;
}

/** A sub-rule of a composite kind, with its place in the params (`parts[1]`). */
export interface NestedRule {
  at: string;
  rule: RuleDoc;
}

/** What a rule kind sees while scoring one unit. */
export interface RuleEnv {
  /** The item being scored; `bonus` as in `ExplainEnv.item`. */
  item: { code: string; title: string; max: Decimal; bonus: boolean };
  /** A fact's checked value; an absent optional fact has its default (undefined only if it has none). */
  get(ref: string): FactValue | undefined;
  /** True when the unit's facts actually contain the fact. */
  has(ref: string): boolean;
  /** The fact's declaration (label, unit, options). */
  decl(ref: string): FactDeclaration;
  /** This rule's part of the round context (cross-unit kinds only). */
  context: unknown;
  /**
   * The unit's score of another item the rule reads (`RuleKind.items`), scored before it;
   * undefined when that item could not be scored (facts missing or invalid).
   */
  itemScore(code: string): Decimal | undefined;
  /** Another item named for a trace: 第3项“基金监管”. */
  itemName(code: string): string;
  /**
   * Evaluates a nested rule by its `at` (composite kinds only); with `max`, the nested rule is
   * scored as if the item had that many points (a part's own share of a 多项合计); with `adds`,
   * its awards are added to something (a 基础分) and said 加, whatever the item's kind.
   */
  run(at: string, max?: Decimal, adds?: boolean): Outcome;
}

/**
 * A rule's result before the tree walk clamps it to [0, max]: the raw score and the trace lines.
 * The walk appends the final "得 X 分" (or "扣完为止") to the last line, in place: `trace` must be
 * a fresh array of this evaluation, never one kept or shared (docs/decisions/0009).
 */
export interface Outcome {
  score: Decimal;
  trace: string[];
  /**
   * Amounts for the unit's total beyond this item's [0, max] (追加扣除 −10, 不封顶加分 +3), signed;
   * the walk lists them on the unit's result and adds them to its total. Composite kinds pass
   * their parts' amounts on (`beyondOf`).
   */
  beyond?: Beyond[];
}

/** One amount beyond an item's points: signed points and why, in Chinese. */
export interface Beyond {
  points: Decimal;
  reason: string;
  /**
   * The outcome's last trace line states this amount's cause (发生X，本项不得分): the amount is
   * said at that line's end («…，得 0 分，并从总分中追加扣除 5 分»), not on a line of its own.
   */
  joins?: boolean;
}

/**
 * The amounts beyond the item of several outcomes, joined (undefined when none has any); a part's
 * line is no longer the last, so its amounts are said on lines of their own.
 */
export function beyondOf(outcomes: readonly Outcome[]): Beyond[] | undefined {
  let all: Beyond[] | undefined;
  for (const o of outcomes)
    for (const b of o.beyond ?? []) (all ??= []).push({ points: b.points, reason: b.reason });
  return all;
}

/** Cross-unit kinds: each unit contributes a value, the round combines them into a context. */
export interface CrossUnit<P> {
  collect(params: P, env: RuleEnv): unknown;
  combine(params: P, contributions: unknown[]): unknown;
}

/**
 * What a rule kind sees while stating its rule in words (rules/explain.ts): the item, the
 * facts it may read by their Chinese labels, and the sentence of a nested rule. Never an
 * identifier: an undeclared fact is named "（未选定的事实）".
 */
export interface ExplainEnv {
  /**
   * The item: its code, title and max as written ("5"); `bonus` when it is a 加分 item (in or
   * under an item whose title names an award and under which nothing deducts, `bonusItemsOf`):
   * what its rules award is added to the unit's points (前3名加6分); in any other item an award is
   * what the item earns (前3名得6分, decision 0343).
   */
  item: { code: string; title: string; max: string; bonus: boolean };
  /** A fact's declaration (the item's `rate`, or another item's `4.1.rate`), if declared. */
  decl(ref: string): FactDeclaration | undefined;
  /** A fact's Chinese label, or "（未选定的事实）". */
  label(ref: string): string;
  /**
   * The sentence of a nested rule (a choice's rule, a part of 多项合计), without "满分"; with
   * `max`, stated as if the item had that many points (a part's own share); with `adds`, its
   * awards said as added to something (a 基础分: 加).
   */
  explain(rule: RuleDoc, max?: string, adds?: boolean): string;
  /** Another item named for a sentence: 第3项“基金监管” (第3项 when its title is not known). */
  itemName(code: string): string;
}

/** A rule kind: id, Chinese name, params schema, description, the facts it reads, evaluate (which explains as it goes) and explain (the rule itself in words). */
export interface RuleKind<P = unknown> {
  id: string;
  /** Chinese name for the scheme editor, e.g. 阶梯扣分. */
  name: string;
  /** What it does, in Chinese, for the scheme editor. */
  description: string;
  params: z.ZodType<P, unknown>;
  refs(params: P): RefUse[];
  nested?(params: P): NestedRule[];
  /** Other items whose scores the rule reads; they are scored first (docs/decisions/0293). */
  items?(params: P): ItemUse[];
  evaluate(params: P, env: RuleEnv): Outcome;
  /**
   * What the params schema cannot see: problems of the params against the item (a base above
   * the item's points), each at a path within the rule (`base`, `parts[0]`) with a Chinese message.
   */
  check?(params: P, item: { max: Decimal }): RuleProblem[];
  /**
   * The rule in plain Chinese with its numbers, for the editor, the 计分说明 and the CLI:
   * "参保率低于 99.8% 时，每低 0.1 个百分点扣 0.5 分，不足 0.1 个百分点按 0.1 个百分点计，扣完为止".
   * No "满分" (explainRule adds it), no identifiers, no trailing punctuation.
   */
  explain(params: P, env: ExplainEnv): string;
  crossUnit?: CrossUnit<P>;
  /**
   * 得分提升: the "next better facts" of this rule for a unit that lost points — candidate changes
   * of the unit's own facts, from the rule's own structure (the threshold, one step less short,
   * the next band, a requirement met), or in words why no change of facts can lift it (a rating,
   * an event that has happened). The caller scores every candidate for the whole round and keeps
   * only those that gain (score/improve.ts). A kind without it cannot be lifted by facts.
   */
  improve?(params: P, env: ImproveEnv): Improve;
  /**
   * The opposite of `improve`, for a rule whose score is taken from the unit's total (直接计入总分,
   * 从总分扣): candidate changes that lower the rule's score (one occurrence fewer), or why none
   * can. A kind without it cannot be lowered by facts.
   */
  lessen?(params: P, env: ImproveEnv): Improve;
}

/** A problem of a rule's params found by `RuleKind.check`: where in the params, a code and why. */
export interface RuleProblem {
  at: string;
  code: string;
  message: string;
}

/** One fact set to a new value, as a facts file writes it ("99.8", true, a list of records). */
export interface FactChange {
  /** The fact as the rule names it (`rate` or `4.1.rate`). */
  ref: string;
  value: unknown;
}

/** A candidate change of a unit's facts: what changes, how big the change is, and in words. */
export interface Candidate {
  changes: FactChange[];
  /** Size of the change, comparable within the item (relative numeric change, 1 per flip or event). */
  size: number;
  /** The change in words: "参保率由 99.65% 提高到 99.8%". */
  words: string;
}

/** What a rule offers: candidate changes, or why no change of facts can lift it. */
export type Improve = { candidates: Candidate[] } | { reason: string };

/** What a rule kind sees while proposing improvements: the scoring env plus the raw input. */
export interface ImproveEnv extends RuleEnv {
  /** The fact's value as given in the facts file (undefined when absent). */
  raw(ref: string): unknown;
  /** The improvements of a nested rule (composite kinds); `max` as in `run`. */
  improveNested(at: string, max?: Decimal): Improve;
  /** The changes that lower a nested rule's score (RuleKind.lessen; 从总分扣); `max` as in `run`. */
  lessenNested(at: string, max?: Decimal): Improve;
}

/** Declares a kind with its params type inferred from the schema. */
export function defineKind<P>(kind: RuleKind<P>): RuleKind<P> {
  return kind;
}
