/**
 * 多项合计: the sum of several rules on one item (9.3: 投保率分档 + 全县首个完成), or with a
 * `base` (基础分60分，……每项加2分；……每次扣1分) the base plus each part's change: an addition
 * part adds its addition, a deduction part takes its deduction (sum-base.ts, docs/decisions/0299).
 * With `shares` (本项10分 = 办件6分 + 排名4分) each part is scored as an item of its own share's
 * points and kept within [0, share], so a part's deduction never takes another part's points
 * (docs/decisions/0328).
 */
import { z } from "zod";
import { constant, ZERO, type Decimal } from "../../decimal.js";
import { decimalText } from "../../facts/declaration.js";
import { ruleDocSchema, type RuleDoc } from "../../scheme/schema.js";
import { n } from "../../text.js";
import { beyondOf, defineKind, type Candidate, type Outcome, type RuleProblem } from "../kind.js";
import { candidates } from "../improve-values.js";
import { points as pointsText } from "../wording.js";
import { startOf } from "./sum-base.js";

const params = z
  .object({
    /**
     * 基础分: the score before any part adds or deducts; without it the parts' scores are added.
     * First, so the editor shows it above the parts.
     */
    base: decimalText.optional(),
    parts: z.array(ruleDocSchema).min(1),
    /**
     * 各部分分值: each part's own points, in the parts' order; a part is scored within them. Not
     * with a base (a base moves one score; shares split it).
     */
    shares: z
      .array(z.object({ points: decimalText }).strict())
      .min(2)
      .optional(),
  })
  .strict()
  .refine((p) => p.base !== undefined || p.parts.length >= 2, {
    message: "至少需要 2 条子规则（设了基础分时可只有 1 条）",
    path: ["parts"],
  });

/** A part's change under a base, in words for the end of its trace line. */
function changeWords(change: Decimal): string {
  if (change.isZero()) return "此项不加减分";
  return change.isPositive() ? `此项加 ${n(change)} 分` : `此项扣 ${n(change.negated())} 分`;
}

/** The base, what the parts added and what they took: 基础分 60 分，加 4 分，扣 2 分. */
function baseLine(base: Decimal, added: Decimal, taken: Decimal): string {
  const moves = [
    ...(added.isZero() ? [] : [`加 ${n(added)} 分`]),
    ...(taken.isZero() ? [] : [`扣 ${n(taken)} 分`]),
  ];
  return `基础分 ${n(base)} 分，${moves.length === 0 ? "无加减分" : moves.join("，")}`;
}

type Params = z.output<typeof params>;

/** A part's own points (its share), or undefined when the parts share the item's points. */
function shareOf(p: Params, i: number): Decimal | undefined {
  const share = p.shares?.[i]?.points;
  return share === undefined ? undefined : constant(share);
}

/** A part's outcome kept within [0, its share], saying so as the walk does for an item. */
function within(o: Outcome, share: Decimal | undefined): Outcome {
  if (share === undefined) return o;
  const trace = [...o.trace];
  const last = trace.length - 1;
  const say = (score: Decimal, words: string): Outcome => {
    if (last >= 0) trace[last] = `${trace[last] as string}，${words}`;
    return { ...o, score, trace };
  };
  if (o.score.isNegative()) return say(ZERO, `本部分扣完为止`);
  if (o.score.greaterThan(share))
    return say(share, `超过本部分分值 ${n(share)} 分，按 ${n(share)} 分计`);
  return o;
}

/** What is wrong with the shares against the parts and the item's points. */
function sharesProblems(p: Params, max: Decimal): RuleProblem[] {
  const shares = p.shares ?? [];
  const out: RuleProblem[] = [];
  if (p.base !== undefined)
    out.push({
      at: "shares",
      code: "shares_with_base",
      message: "设了基础分时不能再设各部分分值：基础分与各部分分值只能选一种",
    });
  if (shares.length !== p.parts.length)
    out.push({
      at: "shares",
      code: "shares_count",
      message: `各部分分值有 ${shares.length} 个，子规则有 ${p.parts.length} 条：每条子规则须有一个分值`,
    });
  if (shares.some((s) => constant(s.points).isNegative()))
    out.push({ at: "shares", code: "share_below_zero", message: "各部分分值不能小于 0 分" });
  const total = shares.reduce((t, s) => t.plus(constant(s.points)), ZERO);
  if (total.greaterThan(max))
    out.push({
      at: "shares",
      code: "shares_above_max",
      message: `各部分分值合计 ${n(total)} 分，超过本项分值 ${n(max)} 分`,
    });
  return out;
}

/** Composite sum kind. */
export const sum = defineKind({
  id: "sum",
  name: "多项合计",
  description:
    "本项得分为几条子规则得分之和（例如分档加分再加“首个完成”加分）；设了基础分时，从基础分起加上加分、减去扣分，得分在 0 至本项分值之间；设了各部分分值时，每条子规则在其分值内计分，扣分不超过该部分分值。",
  params,
  refs: () => [],
  nested: (p) => p.parts.map((rule, i) => ({ at: `parts[${i}]`, rule })),
  evaluate(p, env) {
    const base = p.base === undefined ? undefined : constant(p.base);
    let total = ZERO;
    let added = ZERO;
    let taken = ZERO;
    const trace: string[] = [];
    const outcomes: Outcome[] = [];
    for (let i = 0; i < p.parts.length; i++) {
      const share = shareOf(p, i);
      // Under a base a part's award is added to it (加), whatever the item's kind.
      const o = within(env.run(`parts[${i}]`, share, base !== undefined), share);
      outcomes.push(o);
      const last = o.trace.length - 1;
      for (let j = 0; j < last; j++) trace.push(o.trace[j] as string);
      if (base === undefined) {
        total = total.plus(o.score);
        if (last >= 0) trace.push(`${o.trace[last] as string}，计 ${o.score.toFixed()} 分`);
        continue;
      }
      // Validated (check): every part under a base has a start.
      const change = o.score.minus(startOf(p.parts[i] as RuleDoc, env.item.max) ?? ZERO);
      if (change.isPositive()) added = added.plus(change);
      else taken = taken.minus(change);
      if (last >= 0) trace.push(`${o.trace[last] as string}；${changeWords(change)}`);
    }
    if (base !== undefined) {
      total = base.plus(added).minus(taken);
      trace.push(baseLine(base, added, taken));
    }
    const beyond = beyondOf(outcomes);
    return beyond === undefined ? { score: total, trace } : { score: total, trace, beyond };
  },
  check(p, item) {
    if (p.shares !== undefined) return sharesProblems(p, item.max);
    if (p.base === undefined) return [];
    const out: RuleProblem[] = [];
    const base = constant(p.base);
    if (base.isNegative())
      out.push({ at: "base", code: "base_below_zero", message: "基础分不能小于 0 分" });
    else if (base.greaterThan(item.max))
      out.push({
        at: "base",
        code: "base_above_max",
        message: `基础分 ${n(base)} 分超过本项分值 ${n(item.max)} 分`,
      });
    p.parts.forEach((rule, i) => {
      if (startOf(rule, item.max) === undefined)
        out.push({
          at: `parts[${i}]`,
          code: "part_not_signed",
          message: `设了基础分时，子规则须是加分或扣分的规则：第 ${i + 1} 条子规则既不是加分也不是扣分，不能从基础分起加减`,
        });
    });
    return out;
  },
  explain(p, env) {
    if (p.shares !== undefined) {
      const each = p.parts.map((rule, i) => {
        const share = p.shares?.[i]?.points ?? "0";
        return `（${i + 1}）本部分 ${pointsText(share)}：${env.explain(rule, share)}`;
      });
      return `以下各部分得分相加，各部分在本部分分值内计分（扣分不超过本部分分值）：${each.join("；")}`;
    }
    if (p.base === undefined)
      return `以下各项得分相加：${p.parts.map((rule, i) => `（${i + 1}）${env.explain(rule)}`).join("；")}`;
    const each = p.parts.map(
      (rule, i) => `（${i + 1}）${env.explain(rule, undefined, true).replace(/，扣完为止$/, "")}`,
    );
    return `基础分 ${pointsText(p.base)}，在此基础上加分、扣分：${each.join("；")}；加减后低于 0 分的按 0 分计，超过满分的按满分计`;
  },
  improve(p, env) {
    // Every part's candidates; when no part has any, the first part's reason. Under a base a
    // part's change moves with its score, so the same candidates lift the item.
    const list: Candidate[] = [];
    let reason: string | undefined;
    for (let i = 0; i < p.parts.length; i++) {
      const sub = env.improveNested(`parts[${i}]`, shareOf(p, i));
      if ("candidates" in sub) list.push(...sub.candidates);
      else reason ??= sub.reason;
    }
    return list.length === 0 && reason !== undefined ? { reason } : candidates(list);
  },
  lessen(p, env) {
    // Taken from the total: every part's changes that lower it.
    const list: Candidate[] = [];
    let reason: string | undefined;
    for (let i = 0; i < p.parts.length; i++) {
      const sub = env.lessenNested(`parts[${i}]`, shareOf(p, i));
      if ("candidates" in sub) list.push(...sub.candidates);
      else reason ??= sub.reason;
    }
    return list.length === 0 && reason !== undefined ? { reason } : candidates(list);
  },
});
