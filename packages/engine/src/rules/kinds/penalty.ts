/**
 * 追加扣除: the item's own rule, and a penalty on the unit's total beyond the item's points when
 * the rule has deducted so much (累计扣满 N 分的，追加扣除 M 分) or a yes/no fact holds
 * (…的，不得分，并追加扣除 M 分 — `zeroItem` also scores the item 0).
 */
import { z } from "zod";
import { constant, Decimal, ZERO } from "../../decimal.js";
import { decimalText } from "../../facts/declaration.js";
import { ruleDocSchema, type RuleDoc } from "../../scheme/schema.js";
import { n } from "../../text.js";
import { defineKind, type Beyond, type RuleEnv } from "../kind.js";
import { num, points as pointsText, whenWords } from "../wording.js";

const deducted = z.object({ deducted: decimalText }).strict();
const byFact = z.object({ fact: z.string().min(1), equals: z.boolean().default(true) }).strict();
const trigger = z
  .object({
    /** `{ deducted: "5" }`: the rule deducted at least 5 points; `{ fact, equals }`: a yes/no fact. */
    when: z.union([deducted, byFact]),
    /** Points taken from the unit's total. */
    points: decimalText,
    /** The item scores 0 as well (不得分，并追加扣除). */
    zeroItem: z.boolean().default(false),
  })
  .strict();
const params = z.object({ rule: ruleDocSchema, penalties: z.array(trigger).min(1) }).strict();
type Trigger = z.output<typeof trigger>;

/** Why a trigger holds (its reason for the trace), or undefined when it does not. */
function holds(t: Trigger, cut: Decimal, env: RuleEnv): string | undefined {
  if ("deducted" in t.when) {
    return cut.greaterThanOrEqualTo(constant(t.when.deducted))
      ? `累计扣分 ${n(cut)} 分，达到 ${t.when.deducted} 分`
      : undefined;
  }
  const value = env.get(t.when.fact) === true;
  if (value !== t.when.equals) return undefined;
  // The condition as it happened (发生X, where the fact asks 未发生X), not «X：否».
  return whenWords(env.decl(t.when.fact).label, value);
}

/**
 * True when the item's rule awards its points on the trigger's own fact, the other way round
 * (未发生X的得5分 beside 发生X的…追加扣除): the trigger is the award's other side, and says
 * everything the award's line would (decision 0343).
 */
function isOtherSide(rule: RuleDoc, t: Trigger): boolean {
  if (!("fact" in t.when) || rule.kind !== "checklist") return false;
  const { fact, equals } = t.when;
  const r = rule as { mode?: unknown; items?: { fact?: unknown; when?: unknown }[] };
  return (
    r.mode === "award" &&
    Array.isArray(r.items) &&
    r.items.every((i) => i.fact === fact && (i.when ?? true) !== equals)
  );
}

/** Penalty-beyond-the-item kind. */
export const penalty = defineKind({
  id: "penalty",
  name: "追加扣除",
  description:
    "本项按一条子规则计分；累计扣分达到规定分数、或出现规定情形时，另从单位总分中追加扣除（可同时本项不得分）。",
  params,
  refs: (p) =>
    p.penalties.flatMap((t, i) =>
      "fact" in t.when
        ? [{ ref: t.when.fact, at: `penalties[${i}].when.fact`, accepts: ["bool"] as const }]
        : [],
    ),
  nested: (p) => [{ at: "rule", rule: p.rule }],
  evaluate(p, env) {
    const o = env.run("rule");
    const cut = Decimal.max(ZERO, env.item.max.minus(o.score));
    const lines: string[] = [];
    const beyond: Beyond[] = (o.beyond ?? []).map((b) => ({ points: b.points, reason: b.reason }));
    let score = o.score;
    let said: Beyond | undefined;
    let otherSide = false;
    for (const t of p.penalties) {
      const why = holds(t, cut, env);
      if (why === undefined) continue;
      const b: Beyond = { points: constant(t.points).negated(), reason: `${why}，追加扣除` };
      beyond.push(b);
      if (t.zeroItem) {
        lines.push(`${why}，本项不得分`);
        score = ZERO;
        said = b;
        otherSide ||= isOtherSide(p.rule, t);
      }
    }
    // The last trigger that zeroes the item has the last line: its amount is said at that line's
    // end, in one sentence (发生X，本项不得分，得 0 分，并从总分中追加扣除 5 分).
    if (said !== undefined) said.joins = true;
    // On the award's other side, the award's own line («未发生X：否») says nothing more.
    const trace = otherSide ? lines : [...o.trace, ...lines];
    return beyond.length === 0 ? { score, trace } : { score, trace, beyond };
  },
  explain(p, env) {
    const what = (t: Trigger) =>
      `${t.zeroItem ? "本项不得分，并" : ""}从单位总分中追加扣除 ${num(t.points)} 分`;
    // The award's other side is said as a user writes it: 未发生X的，得 5 分，否则本项不得分，并….
    const other = p.penalties.filter((t) => isOtherSide(p.rule, t));
    const head = `${env.explain(p.rule)}${other.map((t) => `，否则${what(t)}`).join("")}`;
    const each = p.penalties
      .filter((t) => !isOtherSide(p.rule, t))
      .map((t) => {
        const when =
          "deducted" in t.when
            ? `累计扣满 ${pointsText(t.when.deducted)}的`
            : `${whenWords(env.label(t.when.fact), t.when.equals)}的`;
        return `${when}，${what(t)}`;
      });
    return [head, ...each].join("；");
  },
  // The item's own rule decides; the triggers are events that have happened.
  improve: (_p, env) => env.improveNested("rule"),
});
