/**
 * A rank beside lines of another kind in one standard («办件零差错的得6分，每出现1件差错扣0.5分；
 * 满意度排名第1-3名得4分，第4-6名得2分» on a 10-point item): each is its own share of the item's
 * points — the rank its best award, the other lines what is left — and they are a 多项合计 with
 * `shares`, so the engine scores each part within its share and a deduction never takes the
 * rank's points (decision 0328). Before, the rank was read alone and the other lines left unused.
 */
import type { RuleDoc } from "@kaoping/engine";
import { larger, minus, type ItemText } from "../proposal.js";
import { done, prefixed, type Composed } from "./build.js";
import type { Statement } from "./statements.js";

/** Statements that score nothing of their own. */
const QUIET = new Set(["none", "limit", "exempt"]);

/** True when a figure is positive ("0.5", not "0" or "-1"). */
const positive = (v: string) => v !== "0" && !v.startsWith("-");

/**
 * The rank `ranked` read from some statements of `sts`, with the others composed by `core` as an
 * item of the points the rank leaves, as one 多项合计 of two shares; undefined when the others do
 * not score, the rank deducts or ranks another item's score, or the others make no single rule.
 */
export function rankBeside(
  item: ItemText,
  sts: Statement[],
  ranked: Composed,
  core: (item: ItemText, sts: Statement[]) => Composed | undefined,
): Composed | undefined {
  const rank = ranked.proposal.rule as RuleDoc & {
    mode?: string;
    awards?: { points: string }[];
    rest?: string;
  };
  if (item.max === undefined || rank.kind !== "rank" || rank.mode === "deduct") return undefined;
  if (ranked.proposal.scoreOf !== undefined) return undefined;
  const others = sts.filter((s) => !ranked.used.has(s));
  if (!others.some((s) => !QUIET.has(s.role))) return undefined;
  const top = [...(rank.awards ?? []).map((a) => a.points), rank.rest ?? "0"].reduce(larger, "0");
  const share = minus(item.max, top);
  if (!positive(top) || !positive(share)) return undefined;
  const part = core({ ...item, max: share }, others);
  const rule = part?.proposal.rule as (RuleDoc & { base?: string }) | undefined;
  if (part === undefined || rule === undefined || part.split !== undefined) return undefined;
  if (part.proposal.gate !== undefined || rule.kind === "rank" || rule.base !== undefined)
    return undefined;
  // The other lines state their share (达到100%的得6分, 扣完6分为止): nothing assumed.
  const stated = others.some((s) =>
    s.parts.some((p) => p.value !== undefined && minus(p.value, share) === "0"),
  );
  const first = (used: Set<Statement>) => Math.min(...[...used].map((s) => s.start));
  const rankFirst = first(ranked.used) < first(part.used);
  const built = [
    { b: { rule: part.proposal.rule, facts: part.proposal.facts }, points: share },
    { b: { rule: ranked.proposal.rule, facts: ranked.proposal.facts }, points: top },
  ];
  if (rankFirst) built.reverse();
  const ps = built.map((x, i) => prefixed(x.b, `p${i + 1}`));
  const warnings = [
    ...(ranked.proposal.warnings ?? []),
    ...(part.proposal.warnings ?? []),
    ...(stated
      ? []
      : [`排名以外部分的分值未写明：暂按本项分值减去排名最高得分（${share} 分）计，请核对`]),
  ];
  const confidence = Math.min(
    ranked.proposal.confidence,
    part.proposal.confidence,
    stated ? 0.85 : 0.75,
  );
  return {
    proposal: done(
      {
        rule: {
          kind: "sum",
          parts: ps.map((p) => p.rule),
          shares: built.map((x) => ({ points: x.points })),
        } as RuleDoc,
        facts: ps.flatMap((p) => p.facts),
      },
      confidence,
      `多项合计：排名 ${top} 分，其余 ${share} 分，各部分在其分值内计分（请核对）`,
      warnings.length > 0 ? { warnings } : {},
    ),
    used: new Set([...ranked.used, ...part.used]),
  };
}
