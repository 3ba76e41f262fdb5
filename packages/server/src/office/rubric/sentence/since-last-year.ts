/**
 * A figure measured as its change from last year (参保率与上年相比每降低1个百分点…, 较上年每增加…):
 * the steps count on the change itself, from 0, and the fact is named «…较上年增减» after what
 * changes — for steps on both sides (sides.ts) and on one (measured.ts, decision 0348).
 */
import type { Built } from "./build.js";

/** 与上年相比 / 较上年 / 比上年同期 / 同比: a figure measured as its change from last year. */
export const SINCE_LAST_YEAR = /(?:与|较|比)上年(?:同期)?(?:相比)?|同比/;

/** The facts of a step measured as a change: named «…较上年增减» after what changes (`before`). */
export function asChange(facts: Built["facts"], before: string): Built["facts"] {
  return facts.map((f) => ({ ...f, label: `${changing(before)}较上年增减` }));
}

/** What a change is of: the words before 与上年相比 / 同比 (灵活就业人员参保人数), or "". */
function changing(text: string): string {
  const words = (text.split(/[,;。:]/).pop() ?? "").replace(/^[\d.、()（）]+/, "").trim();
  return words.length >= 2 && words.length <= 20 ? words : "";
}
