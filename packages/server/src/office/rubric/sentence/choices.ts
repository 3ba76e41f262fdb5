/**
 * Lines that are one choice among them (按选项计分): full marks, lesser awards (得一半分, 得1分) and
 * 不得分, with nothing counted or measured beside them.
 */
import { minus, type ItemText } from "../proposal.js";
import { buildOption, done, type Composed } from "./build.js";
import { byRole as by, conditionOf, type Statement } from "./statements.js";

/**
 * 全面完成的得满分，基本完成的得一半分，未完成的不得分: full marks, lesser awards and none, with
 * nothing counted or measured, are one choice among the lines (按选项计分), in their order.
 */
export function choices(
  item: ItemText,
  r: { full: Statement[]; zero: Statement[]; awards: Statement[] },
  sts: Statement[],
): Composed | undefined {
  const max = item.max;
  const plain = r.awards.filter((a) => a.action?.verb === "award" && a.unit === undefined);
  const lesser = plain.filter((a) => minus(a.action?.value ?? "0", max ?? "0").startsWith("-"));
  // 全面实行的得2分 in an item of 2 points is its full marks, as 得满分 is.
  const full = [
    ...r.full,
    ...plain.filter((a) => minus(a.action?.value ?? "0", max ?? "") === "0"),
  ];
  const rest = sts.filter(
    (s) => ![...full, ...r.zero, ...lesser].includes(s) && !["none", "limit"].includes(s.role),
  );
  if (max === undefined || full.length === 0 || lesser.length === 0 || rest.length > 0)
    return undefined;
  const lines = [...full, ...lesser, ...r.zero].sort((a, b) => a.start - b.start);
  const options = lines.map((s) => ({
    label: conditionOf(s) || s.text,
    points: full.includes(s) ? max : r.zero.includes(s) ? "0" : (s.action?.value ?? "0"),
  }));
  if (r.zero.length === 0) options.push({ label: "其他", points: "0" });
  return {
    proposal: done(
      buildOption(options, max),
      // Every choice stated, 不得分 too: nothing assumed; an 其他 → 0 added is an assumption.
      r.zero.length > 0 ? 0.85 : 0.75,
      "按选项计分：按完成情况选择一档得分（请核对各档）",
    ),
    used: new Set([...lines, ...by(sts, "limit")]),
  };
}
