/**
 * Fact stamps (docs/decisions/0181): every write of a facts row bumps the counter of its round
 * and item in the same transaction, so a reader learns from a few rows whether the facts of
 * some items of a round changed since it last looked — in this process or any other.
 */
import { sql, type Kysely } from "kysely";
import { prepared } from "../../db/prepared.js";
import type { Database, FactRow } from "../../db/schema.js";

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

/** The memo key text of some items' stamps (`4.4:3|9.3:0`; an item never written: 0). */
function stampsText(
  itemCodes: readonly string[],
  rows: readonly { item_code: string; stamp: number | string }[],
): string {
  const byItem = new Map(rows.map((row) => [row.item_code, Number(row.stamp)]));
  return [...itemCodes]
    .sort()
    .map((code) => `${code}:${byItem.get(code) ?? 0}`)
    .join("|");
}

/** A column of a facts row, read as possibly null (the stamp rows of the union have none). */
const factColumn = <C extends keyof FactRow>(column: C) =>
  sql.ref<FactRow[C] | null>(`facts.${column}`).as(column);
/** A column the stamp rows leave empty. */
const none = <C extends keyof FactRow>(column: C) => sql<FactRow[C] | null>`null`.as(column);

/**
 * The unit's facts rows, then the stamps of the round's items, in one statement: the stamp rows
 * have no facts columns (null) and the facts rows no stamp (the stamp column is never null).
 */
const selectUnitFactsWithStamps = prepared(
  (db, v: { roundUnitId: string; roundId: string; itemCodes: string[] }) =>
    db
      .selectFrom("facts")
      .select([
        factColumn("id"),
        factColumn("round_unit_id"),
        sql.ref<string>("facts.item_code").as("item_code"),
        factColumn("source"),
        factColumn("value"),
        factColumn("reason"),
        factColumn("appeal_id"),
        factColumn("updated_by"),
        factColumn("updated_at"),
        factColumn("version"),
        sql<number | null>`null`.as("stamp"),
      ])
      .where("facts.round_unit_id", "=", v.roundUnitId)
      .unionAll(
        db
          .selectFrom("round_fact_stamps")
          .select([
            none("id"),
            none("round_unit_id"),
            sql.ref<string>("round_fact_stamps.item_code").as("item_code"),
            none("source"),
            none("value"),
            none("reason"),
            none("appeal_id"),
            none("updated_by"),
            none("updated_at"),
            none("version"),
            sql.ref<number | null>("round_fact_stamps.stamp").as("stamp"),
          ])
          .where("round_fact_stamps.round_id", "=", v.roundId)
          .where("round_fact_stamps.item_code", "in", v.itemCodes),
      ),
);

/**
 * A round unit's facts rows (every source) with the stamps of some items of its round as one
 * text for a memo key (`4.4:3|9.3:0`), in one statement: the live score after every save reads
 * both (docs/decisions/0296; two statements before).
 */
export async function unitFactsWithStamps(
  db: Kysely<Database>,
  roundUnitId: string,
  roundId: string,
  itemCodes: readonly string[],
): Promise<{ rows: FactRow[]; stamps: string }> {
  if (itemCodes.length === 0) {
    const { rows } = await selectUnitFacts(db, { roundUnitId });
    return { rows, stamps: "" };
  }
  const result = await selectUnitFactsWithStamps(db, {
    roundUnitId,
    roundId,
    itemCodes: [...itemCodes],
  });
  const rows: FactRow[] = [];
  const stamps: { item_code: string; stamp: number }[] = [];
  for (const { stamp, ...row } of result.rows) {
    if (stamp === null) rows.push(row as FactRow);
    else stamps.push({ item_code: row.item_code, stamp });
  }
  return { rows, stamps: stampsText(itemCodes, stamps) };
}

const selectUnitFacts = prepared((db, v: { roundUnitId: string }) =>
  db.selectFrom("facts").selectAll().where("round_unit_id", "=", v.roundUnitId),
);
