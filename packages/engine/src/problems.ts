/** Problems: bad data is a value, never an exception (style.md). */

/** One problem with a scheme or with facts: where, a stable code, and a Chinese message. */
export interface Problem {
  /** Where: `items[3].children[0].rule.kind`, an item code, or a fact path such as `4.1.rate`. */
  path: string;
  /** Stable machine code, e.g. `out_of_range`, `unknown_fact`, `unknown_rule_kind`. */
  code: string;
  /** Plain Chinese explanation for the user. */
  message: string;
}

/** A problem belonging to one unit of a round. */
export type UnitProblem = Problem & { unit: string };

/** Builds a problem. */
export function problem(path: string, code: string, message: string): Problem {
  return { path, code, message };
}
