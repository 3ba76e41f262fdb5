/**
 * The counted term of a count statement: what is counted, named from its clause (每被市局采用1篇 →
 * 被市局采用篇数; 有一件差评未按期整改 → 未按期整改差评件数), its unit and points, and a cap of its own
 * (split from counts.ts).
 */
import { minus } from "../proposal.js";
import type { Term } from "./build.js";
import { conditionOf, type Statement } from "./statements.js";

/** Verbs that say only that what is counted was found (有一件…, 发现1人…). */
const FOUND = /^(?:有|发现|查出|查实|查处)$/;

/** The counted term of a count statement. */
export function termOf(s: Statement, max?: string): Term {
  const unit = s.unit?.unit ?? "";
  const verb = s.unit?.verb ?? "";
  // 每 marks the step (每被市局采用1篇): what is counted is 被市局采用的篇数, not 每….
  let cond = conditionOf(s).replace(/^每(?=[\u4e00-\u9fa5]{2})/, "");
  let did = verb;
  const before = s.unit === undefined ? "" : s.text.slice(0, s.unit.start - s.start);
  // …全覆盖，每少巡查1家次: a counting verb of its own after a requirement names what is counted.
  if (verb.length >= 2 && /[,;]/.test(before)) cond = "";
  // 救助对象识别准确，发现错救、漏救每例扣1分: with no verb at the count, what is counted is named
  // in the count's own clause (错救、漏救), not by the requirement before the comma (0347).
  const own = /[,;]([^,;]*)$/
    .exec(before)?.[1]
    ?.replace(/^(?:每|对)?(?:发现|查出|查实|出现|发生|存在)?/, "")
    .replace(/(?:的|者)?每?$/, "");
  if (verb === "" && own !== undefined && own.length >= 2) cond = own;
  // 年度内有一件信访事项被上级督办的 / 发现1人未参保: what is counted is named after the count;
  // 有, 发现 and their like say only that it was found.
  const found = FOUND.test(verb);
  const named =
    found && s.unit !== undefined && s.action !== undefined
      ? s.text.slice(s.unit.end - s.start, s.action.start - s.start).replace(/[,的]+$/, "")
      : "";
  if (!cond.includes(named)) cond = `${cond}${named}`;
  // 每有1个: 有 says nothing of what is counted. 每有1个问题未按期整改: what is counted (问题)
  // and what it failed (未按期整改) — 未按期整改问题个数.
  if (found) did = "";
  const failed = found ? /^(.{1,10}?)((?:未|不|没有).{2,})$/.exec(cond) : null;
  if (failed !== null) cond = `${failed[2]}${failed[1]}`;
  return {
    // Persons are counted in 人数, whether written 名 or 人.
    label: `${cond}${did !== "" && !cond.includes(did) ? did : ""}${unit === "" ? "次数" : `${unit === "名" ? "人" : unit}数`}`,
    unit,
    points: s.action?.value ?? max ?? "0",
    // 每次扣0.5分，最多扣2分: a cap on this term (the item's maximum caps the whole).
    ...(s.cap !== undefined && (max === undefined || minus(s.cap, max).startsWith("-"))
      ? { cap: s.cap }
      : {}),
  };
}
