/** A reviewer's correction of one item, as lines the unit reads (issue 14 defect 11). */
import type { FactDeclaration } from "@kaoping/engine";
import { formatFactValue, isChanged } from "../review/fact-values";

/** One fact of a corrected item: the unit's value, the reviewer's, and whether they differ. */
export interface CorrectionLine {
  name: string;
  label: string;
  own: string;
  reviewed: string;
  changed: boolean;
}

/** The facts of a corrected item, the changed ones marked; every declared fact once. */
export function correctionLines(
  decls: readonly FactDeclaration[],
  own: Readonly<Record<string, unknown>>,
  reviewed: Readonly<Record<string, unknown>>,
): CorrectionLine[] {
  return decls.map((decl) => ({
    name: decl.name,
    label: decl.label,
    own: formatFactValue(decl, own[decl.name]),
    reviewed: formatFactValue(decl, reviewed[decl.name]),
    changed: isChanged(own[decl.name], reviewed[decl.name]),
  }));
}
