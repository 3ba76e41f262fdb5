/**
 * A percentage fact's range as the rate it names can run. The engine's 百分比 is 0–100 unless a
 * declaration says otherwise, which refuses real entries: a completion rate above 100% (超额完成,
 * 征缴完成率103%) and a growth rate below 0 (比上年下降2%, entered −2). A rate named as a
 * completion may run to 1000%, a change from −100% to 1000%; the rest keep 0–100. Read from the
 * fact's label — the rate the 细则 names — never from a sentence's wording elsewhere.
 */
import type { FactDoc } from "./proposal.js";

/** 增长率, 增幅, 同比增长, 下降幅度, 较上年增减…: a change, which may be negative. */
const CHANGE =
  /(?:增长|增幅|增速|涨幅|降幅|下降|降低|提高|提升|变化|变动|增减)(?:率|幅度|比例|百分比)?$|同比|环比/;
/** 完成率, 任务完成比例, 执行进度…: a share of a task, which may be exceeded. */
const COMPLETION = /(?:完成|达成|执行|兑现)(?:率|比例|进度|百分比)$|(?:完成|序时|工作)进度$/;

/** The fact with the range its rate can run, when it is a percentage without a range of its own. */
export function rateBounds(f: FactDoc): FactDoc {
  if (f.type !== "pct" || f.min !== undefined || f.max !== undefined) return f;
  if (CHANGE.test(f.label)) return { ...f, min: "-100", max: "1000" };
  if (COMPLETION.test(f.label)) return { ...f, max: "1000" };
  return f;
}
