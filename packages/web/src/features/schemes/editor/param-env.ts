/**
 * What the parameter controls share: the rule's environment (the facts a rule may read, the
 * engine's problems by field), the scope of a field (its path, enclosing object, fact and the unit
 * of its numbers) and the DOM id of a field path.
 */
import { factTypeInfo, type FactDeclaration, type FieldDeclaration } from "@kaoping/engine";
import type { FactChoice } from "./fact-choices";

/** An item a rule may read the score of (not the rule's own item nor a group above it). */
export interface ItemChoice {
  code: string;
  title: string;
}

/** What every control of one rule sees: the facts, the other items and the engine's problems by field. */
export interface ParamEnv {
  facts: FactChoice[];
  /** Items whose score the rule may rank or compare on (数据来源：另一考核项得分). */
  items: ItemChoice[];
  declOf(ref: string): FactDeclaration | undefined;
  /** Problems exactly at a field (`rule.terms[0].points`). */
  errorsAt(field: string): string[];
}

/** Where a control sits: its field path, the enclosing object, its fact and the unit of its numbers. */
export interface Scope {
  path: string;
  parent: Record<string, unknown>;
  fact: FactDeclaration | undefined;
  unit: string;
}

/** The unit of a declaration's numbers ("%", "次", ""). */
export function unitOfDecl(decl: FieldDeclaration | undefined): string {
  if (decl === undefined) return "";
  return decl.unit ?? factTypeInfo[decl.type]?.unit ?? "";
}

/** The unit of a measured value (`{ fact }`, `{ ratio }`, `{ best }`). */
function measuredUnit(value: unknown, env: ParamEnv): string | undefined {
  const v = value as {
    fact?: unknown;
    ratio?: unknown;
    percent?: unknown;
    best?: unknown[];
    itemScore?: unknown;
  };
  if (v === null || typeof v !== "object") return undefined;
  if (typeof v.itemScore === "string") return "分";
  if (typeof v.fact === "string") return unitOfDecl(env.declOf(v.fact));
  if (Array.isArray(v.ratio)) return v.percent === false ? "" : "%";
  if (Array.isArray(v.best)) return measuredUnit(v.best[0], env);
  return undefined;
}

/** The scope of an object's fields: its own fact (or measured value) sets the fact and unit. */
export function scopeOf(
  obj: Record<string, unknown>,
  path: string,
  outer: Scope,
  env: ParamEnv,
): Scope {
  let { fact, unit } = outer;
  if (typeof obj.fact === "string") {
    fact = env.declOf(obj.fact);
    unit = unitOfDecl(fact);
  }
  unit = measuredUnit(obj.value, env) ?? unit;
  return { path, parent: obj, fact, unit };
}

/** The items of a scheme a rule of item `code` may read the score of, depth first. */
export function itemChoices(
  items: readonly { code?: unknown; title?: unknown; children?: unknown }[],
  code: string,
): ItemChoice[] {
  const out: ItemChoice[] = [];
  const walk = (list: readonly { code?: unknown; title?: unknown; children?: unknown }[]) => {
    for (const it of list) {
      const c = String(it.code ?? "");
      if (c !== "" && c !== code && !code.startsWith(`${c}.`))
        out.push({ code: c, title: String(it.title ?? "") });
      if (Array.isArray(it.children)) walk(it.children as typeof list);
    }
  };
  walk(items);
  return out;
}

/** A DOM id for a field path, so labels point at their inputs. */
export function idOf(path: string): string {
  return `p-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;
}
