/**
 * 评议 ratings: a rater enters one rating per unit and rating item while the round is in
 * `rating` and before the rating deadline, within the range the scheme's fact declaration gives
 * for one rating. A rater never sees another rater's ratings; the administrator sees them only
 * once the rating stage has closed (the values become the item's `ratings` fact in results).
 */
import { randomUUID } from "node:crypto";
import { parseDecimal } from "@kaoping/engine";
import type { z } from "zod";
import type { ratingsViewSchema } from "../../contract/ratings.js";
import type { RatingRow } from "../../db/schema.js";
import { isUniqueViolation } from "../../db/dialect.js";
import { assertVersionedUpdate } from "../../db/versioning.js";
import { AppError, notFound } from "../../errors/app-error.js";
import { requireActor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { ratingsClosed } from "../results/compute.js";
import { ratingItemsOf, type RatingItem } from "../results/effective-facts.js";
import { findRating, insertRating, raterGroupInRound, updateRating } from "./repository.js";
import {
  isAtOrAfter,
  listRoundRatings,
  listRoundUnits,
  requireBeforeDeadline,
  requireRound,
  requireRoundUnit,
  requireState,
  schemeOfRound,
} from "../workflow/index.js";

const invalid = (path: string, message: string) =>
  new AppError("VALIDATION_FAILED", undefined, { fields: [{ path, message }] });

/** The rating as a canonical decimal string within the item's range and scale (400 otherwise). */
function checkedValue(item: RatingItem, value: string | number): string {
  const decimal = parseDecimal(value);
  if (decimal === undefined) throw invalid("body.value", "评分应为数字，如 13.5");
  if (decimal.lessThan(item.min) || decimal.greaterThan(item.max))
    throw invalid("body.value", `评分应在 ${item.min}–${item.max} 分之间`);
  if (decimal.decimalPlaces() > item.scale)
    throw invalid("body.value", `评分最多保留 ${item.scale} 位小数`);
  return decimal.toFixed();
}

/** The rater group of a rating: the item's only group, or the one named (required when there are several). */
function groupOf(item: RatingItem, group: string | undefined): string | null {
  if (item.groups.length <= 1) return null;
  if (group === undefined)
    throw invalid(
      "body.group",
      `请选择评议组：${item.groups.map((g) => `${g.fact}（${g.label}）`).join("、")}`,
    );
  if (!item.groups.some((g) => g.fact === group)) throw invalid("body.group", "没有这个评议组");
  return group;
}

function toRating(row: RatingRow, unitId: string) {
  return {
    id: row.id,
    unitId,
    itemCode: row.item_code,
    raterId: row.rater_id,
    group: row.rater_group,
    value: row.value,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** Builds the ratings service. */
export function createRatingsService(deps: ServiceDeps) {
  const { db, clock, audit } = deps;

  return {
    /** A rater's own ratings, or (administrator, after the stage) every rating; counts once 评议 closed. */
    async getRatings(
      ctx: RequestContext,
      roundId: string,
    ): Promise<z.infer<typeof ratingsViewSchema>> {
      const actor = requireActor(ctx);
      const round = await requireRound(db, actor, roundId);
      const items = ratingItemsOf(schemeOfRound(round));
      const [units, rows] = await Promise.all([
        listRoundUnits(db, round.id),
        listRoundRatings(db, round.id),
      ]);
      const unitIdOf = new Map(units.map((u) => [u.id, u.unit_id]));
      const isRater = actor.activeRole?.role === "rater";
      const visibility = isRater ? "own" : isAtOrAfter(round, "results") ? "all" : "none";
      const visible = rows.filter(
        (row) => visibility === "all" || (visibility === "own" && row.rater_id === actor.userId),
      );
      // Counts reveal progress: while 评议 is open a rater counts only his own, others none.
      const counted = ratingsClosed(round) ? rows : visible;
      const counts = new Map<string, number>();
      for (const row of counted)
        counts.set(
          `${row.round_unit_id}|${row.item_code}`,
          (counts.get(`${row.round_unit_id}|${row.item_code}`) ?? 0) + 1,
        );
      return {
        roundId: round.id,
        roundState: round.state,
        ratingDeadline: round.rating_deadline,
        visibility,
        items: items.map((item) => ({
          code: item.code,
          title: item.title,
          min: item.min,
          max: item.max,
          scale: item.scale,
          groups: item.groups,
        })),
        units: units.map((u) => ({
          unitId: u.unit_id,
          unitName: u.unit_name,
          unitCode: u.unit_code,
        })),
        ratings: visible.map((row) => toRating(row, unitIdOf.get(row.round_unit_id) ?? "")),
        progress: [...counts].map(([key, count]) => {
          const [roundUnitId = "", itemCode = ""] = key.split("|");
          return { unitId: unitIdOf.get(roundUnitId) ?? "", itemCode, count };
        }),
      };
    },

    /** Enters or changes the caller's rating of one unit on one rating item. */
    async save(
      ctx: RequestContext,
      roundId: string,
      unitId: string,
      itemCode: string,
      input: { version: number; value: string | number; group?: string | undefined },
    ) {
      const actor = requireActor(ctx);
      const round = await requireRound(db, actor, roundId);
      const unit = await requireRoundUnit(db, actor, round, unitId);
      requireState(round, ["rating"], "评议打分");
      requireBeforeDeadline(round.rating_deadline, clock(), "评议");
      const item = ratingItemsOf(schemeOfRound(round)).find((i) => i.code === itemCode);
      if (item === undefined) throw notFound("评议项目");
      const value = checkedValue(item, input.value);
      const group = groupOf(item, input.group);
      const now = clock().toISOString();
      return db.transaction().execute(async (trx) => {
        const existingGroup = await raterGroupInRound(trx, round.id, itemCode, actor.userId);
        if (existingGroup !== undefined && existingGroup !== group) {
          throw new AppError(
            "CONFLICT",
            `您在本考核任务中已按评议组「${existingGroup ?? "默认"}」评分，同一评议人只能属于一个评议组。`,
          );
        }
        const current = await findRating(trx, unit.id, itemCode, actor.userId);
        if (input.version === 0) {
          if (current !== undefined)
            throw new AppError(
              "VERSION_CONFLICT",
              "您已对该单位评过分，请刷新后修改（您的修改未保存）。",
            );
          await insertRating(trx, {
            id: randomUUID(),
            round_unit_id: unit.id,
            item_code: itemCode,
            rater_id: actor.userId,
            rater_group: group,
            value,
            created_at: now,
            updated_at: now,
            version: 1,
          }).catch((error: unknown) => {
            throw isUniqueViolation(error)
              ? new AppError(
                  "VERSION_CONFLICT",
                  "您已对该单位评过分，请刷新后修改（您的修改未保存）。",
                )
              : error;
          });
        } else {
          const changed =
            current !== undefined &&
            (await updateRating(trx, current.id, input.version, {
              value,
              rater_group: group,
              updated_at: now,
            }));
          await assertVersionedUpdate(changed, async () => current !== undefined, "评分");
        }
        const saved = (await findRating(trx, unit.id, itemCode, actor.userId)) as RatingRow;
        await audit(trx, {
          ctx,
          action: "rating.save",
          object: { type: "rating", id: saved.id },
          before:
            current === undefined
              ? null
              : { value: current.value, group: current.rater_group, version: current.version },
          after: { value, group, version: saved.version },
          detail: { roundId: round.id, unitId, itemCode },
        });
        return toRating(saved, unitId);
      });
    },
  };
}

/** The ratings service. */
export type RatingsService = ReturnType<typeof createRatingsService>;
