/** SQL of evidence file metadata. */
import { sql, type Kysely } from "kysely";
import { toCount } from "../../db/dialect.js";
import type { Database, EvidenceFileRow } from "../../db/schema.js";

/** An evidence row with the round and unit it belongs to. */
export type EvidenceWithUnit = EvidenceFileRow & { round_id: string; unit_id: string };

function evidenceWithUnit(db: Kysely<Database>) {
  return db
    .selectFrom("evidence_files")
    .innerJoin("round_units", "round_units.id", "evidence_files.round_unit_id")
    .selectAll("evidence_files")
    .select(["round_units.round_id", "round_units.unit_id"]);
}

/** A file that is not deleted, by id. */
export function findEvidence(
  db: Kysely<Database>,
  id: string,
): Promise<EvidenceWithUnit | undefined> {
  return evidenceWithUnit(db)
    .where("evidence_files.id", "=", id)
    .where("evidence_files.deleted_at", "is", null)
    .executeTakeFirst();
}

/** The files of a round unit that are not deleted (optionally of one item), oldest first. */
export function listEvidence(
  db: Kysely<Database>,
  roundUnitId: string,
  itemCode?: string,
): Promise<EvidenceWithUnit[]> {
  let query = evidenceWithUnit(db)
    .where("evidence_files.round_unit_id", "=", roundUnitId)
    .where("evidence_files.deleted_at", "is", null);
  if (itemCode !== undefined) query = query.where("evidence_files.item_code", "=", itemCode);
  return query
    .orderBy("evidence_files.item_code")
    .orderBy("evidence_files.uploaded_at")
    .orderBy("evidence_files.id")
    .execute();
}

/** How many files an item of a round unit has (not deleted). */
export async function countItemEvidence(
  db: Kysely<Database>,
  roundUnitId: string,
  itemCode: string,
): Promise<number> {
  const row = await db
    .selectFrom("evidence_files")
    .select(sql<string | number>`count(*)`.as("n"))
    .where("round_unit_id", "=", roundUnitId)
    .where("item_code", "=", itemCode)
    .where("deleted_at", "is", null)
    .executeTakeFirst();
  return toCount(row?.n);
}

/** Stores a file's metadata. */
export async function insertEvidence(db: Kysely<Database>, row: EvidenceFileRow): Promise<void> {
  await db.insertInto("evidence_files").values(row).execute();
}

/** Marks a file deleted (the bytes stay: content-addressed and referenced by the audit log). */
export async function markEvidenceDeleted(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  by: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable("evidence_files")
    .set({ deleted_at: at, deleted_by: by, version: expectedVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .where("deleted_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Every stored file name some evidence record names (for removing a crash's leftovers). */
export async function listStoredNames(db: Kysely<Database>): Promise<Set<string>> {
  const rows = await db.selectFrom("evidence_files").select("stored_name").distinct().execute();
  return new Set(rows.map((row) => row.stored_name));
}

/** Every evidence row (deleted ones included) with its unit and round, oldest first: what the verification reads. */
export function listEvidenceFilesToVerify(db: Kysely<Database>) {
  return db
    .selectFrom("evidence_files")
    .innerJoin("round_units", "round_units.id", "evidence_files.round_unit_id")
    .select([
      "evidence_files.id",
      "evidence_files.original_name",
      "evidence_files.stored_name",
      "evidence_files.sha256",
      "round_units.unit_id",
      "round_units.round_id",
    ])
    .orderBy("evidence_files.uploaded_at")
    .execute();
}

/** A file of a unit's material library: an attachment with the round it belongs to. */
export type LibraryRow = EvidenceFileRow & {
  round_id: string;
  round_title: string;
  year: number;
  scheme_version_id: string;
};

/**
 * Every attachment of a unit in every round (not deleted, not an appeal's), latest year and upload first, at
 * most `limit` rows: the unit's material library (从已有材料选择).
 */
export function listUnitLibrary(
  db: Kysely<Database>,
  unitId: string,
  limit: number,
): Promise<LibraryRow[]> {
  return db
    .selectFrom("evidence_files")
    .innerJoin("round_units", "round_units.id", "evidence_files.round_unit_id")
    .innerJoin("rounds", "rounds.id", "round_units.round_id")
    .selectAll("evidence_files")
    .select([
      "round_units.round_id",
      "rounds.title as round_title",
      "rounds.year",
      "rounds.scheme_version_id",
    ])
    .where("round_units.unit_id", "=", unitId)
    .where("evidence_files.deleted_at", "is", null)
    .where("evidence_files.appeal_id", "is", null)
    .orderBy("rounds.year", "desc")
    .orderBy("evidence_files.uploaded_at", "desc")
    .orderBy("evidence_files.id")
    .limit(limit)
    .execute();
}

/** Whether an item of a round unit already has a file with this content (not deleted). */
export async function itemHasContent(
  db: Kysely<Database>,
  roundUnitId: string,
  itemCode: string,
  sha256: string,
): Promise<boolean> {
  const row = await db
    .selectFrom("evidence_files")
    .select("id")
    .where("round_unit_id", "=", roundUnitId)
    .where("item_code", "=", itemCode)
    .where("sha256", "=", sha256)
    .where("deleted_at", "is", null)
    .where("appeal_id", "is", null)
    .executeTakeFirst();
  return row !== undefined;
}

/** The file names attached to each item of a round unit (not deleted, not appeal files), in upload order. */
export async function evidenceNamesByItem(
  db: Kysely<Database>,
  roundUnitId: string,
): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom("evidence_files")
    .select(["item_code", "original_name"])
    .where("round_unit_id", "=", roundUnitId)
    .where("deleted_at", "is", null)
    .where("appeal_id", "is", null)
    .orderBy("item_code")
    .orderBy("uploaded_at")
    .orderBy("original_name")
    .orderBy("id")
    .execute();
  const byItem = new Map<string, string[]>();
  for (const row of rows)
    byItem.set(row.item_code, [...(byItem.get(row.item_code) ?? []), row.original_name]);
  return byItem;
}
