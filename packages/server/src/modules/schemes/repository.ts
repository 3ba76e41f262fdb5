/** SQL of schemes and their published versions. */
import { sql, type Kysely } from "kysely";
import type { OrganisationReach } from "../../authz/object-access.js";
import { fetchPage, likeText, type PageRequest } from "../../db/pagination.js";
import type {
  Database,
  SchemeImportReviewRow,
  SchemeRow,
  SchemeVersionRow,
  SchemesTable,
} from "../../db/schema.js";

/** A scheme with its assessing organisation's tree path and the latest version's digest. */
export type SchemeWithPath = SchemeRow & {
  organisation_path: string;
  latest_sha256: string | null;
};

function schemesWithPath(db: Kysely<Database>) {
  return db
    .selectFrom("schemes")
    .innerJoin("organisations", "organisations.id", "schemes.assessing_organisation_id")
    .leftJoin("scheme_versions", (join) =>
      join
        .onRef("scheme_versions.scheme_id", "=", "schemes.id")
        .onRef("scheme_versions.number", "=", "schemes.latest_version_number"),
    )
    .selectAll("schemes")
    .select([
      "organisations.path as organisation_path",
      "scheme_versions.document_sha256 as latest_sha256",
    ]);
}

/** A scheme by id. */
export function findScheme(db: Kysely<Database>, id: string): Promise<SchemeWithPath | undefined> {
  return schemesWithPath(db).where("schemes.id", "=", id).executeTakeFirst();
}

/** A scheme of an assessing organisation by its code. */
export function findSchemeByCode(
  db: Kysely<Database>,
  organisationId: string,
  code: string,
): Promise<SchemeRow | undefined> {
  return db
    .selectFrom("schemes")
    .selectAll()
    .where("assessing_organisation_id", "=", organisationId)
    .where("code", "=", code)
    .executeTakeFirst();
}

/** Stores a new scheme. */
export async function insertScheme(db: Kysely<Database>, row: SchemeRow): Promise<void> {
  await db.insertInto("schemes").values(row).execute();
}

/** Changes a scheme if it still has `expectedVersion`; returns whether it changed. */
export async function updateScheme(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  patch: Partial<Omit<SchemesTable, "id" | "version" | "created_at" | "created_by">>,
): Promise<boolean> {
  const result = await db
    .updateTable("schemes")
    .set({ ...patch, version: expectedVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Filters of the scheme list. */
export interface SchemeFilters {
  assessingOrganisationId?: string | undefined;
  q?: string | undefined;
}

/** One page of the schemes an actor reaches. */
export function listSchemes(
  db: Kysely<Database>,
  reach: OrganisationReach,
  filters: SchemeFilters,
  page: PageRequest,
) {
  let query = schemesWithPath(db);
  if (reach.kind === "none" || reach.kind === "own") query = query.where(sql<boolean>`1 = 0`);
  if (reach.kind === "subtree")
    query = query.where(likeText("organisations.path", reach.path, "startsWith"));
  if (filters.assessingOrganisationId !== undefined)
    query = query.where("schemes.assessing_organisation_id", "=", filters.assessingOrganisationId);
  if (filters.q !== undefined) {
    const q = filters.q;
    query = query.where((eb) => eb.or([likeText("schemes.code", q), likeText("schemes.title", q)]));
  }
  return fetchPage(
    query,
    page,
    { code: "schemes.code", title: "schemes.title", updatedAt: "schemes.updated_at" },
    "schemes.id",
  );
}

/** The versions of a scheme, newest first. */
export function listSchemeVersions(
  db: Kysely<Database>,
  schemeId: string,
): Promise<SchemeVersionRow[]> {
  return db
    .selectFrom("scheme_versions")
    .selectAll()
    .where("scheme_id", "=", schemeId)
    .orderBy("number", "desc")
    .execute();
}

/** A version with its scheme's code, title and assessing organisation's path. */
export type SchemeVersionWithScheme = SchemeVersionRow & {
  code: string;
  title: string;
  assessing_organisation_id: string;
  organisation_path: string;
};

/** A published version by id. */
export function findSchemeVersion(
  db: Kysely<Database>,
  id: string,
): Promise<SchemeVersionWithScheme | undefined> {
  return db
    .selectFrom("scheme_versions")
    .innerJoin("schemes", "schemes.id", "scheme_versions.scheme_id")
    .innerJoin("organisations", "organisations.id", "schemes.assessing_organisation_id")
    .selectAll("scheme_versions")
    .select([
      "schemes.code",
      "schemes.title",
      "schemes.assessing_organisation_id",
      "organisations.path as organisation_path",
    ])
    .where("scheme_versions.id", "=", id)
    .executeTakeFirst();
}

/** Appends a published version. */
export async function insertSchemeVersion(
  db: Kysely<Database>,
  row: SchemeVersionRow,
): Promise<void> {
  await db.insertInto("scheme_versions").values(row).execute();
}

/** Stores the items of an imported draft's review (decision 0200). */
export async function insertImportReviewItems(
  db: Kysely<Database>,
  rows: SchemeImportReviewRow[],
): Promise<void> {
  if (rows.length > 0) await db.insertInto("scheme_import_reviews").values(rows).execute();
}

/** An item of the open review with the name of who confirmed it. */
export type ImportReviewItemRow = SchemeImportReviewRow & { confirmed_by_name: string | null };

/** The open review's items of a scheme (not yet closed by a publication), in import order. */
export function listOpenImportReviewItems(
  db: Kysely<Database>,
  schemeId: string,
): Promise<ImportReviewItemRow[]> {
  return db
    .selectFrom("scheme_import_reviews")
    .leftJoin("users", "users.id", "scheme_import_reviews.confirmed_by")
    .selectAll("scheme_import_reviews")
    .select("users.display_name as confirmed_by_name")
    .where("scheme_import_reviews.scheme_id", "=", schemeId)
    .where("scheme_import_reviews.published_version_id", "is", null)
    .orderBy("scheme_import_reviews.position")
    .execute();
}

/** Sets (or clears, with `null`) the confirmation of open review items; returns how many changed. */
export async function setImportReviewConfirmation(
  db: Kysely<Database>,
  schemeId: string,
  itemCodes: readonly string[],
  confirmation: { by: string; at: string; ruleSha256: string } | null,
): Promise<number> {
  if (itemCodes.length === 0) return 0;
  const result = await db
    .updateTable("scheme_import_reviews")
    .set({
      confirmed_by: confirmation?.by ?? null,
      confirmed_at: confirmation?.at ?? null,
      confirmed_rule_sha256: confirmation?.ruleSha256 ?? null,
    })
    .where("scheme_id", "=", schemeId)
    .where("item_code", "in", [...itemCodes])
    .where("published_version_id", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Closes a scheme's open review: the published version it ended with. */
export async function closeImportReview(
  db: Kysely<Database>,
  schemeId: string,
  versionId: string,
): Promise<void> {
  await db
    .updateTable("scheme_import_reviews")
    .set({ published_version_id: versionId })
    .where("scheme_id", "=", schemeId)
    .where("published_version_id", "is", null)
    .execute();
}

/** Stores the import's notes on the whole document of a new draft. */
export async function insertImportNotes(
  db: Kysely<Database>,
  schemeId: string,
  summary: string,
): Promise<void> {
  await db.insertInto("scheme_import_notes").values({ scheme_id: schemeId, summary }).execute();
}

/** The import's notes of a scheme (JSON), if it was imported with them. */
export async function findImportNotes(
  db: Kysely<Database>,
  schemeId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom("scheme_import_notes")
    .select("summary")
    .where("scheme_id", "=", schemeId)
    .executeTakeFirst();
  return row?.summary;
}
