/** Result shapes, exactly as `kaoping score --json` prints them (docs/spec/facts-and-cli.md). */

/** One item's result: every number a canonical decimal string; `score` null when facts are missing or invalid. */
export interface ItemResult {
  code: string;
  title: string;
  max: string;
  score: string | null;
  /** The score explained in plain Chinese, step by step. */
  trace: string[];
  children: ItemResult[];
}

/**
 * One unit's result. `total` is the sum of the top-level items that could be scored — also when
 * the unit is incomplete (`complete: false`, see docs/decisions/0004) — plus its `adjustments`, and
 * "0" under a veto.
 */
export interface UnitResult {
  id: string;
  name: string;
  total: string;
  /** 1 + the number of units of the round with a higher total; null when scored alone. */
  rank: number | null;
  complete: boolean;
  /** Paths of required facts not given (`4.1.rate`). */
  missing: string[];
  items: ItemResult[];
  /** Present only under a 一票否决: why the whole result is 0. */
  veto?: string;
  /**
   * Present only when items add amounts beyond their points (追加扣除 −10, 从总分扣 1 分, 加分不封顶
   * +3): each signed amount, already included in `total` (which may then exceed the scheme's
   * points or be below 0).
   */
  adjustments?: UnitAdjustment[];
  /** Present only under a grade veto (一票否优, 取消评先评优资格): the score stands, the grade does not. */
  marks?: UnitMark[];
}

/** An amount an item adds to (or takes from) the unit's total beyond its own points. */
export interface UnitAdjustment {
  code: string;
  title: string;
  /** Signed canonical decimal: "-10" for 追加扣除10分. */
  points: string;
  reason: string;
}

/** A grade veto raised by an item's gate: `noExcellent` 一票否优, `ineligible` 取消评先评优资格. */
export interface UnitMark {
  code: string;
  title: string;
  effect: "noExcellent" | "ineligible";
  reason: string;
}

/** A whole round's result: the scheme id and the units in input order, ranked. */
export interface RoundResult {
  scheme: string;
  units: UnitResult[];
}

/** One unit's input: id, name and its facts object (`{ "4.1": { "rate": "99.65" } }`). */
export interface UnitFacts {
  id: string;
  name: string;
  facts: unknown;
}

/** The JSON-serialisable round context of cross-unit rules, keyed by rule (`9.3/parts[1]`). */
export type RoundContext = Record<string, unknown>;
