/**
 * 按名次计分: a cross-unit rule — units are ranked on a fact over the whole round (ties share a
 * rank) and the rank earns (or costs) points: 前3名加2分, 末位扣1分 with `order: "asc"`.
 */
import { z } from "zod";
import { constant, Decimal, ZERO } from "../../decimal.js";
import { decimalText } from "../../facts/declaration.js";
import { fact, n } from "../../text.js";
import { defineKind } from "../kind.js";
import { points as pointsOf } from "../wording.js";

const params = z
  .object({
    fact: z.string().min(1),
    /** `desc`: the highest value is rank 1; `asc`: the lowest is. */
    order: z.enum(["desc", "asc"]),
    /** Rank ≤ upTo earns `points`; the first matching entry (smallest upTo) applies. */
    awards: z
      .array(z.object({ upTo: z.number().int().min(1), points: decimalText }).strict())
      .min(1),
    mode: z.enum(["award", "deduct"]).default("award"),
    /**
     * Points linear in rank: each place after the last listed one earns this much less than the
     * place before it, never below 0 (第1名得10分，此后每后退1名少0.5分; 每进1名扣0.1分 with `asc`).
     */
    perPlace: decimalText.optional(),
  })
  .strict();

/** Rank-based kind; its round context is `{ values: string[] }`, every candidate's value. */
export const rank = defineKind({
  id: "rank",
  name: "按名次计分",
  description: "跨单位规则：按某项数值在本轮所有单位中的名次加分或扣分，并列同名次。",
  params,
  refs: (p) => [{ ref: p.fact, at: "fact", accepts: ["number"] }],
  crossUnit: {
    collect: (p, env) => {
      const v = env.has(p.fact) ? env.get(p.fact) : undefined;
      return v instanceof Decimal ? v.toFixed() : undefined;
    },
    combine: (_p, values) => ({ values: values.filter((v): v is string => typeof v === "string") }),
  },
  evaluate(p, env) {
    const v = env.has(p.fact) ? env.get(p.fact) : undefined;
    const decl = env.decl(p.fact);
    if (!(v instanceof Decimal))
      return {
        score: p.mode === "deduct" ? env.item.max : ZERO,
        trace: [`${decl.label}：未填写，不参与排名`],
      };
    const values = (
      (env.context as { values?: string[] } | undefined)?.values ?? [v.toFixed()]
    ).map((s) => new Decimal(s));
    const better = values.filter((o) =>
      p.order === "desc" ? o.greaterThan(v) : o.lessThan(v),
    ).length;
    const place = better + 1;
    const sorted = [...p.awards].sort((a, b) => a.upTo - b.upTo);
    const listed = sorted.find((a) => place <= a.upTo);
    const last = sorted[sorted.length - 1];
    let points = listed === undefined ? ZERO : constant(listed.points);
    let linear = "";
    if (listed === undefined && p.perPlace !== undefined && last !== undefined) {
      const less = constant(p.perPlace).times(place - last.upTo);
      points = Decimal.max(ZERO, constant(last.points).minus(less));
      linear = `（第 ${last.upTo} 名 ${last.points} 分，此后每后 1 名少 ${p.perPlace} 分）`;
    }
    const award = listed ?? (points.isZero() ? undefined : last);
    const verb = p.mode === "deduct" ? "扣" : "加";
    const line = `${fact(decl, v)}，在本轮 ${values.length} 个单位中排第 ${place} 名，${award === undefined ? `不${verb}分` : `${verb} ${n(points)} 分`}${linear}`;
    return { score: p.mode === "deduct" ? env.item.max.minus(points) : points, trace: [line] };
  },
  explain(p, env) {
    const verb = p.mode === "deduct" ? "扣" : "加";
    const order = p.order === "desc" ? "数值高者在前" : "数值低者在前";
    const each = [...p.awards]
      .sort((a, b) => a.upTo - b.upTo)
      .map((a) => `${a.upTo === 1 ? "第 1 名" : `前 ${a.upTo} 名`}${verb} ${pointsOf(a.points)}`);
    const linear =
      p.perPlace === undefined
        ? ""
        : `，此后每后退 1 名少${verb} ${pointsOf(p.perPlace)}（最少 0 分）`;
    const tail = `${linear}${p.mode === "deduct" ? "，扣完为止" : ""}`;
    return `按${env.label(p.fact)}在本轮所有单位中排名（${order}，并列同名次），${each.join("、")}${tail}`;
  },
});
