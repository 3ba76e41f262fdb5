/**
 * A count priced per several (每办理20件加0.1分, 每增加100人加0.2分, 每发现10条扣0.1分): the points
 * go with each N counted, not with each one — 阶梯计分 on the count from 0, N a step (above for an
 * addition, over for a deduction). Whole steps only (39 件 are one step of 20; 9 errors of 每10条
 * cost nothing): a count reaches its N or does not; 不足N…按N计 in the text decides otherwise.
 */
import type { RuleDoc } from "@kaoping/engine";
import { labelOf } from "../proposal.js";
import type { Built } from "./build.js";
import { partialSteps } from "./partial-steps.js";
import { conditionOf, type Statement } from "./statements.js";

/** The step of a count statement when it is more than one (每办理20件 → 20), else undefined. */
function stepOfMany(s: Statement): string | undefined {
  const v = s.unit?.value;
  return v !== undefined && /^\d+$/.test(v) && Number(v) > 1 ? v : undefined;
}

/** 阶梯计分 on a count priced per several; undefined when the statement counts one at a time. */
export function perMany(text: string, s: Statement, name: string): Built | undefined {
  const step = stepOfMany(s);
  if (step === undefined || s.role !== "count") return undefined;
  const deduct = s.action?.verb === "deduct";
  const unit = s.unit?.unit ?? "";
  const act = s.unit?.verb ?? "";
  const cond = conditionOf(s).replace(/^每(?=[\u4e00-\u9fa5]{2})/, "");
  // 每少十五人 → 少的人数; 每办理20件 → …办理件数.
  const did = act !== "" && !cond.includes(act) ? (/^(少|缺)/.test(act) ? `${act}的` : act) : "";
  const label = `${cond}${did}${unit === "" ? "数量" : `${unit}数`}`;
  const rule = {
    kind: "steps",
    value: { fact: name },
    direction: deduct ? "over" : "above",
    from: "0",
    step,
    points: s.action?.value ?? "0",
    rounding: partialSteps(text) ?? "down",
    ...(unit !== "" ? { stepUnit: unit } : {}),
  } as RuleDoc;
  return {
    rule,
    facts: [
      {
        name,
        type: "int",
        label: labelOf(label, "完成数量"),
        ...(unit !== "" ? { unit } : {}),
        ...(deduct ? {} : { required: false }),
      },
    ],
  };
}
