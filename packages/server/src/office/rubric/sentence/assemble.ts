/**
 * A rule assembled from the statements of a scoring text. Each statement has a role (a step, a
 * count, a threshold, a fixed deduction or award, a zero, 酌情 …); the roles present decide the
 * kind: steps (阶梯), bands (分档), counts (按次/数量不足), requirement lists (逐项达标), options
 * (按选项) and discretion, several kinds together → 多项合计, parts with their own caps → separate
 * sub-items. 不得分 conditions next to another rule become the item's gate. The statements used
 * are returned so that the rest can be listed as not understood (parts in the files it imports).
 */
import { WINDOW_UNITS } from "../measures.js";
import { minus, type ItemText, type Proposal } from "../proposal.js";
import {
  buildChecklist,
  buildGate,
  buildOption,
  clearOf,
  done,
  type Built,
  type Composed,
} from "./build.js";
import { fromBase } from "./base.js";
import { choices } from "./choices.js";
import { combine, explain, pool } from "./combine.js";
import {
  assembleCounts,
  listedRequirements,
  requirementsOf,
  SHORT,
  YEAR_PERIODS,
} from "./counts.js";
import { composeDiscretion, rangedDiscretion } from "./discretion.js";
import { assembleSteps, bandOf, differentSubjects } from "./measured.js";
import { assembleBands, bandsEach } from "./bands.js";
import { composeRank } from "./rank.js";
import { rankBeside } from "./shares.js";
import { assembleBoth } from "./sides.js";
import { composeBeyond } from "./beyond.js";
import { composeCross } from "./cross.js";
import { settleBareAmounts, settleHalves } from "./bare.js";
import { floorOfSteps, otherSideOfBands } from "./zero-below.js";
import { fromNothing, requirementAwards, sameMatter } from "./other-matter.js";
import { bandDistance } from "./band-distance.js";
import { complementZeros } from "./complement.js";
import { splitCapped } from "./split-capped.js";
import { ANY_OF, composeVeto, listedDeduction } from "./veto-list.js";
import { byRole as by, conditionOf, type Statement } from "./statements.js";

export type { Composed };

/** A count of what was done late (每超时1件, 每超期1件, 每逾期1件). */
const LATE = /^(超时|超期|逾期|延期|延迟)/;
/** A time limit (1个工作日内办结). */
const TIME_LIMIT = /^(个工作日|工作日|天|日|小时|个月)$/;

/** Assembles the rule of an item from its statements; undefined when nothing scores. */
export function compose(item: ItemText, sts: Statement[]): Composed | undefined {
  settleHalves(item, sts);
  const assumed = settleBareAmounts(item, sts);
  const sides = complementZeros(item, sts);
  const bases = by(sts, "base");
  const composed = composeBeyond(item, sts, (i, s) => composeCross(i, s) ?? composeCore(i, s));
  const based = composed === undefined ? undefined : fromBase(item, bases, composed);
  // A base the rule cannot start from (two of them, above the points, a part that neither adds
  // nor deducts, sub-items): the lines are proposed on the item's points and the base is left
  // to the administrator.
  if (based === undefined)
    for (const b of bases)
      assumed.push(
        `“${b.text}”：规则不能从此基础分起加减，建议规则未包含基础分，按本项分值计（请人工核对：可在“多项合计”中填写基础分）`,
      );
  const c = based ?? composed;
  sides.forEach((z) => c?.used.add(z));
  if (c === undefined || assumed.length === 0) return c;
  const warn = (p: Proposal): Proposal => ({ ...p, warnings: [...(p.warnings ?? []), ...assumed] });
  return {
    ...c,
    proposal: warn(c.proposal),
    ...(c.split ? { split: c.split.map((x) => ({ ...x, proposal: warn(x.proposal) })) } : {}),
  };
}

/** The rule of the statements' roles (without the wrappers of beyond.ts). */
function composeCore(item: ItemText, sts: Statement[]): Composed | undefined {
  const used = new Set<Statement>();
  const use = (xs: Statement[]) => xs.forEach((s) => used.add(s));
  const max = item.max;
  const veto = by(sts, "veto");
  if (veto.length > 0) return composeVeto(veto, sts, max);
  const ranked = composeRank(item, by(sts, "rank"), sts);
  if (ranked !== undefined) return rankBeside(item, sts, ranked, composeCore) ?? ranked;
  const both = assembleBoth(item, sts);
  if (both !== undefined)
    return {
      proposal: done(
        both.built,
        both.stated ? 0.85 : 0.75,
        "阶梯计分（双向）：以基准值为界，每超过一档加分、每低一档扣分（请核对）",
        both.stated
          ? {}
          : {
              warnings: [
                "基准值或与基准持平时的得分未写明：暂按持平时得满分计（加分不超过满分），请核对",
              ],
            },
      ),
      used: new Set([...both.used, ...by(sts, "limit")]),
    };
  const split = splitCapped(item, sts, compose);
  if (split !== undefined) return split;

  // "X的扣0.2分，扣完为止" deducts per occurrence: 扣完为止 only makes sense for a repeated deduction.
  for (const s of sts)
    if (
      s.role === "deduct" &&
      s.action?.each !== true &&
      s.parts.some((p) => p.kind === "limit" && /扣完|为止/.test(item.text.slice(p.start, p.end)))
    )
      s.role = "count";
  // "每超1天扣0.2分" is a step above a ceiling only where one is stated (不超过5个工作日, 平均值);
  // otherwise what is over is counted.
  sts.forEach((s, i) => {
    if (
      s.role !== "step" ||
      s.action?.verb !== "deduct" ||
      !/^(天|日|个工作日|工作日|个月|小时|岁|周岁)$/.test(s.unit?.unit ?? "")
    )
      return;
    const near = [
      ...(sts[i - 1]?.parts ?? []),
      ...s.parts.filter((p) => p.start < (s.unit?.start ?? 0)),
    ];
    if (!near.some((p) => p.kind === "threshold" || p.kind === "mean")) s.role = "count";
  });
  // Counts each for its own band of one quantity (100人以内每10人…；101-500人每50人…): 分段阶梯.
  const counted = by(sts, "count");
  if (
    counted.length >= 2 &&
    new Set(counted.map((c) => `${c.unit?.unit}${c.action?.verb}`)).size === 1 &&
    counted.every((c) => bandOf(c) !== undefined) &&
    !differentSubjects(counted)
  )
    counted.forEach((c) => (c.role = "step"));
  // 公示率达到100%的得3分，每少公示1家扣0.5分: the whole done earns the item's points and each one
  // short costs — the award is the full-marks baseline of the count, not a band of its own. So
  // are 按时办结率达100%的得5分 and 1个工作日内办结的得3分 before 每超时/每超期1件扣 (0328).
  sts.forEach((t, i) => {
    const next = sts[i + 1];
    const late = LATE.test(next?.unit?.verb ?? "");
    const whole = t.parts.some(
      (p) =>
        p.kind === "threshold" &&
        ((p.unit === "%" && p.value === "100" && !/低|少|不足|超/.test(p.verb ?? "")) ||
          (late && /内/.test(p.verb ?? "") && TIME_LIMIT.test(p.unit ?? ""))),
    );
    if (
      t.role === "threshold" &&
      whole &&
      t.action?.verb === "award" &&
      max !== undefined &&
      minus(t.action.value ?? "0", max) === "0" &&
      next?.role === "count" &&
      (SHORT.test(next.unit?.verb ?? "") ||
        late ||
        // 整改率100%得6分；有一件差评未按期整改扣1分: each one of the same matter not done.
        (next.unit?.verb === "有" && sameMatter(t.text, next.text)))
    )
      t.role = "full";
  });
  const listed = listedRequirements(item, sts);
  if (listed !== undefined) return listed;
  // "达到95%的得满分" / "低于60%的不得分" beside other thresholds on the same value (or an else
  // branch) are the top and bottom bands, not a baseline and a gate.
  const banded = by(sts, "zero", "full").filter((s) =>
    s.parts.some((p) => p.kind === "threshold" && p.start < (s.action?.start ?? 0)),
  );
  if (
    by(sts, "step", "count").length === 0 &&
    (by(sts, "threshold").length > 0 || by(sts, "otherwise").length > 0) &&
    by(sts, "threshold").length + banded.length >= 2 - by(sts, "otherwise").length
  )
    banded.forEach((s) => (s.role = "threshold"));
  // 每月0.5分，逾期上报的当月不得分: the zero restates the share of a period, not a gate.
  if (by(sts, "count").some((c) => YEAR_PERIODS[c.unit?.unit ?? ""] !== undefined))
    for (const z of by(sts, "zero"))
      if (/[当该本](?:月|季度?|期|半年)/.test(z.text)) {
        z.role = "none";
        used.add(z);
      }
  const zero = by(sts, "zero");
  const disc = by(sts, "discretion");
  const deducts = by(sts, "deduct");
  const counts = by(sts, "count");
  const steps = by(sts, "step");
  const thresholds = by(sts, "threshold");
  const awards = by(sts, "award").filter(
    (s) => s.action?.verb === "award" || s.action?.verb === "bonus",
  );
  const full = by(sts, "full");
  const choice = choices(item, { full, zero, awards }, sts);
  if (choice !== undefined) return choice;
  const distance = bandDistance(item, sts);
  if (distance !== undefined) return distance;
  const others = deducts.length + counts.length + steps.length + disc.length + zero.length;
  // "…的记5分" next to deductions is the full-marks baseline, not a rule of its own — unless it
  // is a requirement met beside events counted (建立台账的得2分；被投诉的每次扣0.5分): earned
  // or not, then the events taken from it (other-matter.ts).
  const earned = requirementAwards(awards, counts, disc, max);
  const baseline = awards.filter(
    (a) =>
      a.action?.verb !== "bonus" &&
      others > 0 &&
      !earned.includes(a) &&
      (max === undefined || minus(a.action?.value ?? "0", max) === "0" || awards.length === 1),
  );
  const bonuses = awards.filter((a) => !baseline.includes(a));
  use([...full, ...baseline]);

  if (disc.length > 0) {
    use(disc);
    const alone = composeDiscretion(
      item,
      { disc, zero, deducts, counts, steps, baseline, full },
      used,
    );
    if (alone !== undefined) return alone;
  }
  // 酌情扣分 beside fixed deductions: one deduction pool (扣完为止 once) when all parts deduct.
  const pooled =
    disc.length > 0 &&
    disc.every((d) => d.parts.some((p) => p.kind === "discretion" && p.verb !== "bonus")) &&
    bonuses.length === 0;
  if (disc.length > 0 && !pooled) disc.forEach((d) => used.delete(d));

  const parts: Built[] = [];
  let confidence = 0.85;
  // What a part assumed, said beside the proposal (confidence says what is in doubt: 0325).
  const assumed: string[] = [];
  let each: Built[] | undefined;
  let belowBands: Built | undefined;
  // A range (在95%—105%区间的得2分) or a figure reached (覆盖率达到90%的得3分, 0341) beside other
  // awards is a band on its figure, not a yes/no — a time limit (5个工作日内) and «at least one»
  // (发展1名以上新党员: done or not) stay one.
  const ranged = thresholds[0]?.parts.some(
    (p) =>
      p.kind === "threshold" &&
      (p.verb === "range" ||
        (!WINDOW_UNITS.test(p.unit ?? "") &&
          (Number(p.value) > 1 || /[%％‰]|百分点/.test(p.unit ?? "")))),
  );
  if (steps.length > 0) {
    const s = assembleSteps(item, sts, steps);
    use(s.used);
    parts.push(...s.built);
    confidence = Math.min(confidence, s.confidence);
    assumed.push(...s.warnings);
  } else if ((each = bandsEach(item, thresholds)) !== undefined) {
    parts.push(...each);
    use(thresholds);
  } else if (
    thresholds.length >= 2 ||
    (thresholds.length === 1 && (bonuses.length === 0 || ranged))
  ) {
    const b = assembleBands(item, thresholds, by(sts, "otherwise")[0]);
    if (b !== undefined) {
      use([...thresholds, ...by(sts, "otherwise").slice(0, 1)]);
      parts.push(b);
      // 低于70%的扣5分: the item's points less a deduction, taken with the others (0341).
      if (thresholds.every((t) => t.action?.verb === "deduct" || t.action?.verb === "zero"))
        belowBands = b;
    }
  }
  const restated =
    baseline.length === 1 &&
    deducts.length === 1 &&
    counts.length + steps.length === 0 &&
    max !== undefined &&
    minus(deducts[0]?.action?.value ?? "0", max) === "0" &&
    minus(baseline[0]?.action?.value ?? "0", max) === "0";
  if (restated) {
    // "X的得1分；未X的扣1分": the deduction restates the award.
    use(deducts);
    parts.push(
      buildChecklist("award", [{ label: conditionOf(baseline[0] as Statement), points: max }]),
    );
  } else if (counts.length + deducts.length > 0) {
    const listed = deducts.length > 0 && counts.length === 0;
    const eachItem =
      counts.length > 0 &&
      counts.every((c) => c.unit?.unit === "项" && requirementsOf(c).length >= 2);
    if (listed || eachItem) {
      const reqs = [...deducts, ...counts].flatMap((x) => {
        const listed = listedDeduction(x, sts, max);
        if (listed === undefined) return requirementsOf(x, max);
        use(listed.lines);
        return [listed.requirement];
      });
      parts.push(buildChecklist("deduct", reqs, "c"));
      // A requirement not met (未配备…的扣1分) is so once; an event (被通报的扣1分) may recur, so
      // reading its deduction as one-off is doubted.
      // 无…/缺少… state a requirement not met too (无工作方案的), not 无故/无正当理由 (an event).
      const unmet = (l: string) =>
        /未|没有|缺少|缺乏|^无(?!故|正当)/.test(l) && !/^(发生|出现|被|受到|因)/.test(l);
      if (!reqs.every((r) => unmet(r.label) || ANY_OF.test(r.label)))
        confidence = Math.min(confidence, 0.75);
    } else {
      const c = assembleCounts(item, sts, counts, deducts);
      parts.push(...c.built);
      use(c.used);
    }
    use([...counts, ...deducts]);
  }
  const awardReqs = [
    ...bonuses,
    ...(parts.length === 0 ? thresholds.filter((t) => !used.has(t)) : []),
  ];
  if (awardReqs.length > 0) {
    const reqs = awardReqs.map((a) => ({
      label: conditionOf(a) || a.text,
      points: a.action?.value ?? "0",
    }));
    const total = reqs.reduce((acc, r) => acc + Number(r.points), 0);
    const exclusive =
      reqs.length >= 2 &&
      max !== undefined &&
      total > Number(max) &&
      reqs.every((r) => Number(r.points) <= Number(max));
    if (exclusive) parts.push(buildOption([...reqs, { label: "其他", points: "0" }], max));
    else if (parts.length > 0 && awardReqs.every((a) => a.unit === undefined))
      parts.push(buildChecklist("award", reqs, "b"));
    else if (parts.length === 0) parts.push(buildChecklist("award", reqs));
    use(awardReqs);
  }
  let gate: Proposal["gate"];
  let gateFacts: Built["facts"] = [];
  let floored: Built[] | undefined;
  if (zero.length > 0) {
    use(zero);
    if (parts.length === 0) {
      // The yes/no is named by what earns the points (达到100%的得满分), else by the zero's clear.
      const earns = baseline[0] ?? full.find((f) => conditionOf(f).length >= 2);
      const label = earns !== undefined ? conditionOf(earns) : clearOf(zero.map(conditionOf));
      parts.push(buildChecklist("award", [{ label, points: max ?? "0" }]));
      confidence = Math.min(confidence, 0.8);
    } else if ((floored = floorOfSteps(zero, parts)) !== undefined) {
      parts.splice(0, parts.length, ...floored);
    } else if (!otherSideOfBands(zero, parts)) {
      const g = buildGate(zero.map(conditionOf));
      gate = g.gate;
      gateFacts = [g.fact];
    }
  }
  if (parts.length === 0 && baseline.length > 0) {
    parts.push(
      buildChecklist(
        "award",
        baseline.map((a) => ({ label: conditionOf(a), points: a.action?.value ?? "0" })),
      ),
    );
    confidence = 0.6;
  }
  if (pooled && parts.length > 0) {
    parts.push(rangedDiscretion("discretionaryDeduction", max, disc));
    confidence = Math.min(confidence, 0.75);
    // What is left open is the assessor's part: say which (0325).
    const open = disc.map((d) => conditionOf(d) || d.text).join("；");
    assumed.push(`“${open}”酌情扣分：扣多少由考核人员在本项分值内酌定，与其他扣分共用本项分值`);
  } else if (pooled) disc.forEach((d) => used.delete(d));
  const built = fromNothing(
    pooled && parts.length >= 2 ? pool(parts) : combine(parts, belowBands),
    steps.length > 0 ? [] : thresholds.filter((t) => used.has(t)),
    [...counts, ...deducts],
    earned.length > 0,
  );
  if (built === undefined) return undefined;
  use(by(sts, "exempt", "limit"));
  const withGate = { ...built, facts: [...built.facts, ...gateFacts] };
  return {
    proposal: done(withGate, confidence, explain(built), {
      ...(gate !== undefined ? { gate } : {}),
      ...(assumed.length > 0 ? { warnings: assumed } : {}),
    }),
    used,
  };
}
