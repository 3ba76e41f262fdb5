/**
 * 按名次计分: a cross-unit rule — units are ranked on a fact, or on another item's score
 * (按第3项得分排名, `itemScore`, docs/decisions/0293), over the whole round (ties share a rank) and
 * the rank earns (or costs) points: 前3名得2分 (加2分 in a 加分 item), 末位扣1分 with `order: "asc"`.
 */
import { z } from "zod";
import { constant, Decimal, ZERO } from "../../decimal.js";
import { decimalText } from "../../facts/declaration.js";
import { fact, n } from "../../text.js";
import { defineKind, type Candidate, type RuleEnv } from "../kind.js";
import { awardVerb, points as pointsOf } from "../wording.js";
import { candidates, factTo } from "../improve-values.js";

const params = z
  .object({
    /** The entered fact ranked on (数据来源：填报数据)… */
    fact: z.string().min(1).optional(),
    /** …or the code of the item whose score is ranked on (数据来源：另一考核项得分). */
    itemScore: z.string().trim().min(1).max(50).optional(),
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
    /** Points of every place after the listed ones (其余得N分); not with `perPlace`. */
    rest: decimalText.optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if ((p.fact === undefined) === (p.itemScore === undefined))
      ctx.addIssue({
        code: "custom",
        path: ["fact"],
        message: "排名依据应为一项填报数据或另一考核项的得分（二者选一）",
      });
    if (p.perPlace !== undefined && p.rest !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["rest"],
        message: "「此后每名递减」与「其余名次分值」只能填一项",
      });
  });

type Params = z.output<typeof params>;
type Award = Params["awards"][number];

/**
 * The points a place earns (or costs): the first award it reaches, else the linear tail or the
 * rest's points.
 */
function pointsAt(
  p: Params,
  place: number,
): { points: Decimal; listed: Award | undefined; last: Award | undefined } {
  const sorted = [...p.awards].sort((a, b) => a.upTo - b.upTo);
  const listed = sorted.find((a) => place <= a.upTo);
  const last = sorted[sorted.length - 1];
  let points = listed === undefined ? ZERO : constant(listed.points);
  if (listed === undefined && p.perPlace !== undefined && last !== undefined) {
    const less = constant(p.perPlace).times(place - last.upTo);
    points = Decimal.max(ZERO, constant(last.points).minus(less));
  }
  if (listed === undefined && p.rest !== undefined) points = constant(p.rest);
  return { points, listed, last };
}

/**
 * How a rank's places are said. A deduction counted from the lowest value (末位扣2分, `asc` +
 * `deduct`) is said as a person reads it: the same ranking as the awards (数值高者在前), its places
 * counted from the bottom (倒数第 1 名, 后 3 名); other ranks count from the first (decision 0316).
 */
function placesSaid(p: Params) {
  const bottom = p.order === "asc" && p.mode === "deduct";
  const place = (k: number) => `${bottom ? "倒数" : ""}第 ${k} 名`;
  return {
    order: p.order === "desc" || bottom ? "数值高者在前" : "数值低者在前",
    /** In a trace: how the unit's place was counted. */
    way: p.order === "asc" && !bottom ? "按数值由低到高" : "",
    place,
    upTo: (k: number) => (k === 1 ? place(1) : `${bottom ? "后" : "前"} ${k} 名`),
    /** The places from `from` to `to` (第 2–3 名, 倒数第 4–6 名). */
    span: (from: number, to: number) =>
      from === to ? place(from) : `${bottom ? "倒数" : ""}第 ${from}–${to} 名`,
    onward: bottom ? "名次每靠前" : "每后退",
    bottom,
  };
}

/**
 * The verb of a place's points: 扣 for a deduction; for an award the item's kind's (`awardVerb`):
 * 加 where the points are added (a 加分 item, a part under a 基础分), else 得 (decisions 0343, 0346).
 */
function verbOf(p: Params, item: { bonus: boolean }): "扣" | "加" | "得" {
  return p.mode === "deduct" ? "扣" : awardVerb(item);
}

/** The unit's value ranked on and how the trace names it, or undefined when it has none. */
function valueOf(p: Params, env: RuleEnv): { v: Decimal; text: string } | undefined {
  if (p.itemScore !== undefined) {
    const v = env.itemScore(p.itemScore);
    return v === undefined
      ? undefined
      : { v, text: `按${env.itemName(p.itemScore)}得分 ${n(v)} 分` };
  }
  const ref = p.fact as string;
  const v = env.has(ref) ? env.get(ref) : undefined;
  return v instanceof Decimal ? { v, text: fact(env.decl(ref), v) } : undefined;
}

/** Rank-based kind; its round context is `{ values: string[] }`, every candidate's value. */
export const rank = defineKind({
  id: "rank",
  name: "按名次计分",
  description: "跨单位规则：按某项数值在本轮所有单位中的名次加分或扣分，并列同名次。",
  params,
  refs: (p) => (p.fact === undefined ? [] : [{ ref: p.fact, at: "fact", accepts: ["number"] }]),
  items: (p) => (p.itemScore === undefined ? [] : [{ code: p.itemScore, at: "itemScore" }]),
  crossUnit: {
    collect: (p, env) => valueOf(p, env)?.v.toFixed(),
    combine: (_p, values) => ({ values: values.filter((v): v is string => typeof v === "string") }),
  },
  evaluate(p, env) {
    const own = valueOf(p, env);
    if (own === undefined) {
      const what =
        p.itemScore === undefined
          ? `${env.decl(p.fact as string).label}：未填写`
          : `${env.itemName(p.itemScore)}未评分`;
      return { score: p.mode === "deduct" ? env.item.max : ZERO, trace: [`${what}，不参与排名`] };
    }
    const v = own.v;
    const values = (
      (env.context as { values?: string[] } | undefined)?.values ?? [v.toFixed()]
    ).map((s) => new Decimal(s));
    const better = values.filter((o) =>
      p.order === "desc" ? o.greaterThan(v) : o.lessThan(v),
    ).length;
    const place = better + 1;
    const { points, listed, last } = pointsAt(p, place);
    const verb = verbOf(p, env.item);
    // Beside a ranking from the top (末位扣2分 as a second part), the bottom unit's place must not
    // read as the best place: counted from the bottom (倒数) or said to run from the lowest value.
    const said = placesSaid(p);
    const linear =
      listed === undefined && p.perPlace !== undefined && last !== undefined
        ? said.bottom
          ? `（${said.place(last.upTo)}扣 ${last.points} 分，此后${said.onward} 1 名少扣 ${p.perPlace} 分）`
          : `（第 ${last.upTo} 名 ${last.points} 分，此后每后 1 名少 ${p.perPlace} 分）`
        : "";
    const rest = listed === undefined && p.rest !== undefined ? "（其余名次）" : "";
    const award = listed ?? (points.isZero() ? undefined : last);
    // An award is said once, by the closing words (the walk's 得 N 分 or 加 N 分, a sum's 计 N 分
    // or 此项加 N 分); a deduction says what it takes.
    const moved =
      verb !== "扣"
        ? award === undefined
          ? "，不在计分名次内"
          : ""
        : award === undefined
          ? "，不扣分"
          : `，扣 ${n(points)} 分`;
    const how = verb !== "扣" ? `${linear}${rest}${moved}` : `${moved}${linear}${rest}`;
    const line = `${own.text}，在本轮 ${values.length} 个单位中${said.way}排${said.place(place)}${how}`;
    return { score: p.mode === "deduct" ? env.item.max.minus(points) : points, trace: [line] };
  },
  explain(p, env) {
    const verb = verbOf(p, env.item);
    const said = placesSaid(p);
    // Each entry's own places: 第 1 名加 2 分、第 2–3 名加 1 分 (前 3 名 after 第 1 名 would read as
    // the first place earning both).
    const each = [...p.awards]
      .sort((a, b) => a.upTo - b.upTo)
      .map((a, i, all) => {
        const from = i === 0 ? 1 : (all[i - 1]?.upTo ?? 0) + 1;
        return `${i === 0 ? said.upTo(a.upTo) : said.span(from, a.upTo)}${verb} ${pointsOf(a.points)}`;
      });
    const linear =
      p.perPlace !== undefined
        ? `，此后${said.onward} 1 名少${verb} ${pointsOf(p.perPlace)}（最少 0 分）`
        : p.rest !== undefined
          ? `，其余名次${verb} ${pointsOf(p.rest)}`
          : "";
    const tail = `${linear}${p.mode === "deduct" ? "，扣完为止" : ""}`;
    const on =
      p.itemScore === undefined ? env.label(p.fact as string) : `${env.itemName(p.itemScore)}得分`;
    return `按${on}在本轮所有单位中排名（${said.order}，并列同名次），${each.join("、")}${tail}`;
  },
  improve(p, env) {
    if (p.itemScore !== undefined)
      return {
        reason: `此项按${env.itemName(p.itemScore)}得分排名，提高该项得分、名次靠前即可多得分`,
      };
    const ref = p.fact as string;
    const v = env.has(ref) ? env.get(ref) : undefined;
    if (!(v instanceof Decimal)) return { candidates: [] };
    // The other units' values (this unit's own value once removed from the round's list).
    const others = ((env.context as { values?: string[] } | undefined)?.values ?? []).map(
      (s) => new Decimal(s),
    );
    const own = others.findIndex((o) => o.equals(v));
    if (own >= 0) others.splice(own, 1);
    const desc = p.order === "desc";
    const better = (a: Decimal, b: Decimal) => (desc ? a.greaterThan(b) : a.lessThan(b));
    const placeOf = (x: Decimal) => 1 + others.filter((o) => better(o, x)).length;
    const now = pointsAt(p, placeOf(v)).points;
    // Awards: equal to a better unit's value is that unit's place (ties share a rank). Deductions
    // (decision 0316): the deducted places are left by passing a unit behind — strictly beyond its
    // value, since a tie would share its place. Every such place whose points are better than now's.
    const leave = p.mode === "deduct";
    const list: Candidate[] = [];
    const seen = new Set<string>();
    for (const o of others) {
      if ((leave ? !better(v, o) : !better(o, v)) || seen.has(o.toFixed())) continue;
      seen.add(o.toFixed());
      const place = leave ? 1 + others.filter((x) => !better(o, x)).length : placeOf(o);
      const then = pointsAt(p, place).points;
      if (leave ? !then.lessThan(now) : !then.greaterThan(now)) continue;
      for (const c of factTo(env, ref, { at: o, up: leave !== desc, strict: leave }))
        list.push({ ...c, words: `${c.words}（可排${placesSaid(p).place(place)}）` });
    }
    return candidates(list);
  },
});
