/**
 * Shorthands for what a blind round expects of a table row's rule (kind and key parameters), and
 * for a cell merged down rows, shared by the rounds of table layouts (decisions 0312, 0315, 0319).
 */
import type { DocCell } from "../layout-files.js";
import type { Expected } from "./sentences.js";

/** 按次计分 with one term per amount. */
export const occ = (points: string[], mode = "deduct"): Expected => ({
  kind: "occurrences",
  rule: { mode, terms: points.map((p) => ({ points: p })) },
});

/** 阶梯计分 below a threshold. */
export const below = (from: string, step: string, points: string): Expected => ({
  kind: "steps",
  rule: { direction: "below", from, step, points },
});

/** 逐项达标 deducting each amount. */
export const deductions = (points: string[]): Expected => ({
  kind: "checklist",
  rule: { mode: "deduct", items: points.map((p) => ({ points: p })) },
});

/** 分档计分, each band its lower bound and points. */
export const bands = (...b: [string, string][]): Expected => ({
  kind: "bands",
  rule: { bands: b.map(([gte, points]) => ({ gte, points })) },
});

/** A cell merged down `rows` rows. */
export const down = (text: string, rows: number): DocCell => ({ text, rowSpan: rows });
