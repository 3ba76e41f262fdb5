/** SQL of the organisation tree and its history. */
import { sql, type Kysely } from "kysely";
import type { OrganisationReach } from "../../authz/object-access.js";
import type {
  Database,
  NewOrganisation,
  OrganisationRow,
  OrganisationsTable,
} from "../../db/schema.js";
import { fetchPage, likeText, type PageRequest } from "../../db/pagination.js";

/** An organisation by id. */
export function findOrganisation(
  db: Kysely<Database>,
  id: string,
): Promise<OrganisationRow | undefined> {
  return db.selectFrom("organisations").selectAll().where("id", "=", id).executeTakeFirst();
}

/** An organisation by code. */
export function findOrganisationByCode(
  db: Kysely<Database>,
  code: string,
): Promise<OrganisationRow | undefined> {
  return db.selectFrom("organisations").selectAll().where("code", "=", code).executeTakeFirst();
}

/** Every organisation's id, code, name and status (the choices of a bulk account import). */
export function listOrganisationChoices(
  db: Kysely<Database>,
): Promise<Pick<OrganisationRow, "id" | "code" | "name" | "status">[]> {
  return db
    .selectFrom("organisations")
    .select(["id", "code", "name", "status"])
    .orderBy("code")
    .execute();
}

/** Stores a new organisation. */
export async function insertOrganisation(
  db: Kysely<Database>,
  row: NewOrganisation,
): Promise<void> {
  await db.insertInto("organisations").values(row).execute();
}

/** Changes an organisation if it still has `expectedVersion`; returns whether it changed. */
export async function updateOrganisation(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  patch: Partial<Omit<OrganisationsTable, "id" | "version" | "created_at">>,
): Promise<boolean> {
  const result = await db
    .updateTable("organisations")
    .set({ ...patch, version: expectedVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Rewrites the tree paths below a moved organisation (`oldPath` → `newPath` prefix). */
export async function movePaths(
  db: Kysely<Database>,
  oldPath: string,
  newPath: string,
): Promise<void> {
  await db
    .updateTable("organisations")
    .set({ path: sql<string>`${newPath} || substr(path, ${oldPath.length + 1})` })
    .where(likeText("path", oldPath, "startsWith"))
    .where("path", "<>", oldPath)
    .execute();
}

/** Filters of the organisation list. */
export interface OrganisationFilters {
  parentId?: string | undefined;
  subtreePath?: string | undefined;
  type?: string | undefined;
  status?: string | undefined;
  q?: string | undefined;
}

/** One page of the organisations an actor reaches, filtered. */
export function listOrganisations(
  db: Kysely<Database>,
  reach: OrganisationReach,
  filters: OrganisationFilters,
  page: PageRequest,
) {
  let query = db.selectFrom("organisations").selectAll();
  if (reach.kind === "none") query = query.where(sql<boolean>`1 = 0`);
  if (reach.kind === "own") query = query.where("id", "=", reach.organisationId);
  if (reach.kind === "subtree") query = query.where(likeText("path", reach.path, "startsWith"));
  if (filters.parentId !== undefined) query = query.where("parent_id", "=", filters.parentId);
  if (filters.subtreePath !== undefined)
    query = query.where(likeText("path", filters.subtreePath, "startsWith"));
  if (filters.type !== undefined) query = query.where("type", "=", filters.type);
  if (filters.status !== undefined) query = query.where("status", "=", filters.status);
  if (filters.q !== undefined) {
    const q = filters.q;
    query = query.where((eb) => eb.or([likeText("code", q), likeText("name", q)]));
  }
  return fetchPage(
    query,
    page,
    { code: "code", name: "name", type: "type", createdAt: "created_at" },
    "id",
  );
}

/** Appends a state to an organisation's history. */
export async function insertOrganisationHistory(
  db: Kysely<Database>,
  row: Database["organisation_history"],
): Promise<void> {
  await db.insertInto("organisation_history").values(row).execute();
}

/** One page of an organisation's history. */
export function listOrganisationHistory(
  db: Kysely<Database>,
  organisationId: string,
  page: PageRequest,
) {
  const query = db
    .selectFrom("organisation_history")
    .selectAll()
    .where("organisation_id", "=", organisationId);
  return fetchPage(query, page, { version: "version" }, "id");
}
