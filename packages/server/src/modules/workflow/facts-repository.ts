/**
 * SQL of facts rows, the one write path's statements (./facts.ts): read, insert, versioned
 * update, removal of review rows. The save path's statements are prepared: built and compiled
 * once (docs/decisions/0296).
 */
import { sql, type Kysely, type QueryCreator } from "kysely";
import { isPostgres } from "../../db/dialect.js";
import { prepared } from "../../db/prepared.js";
import type { Database, FactRow } from "../../db/schema.js";
import { bumpFactStamp } from "./fact-stamps-repository.js";

/** The facts row of one item of a round unit from one source. */
export async function findFact(
  db: Kysely<Database>,
  roundUnitId: string,
  itemCode: string,
  source: "self" | "review",
): Promise<FactRow | undefined> {
  return (await selectFact(db, { roundUnitId, itemCode, source })).rows[0];
}

const selectFact = prepared(
  (db, v: { roundUnitId: string; itemCode: string; source: "self" | "review" }) =>
    db
      .selectFrom("facts")
      .selectAll()
      .where("round_unit_id", "=", v.roundUnitId)
      .where("item_code", "=", v.itemCode)
      .where("source", "=", v.source),
);
/**
 * The versioned update of a facts row: changes it only while it has the version the writer saw.
 * One definition for the update statement and the facts save's one statement (decision 0327).
 */
export function factAtVersionUpdate(
  db: QueryCreator<Database>,
  v: { id: string; expectedVersion: number; version: number; patch: FactPatch },
) {
  return db
    .updateTable("facts")
    .set({ ...v.patch, version: v.version })
    .where("facts.id", "=", v.id)
    .where("facts.version", "=", v.expectedVersion);
}
const updateFactAtVersion = prepared(factAtVersionUpdate);
/** Stores a new facts row. */
export async function insertFact(db: Kysely<Database>, row: FactRow): Promise<void> {
  // The fact stamp of its round and item is bumped by the table's trigger (decisions 0181, 0252).
  await db.insertInto("facts").values(row).execute();
}

/** Changes a facts row if it still has `expectedVersion`; returns whether it changed. */
export async function updateFact(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  patch: Pick<FactRow, "value" | "reason" | "appeal_id" | "updated_by" | "updated_at">,
): Promise<boolean> {
  const result = await updateFactAtVersion(db, {
    id,
    expectedVersion,
    version: expectedVersion + 1,
    patch,
  });
  // A changed row's fact stamp is bumped by the table's trigger (decisions 0181, 0252).
  return (result.numAffectedRows ?? 0n) > 0n;
}

/** Which facts row: a round unit's item from one source. */
interface FactKey {
  roundUnitId: string;
  itemCode: string;
  source: "self" | "review";
}

/** The fields a facts write sets (besides the version). */
type FactPatch = Pick<FactRow, "value" | "reason" | "appeal_id" | "updated_by" | "updated_at">;

/**
 * PostgreSQL: the row before and its versioned update in one statement. Both parts share the
 * statement's snapshot; the update changes the row only if the row read has `expectedVersion`
 * and still has it when locked (re-checked on the newest row), so a row reported changed was
 * the row read — exactly the read-then-update of SQLite, one round trip fewer.
 */
const readAndUpdateFact = prepared(
  (db, v: FactKey & { expectedVersion: number; version: number; patch: FactPatch }) =>
    db
      .with("before", (q) =>
        q
          .selectFrom("facts")
          .selectAll()
          .where("round_unit_id", "=", v.roundUnitId)
          .where("item_code", "=", v.itemCode)
          .where("source", "=", v.source),
      )
      .with("changed", (q) =>
        q
          .updateTable("facts")
          .set({ ...v.patch, version: v.version })
          .where("facts.id", "=", (eb) =>
            eb
              .selectFrom("before")
              .select("before.id")
              .where("before.version", "=", v.expectedVersion),
          )
          .where("facts.version", "=", v.expectedVersion)
          .returning("facts.id"),
      )
      .selectFrom("before")
      .selectAll("before")
      .select(sql<boolean>`exists (select 1 from changed)`.as("changed")),
);

/**
 * Changes an item's facts row if it still has `expectedVersion` (> 0); returns the row as it
 * was (undefined: none) and whether it changed. PostgreSQL: one statement
 * (docs/decisions/0296); SQLite, which has no data-changing `with`: the read, then the update.
 */
export async function updateFactAtExpectedVersion(
  db: Kysely<Database>,
  key: FactKey,
  expectedVersion: number,
  patch: FactPatch,
): Promise<{ before: FactRow | undefined; changed: boolean }> {
  if (isPostgres(db)) {
    const { rows } = await readAndUpdateFact(db, {
      ...key,
      expectedVersion,
      version: expectedVersion + 1,
      patch,
    });
    const first = rows[0];
    if (first === undefined) return { before: undefined, changed: false };
    const { changed, ...before } = first;
    return { before, changed };
  }
  const before = await findFact(db, key.roundUnitId, key.itemCode, key.source);
  const changed = before !== undefined && (await updateFact(db, before.id, expectedVersion, patch));
  return { before, changed };
}

/** Removes the `review` facts of an item (the reviewer confirmed the unit's own facts after all). */
export async function deleteReviewFacts(db: Kysely<Database>, id: string): Promise<void> {
  await bumpFactStamp(db, id);
  await db.deleteFrom("facts").where("id", "=", id).where("source", "=", "review").execute();
}
