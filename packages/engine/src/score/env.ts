/** The environment a rule kind reads one unit's facts (and other items' scores) through. */
import { parseDecimal, type Decimal } from "../decimal.js";
import { itemName } from "../rules/wording.js";
import type { CheckedFacts } from "../facts/check-unit.js";
import type { FactDeclaration } from "../facts/declaration.js";
import type { FactValue } from "../facts/value.js";
import type { Improve, ImproveEnv, Outcome, RuleEnv } from "../rules/kind.js";
import {
  resolveRef,
  type CompiledItem,
  type CompiledRule,
  type CompiledScheme,
} from "../scheme/compile.js";
import type { RoundContext } from "./result.js";

/**
 * The unit's score of another item by code, scored on demand by the walk (score/walk.ts): the
 * canonical text, or null when the item could not be scored (docs/decisions/0293).
 */
export type ItemScorer = (code: string) => string | null;

/**
 * A class rather than an object of closures: one is made per item per unit, so at province
 * scale (70,000 per round) the allocation matters.
 */
class UnitRuleEnv implements RuleEnv {
  readonly item: { code: string; title: string; max: Decimal; bonus: boolean };
  readonly context: unknown;

  constructor(
    protected readonly compiled: CompiledScheme,
    protected readonly ci: CompiledItem,
    protected readonly rule: CompiledRule,
    protected readonly facts: CheckedFacts,
    protected readonly round: RoundContext,
    protected readonly scores: ItemScorer | undefined,
    max?: Decimal,
    adds?: boolean,
  ) {
    this.item =
      max === undefined && adds !== true
        ? ci.info
        : {
            ...ci.info,
            ...(max === undefined ? {} : { max }),
            ...(adds === true ? { bonus: true } : {}),
          };
    this.context = round[rule.key];
  }

  itemScore(code: string): Decimal | undefined {
    const text = this.scores?.(code);
    return text === null || text === undefined ? undefined : parseDecimal(text);
  }

  itemName(code: string): string {
    return itemName(code, this.compiled.itemsByCode.get(code)?.info.title);
  }

  protected full(ref: string): string {
    return this.ci.refs.get(ref) ?? resolveRef(this.ci.item.code, ref);
  }

  /** The fact slot of a ref (compiled for this item's refs; looked up for any other). */
  private slot(ref: string): number | undefined {
    return this.ci.refSlots.get(ref) ?? this.compiled.order.get(this.full(ref));
  }

  get(ref: string): FactValue | undefined {
    const slot = this.slot(ref);
    return slot === undefined ? undefined : this.facts.values[slot];
  }

  has(ref: string): boolean {
    const slot = this.slot(ref);
    return slot !== undefined && this.facts.present[slot] === 1;
  }

  decl(ref: string): FactDeclaration {
    const found = this.compiled.facts.get(this.full(ref));
    // The scheme was compiled, so every ref a rule reads is declared.
    if (found === undefined) throw new Error(`undeclared fact ${ref} read by ${this.ci.item.code}`);
    return found.decl;
  }

  run(at: string, max?: Decimal, adds?: boolean): Outcome {
    const sub = this.rule.nested.get(at);
    if (sub === undefined) throw new Error(`no nested rule ${at} in ${this.rule.key}`);
    // A nested rule keeps the item's kind (加分 or not) unless it is added to a base (adds),
    // or its parent already was.
    const env = new UnitRuleEnv(
      this.compiled,
      this.ci,
      sub,
      this.facts,
      this.round,
      this.scores,
      max,
      adds === true || this.item.bonus,
    );
    return sub.kind.evaluate(sub.params, env);
  }
}

/** The environment for `rule` of item `ci`. */
export function ruleEnv(
  compiled: CompiledScheme,
  ci: CompiledItem,
  rule: CompiledRule,
  facts: CheckedFacts,
  context: RoundContext,
  scores?: ItemScorer,
): RuleEnv {
  return new UnitRuleEnv(compiled, ci, rule, facts, context, scores);
}

/** The improvement env: the rule env plus the raw input and nested rules' improvements. */
class UnitImproveEnv extends UnitRuleEnv implements ImproveEnv {
  raw(ref: string): unknown {
    const [code, name] = splitRef(this.full(ref));
    const item = this.facts.raw[code];
    if (item === null || typeof item !== "object" || Array.isArray(item)) return undefined;
    return Object.hasOwn(item, name) ? (item as Record<string, unknown>)[name] : undefined;
  }

  /** The nested rule at `at` with an environment of its own. */
  private nestedEnv(at: string, max?: Decimal) {
    const sub = this.rule.nested.get(at);
    if (sub === undefined) throw new Error(`no nested rule ${at} in ${this.rule.key}`);
    const env = new UnitImproveEnv(
      this.compiled,
      this.ci,
      sub,
      this.facts,
      this.round,
      this.scores,
      max,
    );
    return { sub, env };
  }

  improveNested(at: string, max?: Decimal): Improve {
    const { sub, env } = this.nestedEnv(at, max);
    return sub.kind.improve?.(sub.params, env) ?? { reason: noFactsLift(sub.kind.name) };
  }

  lessenNested(at: string, max?: Decimal): Improve {
    const { sub, env } = this.nestedEnv(at, max);
    return (
      sub.kind.lessen?.(sub.params, env) ?? {
        reason: `从总分中扣除的分数按“${sub.kind.name}”计算，不取决于本单位可以改变的数据`,
      }
    );
  }
}

/** Why a kind without `improve` cannot be lifted by facts. */
export function noFactsLift(kindName: string): string {
  return `此项按“${kindName}”计分，得分不取决于本单位可以改变的数据`;
}

/** `4.1.rate` → ["4.1", "rate"] (the fact name is after the last dot). */
export function splitRef(full: string): [string, string] {
  const at = full.lastIndexOf(".");
  return [full.slice(0, at), full.slice(at + 1)];
}

/** The improvement environment for `rule` of item `ci`, and the full ref of a rule's ref. */
export function improveEnv(
  compiled: CompiledScheme,
  ci: CompiledItem,
  rule: CompiledRule,
  facts: CheckedFacts,
  context: RoundContext,
  scores?: ItemScorer,
): ImproveEnv {
  return new UnitImproveEnv(compiled, ci, rule, facts, context, scores);
}
