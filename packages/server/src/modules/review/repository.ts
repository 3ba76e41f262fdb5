/** SQL of review (审核评分): item decisions, review facts, comments, and what reviewers read. */
import type { Kysely } from "kysely";
import type { Database, ItemReviewRow, ReviewCommentRow } from "../../db/schema.js";

/** The item decisions of one round unit. */
export function listItemReviews(
  db: Kysely<Database>,
  roundUnitId: string,
): Promise<ItemReviewRow[]> {
  return db
    .selectFrom("item_reviews")
    .selectAll()
    .where("round_unit_id", "=", roundUnitId)
    .execute();
}

/** The item decisions of every unit of a round. */
export function listRoundItemReviews(
  db: Kysely<Database>,
  roundId: string,
): Promise<ItemReviewRow[]> {
  return db
    .selectFrom("item_reviews")
    .innerJoin("round_units", "round_units.id", "item_reviews.round_unit_id")
    .selectAll("item_reviews")
    .where("round_units.round_id", "=", roundId)
    .execute();
}

/** One item decision. */
export function findItemReview(
  db: Kysely<Database>,
  roundUnitId: string,
  itemCode: string,
): Promise<ItemReviewRow | undefined> {
  return db
    .selectFrom("item_reviews")
    .selectAll()
    .where("round_unit_id", "=", roundUnitId)
    .where("item_code", "=", itemCode)
    .executeTakeFirst();
}

/** Stores a first decision. */
export async function insertItemReview(
  db: Kysely<Database>,
  row: Omit<ItemReviewRow, "approved_by" | "approved_at">,
): Promise<void> {
  await db
    .insertInto("item_reviews")
    .values({ ...row, approved_by: null, approved_at: null })
    .execute();
}

/** Changes a decision not yet approved if it still has `expectedVersion`; returns whether it changed. */
export async function updateItemReview(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  patch: Pick<ItemReviewRow, "status" | "reviewed_by" | "reviewed_at">,
): Promise<boolean> {
  const result = await db
    .updateTable("item_reviews")
    .set({ ...patch, version: expectedVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .where("approved_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Stores a comment. */
export async function insertComment(db: Kysely<Database>, row: ReviewCommentRow): Promise<void> {
  await db.insertInto("review_comments").values(row).execute();
}

/** A comment with its author's display name. */
export type ReviewCommentWithAuthor = ReviewCommentRow & { author_name: string | null };

function commentsWithAuthor(db: Kysely<Database>) {
  return db
    .selectFrom("review_comments")
    .leftJoin("users", "users.id", "review_comments.author_id")
    .selectAll("review_comments")
    .select("users.display_name as author_name");
}

/** The comments of a round unit with their authors' names, oldest first. */
export function listComments(
  db: Kysely<Database>,
  roundUnitId: string,
): Promise<ReviewCommentWithAuthor[]> {
  return commentsWithAuthor(db)
    .where("review_comments.round_unit_id", "=", roundUnitId)
    .orderBy("review_comments.created_at")
    .orderBy("review_comments.id")
    .execute();
}

/** One comment with its author's name. */
export function findComment(
  db: Kysely<Database>,
  id: string,
): Promise<ReviewCommentWithAuthor | undefined> {
  return commentsWithAuthor(db).where("review_comments.id", "=", id).executeTakeFirst();
}

/** Evidence files (not deleted) of a round unit. */
export function listUnitEvidence(db: Kysely<Database>, roundUnitId: string) {
  return db
    .selectFrom("evidence_files")
    .select(["id", "item_code", "original_name", "size", "content_type", "uploaded_at"])
    .where("round_unit_id", "=", roundUnitId)
    .where("deleted_at", "is", null)
    .orderBy("uploaded_at")
    .execute();
}

/** The responsible departments of a round's items. */
export function listItemDepartments(db: Kysely<Database>, roundId: string) {
  return db
    .selectFrom("round_item_departments")
    .select(["item_code", "department_id"])
    .where("round_id", "=", roundId)
    .execute();
}

/** Marks the item reviews of `codes` approved by `userId` (those not approved yet). */
export async function approveItemReviews(
  db: Kysely<Database>,
  roundUnitId: string,
  codes: readonly string[],
  userId: string,
  at: string,
): Promise<void> {
  if (codes.length === 0) return;
  await db
    .updateTable("item_reviews")
    .set((eb) => ({ approved_by: userId, approved_at: at, version: eb("version", "+", 1) }))
    .where("round_unit_id", "=", roundUnitId)
    .where("item_code", "in", [...codes])
    .where("approved_at", "is", null)
    .execute();
}

/** Every active reviewer's assignment with its organisation's path, by the reviewer's name. */
export function listActiveReviewerAssignments(db: Kysely<Database>) {
  return db
    .selectFrom("role_assignments")
    .innerJoin("users", "users.id", "role_assignments.user_id")
    .innerJoin("organisations", "organisations.id", "role_assignments.organisation_id")
    .select([
      "users.id as user_id",
      "users.display_name",
      "role_assignments.scope",
      "role_assignments.organisation_id",
      "organisations.path",
    ])
    .where("role_assignments.role", "=", "reviewer")
    .where("users.status", "=", "active")
    .orderBy("users.display_name")
    .execute();
}

/** The display names of the users `ids` (an empty list reads nothing). */
export async function listUserNames(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("users")
    .select(["id", "display_name"])
    .where("id", "in", [...ids])
    .execute();
  return new Map(rows.map((u) => [u.id, u.display_name]));
}
