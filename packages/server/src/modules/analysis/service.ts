/**
 * 得分提升 and 失分分析 (issue 18, docs/decisions/0230 and 0231): a unit's improvements and its
 * 试算 (score changed facts for the whole round without saving), and a round's loss analysis
 * against the previous round of the same scheme lineage. Reads only: nothing is written.
 */
import {
  findImprovements,
  parseDecimal,
  rankUnits,
  scoreUnits,
  validateFacts,
  type ItemResult,
  type Scheme,
  type UnitFacts,
} from "@kaoping/engine";
import type { LossAnalysis, TrialResult, UnitImprovementsView } from "../../contract/analysis.js";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../errors/app-error.js";
import { requireActor, type Actor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { computeRoundResults, type ComputedRound } from "../results/compute.js";
import { ratingItemsOf } from "../results/effective-facts.js";
import {
  isAtOrAfter,
  isUnitActor,
  requireRound,
  requireRoundAndUnit,
  type RoundWithScheme,
} from "../workflow/index.js";
import { analyseLosses, type AnalysedUnit } from "./loss.js";
import { findPreviousRoundId } from "./repository.js";

type Basis = "self" | "effective";

/** Units see the reviewed (effective) facts' scores and any rank only once results are published. */
function published(actor: Actor, round: RoundWithScheme): boolean {
  return !isUnitActor(actor) || isAtOrAfter(round, "published");
}

/** The round's units as the engine takes them, with the unit at `position` on the given basis. */
function unitsOf(computed: ComputedRound, position: number, basis: Basis): UnitFacts[] {
  return computed.units.map((u, i) => ({
    id: u.unit.unit_id,
    name: u.unit.unit_name,
    facts: i === position && basis === "self" ? u.selfFacts : u.facts,
  }));
}

/** 1 + the number of other units with a higher total. */
function rankAt(totals: readonly string[], position: number): number {
  return (rankUnits(totals.map((total) => ({ total })))[position] as { rank: number }).rank;
}

/** The facts object with `changes` (`4.1.rate` → value) applied (a copy). */
function withChanges(facts: unknown, changes: Record<string, unknown>) {
  const out: Record<string, Record<string, unknown>> = {
    ...((facts ?? {}) as Record<string, Record<string, unknown>>),
  };
  for (const [path, value] of Object.entries(changes)) {
    const at = path.lastIndexOf(".");
    const code = path.slice(0, at);
    out[code] = { ...(out[code] ?? {}), [path.slice(at + 1)]: value };
  }
  return out;
}

/** Every item's score by code. */
function scores(items: readonly ItemResult[], out = new Map<string, ItemResult>()) {
  for (const item of items) {
    out.set(item.code, item);
    scores(item.children, out);
  }
  return out;
}

/** Builds the analysis service. */
export function createAnalysisService(deps: ServiceDeps) {
  const { db } = deps;

  /** The round, the unit's position in its computed results, and whether ranks may be shown. */
  async function load(ctx: RequestContext, roundId: string, unitId: string, basis: Basis) {
    const actor = requireActor(ctx);
    const { round } = await requireRoundAndUnit(db, actor, roundId, unitId);
    const showRank = published(actor, round);
    if (basis === "effective" && !showRank)
      throw new AppError("CONFLICT", "考核结果尚未公示，公示后才能按评分表（审核后的数据）试算。");
    const computed = await computeRoundResults(db, round);
    const position = computed.units.findIndex((u) => u.unit.unit_id === unitId);
    if (position < 0) throw new AppError("NOT_FOUND", "被考核单位不存在。");
    return { round, computed, position, showRank };
  }

  return {
    /** A unit's improvements: per item the smallest change of its facts that lifts its total. */
    async getImprovements(
      ctx: RequestContext,
      roundId: string,
      unitId: string,
      basis: Basis,
    ): Promise<UnitImprovementsView> {
      const { computed, position, showRank } = await load(ctx, roundId, unitId, basis);
      const units = unitsOf(computed, position, basis);
      const [found] = findImprovements(computed.scheme, units, [position]);
      if (found === undefined) throw new AppError("NOT_FOUND", "被考核单位不存在。");
      const totals = scoreUnits(computed.scheme, units).map((r) => r.total);
      return {
        unitId,
        basis,
        total: found.total,
        rank: showRank ? rankAt(totals, position) : null,
        unitCount: units.length,
        improvements: found.improvements.map(({ code, title, gain, facts, text }) => ({
          code,
          title,
          gain,
          facts,
          text,
        })),
        fixed: found.fixed,
      };
    },

    /** 试算: the unit's total and rank with some facts changed, scored for the whole round; nothing saved. */
    async tryFacts(
      ctx: RequestContext,
      roundId: string,
      unitId: string,
      input: { basis: Basis; facts: Record<string, unknown> },
    ): Promise<TrialResult> {
      const { computed, position, showRank } = await load(ctx, roundId, unitId, input.basis);
      const scheme: Scheme = computed.scheme;
      const ratingCodes = new Set(ratingItemsOf(scheme).map((r) => r.code));
      const bad = Object.keys(input.facts).filter((path) =>
        ratingCodes.has(path.slice(0, path.lastIndexOf("."))),
      );
      if (bad.length > 0)
        throw new AppError("VALIDATION_FAILED", "评议项由评议人打分，不能试算。", {
          fields: bad.map((path) => ({ path: `body.facts.${path}`, message: "评议项不能试算" })),
        });
      const before = unitsOf(computed, position, input.basis);
      const target = before[position] as UnitFacts;
      const changed = withChanges(target.facts, input.facts);
      const problems = validateFacts(scheme, changed).problems.filter((p) =>
        Object.keys(input.facts).some((path) => p.path === path || p.path.startsWith(`${path}[`)),
      );
      const unknown = Object.keys(input.facts).filter((path) => !listsFact(scheme, path));
      if (problems.length > 0 || unknown.length > 0)
        throw new AppError("VALIDATION_FAILED", "试算的数据有误，请按提示修改。", {
          fields: [
            ...unknown.map((path) => ({
              path: `body.facts.${path}`,
              message: "方案中没有这项数据",
            })),
            ...problems.map((p) => ({ path: `body.facts.${p.path}`, message: p.message })),
          ],
        });
      const after = before.map((u, i) => (i === position ? { ...u, facts: changed } : u));
      const was = scoreUnits(scheme, before);
      const now = scoreUnits(scheme, after);
      const a = was[position] as (typeof was)[number];
      const b = now[position] as (typeof now)[number];
      const oldScores = scores(a.items);
      const items = [...scores(b.items).values()].flatMap((item) => {
        const old = oldScores.get(item.code);
        return old?.score === item.score
          ? []
          : [{ code: item.code, title: item.title, before: old?.score ?? null, after: item.score }];
      });
      const gain = parseDecimal(b.total);
      return {
        before: {
          total: a.total,
          rank: showRank
            ? rankAt(
                was.map((r) => r.total),
                position,
              )
            : null,
        },
        after: {
          total: b.total,
          rank: showRank
            ? rankAt(
                now.map((r) => r.total),
                position,
              )
            : null,
        },
        unitCount: after.length,
        gain: gain === undefined ? "0" : gain.minus(a.total).toFixed(),
        items,
      };
    },

    /** The round's loss analysis, and the comparison with the previous round of its lineage. */
    async getLossAnalysis(ctx: RequestContext, roundId: string): Promise<LossAnalysis> {
      const actor = requireActor(ctx);
      return lossAnalysisOf(db, actor, await requireRound(db, actor, roundId));
    },
  };
}

/** A computed round's units as the loss analysis reads them (effective results, ranked). */
function analysed(computed: ComputedRound): AnalysedUnit[] {
  return computed.units.map((u) => ({
    unitId: u.unit.unit_id,
    unitName: u.unit.unit_name,
    total: u.result.total,
    rank: u.result.rank,
    items: u.result.items,
  }));
}

/**
 * A reached round's loss analysis against the previous round of its lineage (whose reach is
 * checked too): the analysis screen's and the round workbook's 失分分析 sheet.
 */
export async function lossAnalysisOf(
  db: Kysely<Database>,
  actor: Actor,
  round: RoundWithScheme,
): Promise<LossAnalysis> {
  const units = analysed(await computeRoundResults(db, round));
  const previousId = await findPreviousRoundId(db, round);
  const previousRound =
    previousId === undefined ? undefined : await requireRound(db, actor, previousId);
  return analyseLosses(
    { roundId: round.id, roundTitle: round.title },
    units,
    previousRound === undefined
      ? undefined
      : {
          roundId: previousRound.id,
          title: previousRound.title,
          year: previousRound.year,
          units: analysed(await computeRoundResults(db, previousRound)),
        },
  );
}

/** True when the scheme declares the fact at this path (`4.1.rate`). */
function listsFact(scheme: Scheme, path: string): boolean {
  const at = path.lastIndexOf(".");
  const code = path.slice(0, at);
  const name = path.slice(at + 1);
  const find = (items: Scheme["items"]): boolean =>
    items.some(
      (i) =>
        (i.code === code && (i.facts ?? []).some((f) => f.name === name)) || find(i.children ?? []),
    );
  return find(scheme.items);
}

/** The analysis service. */
export type AnalysisService = ReturnType<typeof createAnalysisService>;
