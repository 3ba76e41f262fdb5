/**
 * What the rubric reader tells the administrator about one imported item: its confidence, the
 * source text with the recognised parts marked (spans the web renders as highlights), and the
 * clauses the proposed rule does not use. The import summary counts items by confidence level.
 * Offsets are UTF-16 code units of `source` (JavaScript string indexes), end exclusive.
 */

/** What a marked part of a scoring sentence is. */
export type PartKind =
  | "condition"
  | "unit"
  | "action"
  | "levels"
  | "limit"
  | "highest"
  | "subject"
  | "threshold"
  | "discretion"
  | "veto"
  | "gate"
  | "points";

/** A recognised part of the source: [start, end) in `source`. */
export interface SourceSpan {
  start: number;
  end: number;
  part: PartKind;
}

/** A clause of the source ([start, end) in `source`) and whether the proposed rule uses it. */
export interface SourceClause {
  start: number;
  end: number;
  used: boolean;
}

/** Confidence levels: 高 ≥ 0.8, 中 ≥ 0.5, 低 below (the fallback 酌情打分 is 0.1). */
export type ConfidenceLevel = "high" | "medium" | "low";

/** The reader's account of one item. */
export interface ItemReading {
  /** The text read, verbatim (评分标准, or 评价内容 + 评分标准 when both score). */
  source: string;
  /** Recognised parts, sorted by start, not overlapping. */
  spans: SourceSpan[];
  /** Every clause of `source`, in order. */
  clauses: SourceClause[];
  /** The texts of the clauses not used by the rule (verbatim). */
  unused: string[];
  /** 0–1. */
  confidence: number;
  level: ConfidenceLevel;
  /** Chinese warnings about this item (a bonus group without a stated total, …). */
  warnings: string[];
}

/** Counts of imported scored items by confidence, and what the reader could not place. */
export interface ImportSummary {
  items: number;
  high: number;
  medium: number;
  low: number;
  /** Columns of the table neither used nor knowingly ignored (header text). */
  unusedColumns: string[];
  /** Columns knowingly not read for scoring (自评分, 考核方式 of checking methods …), header text. */
  ignoredColumns: string[];
  /** Document-level warnings in Chinese. */
  warnings: string[];
}

/** The level of a confidence. */
export function levelOf(confidence: number): ConfidenceLevel {
  return confidence >= 0.8 ? "high" : confidence >= 0.5 ? "medium" : "low";
}

/** Counts readings by level. */
export function countLevels(
  readings: readonly { level: ConfidenceLevel }[],
): Pick<ImportSummary, "items" | "high" | "medium" | "low"> {
  const count = (l: ConfidenceLevel) => readings.filter((r) => r.level === l).length;
  return {
    items: readings.length,
    high: count("high"),
    medium: count("medium"),
    low: count("low"),
  };
}
