/**
 * Counted rules assembled from statements: 按次计分 terms (每次/每例/一项…扣N分), one-off deductions
 * counted 0/1 beside them, 数量不足扣分 when a shortfall has a stated quota, per-event exemptions,
 * and 逐项达标 over requirements listed before "一项未达标扣N分" or named with 各/每一项.
 */
import { requirementsOf as requirementLabels } from "../requirements.js";
import { labelOf, type ItemText, type Proposal } from "../proposal.js";
import type { Part } from "./parts.js";
import {
  buildChecklist,
  buildExemptEvents,
  buildGate,
  buildOccurrences,
  buildQuota,
  done,
  type Built,
  type Composed,
  type Requirement,
  type Term,
} from "./build.js";
import { parseDecimal } from "@kaoping/engine";
import { sameMeasure } from "./measured.js";
import { periodOnce, perPeriod, periodQuota, YEAR_SHORT } from "./per-period.js";
import { perMany } from "./per-many.js";
import { termOf } from "./count-term.js";
import { byRole as by, conditionOf, type Statement } from "./statements.js";

/** A shortfall: 少, 缺, 少报, 少核查 (the act after it), 未完成, 减少. */
export const SHORT = /^(少|缺|未完成|减少)/;

/** The periods of a year a share is written per (每季度1.5分, 每月0.5分). */
export const YEAR_PERIODS: Readonly<Record<string, string>> = { 月: "12", 季度: "4", 半年: "2" };

/**
 * 每季度1.5分 / 每月0.5分 where the year's periods make up the item's points: a share per period,
 * so each period short of the year costs its share (数量不足扣分 of the periods).
 */
function periodShare(item: ItemText, c: Statement): Built | undefined {
  const unit = c.unit?.unit ?? "";
  const periods = YEAR_PERIODS[unit];
  const points = c.action?.value;
  if (periods === undefined || points === undefined || c.action?.verb === "deduct")
    return undefined;
  const whole = parseDecimal(points)?.times(periods);
  if (whole === undefined || item.max === undefined || !whole.equals(item.max)) return undefined;
  return buildQuota(periods, points, `${conditionOf(c)}（按要求完成的${unit}数）`, unit);
}

/** Requirements of a deduction statement: one, or one per listed thing with 各 / 每一项. */
export function requirementsOf(s: Statement, max?: string): Requirement[] {
  const points = s.action?.value ?? max ?? "0";
  const cond = conditionOf(s);
  const each = s.action?.each === true || (s.unit?.unit === "项" && /^(无|未|缺|没有)/.test(cond));
  if (!each) return [{ label: cond, points, when: true }];
  // "A的，B的，C的，各扣1分": the conditions before the action, one each.
  const before = s.text.slice(0, (s.action?.start ?? s.end) - s.start);
  let list = (s.action?.each === true ? before : "")
    .split(/,/)
    .map((c) => c.replace(/(的|者)$/, "").trim())
    .filter((c) => c !== "");
  if (list.length < 2) {
    const lead = /^(无|未|缺|没有)/.exec(cond)?.[0] ?? "";
    list = cond
      .slice(lead.length)
      .split(/[、和]/)
      .filter((c) => c !== "")
      .map((c) => `${lead}${c}`);
  }
  return list.map((label) => ({ label, points, when: true }));
}

/** The threshold part of a quota stated for a shortfall count: 不少于N / 完成N条 before it (and after `from`). */
function quotaPart(sts: Statement[], s: Statement, from = 0): Part | undefined {
  if (!SHORT.test(s.unit?.verb ?? "")) return undefined;
  for (const t of sts) {
    const q = t.parts.find(
      (p) =>
        p.kind === "threshold" &&
        /不少于|至少|达到|少于|不足|低于|^$/.test(p.verb ?? "") &&
        p.unit !== "%" &&
        sameMeasure(p, s.unit) &&
        p.start >= from &&
        p.start < (s.unit?.start ?? 0),
    );
    if (q?.value !== undefined) return q;
  }
  return undefined;
}

/**
 * A shortfall below its quota: 数量不足扣分 per unit short, or steps below the quota when a step
 * counts several units (不足500份的，每少100份扣0.2分). Named by the words before the quota.
 */
function shortfall(item: ItemText, c: Statement, q: Part): Built {
  // The quota may be stated in a statement before the count (每月不少于1次；每少1次扣0.2分):
  // its words run from that statement's start.
  const from = q.start < c.start ? item.text.lastIndexOf(";", q.start) + 1 : c.start;
  const stated = item.text
    .slice(from, q.start)
    .replace(/^(?:要求|应当|应|须|必须)/, "")
    .replace(/^[\d.、]+(?![\d.]*(?:个)?(?:工作日|日|天|月|年|周|小时|周岁|岁))/, "")
    .replace(/^(全年|每年|年内|其中)/, "")
    .replace(/(不少于|至少|少于|不足|低于|达到|达|完成|为)$/, "");
  const act = q.verb === "至少" ? (q.against ?? "") : "";
  // 每半年开展一次…，全年不少于2次: a quota stated for the year is not multiplied by the period.
  const annual = /(?:全年|每年|年度|年内)(?:累计|共计?|合计)?$/.test(stated);
  const period = annual ? undefined : perPeriod(stated);
  const yearly = stated
    .replace(/^每(?:个)?(?:半年|季度?|月)度?/, "")
    .replace(/,?(?:全年|每年|年度|年内)(?:累计|共计?|合计)?$/, "");
  const named =
    period !== undefined ? `全年${period.rest}${act}` : `${annual ? yearly : stated}${act}`;
  const label = named.length >= 2 ? named : conditionOf(c);
  const unit = c.unit?.unit ?? "";
  const step = c.unit?.value ?? "1";
  const points = c.action?.value ?? "0";
  // 每周至少更新1次: a year's weeks are not the 细则's to assume — what is short is entered.
  if (period === undefined && /每(?:个)?(?:周|天|日|旬|工作日)/.test(stated)) {
    const clause =
      item.text.slice(c.start, q.end) + (/^[^,;。]*/.exec(item.text.slice(q.end))?.[0] ?? "");
    const what = labelOf(clause, "要求").slice(0, 22);
    return buildOccurrences("deduct", [
      { label: `${what}（所少${unit || "次"}数）`, unit, points },
    ]);
  }
  const figure = parseDecimal(q.value ?? "0");
  const quota =
    period === undefined || figure === undefined
      ? (q.value ?? "0")
      : figure.times(period.times).toString();
  // Each period must meet it (0341) unless the shortfall is counted over the year (全年每少…).
  if (step === "1" && period !== undefined && figure !== undefined && !YEAR_SHORT.test(c.text))
    return periodQuota(`${period.rest}${act}`, period, figure, unit, points);
  if (step === "1") return buildQuota(quota, points, label, unit);
  return {
    rule: {
      kind: "steps",
      value: { fact: "done" },
      direction: "below",
      from: quota,
      step,
      points,
      rounding: "up",
    },
    facts: [
      {
        name: "done",
        type: "int",
        label: labelOf(label, "完成数量"),
        ...(unit !== "" ? { unit } : {}),
      },
    ],
  };
}

/**
 * Two or more shortfalls in one item, each with its own quota (配备不少于3人，每少1人扣0.5分；
 * 培训不少于4次，每少1次扣1分): a quota each — its quota is stated after the count before it —
 * and the other counts as 按次计分; the parts are summed (多项合计).
 */
function quotas(
  item: ItemText,
  sts: Statement[],
  counts: Statement[],
): { built: Built[]; used: Statement[] } | undefined {
  if (counts.length < 2) return undefined;
  const found = counts.map((c, i) => {
    const q = c.action?.verb === "deduct" ? quotaPart(sts, c, counts[i - 1]?.end ?? 0) : undefined;
    return { c, q };
  });
  if (found.filter((f) => f.q !== undefined).length === 0) return undefined;
  const out: Built[] = [];
  const rest = found.filter((f) => f.q === undefined).map((f) => f.c);
  for (const { c, q } of found) if (q !== undefined) out.push(shortfall(item, c, q));
  for (const mode of ["deduct", "award"] as const) {
    const terms = rest
      .filter((c) => (c.action?.verb === "deduct") === (mode === "deduct"))
      .map((c) => termOf(c));
    if (terms.length > 0) out.push(buildOccurrences(mode, terms));
  }
  return {
    built: out,
    used: holding(
      sts,
      found.map((f) => f.q),
    ),
  };
}

/** The statements a quota was read from (a clause read into a quota is used: decision 0325). */
function holding(sts: Statement[], parts: (Part | undefined)[]): Statement[] {
  return sts.filter((t) => parts.some((p) => p !== undefined && t.parts.includes(p)));
}

/**
 * Counts and one-off deductions as 按次计分 (or 数量不足扣分 for one shortfall with a quota), with
 * the statements other than the counts and deductions that were read (a quota's).
 */
export function assembleCounts(
  item: ItemText,
  sts: Statement[],
  counts: Statement[],
  deducts: Statement[],
): { built: Built[]; used: Statement[] } {
  const first = counts[0];
  const share = first !== undefined && counts.length === 1 && deducts.length === 0;
  const period = share ? periodShare(item, first) : undefined;
  if (period !== undefined) return { built: [period], used: [] };
  if (counts.length === 1 && deducts.length === 0 && first !== undefined) {
    const quota = quotaPart(sts, first);
    if (quota !== undefined && first.action?.verb === "deduct")
      return { built: [shortfall(item, first, quota)], used: holding(sts, [quota]) };
    const once = periodOnce(item.text, sts, first);
    if (once !== undefined) return { built: [once.built], used: [once.from] };
  }
  const several = deducts.length === 0 ? quotas(item, sts, counts) : undefined;
  if (several !== undefined) return several;
  return { built: countedTerms(item, sts, counts, deducts), used: [] };
}

/** 不重复扣分, per-event exemptions, else the counts and one-off deductions as 按次计分 terms. */
function countedTerms(
  item: ItemText,
  sts: Statement[],
  counts: Statement[],
  deducts: Statement[],
): Built[] {
  const out: Built[] = [];
  const first = counts[0];
  const again = notAgain(sts, counts, deducts);
  if (again !== undefined) return [again];
  const exempt = first?.parts.find((p) => p.kind === "exempt" && p.verb !== "notAgain");
  if (counts.length === 1 && deducts.length === 0 && first !== undefined && exempt !== undefined) {
    const inner = /\(([^()]*)\)/.exec(item.text.slice(first.start, exempt.end))?.[1] ?? "";
    const words = inner
      .replace(/的?,?(不扣分|不加分|不奖分|可不扣分|免于扣分)$/, "")
      .split(",")
      .slice(-2)
      .join(",");
    return [
      buildExemptEvents(
        first.action?.verb === "deduct" ? "deduct" : "award",
        termOf(first, item.max),
        words,
      ),
    ];
  }
  for (const mode of ["deduct", "award"] as const) {
    // The terms in the order the sentence states them, one-off deductions among the counts.
    const lines = [
      ...counts.filter((c) => (c.action?.verb === "deduct") === (mode === "deduct")),
      ...(mode === "deduct" ? deducts : []),
    ]
      .sort((a, b) => a.start - b.start)
      .filter((l) => {
        // 每办理20件加0.1分: steps of that many, a part of its own.
        const many = perMany(item.text, l, `many${out.length + 1}`);
        if (many !== undefined) out.push(many);
        return many === undefined;
      });
    const terms: Term[] = lines.flatMap((l) =>
      l.role === "deduct"
        ? requirementsOf(l, item.max).map((r) => ({
            label: r.label,
            unit: "",
            points: r.points,
            once: true,
          }))
        : [termOf(l, item.max)],
    );
    if (terms.length > 0) out.push(buildOccurrences(mode, terms));
  }
  return out;
}

const UNMET = /^(未|不|没有)(达标|符合|合格|完成|到位|达到|落实|执行|开展|建立|做到)/;

/** "一项未达标扣2分" after a list of requirements: 逐项达标 over the requirements listed before it. */
export function listedRequirements(item: ItemText, sts: Statement[]): Composed | undefined {
  const at = sts.findIndex(
    (s) =>
      s.role === "count" &&
      s.unit?.unit === "项" &&
      UNMET.test(item.text.slice(s.unit.end, s.action?.start ?? s.end)),
  );
  const s = sts[at];
  if (
    s === undefined ||
    sts.some((x, i) => i > at && ["count", "deduct", "step", "award", "threshold"].includes(x.role))
  )
    return undefined;
  const before = sts.slice(0, at);
  // The list sits before the statement, or in it before its unit (A、B、C三项工作，每有一项未开展的…).
  const earlier = requirementLabels(item.text.slice(0, s.start));
  const labels =
    earlier.length > 0
      ? earlier
      : requirementLabels(item.text.slice(s.start, s.unit?.start ?? s.start));
  // 有一项不达标扣0.5分 after one thing named (各项指标, 建设标准) counts the items not met, each
  // one (0333's 有一件) — a list needs two things named to be ticked off (0339).
  if (labels.length === 0 || (labels.length < 2 && s.unit?.verb === "有")) return undefined;
  const b = buildChecklist(
    "deduct",
    labels.map((label) => ({ label, points: s.action?.value ?? "0" })),
  );
  const used = new Set<Statement>([s, ...before, ...by(sts, "limit", "exempt")]);
  const zero = by(sts, "zero");
  const extra: Partial<Proposal> = {};
  if (zero.length > 0) {
    const g = buildGate(zero.map(conditionOf));
    extra.gate = g.gate;
    b.facts.push(g.fact);
    zero.forEach((z) => used.add(z));
  }
  return {
    proposal: done(
      b,
      0.8,
      `逐项达标扣分：识别出 ${labels.length} 项要求，每项未达标扣 ${s.action?.value ?? ""} 分（请核对要求的划分）`,
      extra,
    ),
    used,
  };
}

/** The field that names an event's problem, compared for 不重复扣分. */
export const ISSUE_FIELD = "issue";

/**
 * 不重复扣分: the counts become lists of events, each naming its problem. Within the item
 * (同一问题只扣一次) a problem counts once (`onePerKey`); across items (已在其他考核项目中扣分的,
 * 前项已扣分的) each term gets a `notAgain` whose lists are linked once the whole rubric is read
 * (`scope`: the item before, or every item before) — see linkNotAgain in import-rubric.ts.
 */
function notAgain(sts: Statement[], counts: Statement[], deducts: Statement[]): Built | undefined {
  const where = sts.find((s) => s.parts.some((p) => p.kind === "exempt" && p.verb === "notAgain"));
  if (where === undefined || counts.length === 0 || deducts.length > 0) return undefined;
  if (!counts.every((c) => c.action?.verb === "deduct")) return undefined;
  const scope = /前项|上项|前一项|上一项|前述/.test(where.text)
    ? "previous"
    : /其他|其它|别的|他项|以上各?项|各项|已在|在[^,;。]{1,16}?(?:项目|项|指标|部分)(?:中|内|里)?已(?:经)?(?:扣|计)/.test(
          where.text,
        )
      ? "others"
      : undefined;
  const named = /同一([^,;。的]{1,4}?)(?:不|只|仅|多次|重复)/.exec(where.text)?.[1];
  const label = named !== undefined && named.length <= 4 ? named : "问题";
  const terms = counts.map((c, i) => ({ t: termOf(c), name: `events${i + 1}` }));
  return {
    rule: {
      kind: "occurrences",
      mode: "deduct",
      terms: terms.map(({ t, name }) => ({
        fact: name,
        points: t.points,
        ...(t.cap !== undefined ? { cap: t.cap } : {}),
        ...(scope === undefined
          ? { onePerKey: ISSUE_FIELD }
          : { notAgain: { facts: [], field: ISSUE_FIELD, scope } }),
      })),
    } as unknown as Built["rule"],
    facts: terms.map(({ t, name }) => ({
      name,
      type: "list",
      label: labelOf(
        t.label.replace(/(?:人次|户次|[个项例次件条处起人户篇份])?数$/, ""),
        "发现的问题",
      ),
      ...(t.unit !== "" ? { unit: t.unit } : {}),
      required: false,
      fields: [{ name: ISSUE_FIELD, type: "text", label }],
    })),
  };
}
