/** SQL of appeals (申诉). */
import type { Kysely } from "kysely";
import type { AppealRow, Database } from "../../db/schema.js";

/** An appeal with its round and unit. */
export type AppealWithUnit = AppealRow & { round_id: string; unit_id: string; unit_name: string };

function appealsWithUnit(db: Kysely<Database>) {
  return db
    .selectFrom("appeals")
    .innerJoin("round_units", "round_units.id", "appeals.round_unit_id")
    .innerJoin("organisations", "organisations.id", "round_units.unit_id")
    .selectAll("appeals")
    .select([
      "round_units.round_id as round_id",
      "round_units.unit_id as unit_id",
      "organisations.name as unit_name",
    ]);
}

/** One appeal by id. */
export function findAppeal(db: Kysely<Database>, id: string): Promise<AppealWithUnit | undefined> {
  return appealsWithUnit(db).where("appeals.id", "=", id).executeTakeFirst();
}

/** The appeals of a round (optionally of one unit), oldest first. */
export function listAppeals(
  db: Kysely<Database>,
  roundId: string,
  unitId?: string,
): Promise<AppealWithUnit[]> {
  let query = appealsWithUnit(db).where("round_units.round_id", "=", roundId);
  if (unitId !== undefined) query = query.where("round_units.unit_id", "=", unitId);
  return query.orderBy("appeals.submitted_at").orderBy("appeals.id").execute();
}

/** Stores a new appeal. */
export async function insertAppeal(db: Kysely<Database>, row: AppealRow): Promise<void> {
  await db.insertInto("appeals").values(row).execute();
}

/** Records the answer if the appeal still has `expectedVersion`; returns whether it changed. */
export async function answerAppealRow(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  patch: Pick<AppealRow, "state" | "answer" | "answered_by" | "answered_at">,
): Promise<boolean> {
  const result = await db
    .updateTable("appeals")
    .set({ ...patch, version: expectedVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .where("state", "=", "submitted")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The snapshot sequence an upheld appeal produced (from the audit-free link: the review facts carry the appeal id). */
export async function snapshotOfAppeal(
  db: Kysely<Database>,
  roundId: string,
  appealId: string,
): Promise<number | null> {
  const row = await db
    .selectFrom("result_snapshots")
    .select("sequence")
    .where("round_id", "=", roundId)
    .where("kind", "=", "appeal")
    .where("reason", "like", `%${appealId}%`)
    .executeTakeFirst();
  return row?.sequence ?? null;
}

/** Evidence files (not deleted) attached to these appeals. */
export function listAppealEvidence(db: Kysely<Database>, appealIds: readonly string[]) {
  if (appealIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("evidence_files")
    .select(["id", "appeal_id", "original_name", "size", "content_type", "uploaded_at"])
    .where("appeal_id", "in", [...appealIds])
    .where("deleted_at", "is", null)
    .orderBy("uploaded_at")
    .orderBy("id")
    .execute();
}
