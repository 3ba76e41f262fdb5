/** SQL of the database evidence store: bytes by SHA-256 (table evidence_blobs, decision 0180). */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/** Stores bytes under their digest; the same content stored before is kept as it is. */
export async function insertEvidenceBlob(
  db: Kysely<Database>,
  blob: { sha256: string; size: number; bytes: Buffer },
): Promise<void> {
  await db
    .insertInto("evidence_blobs")
    .values(blob)
    .onConflict((oc) => oc.column("sha256").doNothing())
    .execute();
}

/** The bytes stored under a digest, if any. */
export async function findEvidenceBlob(
  db: Kysely<Database>,
  sha256: string,
): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom("evidence_blobs")
    .select("bytes")
    .where("sha256", "=", sha256)
    .executeTakeFirst();
  return row === undefined ? undefined : Buffer.from(row.bytes);
}
