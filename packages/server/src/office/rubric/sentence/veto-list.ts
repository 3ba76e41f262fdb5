/**
 * The lines a 一票否决 refers to as 下列/以下情形之一 (出现下列情形之一的，一票否决：（一）…；（二）…):
 * they are its reason, without their numbers (split from assemble.ts).
 */
import type { Statement } from "./statements.js";

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
