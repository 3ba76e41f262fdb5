/**
 * The lines a 一票否决 refers to as 下列/以下情形之一 (出现下列情形之一的，一票否决：（一）…；（二）…):
 * they are its reason, without their numbers; the veto's rule (split from assemble.ts); and the lines
 * a deduction lists the same way (0339).
 */
import { buildChecklist, done, type Composed } from "./build.js";
import { conditionOf, type Statement } from "./statements.js";

/**
 * The lines a veto (or, with `mark` "action", a deduction: 有下列情形之一的，扣1分：（一）…) refers to
 * as 下列/以下情形: the statements after it that do not score.
 */
export function listedAfter(
  veto: Statement[],
  sts: Statement[],
  mark: "veto" | "action" = "veto",
): Statement[] {
  const last = veto[veto.length - 1];
  if (
    last === undefined ||
    !/(?:下列|以下|如下)[^,;。]{0,6}?(?:情形|情况|行为|事项|问题)/.test(last.text)
  )
    return [];
  const after = sts.filter((s) => s.start >= last.end && s.role === "none");
  // The first line may stand in the veto's own statement, after its colon.
  const said = last.parts.find((p) => p.kind === mark);
  const rest = last.text.slice((said?.end ?? last.end) - last.start);
  const first = /^[^\u4e00-\u9fa5]*[:：]/.test(rest) ? listText({ ...last, text: rest }) : "";
  return after.length === 0 ? [] : [...(first === "" ? [] : [{ ...last, text: first }]), ...after];
}

/** A listed line without its number and closing mark: «(一)发生重大欺诈骗保案件;» → «发生…». */
export const listText = (s: Statement) =>
  s.text.replace(/^[:：]?\(?[一二三四五六七八九十\d]+[)、.]\s*/, "").replace(/[;。,]+$/, "");

/** 有下列情形之一 (a requirement of any of the lines listed): one deduction, not an event that recurs. */
export const ANY_OF = /(?:下列|以下|如下)[^,;。]{0,6}?(?:情形|情况|行为|问题)之一/;

/**
 * 有下列情形之一的，扣1分：（一）A；（二）B: one deduction for any of the lines listed, named by them
 * («…有下列情形之一：A；B»), and the lines it takes; undefined when the deduction lists none (0339).
 */
export function listedDeduction(
  s: Statement,
  sts: Statement[],
  max: string | undefined,
): { requirement: { label: string; points: string; when: true }; lines: Statement[] } | undefined {
  if (s.action === undefined) return undefined;
  const lines = listedAfter([s], sts, "action");
  if (lines.length === 0) return undefined;
  const label = `${conditionOf(s)}：${lines.map(listText).join("；")}`;
  return { requirement: { label, points: s.action.value ?? max ?? "0", when: true }, lines };
}

/** 一票否决: the item's points when it does not happen, the veto gate with its reason. */
export function composeVeto(
  veto: Statement[],
  sts: Statement[],
  max: string | undefined,
): Composed {
  const b = buildChecklist("award", [{ label: "未发生一票否决事项", points: max ?? "0" }], "clear");
  // 出现下列情形之一的，一票否决：（一）…；（二）…: the reason is the list after it.
  const listed = listedAfter(veto, sts);
  const cond =
    (listed.length > 0 ? listed.map(listText) : veto.map(conditionOf))
      .filter((c) => c !== "")
      .join("；") || "一票否决";
  return {
    // Stated whole: the veto, and the item's points when it does not happen.
    proposal: done(b, 0.85, "一票否决：发生该事项时单位总分为 0", {
      gate: { fact: "clear1", pass: true, effect: "veto", reason: cond.slice(0, 200) },
    }),
    used: new Set([...veto, ...listed]),
  };
}
