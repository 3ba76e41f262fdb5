/**
 * What reviewers read: the work list (units × items in scope with their decisions) and one
 * unit's items in scope with self facts, review facts, evidence, comments and both scores.
 */
import type { Kysely } from "kysely";
import type { z } from "zod";
import type {
  reviewCommentSchema,
  reviewWorkListSchema,
  unitReviewSchema,
} from "../../contract/review.js";
import type { RoundUnitStatus } from "../../contract/workflow.js";
import type { Database, ItemReviewRow } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { computeRoundResults } from "../results/compute.js";
import { factsByRoundUnit, itemsByCode } from "../results/effective-facts.js";
import { toSheetCores } from "../results/sheets.js";
import {
  listComments,
  listItemDepartments,
  listItemReviews,
  listRoundItemReviews,
  listUnitEvidence,
  listUserNames,
  type ReviewCommentWithAuthor,
} from "./repository.js";
import { reviewableItemCodes, reviewScopeHolds } from "./scope.js";
import { allReviewableCodes, approvalState, listRoundReviewers } from "./approval.js";
import type { ItemScore } from "../../contract/results.js";
import {
  listRoundUnits,
  listUnitFacts,
  type RoundUnitWithName,
  type RoundWithScheme,
  schemeOfRound,
} from "../workflow/index.js";

/** A comment as the API shows it. */
export function toComment(row: ReviewCommentWithAuthor): z.infer<typeof reviewCommentSchema> {
  return {
    id: row.id,
    itemCode: row.item_code,
    text: row.text,
    authorId: row.author_id,
    authorName: row.author_name,
    createdAt: row.created_at,
  };
}

/** The item codes the actor may review in a round. */
export async function scopeOf(
  db: Kysely<Database>,
  actor: Actor,
  round: RoundWithScheme,
): Promise<string[]> {
  return reviewableItemCodes(schemeOfRound(round), actor, await listItemDepartments(db, round.id));
}

/**
 * Whether an item is in the actor's review scope in a round (any item, not only reviewable
 * leaves: evidence checks the file's item with it); reads the round's departments only for a
 * reviewer.
 */
export async function reviewScopeIn(
  db: Kysely<Database>,
  actor: Actor,
  roundId: string,
): Promise<(itemCode: string) => boolean> {
  if (actor.activeRole?.role !== "reviewer") return () => true;
  return reviewScopeHolds(actor, await listItemDepartments(db, roundId));
}

/** The reviewer's work list. */
export async function readWorkList(
  db: Kysely<Database>,
  actor: Actor,
  round: RoundWithScheme,
): Promise<z.infer<typeof reviewWorkListSchema>> {
  const codes = await scopeOf(db, actor, round);
  const inScope = new Set(codes);
  const [units, reviews] = await Promise.all([
    listRoundUnits(db, round.id),
    listRoundItemReviews(db, round.id),
  ]);
  const byUnit = new Map<string, ItemReviewRow[]>();
  for (const row of reviews)
    if (inScope.has(row.item_code))
      byUnit.set(row.round_unit_id, [...(byUnit.get(row.round_unit_id) ?? []), row]);
  return {
    roundId: round.id,
    roundState: round.state,
    reviewDeadline: round.review_deadline,
    itemCodes: codes,
    units: units.map((unit) => {
      const rows = byUnit.get(unit.id) ?? [];
      const approved = rows.filter((r) => r.approved_at !== null).length;
      const confirmed = rows.filter((r) => r.status === "confirmed").length;
      const corrected = rows.filter((r) => r.status === "corrected").length;
      return {
        unitId: unit.unit_id,
        unitName: unit.unit_name,
        unitCode: unit.unit_code,
        status: unit.status as RoundUnitStatus,
        version: unit.version,
        confirmed,
        corrected,
        pending: codes.length - confirmed - corrected,
        ownPartApproved: codes.length > 0 && approved === codes.length,
      };
    }),
  };
}

function flatten(
  items: readonly ItemScore[],
  out = new Map<string, ItemScore>(),
): Map<string, ItemScore> {
  for (const item of items) {
    out.set(item.code, item);
    flatten(item.children, out);
  }
  return out;
}

/** One unit as the reviewer sees it (scores computed against the whole round's context). */
export async function readUnitReview(
  db: Kysely<Database>,
  actor: Actor,
  round: RoundWithScheme,
  unit: RoundUnitWithName,
  why: string | null,
): Promise<z.infer<typeof unitReviewSchema>> {
  const scheme = schemeOfRound(round);
  const items = itemsByCode(scheme);
  const codes = await scopeOf(db, actor, round);
  const [computed, factRows, reviews, evidence, comments, reviewers, allCodes] = await Promise.all([
    computeRoundResults(db, round),
    listUnitFacts(db, unit.id),
    listItemReviews(db, unit.id),
    listUnitEvidence(db, unit.id),
    listComments(db, unit.id),
    listRoundReviewers(db, round),
    allReviewableCodes(db, round),
  ]);
  const approvers = [
    ...new Set(reviews.flatMap((r) => (r.approved_by === null ? [] : [r.approved_by]))),
  ];
  const names = await listUserNames(db, approvers);
  const state = approvalState(scheme, allCodes, reviews, reviewers, names);
  const sheet = toSheetCores({
    scheme,
    units: computed.units.filter((u) => u.unit.id === unit.id),
  })[0];
  const scores = flatten(sheet?.items ?? []);
  const sources = factsByRoundUnit(factRows).get(unit.id);
  const decisions = new Map(reviews.map((row) => [row.item_code, row]));
  return {
    roundId: round.id,
    roundState: round.state,
    unitId: unit.unit_id,
    unitName: unit.unit_name,
    status: unit.status as RoundUnitStatus,
    version: unit.version,
    canReview: why === null,
    whyNot: why,
    total: sheet?.total ?? "0",
    selfTotal: sheet?.selfTotal ?? "0",
    items: codes.map((code) => {
      const item = items.get(code);
      const decision = decisions.get(code);
      const review = sources?.reviewRows.get(code);
      const score = scores.get(code);
      return {
        itemCode: code,
        title: item?.title ?? code,
        max: item?.max ?? "0",
        standard: item?.standard ?? null,
        method: item?.method ?? null,
        status: (decision?.status ?? "pending") as "pending" | "confirmed" | "corrected",
        version: decision?.version ?? 0,
        reviewedBy: decision?.reviewed_by ?? null,
        reviewedAt: decision?.reviewed_at ?? null,
        selfFacts: sources?.self[code] ?? null,
        reviewFacts:
          review === undefined ? null : (JSON.parse(review.value) as Record<string, unknown>),
        reason: review?.reason ?? null,
        selfScore: score?.selfScore ?? null,
        score: score?.score ?? null,
        trace: score?.trace ?? [],
        evidence: evidence
          .filter((file) => file.item_code === code)
          .map((file) => ({
            id: file.id,
            name: file.original_name,
            size: file.size,
            contentType: file.content_type,
            uploadedAt: file.uploaded_at,
          })),
        comments: comments.filter((c) => c.item_code === code).map(toComment),
        approvedBy: decision?.approved_by == null ? null : (names.get(decision.approved_by) ?? "—"),
      };
    }),
    comments: comments.filter((c) => c.item_code === null).map(toComment),
    approval: {
      complete: state.complete,
      ownPartApproved:
        codes.length > 0 && codes.every((code) => decisions.get(code)?.approved_at != null),
      ownPending: codes.filter((code) => decisions.get(code) === undefined),
      openItems: state.openItems,
      parts: state.parts,
    },
  };
}
