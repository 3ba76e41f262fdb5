/**
 * Fact stamps only for the items the cross-unit rules read (issue 17, docs/decisions/0308): the
 * trigger of migration 0011 bumped — and created — a stamp row for every item written, so every
 * unit saving the same item of a round updated one shared row and, on PostgreSQL, waited for the
 * lock of every other save of that item through its commit. The trigger now bumps an existing row
 * only; each round gets rows for exactly the items its cross-unit rules read. Idempotent (the
 * SQLite part runs without a transaction). On PostgreSQL the facts table is locked in share mode
 * first: writes that began before the new trigger finish, and none starts until the rows are
 * registered, so no write of a registered item goes uncounted (a rolling upgrade keeps saving).
 */
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.js";
import { isPostgres } from "../dialect.js";
import { registerEveryRoundFactStamps } from "../../modules/workflow/index.js";

/** Replaces the trigger and registers every round's stamps. */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`lock table facts in share mode`.execute(db);
    await sql`create or replace function kaoping_bump_fact_stamp() returns trigger language plpgsql as $$
      begin
        update round_fact_stamps set stamp = stamp + 1
          where round_id = (select round_units.round_id from round_units
              where round_units.id = new.round_unit_id)
            and item_code = new.item_code;
        return null;
      end $$`.execute(db);
  } else {
    for (const event of ["insert", "update"]) {
      await sql.raw(`drop trigger if exists facts_bump_stamp_${event}`).execute(db);
      await sql
        .raw(
          `create trigger facts_bump_stamp_${event} after ${event} on facts begin
            update round_fact_stamps set stamp = stamp + 1
              where round_id = (select round_id from round_units where id = new.round_unit_id)
                and item_code = new.item_code;
          end`,
        )
        .execute(db);
    }
  }
  await registerEveryRoundFactStamps(db as Kysely<Database>);
}

/** Kept; the migration is not reverted. */
export async function down(): Promise<void> {
  throw new Error("0014-fact-stamps-of-cross-unit-items cannot be reverted");
}
