/**
 * Rules on a measured value assembled from statements: 阶梯计分 (a base "达到X%得N分" and a step
 * "每低Y扣Z分") and 分段阶梯 (a step per band); 分档计分 is in bands.ts, ranks in rank.ts, steps on
 * both sides of a base in sides.ts.
 */
import { stepsAbove, stepsBelow, valueOf, WINDOW_UNITS } from "../measures.js";
import { parseDecimal } from "@kaoping/engine";
import { labelOf, minus, shift, type ItemText } from "../proposal.js";
import type { Built } from "./build.js";
import type { Part } from "./parts.js";
import { conditionOf, type Statement } from "./statements.js";
import { cutCompare, leadOf } from "./measure-words.js";
import { twoSided, type Side } from "./mean-sides.js";
import { NUMBER, numberOf } from "./text.js";
import { partialSteps, unsaidPart } from "./partial-steps.js";
import { asChange, SINCE_LAST_YEAR } from "./since-last-year.js";

/** A condition that states the task done (全面完成的, 按时完成年度征缴任务的, 完成任务): at 100 %. */
const DONE = /(?:全面|全部|足额|按时|按期|如期)?完成(?:[^,;。]{0,12}?任务)?(?:的|者)?$/;
const SURPLUS =
  /^(多|多报|超|超过|超出|超期|超时|逾期|延期|超额完成|增加|增|高出|提高|高|进|上升|增长|提升)$/;

/**
 * Whether a threshold is on the measure a step counts: a number of days, months, years or an age
 * (出生后90日内, 3个工作日内, 60岁以上) is a window or an age, the base only of a step in such units
 * (5个工作日内办结的得满分，每超1天扣0.5分).
 */
export function sameMeasure(t: Part, step: Part | undefined): boolean {
  const window = WINDOW_UNITS.test(t.unit ?? "");
  const stepWindow = WINDOW_UNITS.test(step?.unit ?? "");
  return window === stepWindow;
}

/** The value a statement measures: an amount in 元, a rate, or a count of the unit named. */
export function valueFor(
  item: ItemText,
  unit: string,
  label: string,
): Pick<Built, "facts"> & { spec: Record<string, unknown> } {
  const v = /元/.test(unit)
    ? valueOf(item, "yuan", "(元)")
    : unit === "分"
      ? {
          spec: { fact: "amount" },
          facts: [{ name: "amount", type: "decimal", label: labelOf(label, "分数"), unit }],
        }
      : /^(%|‰|个百分点|百分点|个点)$/.test(unit) || unit === ""
        ? valueOf(item, "pct")
        : {
            spec: { fact: "amount" },
            // A length of time or an age (可支付7.5个月, 平均3.5个工作日) has fractions; a count has not.
            facts: [
              {
                name: "amount",
                type: WINDOW_UNITS.test(unit) ? "decimal" : "int",
                label: labelOf(label, "数量"),
                unit,
              },
            ],
          };
  // A label is what is measured, not the threshold or step after it ("平均办结时限", not
  // "平均办结时限不超过5个工作日"; not "每低").
  const lead = leadOf(item.text);
  return {
    ...v,
    facts: v.facts.map((f) => {
      // (A threshold written before 及以上 leaves its figure: 测评得分90分及以上 → 测评得分.)
      const cut = cutCompare(f.label)
        .replace(/\d+(?:\.\d+)?\s*(?:%|分|个百分点)?及?$/, "")
        .replace(/(以|按|在|为|的)$/, "");
      const bad = cut === "" || /^每/.test(cut) || cut === "比率" || cut === "数量";
      return { ...f, label: bad && lead !== "" ? lead : cut || f.label };
    }),
  };
}

/**
 * The addition of a 与平均值比较 step statement that adds (每高出1个百分点加0.5分，最多加2分): its
 * cap is the stated limit, within the item's points, else the item's points.
 */
function bonusOf(item: ItemText, s: Statement, step: string): Record<string, string> | undefined {
  const points = s.action?.value;
  if (points === undefined) return undefined;
  const limit = s.parts.find((p) => p.kind === "limit" && p.value !== undefined)?.value;
  const max = parseDecimal(item.max);
  const stated = parseDecimal(limit);
  const cap =
    stated !== undefined && max !== undefined
      ? (stated.lessThan(max) ? stated : max).toFixed()
      : (limit ?? item.max ?? points);
  return { step, points, cap, rounding: "down" };
}

/** Steps for each step statement, based on the threshold or award before it. */
export function assembleSteps(
  item: ItemText,
  sts: Statement[],
  steps: Statement[],
): { built: Built[]; used: Statement[]; confidence: number; warnings: string[] } {
  const used: Statement[] = [];
  const built: Built[] = [];
  let confidence = 0.85;
  const warnings: string[] = [];
  const pw = piecewise(item, steps, sts);
  // Bands each written need nothing assumed; a band read from 低于N%的 after steps from full
  // marks is cumulative by assumption (0325), and said so.
  if (pw !== undefined)
    return {
      built: [pw.built],
      used: [...pw.used, ...steps],
      confidence: pw.inferred === undefined ? 0.85 : 0.75,
      warnings: [
        ...(pw.inferred === undefined ? [] : [pw.inferred]),
        ...unsaidPart(item.text, [pw.built]),
      ],
    };
  // The known whole-sentence shapes (低于A%扣满分…) keep their exact parameters.
  const known = steps.length === 1 ? (stepsBelow(item) ?? stepsAbove(item)) : undefined;
  const means: Side[] = [];
  for (const s of steps) {
    const i = sts.indexOf(s);
    const base = sts
      .slice(0, i)
      .reverse()
      .find(
        (b) =>
          b.role === "threshold" ||
          (b.role === "award" && b.action?.verb === "award") ||
          ((b.role === "full" || b.role === "exempt") &&
            b.parts.some((p) => p.kind === "threshold")),
      );
    // The base's threshold on the same measure as the step (不低于95% for 每低1%, not 35岁以下).
    const rate = /%|百分点|个点/.test(s.unit?.unit ?? "");
    // A ceiling may sit in the step's own sentence (结余率超过10%的，每超1个百分点扣0.5分).
    const ceiling = s.action?.verb === "deduct" && SURPLUS.test(s.unit?.verb ?? "");
    const own = ceiling ? s.parts.filter((p) => p.start < (s.unit?.start ?? 0)) : [];
    // A stated target in the step's own sentence (参保登记率达到95%，每低1个百分点扣0.5分).
    const target = s.parts.filter(
      (p) =>
        p.kind === "threshold" &&
        p.start < (s.unit?.start ?? 0) &&
        /达|不低于|不少于|以上|低于|不足|少于|不到|高于|超过|大于|基准/.test(p.verb ?? ""),
    );
    const candidates = [...(base?.parts ?? []), ...own, ...(own.length > 0 ? [] : target)].filter(
      (p) => p.kind === "threshold" && sameMeasure(p, s.unit),
    );
    const t =
      candidates.find(
        (p) =>
          (rate ? p.unit === "%" : p.unit !== "%") &&
          /达|不低于|不少于|以上|高于|基准/.test(p.verb ?? ""),
      ) ??
      candidates.find((p) => (rate ? p.unit === "%" : p.unit !== "%")) ??
      candidates[candidates.length - 1];
    const u = s.unit as Part;
    const unit = u.unit ?? "";
    // 按涉及金额每万元扣0.5分: an amount of money with no verb of its own and no threshold is
    // counted from 0 — each 万元 over nothing costs.
    const amount = /^(?:万元|千元|元)$/.test(unit) && (u.verb ?? "") === "" && t === undefined;
    const surplus = SURPLUS.test(u.verb ?? "") || amount;
    const deduct = s.action?.verb === "deduct";
    const v = valueFor(
      item,
      unit === "名" ? "名次" : unit,
      conditionOf(base ?? s) || conditionOf(s),
    );
    const money = unit === "万元" ? 4 : 0;
    // 每超出年度任务1个百分点: steps on the task's completion rate, from 100 %.
    const task = rate && /任务|目标|计划/.test(u.against ?? "");
    // 较上年每下降1个百分点 with no target: steps on the change itself, from 0 (0348).
    const lead = s.text.slice(0, Math.max(0, u.start - s.start));
    const since = t === undefined && !task ? SINCE_LAST_YEAR.exec(lead) : null;
    const from =
      t?.value !== undefined
        ? shift(t.value, money)
        : since === null && ((deduct && !surplus) || (rate && /超额/.test(s.text)) || task)
          ? "100"
          : "0";
    if (since !== null) v.facts = asChange(v.facts, lead.slice(0, since.index));
    if (task && t === undefined)
      v.facts = v.facts.map((f) => ({
        ...f,
        label: labelOf(`${conditionOf(s)}${u.against ?? ""}完成率`, "任务完成率"),
      }));
    if (base !== undefined) used.push(base);
    used.push(s);

    // A base from the round's mean (不低于全县平均水平的得满分, 每超平均年龄1岁): 与平均值比较.
    const meanAt = [...(base?.parts ?? []), ...s.parts.filter((p) => p.start < u.start)];
    if (meanAt.some((p) => p.kind === "mean") || s.parts.some((p) => p.kind === "mean")) {
      const offset = new RegExp(`平均[^,;。]{0,4}?(加|减)${NUMBER}(?:%|个百分点)`).exec(
        [base?.text ?? "", s.text].join(","),
      );
      const width = shift(u.value ?? "1", money);
      // 高于平均…每高出1个百分点加0.5分，最多加2分 (docs/decisions/0303): an addition on the better
      // side (above for 高出, below for 每低…加), capped by the limit or the item's points.
      const bonus = deduct ? undefined : bonusOf(item, s, width);
      means.push({ at: built.length, s, base });
      built.push({
        rule: {
          kind: "vsMean",
          value: v.spec,
          // Higher is better unless the steps deduct above (每超…扣) or add below (每低…加).
          direction: (bonus === undefined ? surplus : !surplus) ? "over" : "below",
          ...(offset !== null
            ? { offset: `${offset[1] === "减" ? "-" : ""}${numberOf(offset[2])}` }
            : {}),
          step: width,
          points: bonus === undefined ? (s.action?.value ?? "0") : "0",
          rounding: "up",
          ...(bonus === undefined ? {} : { bonus }),
        },
        facts: v.facts,
      });
      // The round's mean is its units' (全县, 各乡镇): stated. A city's or province's mean may be
      // a figure published above the round: read as the round's, and said so.
      const wider = /(全市|全省|全国|全区)[^,;。]{0,8}?平均/.exec(
        [base?.text ?? "", s.text].join(","),
      );
      if (wider !== null) {
        confidence = Math.min(confidence, 0.75);
        warnings.push(
          `“${wider[1]}平均”按本轮参评单位的平均值计算；如指上级公布的${wider[1]}平均值，请改为与该数值比较`,
        );
      }
      continue;
    }
    // A base without a number (不低于平均值的得2分): the threshold is not known here.
    // (A base that states the task done — 全面完成的得8分 before 完成率每低… — is at 100 %.)
    if (base !== undefined && t === undefined && !(rate && DONE.test(conditionOf(base))))
      confidence = 0.5;
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
  const partial = partialSteps(item.text);
  if (partial !== undefined)
    for (const b of built) if (b.rule.kind === "steps") b.rule.rounding = partial;
  warnings.push(...unsaidPart(item.text, built));
  return { built: twoSided(item, built, means), used, confidence, warnings };
}

/** Bounds of a band stated before a step (exported for counts in bands: 100人以内每10人加0.1分) (100人以内, 101-500人, 低于90%, 500元以上). */
export function bandOf(s: Statement): { from?: string; to?: string } | undefined {
  const ts = s.parts.filter((p) => p.kind === "threshold" && p.start < (s.unit?.start ?? s.end));
  if (ts.length === 0) return undefined;
  const out: { from?: string; to?: string } = {};
  for (const t of ts) {
    const verb = `${t.verb ?? ""}${t.upper ?? ""}`;
    if (t.verb === "range") {
      out.from = t.value;
      out.to = t.upper;
    } else if (/(?<!不)(?:低于|少于|小于)|不足|不到|以下|以内|不超过|不大于|不高于/.test(verb)) {
      if (out.to === undefined || Number(t.value) > Number(out.to)) {
        if (out.to !== undefined) out.from = out.to;
        out.to = t.value;
      } else out.from = t.value;
    } else out.from = t.value;
  }
  return out;
}

/**
 * Whether statements measure different things: two or more different words before their first
 * threshold (走访企业少于20户…；入户核查不足10户…). Bands of one value name it once or not at all
 * (100人以内…；101-500人…, 参保率低于95%…；低于90%…).
 */
export function differentSubjects(sts: Statement[]): boolean {
  const named = sts
    .map((s) => {
      const t = s.parts.find((p) => p.kind === "threshold");
      return t === undefined
        ? ""
        : s.text
            .slice(0, t.start - s.start)
            .replace(/^[\d.、]+(?![\d.]*(?:个)?(?:工作日|日|天|月|年|周|小时|周岁|岁))/, "")
            .replace(/^(全年|每年|年内|其中|对|凡|如|若)/, "");
    })
    .filter((w) => w.length >= 2);
  return new Set(named).size >= 2;
}

/**
 * The band of a first step written without one (达到98%得满分，每低1个百分点扣0.3分；低于90%的…):
 * from the full-marks line's threshold before it to where the next band starts (or the reverse
 * for a step above).
 */
function firstBand(
  sts: Statement[],
  steps: Statement[],
  next: { from?: string; to?: string } | undefined,
  short: boolean,
): { band: { from?: string; to?: string }; base: Statement } | undefined {
  const first = steps[0];
  const base = sts[sts.indexOf(first as Statement) - 1];
  if (first === undefined || base === undefined || steps.includes(base)) return undefined;
  const t = base.parts.find(
    (p) =>
      p.kind === "threshold" &&
      p.unit === (first.unit?.unit ?? "").replace(/^(个百分点|百分点|个点)$/, "%") &&
      /达|不低于|不少于|以上|基准|^$/.test(p.verb ?? ""),
  );
  if (t?.value === undefined) return undefined;
  const edge = short ? next?.to : next?.from;
  if (edge === undefined) return undefined;
  return { band: short ? { from: edge, to: t.value } : { from: t.value, to: edge }, base };
}

/** 分段阶梯: two or more steps of one kind, each for its own band of the value. */
function piecewise(
  item: ItemText,
  steps: Statement[],
  sts: Statement[],
): { built: Built; used: Statement[]; inferred?: string } | undefined {
  if (steps.length < 2 || differentSubjects(steps)) return undefined;
  const verbs = new Set(steps.map((s) => s.action?.verb));
  const units = new Set(steps.map((s) => s.unit?.unit ?? ""));
  if (verbs.size !== 1 || units.size !== 1) return undefined;
  const bands = steps.map(bandOf);
  const deduct = steps[0]?.action?.verb === "deduct";
  const short = !SURPLUS.test(steps[0]?.unit?.verb ?? "") && deduct;
  const used: Statement[] = [];
  let inferred: string | undefined;
  if (bands[0] === undefined && bands.slice(1).every((b) => b !== undefined)) {
    const f = firstBand(sts, steps, bands[1], short);
    if (f !== undefined) {
      bands[0] = f.band;
      used.push(f.base);
      const edge = `${short ? f.band.from : f.band.to}${unitWord(steps[0]?.unit?.unit)}`;
      inferred = `“${short ? "低于" : "超过"}${edge}”读作分段累计：${edge}以${short ? "上" : "下"}按前一档计，${short ? "低于" : "超过"}${edge}的部分按后一档计；如细则指${short ? "低于" : "超过"}${edge}后全部按后一档计，请人工调整`;
    }
  }
  if (bands.some((b) => b === undefined)) return undefined;
  const unit = steps[0]?.unit?.unit ?? "";
  const pieces: Record<string, string>[] = [];
  let prevTo: string | undefined;
  steps.forEach((s, i) => {
    const b = bands[i] as { from?: string; to?: string };
    // "100人以内 … 101-500人": the second band starts where the first ends.
    let from = b.from ?? "0";
    if (prevTo !== undefined && minus(from, prevTo) === "1" && unit !== "%") from = prevTo;
    pieces.push({
      from,
      ...(b.to !== undefined ? { to: b.to } : {}),
      step: s.unit?.value ?? "1",
      points: s.action?.value ?? "0",
    });
    prevTo = b.to;
  });
  if (short && pieces.some((p) => p.to === undefined)) return undefined;
  const v = valueFor(item, unit, leadOf(item.text) || conditionOf(steps[0] as Statement));
  return {
    built: {
      rule: {
        kind: "piecewise",
        value: v.spec,
        direction: short ? "below" : "above",
        mode: deduct ? "deduct" : "award",
        pieces,
        rounding: deduct ? "up" : "down",
      },
      facts: v.facts,
    },
    used,
    ...(inferred !== undefined ? { inferred } : {}),
  };
}

/** A unit as written after a figure (90%, 5 人): 个百分点 is the figure's %. */
const unitWord = (unit: string | undefined) =>
  (unit ?? "").replace(/^(个百分点|百分点|个点)$/, "%").replace(/^(?=[^%])/, " ");
