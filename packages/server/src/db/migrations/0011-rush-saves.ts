/**
 * Saves under a rush (issue 17):
 * - `audit_pending`: audit records written inside their action's transaction but not yet placed
 *   in the hash chain (PostgreSQL, docs/decisions/0250): a save inserts its record here without
 *   waiting for the chain's lock, and the process's chainer moves committed records into
 *   `audit_log` in order, many at a time. The id sorts in write order (time, process, counter).
 * - The fact stamps (decision 0181) are bumped by a trigger on every insert and update of a facts
 *   row, in the writing statement — one statement less per facts write (decision 0252); the
 *   removal of review facts still bumps explicitly (a delete trigger would recreate stamps while
 *   a restore empties the tables).
 */
import { sql, type Kysely } from "kysely";
import { isPostgres } from "../dialect.js";

/** Creates the table. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("audit_pending")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("occurred_at", "varchar(30)", (c) => c.notNull())
    .addColumn("actor_user_id", "varchar(36)")
    .addColumn("actor_username", "varchar(64)")
    .addColumn("actor_role", "varchar(32)")
    .addColumn("ip", "varchar(64)")
    .addColumn("request_id", "varchar(64)")
    .addColumn("action", "varchar(64)", (c) => c.notNull())
    .addColumn("object_type", "varchar(32)")
    .addColumn("object_id", "varchar(64)")
    .addColumn("outcome", "varchar(16)", (c) => c.notNull())
    .addColumn("detail", "text", (c) => c.notNull())
    .execute();

  if (isPostgres(db)) {
    await sql`create or replace function kaoping_bump_fact_stamp() returns trigger language plpgsql as $$
      begin
        insert into round_fact_stamps (round_id, item_code, stamp)
          select round_units.round_id, new.item_code, 1 from round_units
            where round_units.id = new.round_unit_id
          on conflict (round_id, item_code) do update set stamp = round_fact_stamps.stamp + 1;
        return null;
      end $$`.execute(db);
    await sql`create trigger facts_bump_stamp after insert or update on facts
      for each row execute function kaoping_bump_fact_stamp()`.execute(db);
    return;
  }
  for (const event of ["insert", "update"]) {
    await sql
      .raw(
        `create trigger facts_bump_stamp_${event} after ${event} on facts begin
          insert into round_fact_stamps (round_id, item_code, stamp)
            select round_id, new.item_code, 1 from round_units where id = new.round_unit_id
          on conflict (round_id, item_code) do update set stamp = stamp + 1;
        end`,
      )
      .execute(db);
  }
}

/** Kept; the migration is not reverted. */
export async function down(): Promise<void> {
  throw new Error("0011-rush-saves cannot be reverted");
}
