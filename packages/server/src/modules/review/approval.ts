/**
 * Per-reviewer approval (decision 0130): each reviewer approves his own part of a unit (every
 * item of his scope confirmed or corrected); the unit is 审核通过 once every reviewable item is
 * approved. What is still open is told item by item with the reviewers who can close it.
 */
import type { Kysely } from "kysely";
import type { Scheme } from "@kaoping/engine";
import type { Database, ItemReviewRow } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { itemsByCode } from "../results/effective-facts.js";
import { parseScope } from "../users/presenters.js";
import { listActiveReviewerAssignments, listItemDepartments } from "./repository.js";
import { reviewableItemCodes } from "./scope.js";
import { type RoundWithScheme, schemeOfRound } from "../workflow/index.js";

/** A reviewer who reaches a round, with the items of his scope. */
export interface RoundReviewer {
  userId: string;
  name: string;
  codes: ReadonlySet<string>;
}

/** An item not yet approved and the reviewers whose scope holds it. */
export interface OpenItem {
  itemCode: string;
  title: string;
  status: "pending" | "confirmed" | "corrected";
  reviewers: string[];
}

/** Where a unit's approval stands. */
export interface ApprovalState {
  /** Every reviewable item is approved. */
  complete: boolean;
  openItems: OpenItem[];
  /** The reviewers who approved a part, with the count of items and the last approval time. */
  parts: { reviewerName: string; items: number; approvedAt: string }[];
}

/** The active reviewers whose organisation's subtree holds the round's assessing organisation. */
export async function listRoundReviewers(
  db: Kysely<Database>,
  round: RoundWithScheme,
): Promise<RoundReviewer[]> {
  const rows = await listActiveReviewerAssignments(db);
  const departments = await listItemDepartments(db, round.id);
  const scheme = schemeOfRound(round);
  return rows
    .filter((row) => round.organisation_path.startsWith(row.path))
    .map((row) => ({
      userId: row.user_id,
      name: row.display_name,
      codes: new Set(reviewableItemCodes(scheme, reviewerActor(row), departments)),
    }));
}

function reviewerActor(row: {
  user_id: string;
  scope: string;
  organisation_id: string;
  path: string;
}): Actor {
  return {
    userId: row.user_id,
    username: "",
    sessionId: "",
    stage: "active",
    activeRole: {
      assignmentId: "",
      role: "reviewer",
      organisationId: row.organisation_id,
      organisationPath: row.path,
      scope: parseScope(row.scope),
    },
  };
}

/** Where a unit's approval stands, from its item reviews and the round's reviewers. */
export function approvalState(
  scheme: Scheme,
  allCodes: readonly string[],
  reviews: readonly ItemReviewRow[],
  reviewers: readonly RoundReviewer[],
  names: ReadonlyMap<string, string>,
): ApprovalState {
  const items = itemsByCode(scheme);
  const byCode = new Map(reviews.map((row) => [row.item_code, row]));
  const openItems = allCodes
    .filter((code) => byCode.get(code)?.approved_at == null)
    .map((code) => ({
      itemCode: code,
      title: items.get(code)?.title ?? code,
      status: (byCode.get(code)?.status ?? "pending") as OpenItem["status"],
      reviewers: reviewers.filter((r) => r.codes.has(code)).map((r) => r.name),
    }));
  const parts = new Map<string, { reviewerName: string; items: number; approvedAt: string }>();
  for (const row of reviews) {
    if (row.approved_by === null || row.approved_at === null) continue;
    const part = parts.get(row.approved_by) ?? {
      reviewerName: names.get(row.approved_by) ?? "（已删除的账号）",
      items: 0,
      approvedAt: row.approved_at,
    };
    part.items += 1;
    if (row.approved_at > part.approvedAt) part.approvedAt = row.approved_at;
    parts.set(row.approved_by, part);
  }
  return { complete: openItems.length === 0, openItems, parts: [...parts.values()] };
}

/** Every reviewable item code of a round (all reviewers' scopes together). */
export async function allReviewableCodes(
  db: Kysely<Database>,
  round: RoundWithScheme,
): Promise<string[]> {
  return reviewableItemCodes(
    schemeOfRound(round),
    everyItem,
    await listItemDepartments(db, round.id),
  );
}

const everyItem: Actor = {
  userId: "",
  username: "",
  sessionId: "",
  stage: "active",
  activeRole: null,
};
