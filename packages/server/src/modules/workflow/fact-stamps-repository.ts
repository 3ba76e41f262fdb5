/**
 * Fact stamps (docs/decisions/0181, 0308): every write of a facts row bumps the counter of its
 * round and item in the same transaction, so a reader learns from a few rows whether the facts of
 * some items of a round changed since it last looked — in this process or any other. Only the
 * items a round's cross-unit rules read have a stamp row (registered with the round, ./fact-stamps.ts);
 * a write of any other item bumps nothing, so saves of one item by every unit of a round never
 * wait for one another on a shared row.
 */
import { sql, type Kysely } from "kysely";
import { prepared } from "../../db/prepared.js";
import type { Database, FactRow } from "../../db/schema.js";

/** Bumps the stamp of the round and item of facts row `factId`, if the item has one (call before deleting the row; inserts and updates bump by trigger). */
export async function bumpFactStamp(db: Kysely<Database>, factId: string): Promise<void> {
  await sql`update round_fact_stamps set stamp = stamp + 1
      where (round_id, item_code) in (select round_units.round_id, facts.item_code from facts
        join round_units on round_units.id = facts.round_unit_id where facts.id = ${factId})`.execute(
    db,
  );
}

/**
 * The memo key text of some items' stamps (`4.4:3|9.3:0`), or undefined when one of them has no
 * stamp row: its writes are not counted, so nothing read may be kept under a key (decision 0308).
 */
function stampsText(
  itemCodes: readonly string[],
  rows: readonly { item_code: string; stamp: number | string }[],
): string | undefined {
  const byItem = new Map(rows.map((row) => [row.item_code, Number(row.stamp)]));
  if (itemCodes.some((code) => !byItem.has(code))) return undefined;
  return [...itemCodes]
    .sort()
    .map((code) => `${code}:${byItem.get(code)!}`)
    .join("|");
}

/** Every round with its scheme version's stored document (registering every round's stamps). */
export function listRoundsWithSchemeDocuments(
  db: Kysely<Database>,
): Promise<{ id: string; version_id: string; document: string }[]> {
  return db
    .selectFrom("rounds")
    .innerJoin("scheme_versions", "scheme_versions.id", "rounds.scheme_version_id")
    .select(["rounds.id as id", "scheme_versions.id as version_id", "scheme_versions.document"])
    .execute();
}

/** The items of a round that have a stamp row. */
export async function listStampedItems(db: Kysely<Database>, roundId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("round_fact_stamps")
    .select("item_code")
    .where("round_id", "=", roundId)
    .execute();
  return rows.map((row) => row.item_code);
}

/** Gives these items of a round a stamp row (stamp 0; an existing row is kept). */
export async function insertFactStamps(
  db: Kysely<Database>,
  roundId: string,
  itemCodes: readonly string[],
): Promise<void> {
  if (itemCodes.length === 0) return;
  await db
    .insertInto("round_fact_stamps")
    .values(itemCodes.map((item_code) => ({ round_id: roundId, item_code, stamp: 0 })))
    .onConflict((c) => c.columns(["round_id", "item_code"]).doNothing())
    .execute();
}

/** Removes the stamp rows of these items of a round. */
export async function deleteFactStamps(
  db: Kysely<Database>,
  roundId: string,
  itemCodes: readonly string[],
): Promise<void> {
  if (itemCodes.length === 0) return;
  await db
    .deleteFrom("round_fact_stamps")
    .where("round_id", "=", roundId)
    .where("item_code", "in", [...itemCodes])
    .execute();
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
 * text for a memo key (`4.4:3|9.3:0`; undefined when one of the items has no stamp row), in one
 * statement: the live score after every save reads both (docs/decisions/0296; two statements
 * before).
 */
export async function unitFactsWithStamps(
  db: Kysely<Database>,
  roundUnitId: string,
  roundId: string,
  itemCodes: readonly string[],
): Promise<{ rows: FactRow[]; stamps: string | undefined }> {
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

/** What a save's live score reads of each of the unit's facts rows (decision 0344). */
export type UnitValueRow = Pick<FactRow, "item_code" | "source" | "value">;

/**
 * The same as `selectUnitFactsWithStamps` with only the columns the live score reads: a save's
 * answer needs the values, not the rows' bookkeeping (7 columns fewer per row, parsed by the
 * driver on every save).
 */
const selectUnitValuesWithStamps = prepared(
  (db, v: { roundUnitId: string; roundId: string; itemCodes: string[] }) =>
    db
      .selectFrom("facts")
      .select([
        sql.ref<string>("facts.item_code").as("item_code"),
        factColumn("source"),
        factColumn("value"),
        sql<number | null>`null`.as("stamp"),
      ])
      .where("facts.round_unit_id", "=", v.roundUnitId)
      .unionAll(
        db
          .selectFrom("round_fact_stamps")
          .select([
            sql.ref<string>("round_fact_stamps.item_code").as("item_code"),
            none("source"),
            none("value"),
            sql.ref<number | null>("round_fact_stamps.stamp").as("stamp"),
          ])
          .where("round_fact_stamps.round_id", "=", v.roundId)
          .where("round_fact_stamps.item_code", "in", v.itemCodes),
      ),
);

const selectUnitValues = prepared((db, v: { roundUnitId: string }) =>
  db
    .selectFrom("facts")
    .select(["item_code", "source", "value", sql<number | null>`null`.as("stamp")])
    .where("round_unit_id", "=", v.roundUnitId),
);

/** A unit's facts values with some items' stamps: the statement, compiled, to be run by the caller. */
export function unitValuesWithStampsQuery(
  db: Kysely<Database>,
  roundUnitId: string,
  roundId: string,
  itemCodes: readonly string[],
) {
  return itemCodes.length === 0
    ? selectUnitValues.with(db, { roundUnitId })
    : selectUnitValuesWithStamps.with(db, { roundUnitId, roundId, itemCodes: [...itemCodes] });
}

/** The rows of `unitValuesWithStampsQuery` as the unit's values and the stamps' text (as `unitFactsWithStamps`). */
export function unitValuesWithStampsOf(
  result: {
    rows: readonly {
      item_code: string;
      source: string | null;
      value: string | null;
      stamp: number | null;
    }[];
  },
  itemCodes: readonly string[],
): { rows: UnitValueRow[]; stamps: string | undefined } {
  const rows: UnitValueRow[] = [];
  const stamps: { item_code: string; stamp: number }[] = [];
  for (const { stamp, item_code, source, value } of result.rows) {
    if (stamp === null) rows.push({ item_code, source: source!, value: value! });
    else stamps.push({ item_code, stamp });
  }
  return { rows, stamps: itemCodes.length === 0 ? "" : stampsText(itemCodes, stamps) };
}
