/**
 * 评议: ratings by several raters, averaged (optionally dropping the highest and lowest), and
 * weighted groups of raters. Each average is rounded to 2 places half-up before it is used —
 * the only rounding in the engine (docs/spec/templates.md rule 6).
 */
import { z } from "zod";
import { constant, Decimal, parseDecimal, round2, ZERO } from "../../decimal.js";
import { meanTexts } from "../../scaled.js";
import { decimalText } from "../../facts/declaration.js";
import type { FactRecord } from "../../facts/value.js";
import { n } from "../../text.js";
import { defineKind } from "../kind.js";
import { num } from "../wording.js";

const group = z.object({ fact: z.string().min(1), weight: decimalText.default("1") }).strict();
const params = z
  .object({
    groups: z.array(group).min(1),
    /** `highLow`: drop one highest and one lowest rating when there are at least 3. */
    drop: z.enum(["none", "highLow"]).default("none"),
  })
  .strict()
  .refine((p) => p.groups.reduce((acc, g) => acc.plus(constant(g.weight)), ZERO).equals(1), {
    message: "各评议组权重之和应为 1",
    path: ["groups"],
  });

/** The ratings of a fact: a list of numbers. */
function ratingsOf(value: unknown): Decimal[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is Decimal => v instanceof Decimal);
}

/**
 * The mean rounded to 2 places half-up, and the exact mean to 6 places when they differ: on
 * scaled integers when the ratings allow it (scaled.ts, exact), else on decimal.js. `texts` are
 * the ratings' canonical texts.
 */
function meanOf(
  values: readonly Decimal[],
  texts: readonly string[],
): { mean: Decimal; exactText: string | undefined } {
  const fast = meanTexts(texts);
  if (fast !== undefined)
    return { mean: parseDecimal(fast.mean) as Decimal, exactText: fast.exact };
  const exact = values.reduce((acc, v) => acc.plus(v), ZERO).dividedBy(values.length);
  const mean = round2(exact);
  return { mean, exactText: mean.equals(exact) ? undefined : n(exact.toDecimalPlaces(6)) };
}

/** Rater aggregation kind. */
export const ratings = defineKind({
  id: "ratings",
  improve: () => ({ reason: "此项为评议打分，得分来自评议人员，不能通过修改本单位的数据提高" }),
  name: "评议打分",
  description:
    "多人评议取平均分（可去掉一个最高分和一个最低分），可按评议组加权；平均分四舍五入保留两位小数。",
  params,
  refs: (p) =>
    p.groups.map((g, i) => ({ ref: g.fact, at: `groups[${i}].fact`, accepts: ["list"] as const })),
  evaluate(p, env) {
    let total = ZERO;
    const lines = new Array<string>(p.groups.length);
    for (let gi = 0; gi < p.groups.length; gi++) {
      const g = p.groups[gi] as (typeof p.groups)[number];
      const decl = env.decl(g.fact);
      let values = ratingsOf(env.get(g.fact) as FactRecord[] | Decimal[]);
      let texts = values.map(n);
      const all = texts.join("、");
      let dropped = "";
      if (p.drop === "highLow" && values.length >= 3) {
        const sorted = [...values].sort((a, b) => a.comparedTo(b));
        values = sorted.slice(1, -1);
        texts = values.map(n);
        dropped = `，去掉最高 ${n(sorted[sorted.length - 1] ?? ZERO)} 分和最低 ${n(sorted[0] ?? ZERO)} 分`;
      }
      if (values.length === 0) {
        lines[gi] = `${decl.label}：无评分，计 0 分`;
        continue;
      }
      const { mean, exactText } = meanOf(values, texts);
      const rounded = exactText === undefined ? "" : `（${exactText}… 四舍五入保留两位小数）`;
      const weight = constant(g.weight);
      total = total.plus(mean.times(weight));
      const weighted =
        p.groups.length > 1 ? `，权重 ${n(weight)}，计 ${n(mean.times(weight))} 分` : "";
      lines[gi] =
        `${decl.label} ${all}${dropped}，${values.length} 人平均 ${n(mean)} 分${rounded}${weighted}`;
    }
    return { score: total, trace: lines };
  },
  explain(p, env) {
    const mean = (ref: string) => `${env.label(ref)}的平均分`;
    const head =
      p.groups.length === 1
        ? `由评议人打分，取${mean(p.groups[0]?.fact ?? "")}`
        : `由各组评议人打分，得分为${p.groups.map((g) => `${mean(g.fact)} × ${num(g.weight)}`).join(" + ")}`;
    const drop = p.drop === "highLow" ? "，评议人不少于 3 人时去掉一个最高分和一个最低分" : "";
    return `${head}${drop}；平均分四舍五入保留两位小数`;
  },
});
