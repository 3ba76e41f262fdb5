// The ceiling of the saves benchmark: its table and its one insert, shared by the ceiling's
// server (./ceiling-server.mjs), the bench that creates its table (../saves.mjs) and the
// in-process bound (./profile-save.mjs FLOOR=1).
import { randomUUID } from "node:crypto";

/** Creates the ceiling's table in a kaoping database. */
export async function createCeilingTable(db) {
  await db.schema
    .createTable("bench_ceiling")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("unit", "varchar(36)", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("at", "varchar(30)", (c) => c.notNull())
    .execute();
}

/** The ceiling's one insert, of a request body `{ unit, value }`. */
export async function insertCeilingRow(db, { unit, value }) {
  await db
    .insertInto("bench_ceiling")
    .values({ id: randomUUID(), unit, value: JSON.stringify(value), at: new Date().toISOString() })
    .execute();
}
