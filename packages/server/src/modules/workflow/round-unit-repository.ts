/**
 * A round and one of its units in one statement (issue 17, docs/decisions/0266): every request
 * of a unit's data — above all the facts save under a deadline rush — read the round and then
 * the round unit, two statements and two round trips where one does.
 */
import { sql, type Kysely } from "kysely";
import { prepared } from "../../db/prepared.js";
import type { Database, FactRow, RoundRow } from "../../db/schema.js";
import type { RoundRowWithScheme, RoundUnitWithName } from "./repository.js";

/** Every column of a round, selected under a `round_` prefix beside the round unit's own. */
const ROUND_COLUMNS = [
  "id",
  "assessing_organisation_id",
  "scheme_version_id",
  "title",
  "year",
  "period",
  "description",
  "state",
  "self_assessment_deadline",
  "review_deadline",
  "rating_deadline",
  "appeal_deadline",
  "state_changed_at",
  "version",
  "created_by",
  "created_at",
  "updated_at",
] as const satisfies readonly (keyof RoundRow)[];
// A column added to `rounds` and missing above fails the type check here.
const allRoundColumns: Exclude<keyof RoundRow, (typeof ROUND_COLUMNS)[number]> extends never
  ? true
  : never = true;
void allRoundColumns;

const SCHEME_COLUMNS = {
  organisation_path: "assessing.path",
  scheme_id: "schemes.id",
  scheme_code: "schemes.code",
  scheme_title: "schemes.title",
  scheme_lineage: "schemes.lineage",
  scheme_version_number: "scheme_versions.number",
} as const;

/** The round unit joined with its round, the organisations and the scheme version's identity. */
function roundWithUnit(db: Kysely<Database>, v: { roundId: string; unitId: string }) {
  return db
    .selectFrom("round_units")
    .innerJoin("rounds", "rounds.id", "round_units.round_id")
    .innerJoin("organisations as unit", "unit.id", "round_units.unit_id")
    .innerJoin("organisations as assessing", "assessing.id", "rounds.assessing_organisation_id")
    .innerJoin("scheme_versions", "scheme_versions.id", "rounds.scheme_version_id")
    .innerJoin("schemes", "schemes.id", "scheme_versions.scheme_id")
    .selectAll("round_units")
    .select(["unit.name as unit_name", "unit.code as unit_code", "unit.path as unit_path"])
    .select(ROUND_COLUMNS.map((column) => sql.ref(`rounds.${column}`).as(`round__${column}`)))
    .select(
      Object.entries(SCHEME_COLUMNS).map(([alias, column]) =>
        sql.ref(column).as(`round__${alias}`),
      ),
    )
    .where("round_units.round_id", "=", v.roundId)
    .where("round_units.unit_id", "=", v.unitId);
}

/** The statement, prepared (built and compiled once: its ~40 columns were most of its cost, docs/decisions/0296). */
const selectRoundWithUnit = prepared(roundWithUnit);

/** Every column of a facts row, selected under a `fact__` prefix. */
const FACT_COLUMNS = [
  "id",
  "round_unit_id",
  "item_code",
  "source",
  "value",
  "reason",
  "appeal_id",
  "updated_by",
  "updated_at",
  "version",
] as const satisfies readonly (keyof FactRow)[];
const allFactColumns: Exclude<keyof FactRow, (typeof FACT_COLUMNS)[number]> extends never
  ? true
  : never = true;
void allFactColumns;

/**
 * The same with one item's self facts row of the round unit, if any: what a facts save writes
 * over, read with the round and unit instead of inside the write (decision 0327).
 */
const selectRoundWithUnitAndFact = prepared(
  (db, v: { roundId: string; unitId: string; itemCode: string }) =>
    roundWithUnit(db, v)
      .leftJoin("facts", (join) =>
        join
          .onRef("facts.round_unit_id", "=", "round_units.id")
          .on("facts.item_code", "=", v.itemCode)
          .on("facts.source", "=", "self"),
      )
      .select(FACT_COLUMNS.map((column) => sql.ref(`facts.${column}`).as(`fact__${column}`))),
);

/** A round (with its scheme version's identity) and one of its units by the unit's organisation; undefined when either is missing. */
export async function findRoundWithUnit(
  db: Kysely<Database>,
  roundId: string,
  unitId: string,
): Promise<{ round: RoundRowWithScheme; roundUnit: RoundUnitWithName } | undefined> {
  const row = (await selectRoundWithUnit(db, { roundId, unitId })).rows[0];
  if (row === undefined) return undefined;
  const { round, roundUnit } = split(row as Record<string, unknown>);
  return { round, roundUnit };
}

/**
 * The same with the round unit's self facts row of one item (undefined: none), read in the same
 * statement (decision 0327).
 */
export async function findRoundWithUnitAndFact(
  db: Kysely<Database>,
  roundId: string,
  unitId: string,
  itemCode: string,
): Promise<
  { round: RoundRowWithScheme; roundUnit: RoundUnitWithName; fact: FactRow | undefined } | undefined
> {
  const row = (await selectRoundWithUnitAndFact(db, { roundId, unitId, itemCode })).rows[0];
  return row === undefined ? undefined : split(row as Record<string, unknown>);
}

/** A joined row's columns by their prefix: the round's, the fact's (if any) and the unit's own. */
function split(row: Record<string, unknown>): {
  round: RoundRowWithScheme;
  roundUnit: RoundUnitWithName;
  fact: FactRow | undefined;
} {
  const round: Record<string, unknown> = {};
  const roundUnit: Record<string, unknown> = {};
  const fact: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key.startsWith("round__")) round[key.slice("round__".length)] = value;
    else if (key.startsWith("fact__")) fact[key.slice("fact__".length)] = value;
    else roundUnit[key] = value;
  }
  return {
    round: round as RoundRowWithScheme,
    roundUnit: roundUnit as RoundUnitWithName,
    fact: fact.id === null || fact.id === undefined ? undefined : (fact as unknown as FactRow),
  };
}
