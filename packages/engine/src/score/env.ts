/** Builds the environment a rule kind reads one unit's facts through. */
import type { Decimal } from "../decimal.js";
import type { CheckedFacts } from "../facts/check-unit.js";
import type { FactDeclaration } from "../facts/declaration.js";
import type { Outcome, RuleEnv } from "../rules/kind.js";
import { resolveRef, type CompiledItem, type CompiledRule, type CompiledScheme } from "../scheme/compile.js";
import type { RoundContext } from "./result.js";

/** The environment for `rule` of item `ci`. */
export function ruleEnv(compiled: CompiledScheme, ci: CompiledItem, rule: CompiledRule, facts: CheckedFacts, context: RoundContext): RuleEnv {
  const code = ci.item.code;
  const item: { code: string; title: string; max: Decimal } = { code, title: ci.item.title, max: ci.max };
  return {
    item,
    get: (ref) => facts.values.get(resolveRef(code, ref)),
    has: (ref) => facts.present.has(resolveRef(code, ref)),
    decl: (ref): FactDeclaration => {
      const found = compiled.facts.get(resolveRef(code, ref));
      // The scheme was compiled, so every ref a rule reads is declared.
      if (found === undefined) throw new Error(`undeclared fact ${ref} read by ${code}`);
      return found.decl;
    },
    context: context[rule.key],
    run: (at): Outcome => {
      const sub = rule.nested.get(at);
      if (sub === undefined) throw new Error(`no nested rule ${at} in ${rule.key}`);
      return sub.kind.evaluate(sub.params, ruleEnv(compiled, ci, sub, facts, context));
    },
  };
}
