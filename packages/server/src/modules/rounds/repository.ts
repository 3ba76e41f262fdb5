/** SQL of rounds, their units, responsible departments and state history. */
import { sql, type Kysely } from "kysely";
import type { OrganisationReach } from "../../authz/object-access.js";
import { toCount } from "../../db/dialect.js";
import { fetchPage, likeText, type PageRequest } from "../../db/pagination.js";
import { registerFactStamps, schemeOfVersion } from "../workflow/index.js";
import type {
  Database,
  OrganisationRow,
  RoundRow,
  RoundsTable,
  RoundUnitRow,
} from "../../db/schema.js";

/** A row of the round list: a round with its assessing organisation's path and its scheme version's identity. */
export type RoundListRow = RoundRow & {
  organisation_path: string;
  scheme_id: string;
  scheme_code: string;
  scheme_title: string;
  scheme_version_number: number;
};

function roundsWithScheme(db: Kysely<Database>) {
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
      "scheme_versions.number as scheme_version_number",
    ]);
}

/**
 * Stores a new round, with the fact stamps of the items its cross-unit rules read — registered
 * now, before any facts exist, so no write of them goes uncounted (docs/decisions/0308).
 */
export async function insertRound(db: Kysely<Database>, row: RoundRow): Promise<void> {
  await db.insertInto("rounds").values(row).execute();
  await registerFactStamps(db, row.id, await schemeOfVersion(db, row.scheme_version_id));
}

/** Changes a round if it still has `expectedVersion`; returns whether it changed. */
export async function updateRound(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  patch: Partial<Omit<RoundsTable, "id" | "version" | "created_at" | "created_by">>,
): Promise<boolean> {
  const result = await db
    .updateTable("rounds")
    .set({ ...patch, version: expectedVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Filters of the round list. */
export interface RoundFilters {
  state?: string | undefined;
  year?: number | undefined;
  assessingOrganisationId?: string | undefined;
  q?: string | undefined;
}

/** One page of the rounds an actor reaches (unit roles: rounds their unit is assessed in). */
export function listRounds(
  db: Kysely<Database>,
  reach: OrganisationReach,
  filters: RoundFilters,
  page: PageRequest,
) {
  let query = roundsWithScheme(db);
  if (reach.kind === "none") query = query.where(sql<boolean>`1 = 0`);
  if (reach.kind === "subtree")
    query = query.where(likeText("organisations.path", reach.path, "startsWith"));
  if (reach.kind === "own") {
    const unitId = reach.organisationId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("round_units")
          .select("round_units.id")
          .whereRef("round_units.round_id", "=", "rounds.id")
          .where("round_units.unit_id", "=", unitId),
      ),
    );
  }
  if (filters.state !== undefined) query = query.where("rounds.state", "=", filters.state);
  if (filters.year !== undefined) query = query.where("rounds.year", "=", filters.year);
  if (filters.assessingOrganisationId !== undefined)
    query = query.where("rounds.assessing_organisation_id", "=", filters.assessingOrganisationId);
  if (filters.q !== undefined) query = query.where(likeText("rounds.title", filters.q));
  return fetchPage(
    query,
    page,
    { year: "rounds.year", title: "rounds.title", createdAt: "rounds.created_at" },
    "rounds.id",
  );
}

/** Appends a state change. */
export async function insertRoundTransition(
  db: Kysely<Database>,
  row: Database["round_transitions"],
): Promise<void> {
  await db.insertInto("round_transitions").values(row).execute();
}

/** A round's state changes, oldest first. */
export function listRoundTransitions(db: Kysely<Database>, roundId: string) {
  return db
    .selectFrom("round_transitions")
    .selectAll()
    .where("round_id", "=", roundId)
    .orderBy("changed_at")
    .orderBy("id")
    .execute();
}

/** How many units a round has. */
export async function countRoundUnits(db: Kysely<Database>, roundId: string): Promise<number> {
  const row = await db
    .selectFrom("round_units")
    .select(sql<string | number>`count(*)`.as("n"))
    .where("round_id", "=", roundId)
    .executeTakeFirst();
  return toCount(row?.n);
}

/** How many units of a round are in each status. */
export async function countRoundUnitsByStatus(
  db: Kysely<Database>,
  roundId: string,
): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom("round_units")
    .select(["status", sql<string | number>`count(*)`.as("n")])
    .where("round_id", "=", roundId)
    .groupBy("status")
    .execute();
  return Object.fromEntries(rows.map((row) => [row.status, toCount(row.n)]));
}

/** Stores round units. */
export async function insertRoundUnits(
  db: Kysely<Database>,
  rows: Omit<RoundUnitRow, "self_assessment_deadline">[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto("round_units")
      .values(rows.slice(i, i + 200).map((row) => ({ ...row, self_assessment_deadline: null })))
      .execute();
}

/** Removes a draft round's units (no data hangs on them before the round starts). */
export async function deleteRoundUnits(
  db: Kysely<Database>,
  roundId: string,
  unitIds: string[],
): Promise<void> {
  if (unitIds.length > 0)
    await db
      .deleteFrom("round_units")
      .where("round_id", "=", roundId)
      .where("unit_id", "in", unitIds)
      .execute();
}

/** The organisations `ids` (an empty list reads nothing), in no particular order. */
export async function listOrganisationsByIds(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<OrganisationRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom("organisations")
    .selectAll()
    .where("id", "in", [...ids])
    .execute();
}

/** A round's responsible departments per item code. */
export async function listItemDepartments(
  db: Kysely<Database>,
  roundId: string,
): Promise<Record<string, string>> {
  const rows = await db
    .selectFrom("round_item_departments")
    .select(["item_code", "department_id"])
    .where("round_id", "=", roundId)
    .execute();
  return Object.fromEntries(rows.map((row) => [row.item_code, row.department_id]));
}

/** Replaces a round's responsible departments. */
export async function replaceItemDepartments(
  db: Kysely<Database>,
  roundId: string,
  map: Record<string, string>,
): Promise<void> {
  await db.deleteFrom("round_item_departments").where("round_id", "=", roundId).execute();
  const rows = Object.entries(map).map(([item_code, department_id]) => ({
    round_id: roundId,
    item_code,
    department_id,
  }));
  if (rows.length > 0) await db.insertInto("round_item_departments").values(rows).execute();
}

/**
 * Whether anything was recorded for a round beyond its set-up (decision 0211): facts,
 * narratives, evidence, reviews, comments, ratings, appeals, snapshots, state changes, jobs or
 * notices. A round with data is never deleted.
 */
export async function roundHasData(db: Kysely<Database>, roundId: string): Promise<boolean> {
  const unitIds = db.selectFrom("round_units").select("id").where("round_id", "=", roundId);
  const byUnit = [
    "facts",
    "narratives",
    "evidence_files",
    "item_reviews",
    "review_comments",
    "ratings",
    "appeals",
  ] as const;
  for (const table of byUnit) {
    const row = await db
      .selectFrom(table)
      .select("round_unit_id")
      .where("round_unit_id", "in", unitIds)
      .limit(1)
      .executeTakeFirst();
    if (row !== undefined) return true;
  }
  const byRound = ["round_transitions", "result_snapshots", "document_jobs", "notices"] as const;
  for (const table of byRound) {
    const row = await db
      .selectFrom(table)
      .select("round_id")
      .where("round_id", "=", roundId)
      .limit(1)
      .executeTakeFirst();
    if (row !== undefined) return true;
  }
  // A round has its stamp rows from the start (decision 0308); a stamp above 0 is a write.
  const stamped = await db
    .selectFrom("round_fact_stamps")
    .select("round_id")
    .where("round_id", "=", roundId)
    .where("stamp", ">", 0)
    .limit(1)
    .executeTakeFirst();
  return stamped !== undefined;
}

/** Deletes a round without data at `expectedVersion`, with its units and departments; whether it was. */
export async function deleteRound(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
): Promise<boolean> {
  const round = await db
    .selectFrom("rounds")
    .select("id")
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  if (round === undefined) return false;
  await db.deleteFrom("round_item_departments").where("round_id", "=", id).execute();
  await db.deleteFrom("round_fact_stamps").where("round_id", "=", id).execute();
  await db.deleteFrom("round_units").where("round_id", "=", id).execute();
  const result = await db
    .deleteFrom("rounds")
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
