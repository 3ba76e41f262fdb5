/**
 * Rules on a measured value assembled from statements: 阶梯计分 (a base "达到X%得N分" and a step
 * "每低Y扣Z分"), 分档计分 (thresholds each with its points), and 按名次计分 ("第1名…依次赋予A分、B分").
 */
import { bandsRule, stepsAbove, stepsBelow, valueOf } from "../measures.js";
import { labelOf, minus, shift, type ItemText } from "../proposal.js";
import type { Built } from "./build.js";
import type { Part } from "./parts.js";
import { conditionOf, type Statement } from "./statements.js";
import { NUMBER, numberOf } from "./text.js";

const SURPLUS = /^(多|多报|超|超过|超出|超额完成|增加|增|高出|提高|进)$/;

/** The value a statement measures: an amount in 元, a rate, or a count of the unit named. */
function valueFor(
  item: ItemText,
  unit: string,
  label: string,
): Pick<Built, "facts"> & { spec: Record<string, unknown> } {
  if (/元/.test(unit)) return valueOf(item, "yuan", "(元)");
  if (/^(%|‰|个百分点|百分点|个点)$/.test(unit) || unit === "") return valueOf(item, "pct");
  return {
    spec: { fact: "amount" },
    facts: [{ name: "amount", type: "int", label: labelOf(label, "数量"), unit }],
  };
}

/** Steps for each step statement, based on the threshold or award before it. */
export function assembleSteps(
  item: ItemText,
  sts: Statement[],
  steps: Statement[],
): { built: Built[]; used: Statement[]; confidence: number } {
  const used: Statement[] = [];
  const built: Built[] = [];
  let confidence = 0.85;
  // The known whole-sentence shapes (低于A%扣满分…) keep their exact parameters.
  const known = steps.length === 1 ? (stepsBelow(item) ?? stepsAbove(item)) : undefined;
  for (const s of steps) {
    const i = sts.indexOf(s);
    const base = sts
      .slice(0, i)
      .reverse()
      .find((b) => b.role === "threshold" || (b.role === "award" && b.action?.verb === "award"));
    // The base's threshold on the same measure as the step (不低于95% for 每低1%, not 35岁以下).
    const rate = /%|百分点|个点/.test(s.unit?.unit ?? "");
    // A ceiling may sit in the step's own sentence (结余率超过10%的，每超1个百分点扣0.5分).
    const ceiling = s.action?.verb === "deduct" && SURPLUS.test(s.unit?.verb ?? "");
    const own = ceiling ? s.parts.filter((p) => p.start < (s.unit?.start ?? 0)) : [];
    const candidates = [...(base?.parts ?? []), ...own].filter((p) => p.kind === "threshold");
    const t =
      candidates.find(
        (p) =>
          (rate ? p.unit === "%" : p.unit !== "%") &&
          /达|不低于|不少于|以上|高于/.test(p.verb ?? ""),
      ) ??
      candidates.find((p) => (rate ? p.unit === "%" : p.unit !== "%")) ??
      candidates[candidates.length - 1];
    const u = s.unit as Part;
    const surplus = SURPLUS.test(u.verb ?? "");
    const deduct = s.action?.verb === "deduct";
    const unit = u.unit ?? "";
    const v = valueFor(
      item,
      unit === "名" ? "名次" : unit,
      conditionOf(base ?? s) || conditionOf(s),
    );
    const money = unit === "万元" ? 4 : 0;
    const from = t?.value !== undefined ? shift(t.value, money) : deduct && !surplus ? "100" : "0";
    if (base !== undefined) used.push(base);
    used.push(s);

    // A base without a number (不低于平均值的得2分): the threshold is not known here.
    if (base !== undefined && t === undefined) confidence = 0.5;
    if (t === undefined && deduct && !surplus && !/%|百分点|个点/.test(unit)) confidence = 0.5;
    if (known !== undefined && steps.length === 1) {
      built.push({ rule: known.rule, facts: known.facts });
      confidence = Math.min(confidence, known.confidence);
      continue;
    }
    built.push({
      rule: {
        kind: "steps",
        value: v.spec,
        direction: deduct ? (surplus ? "over" : "below") : "above",
        from,
        step: shift(u.value ?? "1", money),
        points: s.action?.value ?? "0",
        rounding: deduct ? "up" : "down",
      },
      facts: v.facts,
    });
  }
  return { built, used, confidence };
}

type Band = { gte?: string; gt?: string; lt?: string; lte?: string; points: string };

/** 分档计分 from threshold statements (best first; a bottom band worth 0 is the default). */
export function assembleBands(item: ItemText, thresholds: Statement[]): Built | undefined {
  const known = thresholds.length >= 2 ? bandsRule(item) : undefined;
  if (known !== undefined) return { rule: known.rule, facts: known.facts };
  const bands: Band[] = [];
  let unit = "";
  for (const s of thresholds) {
    const t = s.parts.find((p) => p.kind === "threshold");
    const a = s.action;
    if (t === undefined || a === undefined) continue;
    unit = t.unit ?? unit;
    const scale = t.unit === "万元" ? 4 : 0;
    const value = shift(t.value ?? "0", scale);
    const points =
      a.verb === "deduct"
        ? minus(item.max ?? "0", a.value ?? "0")
        : a.verb === "zero"
          ? "0"
          : a.verb === "full"
            ? (item.max ?? "0")
            : (a.value ?? "0");
    const verb = t.verb ?? "";
    if (verb === "range") bands.push({ gte: value, lt: shift(t.upper ?? "0", scale), points });
    else if (/低于|不足|少于|不到|以下|小于/.test(verb)) bands.push({ lt: value, points });
    else if (/不大于|不超过|不高于|以内|及以下/.test(verb)) bands.push({ lte: value, points });
    else if (/高于|超过|大于/.test(verb)) bands.push({ gt: value, points });
    else bands.push({ gte: value, points });
  }
  if (bands.length === 0) return undefined;
  const floor = (b: Band) => Number(b.gte ?? b.gt ?? -1);
  bands.sort((a, b) => floor(b) - floor(a));
  while (bands.length > 1 && bands[bands.length - 1]?.points === "0") bands.pop();
  const v = valueFor(item, unit, conditionOf(thresholds[0] as Statement));
  return { rule: { kind: "bands", value: v.spec, bands }, facts: v.facts };
}

/** 按名次计分: "第1名得6分" / "1-5名依次赋予60分、57分…" (rank 1 is the best unless 倒数). */
export function assembleRank(item: ItemText, ranks: Statement[]): Built | undefined {
  const text = ranks.map((r) => r.text).join(",");
  const awards: { upTo: number; points: string }[] = [];
  const list = new RegExp(
    `(?:依次|分别)(?:赋予|计|得|记|给予?|加)?((?:${NUMBER}分[、,和]?){2,})`,
  ).exec(text);
  if (list !== null) {
    const values = [...(list[1] ?? "").matchAll(new RegExp(`${NUMBER}分`, "g"))].map((m) =>
      numberOf(m[1]),
    );
    values.forEach((points, i) => awards.push({ upTo: i + 1, points }));
  } else {
    for (const m of text.matchAll(
      new RegExp(`第(\\d+)(?:-(\\d+))?名[^,;。]{0,6}?(?:得|计|记|加)${NUMBER}分`, "g"),
    ))
      awards.push({ upTo: Number(m[2] ?? m[1]), points: numberOf(m[3]) });
  }
  if (awards.length === 0) return undefined;
  awards.sort((a, b) => a.upTo - b.upTo);
  void item;
  return {
    rule: { kind: "rank", fact: "value", order: /倒数/.test(text) ? "asc" : "desc", awards },
    facts: [
      {
        name: "value",
        type: "decimal",
        label: labelOf(/^(.*?)(?:进行)?排名/.exec(text)?.[1] ?? "排名依据的数值", "排名依据的数值"),
      },
    ],
  };
}
