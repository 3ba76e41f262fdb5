/**
 * Scores read against a whole quantity or against the round's other units (decision 0160):
 * 按完成比例得分 / 折算 (`proportional`), 按与第1名的比例得分 (`bestRatio`) and 全县首个完成
 * (`firstToReach`). A statement's role says which (an action part of its own); the numbers come
 * from the statements around it (第1名得N分, 第2-5名, 百分制).
 */
import { parseDecimal, type RuleDoc } from "@kaoping/engine";
import { valueOf } from "../measures.js";
import { labelOf, type ItemText } from "../proposal.js";
import { done, type Composed } from "./build.js";
import { cutCompare } from "./measure-words.js";
import { BELOW_VERB } from "./quantities.js";
import { byRole as by, conditionOf, type Statement } from "./statements.js";
import { NUMBER, numberOf } from "./text.js";

/** The value ranked or measured: "按X排名" / "以X最高值为满分", else the item's subject. */
function rankedValue(
  item: ItemText,
  text: string,
): { spec: Record<string, unknown>; label: string } {
  const named =
    /按(?:照)?([^,;。]{2,24}?)(?:进行)?(?:全县|全市|全省)?排名/.exec(text)?.[1] ??
    /以(?:全县|全市|全省)?([^,;。]{2,16}?)最(?:高|低|少|优)/.exec(text)?.[1];
  if (named !== undefined)
    return { spec: { fact: "value" }, label: labelOf(named, "排名依据的数值") };
  const v = valueOf(item, "pct");
  return { spec: v.spec, label: (v.facts[0]?.label as string | undefined) ?? "排名依据的数值" };
}

/** 按与第1名的比例得分: the best unit gets the points, the others their share of them. */
function best(item: ItemText, sts: Statement[]): Composed | undefined {
  const ratio = by(sts, "best");
  if (ratio.length === 0) return undefined;
  const helpers = by(sts, "rank", "full", "threshold", "award");
  const text = [...helpers, ...ratio].map((s) => s.text).join(",");
  const order = ratio[0]?.parts.find((p) => p.verb === "best")?.unit === "asc" ? "asc" : "desc";
  const first = new RegExp(`第(?:1|一)名(?:的)?(?:得|计|记|赋)${NUMBER}分`).exec(text);
  const upTo = /第\d+-(\d+)名/.exec(text)?.[1];
  const v = rankedValue(item, text);
  const rule: Record<string, unknown> = { kind: "bestRatio", value: v.spec, order };
  if (first !== null && first[1] !== undefined && numberOf(first[1]) !== item.max)
    rule.points = numberOf(first[1]);
  if (upTo !== undefined) rule.upTo = Number(upTo);
  const facts =
    "fact" in v.spec && v.spec.fact === "value"
      ? [{ name: "value", type: "decimal", label: v.label }]
      : (valueOf(item, "pct").facts as Composed["proposal"]["facts"]);
  return {
    proposal: done(
      { rule: rule as RuleDoc, facts },
      0.75,
      `按最优单位比例得分：本轮${order === "asc" ? "数值最低" : "数值最高"}的单位得满分，其他单位按比例得分（跨单位计算）`,
    ),
    used: new Set([...ratio, ...helpers, ...by(sts, "limit")]),
  };
}

/**
 * The figure that earns the full marks (达到80%的得5分 / 达90%得满分): a percentage reached,
 * followed in its statement by the full marks; undefined when no statement says one.
 */
function fullMarksAt(sts: Statement[], max: string | undefined): string | undefined {
  for (const s of sts) {
    let reached: string | undefined;
    for (const p of s.parts) {
      if (p.kind === "threshold")
        reached =
          p.unit === "%" && p.verb !== "range" && !BELOW_VERB.test(p.verb ?? "")
            ? p.value
            : undefined;
      const full = p.verb === "full" || (p.verb === "award" && p.value === max);
      if (p.kind === "action" && full && reached !== undefined) return reached;
    }
  }
  return undefined;
}

/**
 * What the share is of: a formula's divisor (得分=实际值÷95%×分值), or the target the text
 * states (目标值为70%) when it divides by 目标值; a rate times the points (参保率×分值) is of 100;
 * 按比例计分 below the figure that earns the full marks (达到80%的得5分，未达到的按比例计分) is of
 * that figure; else 100 (a completion rate).
 */
function divisorOf(prop: Statement[], sts: Statement[], max: string | undefined): string {
  const action = prop.flatMap((s) => s.parts).find((p) => p.verb === "proportional");
  if (action?.value !== undefined) return action.value;
  const text = prop.map((s) => s.text).join("");
  if (/[÷/]|除以/.test(text)) {
    const target = sts
      .flatMap((s) => s.parts)
      .find((p) => p.kind === "threshold" && p.unit === "%" && p.verb !== "range");
    return target?.value ?? "100";
  }
  if (/[×*]|乘以/.test(text)) return "100";
  return fullMarksAt(sts, max) ?? "100";
}

/** 按完成比例得分 / 按百分制折算: points × value ÷ the whole. */
function proportional(item: ItemText, sts: Statement[]): Composed | undefined {
  const prop = by(sts, "proportional");
  if (prop.length === 0) return undefined;
  // 完成任务的得10分（the item's points）；未完成的按完成比例得分: the award is the full marks.
  const full = (s: Statement) =>
    s.role === "award" && item.max !== undefined && s.action?.value === item.max;
  const others = sts.filter(
    (s) =>
      !prop.includes(s) && !full(s) && !["none", "limit", "full", "threshold"].includes(s.role),
  );
  if (others.length > 0) return undefined;
  const text = prop.map((s) => s.text).join(",");
  const share = prop
    .flatMap((s) => s.parts)
    .find((p) => p.verb === "proportional" && p.unit === "%");
  // 按完成率折算 / 即完成率×3分 rescale a rate, not a score from elsewhere.
  const rescale =
    share !== undefined ||
    prop.some((s) => s.parts.some((p) => p.unit === "as is")) ||
    (/折算/.test(text) && !/(?<!得分)率\)?(?:折算|×|\*|乘以)/.test(text));
  let rule: Record<string, unknown>;
  let facts: Composed["proposal"]["facts"];
  if (rescale) {
    // A score taken as it is (附表得分即为本项得分) is out of the item's points unless its whole is said.
    const asIs = prop.some((s) => s.parts.some((p) => p.unit === "as is"));
    const stated = new RegExp(`满分(?:为)?${NUMBER}分`).exec(item.text)?.[1];
    const whole = /百分制/.test(item.text)
      ? "100"
      : stated !== undefined
        ? numberOf(stated)
        : asIs && item.max !== undefined
          ? item.max
          : "100";
    const named =
      /引用([^,;。]{2,30}?)(?:的)?(?:考核)?得分/.exec(item.text)?.[1] ??
      /按([^,;。]{2,30}?得分率?)(?:\([^()]{1,12}\))?(?:进行)?折算/.exec(item.text)?.[1] ??
      /得分=([^,;。=×*]{2,16}?)(?:×|\*|乘以)\d/.exec(item.text)?.[1] ??
      /附表\s*[\d一二三四五六七八九十]*(?:《[^》]{1,20}》)?/.exec(item.text)?.[0];
    rule = { kind: "proportional", value: { fact: "external" }, of: whole };
    // 评分×4% of a score out of 100 gives at most 4: that is its points when the item's differ.
    const most =
      share?.upper === undefined ? undefined : parseDecimal(whole)?.times(share.upper).div(100);
    if (most !== undefined && most.toString() !== item.max) rule.points = most.toString();
    facts = [
      {
        name: "external",
        type: "decimal",
        label: labelOf(
          /得分率?$/.test(named ?? "") ? (named ?? "") : `${named ?? "外部考核"}得分`,
          "外部考核得分",
        ),
        min: "0",
        max: whole,
      },
    ];
  } else {
    const v = valueOf(item, "pct");
    const spec = v.spec as { label?: string };
    const value =
      spec.label === undefined ? v.spec : { ...v.spec, label: spec.label.replace(/^按/, "") };
    rule = { kind: "proportional", value, of: divisorOf(prop, sts, item.max) };
    // 完成率×4分 in an item of other points: 4 at the whole.
    const times = prop.flatMap((s) => s.parts).find((p) => p.verb === "proportional")?.upper;
    if (times !== undefined && times !== item.max) rule.points = times;
    // Without a named rate (按完成比例得分) the value is the completion rate — of the task the
    // full-marks line names (完成年度参保任务的得10分), when there is one.
    const task = sts.find(full);
    const named = task !== undefined ? conditionOf(task).replace(/^完成/, "") : "";
    // A rate named before its target (…签约率目标值为70%) is named without the target.
    const measured = (label: string) =>
      cutCompare(label).replace(/(?:的)?(?:目标值|目标)(?:为|是)?$/, "") || label;
    // A rate named before 按…比例 (电子处方流转率按实际完成比例计分) is entered under its name.
    const subject = prop.flatMap((s) => s.parts).find((p) => p.kind === "subject");
    const lead = subject === undefined ? "" : item.text.slice(subject.start, subject.end);
    const rateNamed = /率$/.test(lead) ? labelOf(lead, "") : "";
    // 以县政府下达的任务数为基数，按实际人数占基数的比例: the base is the figure named for it.
    const base = /以([^,;。]{2,24}?)为基数/.exec(item.text)?.[1];
    const part = (label: string) =>
      label === "基数" && base !== undefined ? labelOf(base, label) : label.replace(/^按/, "");
    facts = v.facts.map((f) =>
      named !== ""
        ? { ...f, label: labelOf(`${named}完成率`, "完成率") }
        : f.label === "比率"
          ? { ...f, label: rateNamed || "完成率" }
          : { ...f, label: part(measured(String(f.label))) },
    );
  }
  return {
    proposal: done(
      { rule: rule as RuleDoc, facts },
      0.8,
      rescale
        ? "折算：按外部得分占其满分的比例折算本项分数"
        : "按完成比例得分：得分 = 本项分值 × 完成率",
    ),
    used: new Set(sts),
  };
}

/** 全县首个完成…加N分: the earliest unit of the round. */
function first(item: ItemText, sts: Statement[]): Composed | undefined {
  const firsts = by(sts, "first");
  const f = firsts[0];
  if (
    f === undefined ||
    firsts.length !== sts.filter((s) => s.role !== "none" && s.role !== "limit").length
  )
    return undefined;
  const what = conditionOf(f).replace(/^.*?(?:首个|第一个|第一家|率先|最先|最早)/, "") || "完成";
  // The earliest unit and its points stated: nothing left open (0325); points not stated are
  // taken to be the item's and said so.
  const stated = f.action?.value !== undefined;
  return {
    proposal: done(
      {
        rule: {
          kind: "firstToReach",
          date: "doneOn",
          points: f.action?.value ?? item.max ?? "0",
        } as RuleDoc,
        facts: [{ name: "doneOn", type: "date", label: labelOf(`${what}日期`, "完成日期") }],
      },
      stated ? 0.85 : 0.75,
      "首个完成：本轮最早完成的单位得分（跨单位计算，需填写完成日期）",
      stated ? {} : { warnings: ["首个完成的得分未写明：暂按本项分值计，请核对"] },
    ),
    used: new Set(firsts),
  };
}

/** The cross-unit or proportional reading of the statements, when one of their roles asks for it. */
export function composeCross(item: ItemText, sts: Statement[]): Composed | undefined {
  return best(item, sts) ?? proportional(item, sts) ?? first(item, sts);
}
