/** `validateFacts` and `listFacts`: the facts API for forms, imports and partial saves. */
import type { Problem } from "../problems.js";
import type { Scheme } from "../scheme/schema.js";
import { compiledOf } from "../scheme/validate.js";
import { checkUnitFacts } from "./check-unit.js";
import { numericBounds, optionsOf, unitOf, type FactDeclaration } from "./declaration.js";

/**
 * Validates ONE unit's facts object (`{ "4.1": { "rate": "99.65" } }`). Problems name the path
 * (`4.1.rate`); required facts not given are listed in `missing` and are not problems, so a
 * partial save is valid.
 */
export function validateFacts(
  scheme: Scheme,
  facts: unknown,
): { problems: Problem[]; missing: string[] } {
  const checked = checkUnitFacts(compiledOf(scheme), facts);
  return { problems: checked.problems, missing: checked.missing };
}

/** One fact of a scheme with what a form or an Excel import needs to know about it. */
export interface FactInfo {
  /** `4.1.rate` */
  path: string;
  code: string;
  itemTitle: string;
  declaration: FactDeclaration;
  /** Effective bounds and decimal places (the declaration's, else its type's). */
  min?: string;
  max?: string;
  scale?: number;
  unit: string;
  /** Options with Chinese labels for enum and level facts. */
  options: readonly { value: string; label: string }[];
}

/** Every fact of a scheme in scheme order, for the web form generator and the Excel import. */
export function listFacts(scheme: Scheme): FactInfo[] {
  const out: FactInfo[] = [];
  const titles = new Map<string, string>();
  const walk = (items: Scheme["items"]) => {
    for (const item of items) {
      titles.set(item.code, item.title);
      walk(item.children ?? []);
    }
  };
  walk(scheme.items);
  for (const [path, { code, decl }] of compiledOf(scheme).facts) {
    out.push({
      path,
      code,
      itemTitle: titles.get(code) ?? "",
      declaration: decl,
      ...numericBounds(decl),
      unit: unitOf(decl),
      options: optionsOf(decl),
    });
  }
  return out;
}
