/**
 * Held-out scoring sentences for the rubric reader (issue #12): written for this test in the
 * wording of other counties' 医保 rubrics — none is a corpus sentence, none was used to tune the
 * reader (they were written and committed before the recognisers of decisions 0190–0194). Each
 * gives the item's points, its text and what the reader should propose: the rule kind of the
 * item (wrappers included) and key parameters, matched as a subset of the proposed rule; `gate`
 * and `fact` likewise against the item's gate and one of its facts. `before` are earlier rows of
 * the same table (for sentences that refer to other items).
 */

/** What a held-out sentence should be read as. */
export interface Expected {
  kind: string;
  rule?: Record<string, unknown>;
  gate?: Record<string, unknown>;
  fact?: Record<string, unknown>;
}

/** A held-out sentence. */
export interface HeldOut {
  id: string;
  title: string;
  points: string;
  text: string;
  expect: Expected;
  /** Rows before the item: 序号, 项目, 分值, 评分标准. */
  before?: [string, string, string, string][];
}

import { comparedAndComposed } from "./sentences-compared.js";
import { pointShapes } from "./sentences-points.js";

/** Every held-out sentence, in the order they were written. */
export const heldOut: HeldOut[] = [...pointShapes, ...comparedAndComposed];
