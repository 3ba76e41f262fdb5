/**
 * PostgreSQL: a unit's facts save as one statement, run as its own implicit transaction
 * (decision 0327) — the round unit's lock while its self-assessment is open, the fact's
 * versioned update, the unit's `updated_at` and the waiting audit record (decision 0250), each
 * only if the one before it happened. The lock's statuses and the update's builder are those of
 * the separate statements (./repository.ts, ./facts-repository.ts), so they cannot drift apart.
 */
import { sql, type Kysely, type QueryCreator } from "kysely";
import { prepared } from "../../db/prepared.js";
import type { AuditPendingTable, Database, FactRow } from "../../db/schema.js";
import { factAtVersionUpdate } from "./facts-repository.js";
import { LOCKABLE_STATUSES } from "./repository.js";

/** The columns of a waiting audit record, in the order the statement inserts them. */
const RECORD_COLUMNS = [
  "id",
  "occurred_at",
  "actor_user_id",
  "actor_username",
  "actor_role",
  "ip",
  "request_id",
  "action",
  "object_type",
  "object_id",
  "outcome",
  "detail",
] as const satisfies readonly (keyof AuditPendingTable)[];
// A column added to `audit_pending` and missing above fails the type check here.
const allRecordColumns: Exclude<
  keyof AuditPendingTable,
  (typeof RECORD_COLUMNS)[number]
> extends never
  ? true
  : never = true;
void allRecordColumns;

/** What the save's one statement writes. */
interface FactsSaveStatement {
  roundUnitId: string;
  now: string;
  itemCode: string;
  /** The facts row the writer read, and the version it saw. */
  id: string;
  expectedVersion: number;
  version: number;
  patch: Pick<FactRow, "value" | "reason" | "appeal_id" | "updated_by" | "updated_at">;
  record: AuditPendingTable;
}

/**
 * `locked`: the round unit's row, locked while its self-assessment is open (it waits for a
 * concurrent submission holding the row, then re-checks the status on the row as committed);
 * `changed` only when locked; the unit's `updated_at` and the audit record only when changed,
 * so a refused save changes nothing. Data-changing `with` parts all run, each reading the one
 * before. `present`: whether the unit has a self row of the item (the statement's snapshot), to
 * tell a version conflict from a missing row.
 */
const lockWriteAndRecord = prepared((db, v: FactsSaveStatement) =>
  db
    .with("locked", (q) =>
      q
        .selectFrom("round_units")
        .select("round_units.id")
        .where("round_units.id", "=", v.roundUnitId)
        .where("round_units.status", "in", LOCKABLE_STATUSES)
        .forUpdate(),
    )
    .with("changed", (q) =>
      // The builder is typed on the tables; `locked` is read in raw SQL only.
      factAtVersionUpdate(q as unknown as QueryCreator<Database>, v)
        .where(sql<boolean>`exists (select 1 from locked)`)
        .returning("facts.id"),
    )
    .with("touched", (q) =>
      q
        .updateTable("round_units")
        .set({ updated_at: v.now })
        .where("round_units.id", "in", (eb) => eb.selectFrom("locked").select("locked.id"))
        .where(sql<boolean>`exists (select 1 from changed)`),
    )
    .with("recorded", (q) =>
      q
        .insertInto("audit_pending")
        .columns(RECORD_COLUMNS)
        .expression((eb) =>
          eb
            .selectFrom("changed")
            .select(RECORD_COLUMNS.map((column) => eb.val(v.record[column]).as(column))),
        ),
    )
    .selectNoFrom((eb) => [
      sql<boolean>`exists (select 1 from locked)`.as("locked"),
      sql<boolean>`exists (select 1 from changed)`.as("changed"),
      eb
        .exists(
          eb
            .selectFrom("facts")
            .select("facts.id")
            .where("facts.round_unit_id", "=", v.roundUnitId)
            .where("facts.item_code", "=", v.itemCode)
            .where("facts.source", "=", "self"),
        )
        .as("present"),
    ]),
);

/** The save's one statement with its values, compiled (sent with the read behind it, decision 0344). */
export function lockWriteAndRecordQuery(db: Kysely<Database>, statement: FactsSaveStatement) {
  return lockWriteAndRecord.with(db, statement);
}

/** What the save's one statement did, from its result. */
export function lockWriteAndRecordOutcome(result: {
  rows: readonly { locked: boolean; changed: boolean; present: unknown }[];
}): { locked: boolean; changed: boolean; present: boolean } {
  const row = result.rows[0]!;
  return { locked: row.locked, changed: row.changed, present: row.present as boolean };
}
