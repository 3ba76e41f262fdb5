/**
 * SQL of the workflow core: what every workflow module shares about rounds and their units — a
 * round with its scheme, its units, a unit's versioned update, approvals, and
 * the round-wide reads of facts and ratings that scoring makes in one query each (results for
 * 1,500 units never query per unit). Facts rows' statements: ./facts-repository.ts.
 */
import type { Scheme } from "@kaoping/engine";
import { sql, type Kysely } from "kysely";
import type {
  Database,
  FactRow,
  RatingRow,
  RoundRow,
  RoundUnitRow,
  RoundUnitsTable,
} from "../../db/schema.js";
import { fetchPage, type PageRequest } from "../../db/pagination.js";
import { prepared } from "../../db/prepared.js";

/** Withdraws every approval of a unit (returned, reopened or withdrawn: all parts start again). */
export async function clearApprovals(db: Kysely<Database>, roundUnitId: string): Promise<void> {
  await db
    .updateTable("item_reviews")
    .set((eb) => ({ approved_by: null, approved_at: null, version: eb("version", "+", 1) }))
    .where("round_unit_id", "=", roundUnitId)
    .where("approved_at", "is not", null)
    .execute();
}

/** The self facts of a round unit by item code. */
export async function selfFactsOf(
  db: Kysely<Database>,
  roundUnitId: string,
): Promise<Record<string, Record<string, unknown>>> {
  const rows = await db
    .selectFrom("facts")
    .select(["item_code", "value"])
    .where("round_unit_id", "=", roundUnitId)
    .where("source", "=", "self")
    .execute();
  return Object.fromEntries(
    rows.map((r) => [r.item_code, JSON.parse(r.value) as Record<string, unknown>]),
  );
}

/**
 * The statuses in which a round unit's own writes take its lock (its self-assessment open; the
 * deadline is checked before): one definition for `lockEditable`'s statement and the facts
 * save's one statement on PostgreSQL (decision 0327).
 */
export const LOCKABLE_STATUSES = ["draft", "returned"] as const;

// Prepared (docs/decisions/0296): every save takes the unit's lock with it.
const touchEditableRoundUnit = prepared((db, v: { roundUnitId: string; now: string }) =>
  db
    .updateTable("round_units")
    .set({ updated_at: v.now })
    .where("id", "=", v.roundUnitId)
    .where("status", "in", LOCKABLE_STATUSES),
);

/**
 * Takes the round unit's row lock when its self-assessment is open (draft or returned), by
 * touching `updated_at`; returns whether it was.
 */
export async function touchOpenRoundUnit(
  db: Kysely<Database>,
  roundUnitId: string,
  now: string,
): Promise<boolean> {
  const result = await touchEditableRoundUnit(db, { roundUnitId, now });
  return (result.numAffectedRows ?? 0n) > 0n;
}

/** The status columns of a round unit that editability depends on. */
export function findRoundUnitStatus(
  db: Kysely<Database>,
  roundUnitId: string,
): Promise<Pick<RoundUnitRow, "status" | "reopened" | "self_assessment_deadline"> | undefined> {
  return db
    .selectFrom("round_units")
    .select(["status", "reopened", "self_assessment_deadline"])
    .where("id", "=", roundUnitId)
    .executeTakeFirst();
}

/** A round with the assessing organisation's path and its scheme version's identity. */
export type RoundRowWithScheme = RoundRow & {
  organisation_path: string;
  scheme_id: string;
  scheme_code: string;
  scheme_title: string;
  scheme_lineage: string;
  scheme_version_number: number;
};

/**
 * A round with what access checks, screens and scoring need: the assessing organisation's path
 * and its scheme version (identity and the validated scheme, from the process's cache of
 * immutable versions — the document is read only when the version is not cached). The one
 * round type of the workflow.
 */
export type RoundWithScheme = RoundRowWithScheme & { scheme: Scheme };

/** A round unit with its organisation's name, code and path. */
export type RoundUnitWithName = RoundUnitRow & {
  unit_name: string;
  unit_code: string;
  unit_path: string;
};

/** One round by id, with its scheme version (and document). */
export function findRoundRow(
  db: Kysely<Database>,
  roundId: string,
): Promise<RoundRowWithScheme | undefined> {
  return db
    .selectFrom("rounds")
    .innerJoin("organisations", "organisations.id", "rounds.assessing_organisation_id")
    .innerJoin("scheme_versions", "scheme_versions.id", "rounds.scheme_version_id")
    .innerJoin("schemes", "schemes.id", "scheme_versions.scheme_id")
    .selectAll("rounds")
    .select([
      "organisations.path as organisation_path",
      "schemes.id as scheme_id",
      "schemes.code as scheme_code",
      "schemes.title as scheme_title",
      "schemes.lineage as scheme_lineage",
      "scheme_versions.number as scheme_version_number",
    ])
    .where("rounds.id", "=", roundId)
    .executeTakeFirst();
}

function roundUnitsWithNames(db: Kysely<Database>) {
  return db
    .selectFrom("round_units")
    .innerJoin("organisations", "organisations.id", "round_units.unit_id")
    .selectAll("round_units")
    .select([
      "organisations.name as unit_name",
      "organisations.code as unit_code",
      "organisations.path as unit_path",
    ]);
}

/** The units of a round, in organisation code order. */
export function listRoundUnits(
  db: Kysely<Database>,
  roundId: string,
): Promise<RoundUnitWithName[]> {
  return roundUnitsWithNames(db)
    .where("round_units.round_id", "=", roundId)
    .orderBy("organisations.code")
    .orderBy("round_units.id")
    .execute();
}

/** One page of a round's units; `onlyUnitId` restricts unit roles to their own. */
export function listRoundUnitsPage(
  db: Kysely<Database>,
  roundId: string,
  filters: { status?: string | undefined; statuses?: string[]; onlyUnitId?: string },
  page: PageRequest,
) {
  let query = roundUnitsWithNames(db).where("round_units.round_id", "=", roundId);
  if (filters.status !== undefined) query = query.where("round_units.status", "=", filters.status);
  if (filters.statuses !== undefined)
    query = query.where("round_units.status", "in", filters.statuses);
  if (filters.onlyUnitId !== undefined)
    query = query.where("round_units.unit_id", "=", filters.onlyUnitId);
  return fetchPage(
    query,
    page,
    {
      unitCode: "organisations.code",
      unitName: "organisations.name",
      status: "round_units.status",
      updatedAt: "round_units.updated_at",
    },
    "round_units.id",
  );
}

/** One unit of a round, by the unit's organisation id. */
export function findRoundUnit(
  db: Kysely<Database>,
  roundId: string,
  unitId: string,
): Promise<RoundUnitWithName | undefined> {
  return roundUnitsWithNames(db)
    .where("round_units.round_id", "=", roundId)
    .where("round_units.unit_id", "=", unitId)
    .executeTakeFirst();
}

/** The columns of a facts row that scoring needs. */
export type FactValueRow = Pick<FactRow, "round_unit_id" | "item_code" | "source" | "value">;

/** Every rating of a round's units, oldest first. */
export function listRoundRatings(db: Kysely<Database>, roundId: string): Promise<RatingRow[]> {
  return db
    .selectFrom("ratings")
    .innerJoin("round_units", "round_units.id", "ratings.round_unit_id")
    .selectAll("ratings")
    .where("round_units.round_id", "=", roundId)
    .orderBy("ratings.created_at")
    .orderBy("ratings.id")
    .execute();
}

/** Separators of `listRoundFactTexts`: between a row's fields, and between rows. */
export const FIELD_SEPARATOR = "\u0001";
export const ROW_SEPARATOR = "\u0002";

/** One round unit's facts rows (self and review) as one text: see `listRoundFactTexts`. */
export interface UnitFactsText {
  round_unit_id: string;
  rows: string;
}

/**
 * Every facts row of a round's units, one text per round unit: `item_code`, `source` and
 * `value` of each row joined by FIELD_SEPARATOR, rows in (item_code, source) order joined by
 * ROW_SEPARATOR; round units in id order. One row per round unit (1,500 at province scale)
 * instead of one per fact (40,000): the rows are the largest part of a results request, and
 * the database joins them faster than the driver makes a row object for each (decision 0056).
 * Neither separator can occur in the fields: values are JSON texts (control characters escaped),
 * item codes and sources are plain codes.
 */
export function listRoundFactTexts(
  db: Kysely<Database>,
  roundId: string,
): Promise<UnitFactsText[]> {
  // string_agg(… order by …) is standard SQL in PostgreSQL and SQLite ≥ 3.44.
  return db
    .selectFrom("facts")
    .select([
      "round_unit_id",
      sql<string>`string_agg(${sql.ref("item_code")} || ${FIELD_SEPARATOR} || ${sql.ref("source")} || ${FIELD_SEPARATOR} || ${sql.ref("value")}, ${ROW_SEPARATOR} order by ${sql.ref("item_code")}, ${sql.ref("source")})`.as(
        "rows",
      ),
    ])
    .where(
      "round_unit_id",
      "in",
      db.selectFrom("round_units").select("id").where("round_id", "=", roundId),
    )
    .groupBy("round_unit_id")
    .orderBy("round_unit_id")
    .execute();
}

/** The columns of a rating that scoring needs. */
export type RatingValueRow = Pick<
  RatingRow,
  "round_unit_id" | "item_code" | "rater_id" | "rater_group" | "value"
>;

/** Every rating of a round's units, oldest first — only the columns scoring needs. */
export function listRoundRatingValues(
  db: Kysely<Database>,
  roundId: string,
): Promise<RatingValueRow[]> {
  return db
    .selectFrom("ratings")
    .innerJoin("round_units", "round_units.id", "ratings.round_unit_id")
    .select([
      "ratings.round_unit_id",
      "ratings.item_code",
      "ratings.rater_id",
      "ratings.rater_group",
      "ratings.value",
    ])
    .where("round_units.round_id", "=", roundId)
    .orderBy("ratings.created_at")
    .orderBy("ratings.id")
    .execute();
}

/** The facts rows of one round unit. */
export function listUnitFacts(db: Kysely<Database>, roundUnitId: string): Promise<FactRow[]> {
  return db.selectFrom("facts").selectAll().where("round_unit_id", "=", roundUnitId).execute();
}

/** Changes a round unit if it still has `expectedVersion`; returns whether it changed. */
export async function updateRoundUnit(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  patch: Partial<Omit<RoundUnitsTable, "id" | "version" | "round_id" | "unit_id" | "created_at">>,
): Promise<boolean> {
  const result = await db
    .updateTable("round_units")
    .set({ ...patch, version: expectedVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The document of a scheme version, or undefined when there is none. */
export async function findSchemeDocument(
  db: Kysely<Database>,
  versionId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom("scheme_versions")
    .select("document")
    .where("id", "=", versionId)
    .executeTakeFirst();
  return row?.document;
}
