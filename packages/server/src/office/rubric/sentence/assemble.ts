/**
 * A rule assembled from the statements of a scoring text. Each statement has a role (a step, a
 * count, a threshold, a fixed deduction or award, a zero, 酌情 …); the roles present decide the
 * kind: steps (阶梯), bands (分档), counts (按次/数量不足), requirement lists (逐项达标), options
 * (按选项) and discretion, several kinds together → 多项合计, parts with their own caps → separate
 * sub-items. 不得分 conditions next to another rule become the item's gate. The statements used
 * are returned so that the rest can be listed as not understood.
 */
import { minus, type ItemText, type Proposal } from "../proposal.js";
import {
  buildChecklist,
  buildDiscretion,
  buildGate,
  buildOption,
  done,
  prefixed,
  type Built,
  type Composed,
} from "./build.js";
import { assembleCounts, listedRequirements, requirementsOf } from "./counts.js";
import {
  assembleBands,
  assembleBoth,
  assembleRank,
  assembleSteps,
  bandOf,
  differentSubjects,
} from "./measured.js";
import { composeBeyond } from "./beyond.js";
import { composeCross } from "./cross.js";
import { byRole as by, conditionOf, type Statement } from "./statements.js";

export type { Composed };

/** A rule whose score is the item's points less a deduction (so two of them cannot be added). */
function deducts(rule: Built["rule"]): boolean {
  const r = rule as { kind: string; mode?: string; direction?: string };
  if (r.kind === "quota" || r.kind === "discretionaryDeduction") return true;
  if (r.kind === "occurrences" || r.kind === "checklist" || r.kind === "piecewise")
    return r.mode === "deduct";
  return r.kind === "steps" && (r.direction === "below" || r.direction === "over");
}

/**
 * The proposal for a set of built parts: one rule, or 多项合计. Each deduction rule scores the
 * item's points less its deduction, so two or more of them share the points in one 共用扣分 pool
 * (3 − 0.5 − 1, not 2.5 + 2); awards are added to it.
 */
function combine(parts: Built[]): Built | undefined {
  if (parts.length <= 1) return parts[0];
  const ps = parts.map((p, i) => prefixed(p, `p${i + 1}`));
  const taking = ps.filter((p) => deducts(p.rule));
  const facts = ps.flatMap((p) => p.facts);
  if (taking.length < 2) return { rule: { kind: "sum", parts: ps.map((p) => p.rule) }, facts };
  const shared = {
    kind: "pool",
    parts: taking.map((p) => ({ rule: p.rule })),
  } as unknown as Built["rule"];
  const rest = ps.filter((p) => !taking.includes(p));
  if (rest.length === 0) return { rule: shared, facts };
  return { rule: { kind: "sum", parts: [shared, ...rest.map((p) => p.rule)] }, facts };
}

/** Assembles the rule of an item from its statements; undefined when nothing scores. */
export function compose(item: ItemText, sts: Statement[]): Composed | undefined {
  return composeBeyond(item, sts, (i, s) => composeCross(i, s) ?? composeCore(i, s));
}

/** The rule of the statements' roles (without the wrappers of beyond.ts). */
function composeCore(item: ItemText, sts: Statement[]): Composed | undefined {
  const used = new Set<Statement>();
  const use = (xs: Statement[]) => xs.forEach((s) => used.add(s));
  const max = item.max;
  const veto = by(sts, "veto");
  if (veto.length > 0) {
    use(veto);
    const b = buildChecklist(
      "award",
      [{ label: "未发生一票否决事项", points: max ?? "0" }],
      "clear",
    );
    const cond =
      veto
        .map(conditionOf)
        .filter((c) => c !== "")
        .join("；") || "一票否决";
    return {
      proposal: done(b, 0.7, "一票否决：发生该事项时单位总分为 0", {
        gate: { fact: "clear1", pass: true, effect: "veto", reason: cond.slice(0, 200) },
      }),
      used,
    };
  }
  const ranks = by(sts, "rank");
  if (ranks.length > 0) {
    const r = assembleRank(item, ranks);
    if (r !== undefined) {
      use(ranks);
      // 按第3项得分排名: the engine ranks an entered value, not another item's computed score.
      const scored =
        /(?:第[\d.一二三四五六七八九十]+项|[^,;。]{2,12}?项|各项|本部分)(?:的)?(?:得分|分数|考核得分)/.exec(
          ranks.map((x) => x.text).join(","),
        );
      if (scored !== null)
        return {
          proposal: done(r, 0.5, "按名次计分：按名次得相应分数（请核对名次与分数）", {
            warnings: [
              `排名依据“${scored[0].replace(/^(按照|按|根据|依据|以)/, "")}”是其他项目计算出的得分，规则不能直接引用，暂按填报的数值排名：请填写该得分，或人工核对`,
            ],
          }),
          used,
        };
      return { proposal: done(r, 0.7, "按名次计分：按名次得相应分数（请核对名次与分数）"), used };
    }
  }
  const both = assembleBoth(item, sts);
  if (both !== undefined)
    return {
      proposal: done(
        both.built,
        0.75,
        "阶梯计分（双向）：以基准值为界，每超过一档加分、每低一档扣分（请核对）",
      ),
      used: new Set([...both.used, ...by(sts, "limit")]),
    };
  const split = splitCapped(item, sts);
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
  const others = deducts.length + counts.length + steps.length + disc.length + zero.length;
  // "…的记5分" next to deductions is the full-marks baseline, not a rule of its own.
  const baseline = awards.filter(
    (a) =>
      a.action?.verb !== "bonus" &&
      others > 0 &&
      (max === undefined || minus(a.action?.value ?? "0", max) === "0" || awards.length === 1),
  );
  const bonuses = awards.filter((a) => !baseline.includes(a));
  use([...full, ...baseline]);

  // 酌情 with a 0 / full choice is an option; otherwise it joins the fixed deductions or stands alone.
  if (disc.length > 0) {
    use(disc);
    const none = [
      ...zero,
      ...deducts.filter((d) => max !== undefined && minus(d.action?.value ?? "0", max) === "0"),
    ];
    if (none.length > 0 && counts.length + steps.length === 0) {
      use(none);
      const options = [
        {
          value: "full",
          label: baseline[0] !== undefined ? conditionOf(baseline[0]) : "完全做到",
          points: max ?? "0",
        },
        ...none.map((z, i) => ({
          value: i === 0 ? "none" : `none${i + 1}`,
          label: conditionOf(z),
          points: "0",
        })),
        ...disc.map((d, i) => ({
          value: i === 0 ? "partial" : `partial${i + 1}`,
          label: conditionOf(d),
          partial: true,
        })),
      ];
      return {
        proposal: done(
          buildOption(options, max),
          0.6,
          "按选项计分：完成得满分，未做到不得分，部分做到由考核人员酌情扣分",
        ),
        used,
      };
    }
    if (deducts.length + counts.length + steps.length === 0) {
      const deduct =
        disc.some((d) => d.parts.some((p) => p.kind === "discretion" && p.verb === "deduct")) ||
        baseline.length + full.length > 0;
      const kind = deduct ? "discretionaryDeduction" : "discretionary";
      use(zero);
      // 扣0.5-1分 / 加1至3分: 0, or an amount within the range.
      const range = disc
        .flatMap((d) => d.parts)
        .find((p) => p.kind === "discretion" && p.upper !== undefined);
      const b = buildDiscretion(kind, max, deduct ? "deduction" : "score");
      if (range?.value !== undefined && range.upper !== undefined && b.facts[0] !== undefined)
        b.facts[0] = { ...b.facts[0], min: range.value, max: range.upper, orZero: true };
      return {
        proposal: done(
          b,
          0.8,
          deduct ? "酌情扣分：由考核人员确定扣分" : "酌情打分：由考核人员在 0 至满分之间打分",
        ),
        used,
      };
    }
  }
  // 酌情扣分 beside fixed deductions: one deduction pool (扣完为止 once) when all parts deduct.
  const pooled =
    disc.length > 0 &&
    disc.every((d) => d.parts.some((p) => p.kind === "discretion" && p.verb !== "bonus")) &&
    bonuses.length === 0;
  if (disc.length > 0 && !pooled) disc.forEach((d) => used.delete(d));

  const parts: Built[] = [];
  let confidence = 0.85;
  if (steps.length > 0) {
    const s = assembleSteps(item, sts, steps);
    use(s.used);
    parts.push(...s.built);
    confidence = Math.min(confidence, s.confidence);
  } else if (thresholds.length >= 2 || (thresholds.length === 1 && bonuses.length === 0)) {
    const b = assembleBands(item, thresholds, by(sts, "otherwise")[0]);
    if (b !== undefined) {
      use([...thresholds, ...by(sts, "otherwise").slice(0, 1)]);
      parts.push(b);
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
      const reqs = [...deducts, ...counts].flatMap((x) => requirementsOf(x, max));
      parts.push(buildChecklist("deduct", reqs, "c"));
      confidence = Math.min(confidence, 0.75);
    } else parts.push(...assembleCounts(item, sts, counts, deducts));
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
  if (zero.length > 0) {
    use(zero);
    if (parts.length === 0) {
      const label =
        baseline[0] !== undefined
          ? conditionOf(baseline[0])
          : `无${zero.map(conditionOf).join("、")}`;
      parts.push(buildChecklist("award", [{ label, points: max ?? "0" }]));
      confidence = Math.min(confidence, 0.8);
    } else {
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
    const range = disc.flatMap((d) => d.parts).find((p) => p.upper !== undefined);
    const d = buildDiscretion("discretionaryDeduction", max, "deduction");
    if (range?.value !== undefined && range.upper !== undefined && d.facts[0] !== undefined)
      d.facts[0] = { ...d.facts[0], min: range.value, max: range.upper, orZero: true };
    parts.push(d);
    confidence = Math.min(confidence, 0.75);
  } else if (pooled) disc.forEach((d) => used.delete(d));
  const built = pooled && parts.length >= 2 ? pool(parts) : combine(parts);
  if (built === undefined) return undefined;
  use(by(sts, "exempt", "limit"));
  const withGate = { ...built, facts: [...built.facts, ...gateFacts] };
  return {
    proposal: done(withGate, confidence, explain(built), gate !== undefined ? { gate } : {}),
    used,
  };
}

/** 共用扣分: the parts deduct from one pool of the item's points. */
function pool(parts: Built[]): Built {
  const ps = parts.map((p, i) => prefixed(p, `p${i + 1}`));
  return {
    rule: { kind: "pool", parts: ps.map((p) => ({ rule: p.rule })) } as Built["rule"],
    facts: ps.flatMap((p) => p.facts),
  };
}

/** Sub-items: two or more scoring statements each with its own cap (最高扣10分 … 最高扣5分). */
function splitCapped(item: ItemText, sts: Statement[]): Composed | undefined {
  const capped = sts.filter(
    (s) =>
      s.cap !== undefined && ["count", "step", "deduct", "award", "threshold"].includes(s.role),
  );
  if (capped.length < 2) return undefined;
  const used = new Set<Statement>();
  const children: NonNullable<Composed["split"]> = [];
  let from = 0;
  for (const c of capped) {
    const end = sts.indexOf(c) + 1;
    const own = sts
      .slice(from, end)
      .filter((s) => s.role !== "award" || s === c || s.action?.verb === "bonus");
    from = end;
    const sub = compose(
      { ...item, max: c.cap, bonus: item.bonus || c.action?.verb === "bonus" },
      own,
    );
    if (sub === undefined) continue;
    sub.used.forEach((s) => used.add(s));
    children.push({
      max: c.cap,
      title: conditionOf(c).slice(0, 20) || `第${children.length + 1}部分`,
      proposal: sub.proposal,
      used: sub.used,
    });
  }
  const first = children[0];
  if (first === undefined) return undefined;
  return { proposal: first.proposal, used, split: children };
}

const names: Record<string, string> = {
  pool: "共用扣分",
  piecewise: "分段阶梯",
  vsMean: "与平均值比较",
  rank: "按名次计分",
  checklist: "逐项达标",
  occurrences: "按次计分",
  quota: "数量不足扣分",
  steps: "阶梯计分",
  bands: "分档计分",
  option: "按选项计分",
  sum: "多项合计",
};

/** A one-line explanation of an assembled rule. */
function explain(b: Built): string {
  const name = names[b.rule.kind] ?? b.rule.kind;
  return `${name}：由评分标准的条件、计数单位和计分动作组合得出（请核对）`;
}
