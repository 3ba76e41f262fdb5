/**
 * Fact stamps (docs/decisions/0181): every write of a facts row bumps the counter of its round
 * and item in the same transaction, so a reader learns from a few rows whether the facts of
 * some items of a round changed since it last looked — in this process or any other.
 */
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/** Bumps the stamp of the round and item of facts row `factId` (call after inserting or updating it, before deleting it). */
export async function bumpFactStamp(db: Kysely<Database>, factId: string): Promise<void> {
  await sql`insert into round_fact_stamps (round_id, item_code, stamp)
      select round_units.round_id, facts.item_code, 1 from facts
        join round_units on round_units.id = facts.round_unit_id
        where facts.id = ${factId}
      on conflict (round_id, item_code) do update set stamp = round_fact_stamps.stamp + 1`.execute(
    db,
  );
}

/** The stamps of some items of a round, as one text (`4.4:3|9.3:0`), for a memo key. */
export async function factStampsText(
  db: Kysely<Database>,
  roundId: string,
  itemCodes: readonly string[],
): Promise<string> {
  if (itemCodes.length === 0) return "";
  const rows = await db
    .selectFrom("round_fact_stamps")
    .select(["item_code", "stamp"])
    .where("round_id", "=", roundId)
    .where("item_code", "in", [...itemCodes])
    .execute();
  const byItem = new Map(rows.map((row) => [row.item_code, Number(row.stamp)]));
  return [...itemCodes]
    .sort()
    .map((code) => `${code}:${byItem.get(code) ?? 0}`)
    .join("|");
}
