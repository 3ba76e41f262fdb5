/**
 * Factories for workflow tests, written through the repositories (no audit rows): a county with
 * townships and a department, a published scheme version from a template, and a round in any
 * state with its units.
 */
import { randomUUID } from "node:crypto";
import { ENGINE_VERSION, getTemplate, type Scheme } from "@kaoping/engine";
import type { RoundState } from "../contract/workflow.js";
import type { Db } from "../db/database.js";
import type { OrganisationRow } from "../db/schema.js";
import { insertRound, insertRoundUnits } from "../modules/rounds/repository.js";
import { serialiseScheme } from "../modules/schemes/validation.js";
import { insertScheme, insertSchemeVersion } from "../modules/schemes/repository.js";
import { buildOrganisation, FACTORY_TIME } from "./factories.js";

/** A county (the assessing organisation) with townships and one department (科室). */
export async function buildCounty(
  db: Db,
  townships = 3,
): Promise<{ county: OrganisationRow; units: OrganisationRow[]; department: OrganisationRow }> {
  const county = await buildOrganisation(db, { type: "county" });
  const units: OrganisationRow[] = [];
  for (let i = 0; i < townships; i++)
    units.push(await buildOrganisation(db, { type: "township", parent: county }));
  const department = await buildOrganisation(db, { type: "department", parent: county });
  return { county, units, department };
}

/**
 * A published version (number 1) of a template — or of a scheme a test wrote — cloned into a
 * scheme of `organisation`; returns its id.
 */
export async function buildSchemeVersion(
  db: Db,
  organisation: { id: string },
  template: string | Scheme = "township-2022",
): Promise<string> {
  const templateId = typeof template === "string" ? template : template.id;
  const scheme = typeof template === "string" ? getTemplate(template) : template;
  if (scheme === undefined) throw new Error(`no template ${templateId}`);
  const { json, sha256 } = serialiseScheme(scheme);
  const schemeId = randomUUID();
  const at = FACTORY_TIME.toISOString();
  await insertScheme(db, {
    id: schemeId,
    assessing_organisation_id: organisation.id,
    code: `${templateId}-${schemeId.slice(0, 8)}`,
    title: scheme.title,
    draft_document: json,
    origin: "template",
    origin_ref: templateId,
    lineage: templateId,
    latest_version_number: 1,
    version: 1,
    created_by: null,
    created_at: at,
    updated_by: null,
    updated_at: at,
  });
  const versionId = randomUUID();
  await insertSchemeVersion(db, {
    id: versionId,
    scheme_id: schemeId,
    number: 1,
    document: json,
    document_sha256: sha256,
    engine_version: ENGINE_VERSION,
    note: null,
    published_by: null,
    published_at: at,
  });
  return versionId;
}

/** A round of `assessing` over `units` in `state`, with optional deadlines; returns its id. */
export async function buildRound(
  db: Db,
  fields: {
    assessing: { id: string };
    units: { id: string }[];
    schemeVersionId: string;
    state?: RoundState;
    selfAssessmentDeadline?: string | null;
    /** The year (default 2022) and title (default 测试考核任务). */
    year?: number;
    title?: string;
  },
): Promise<string> {
  const id = randomUUID();
  const at = FACTORY_TIME.toISOString();
  await insertRound(db, {
    id,
    assessing_organisation_id: fields.assessing.id,
    scheme_version_id: fields.schemeVersionId,
    title: fields.title ?? "测试考核任务",
    year: fields.year ?? 2022,
    period: `${fields.year ?? 2022}年度`,
    description: null,
    state: fields.state ?? "draft",
    self_assessment_deadline: fields.selfAssessmentDeadline ?? null,
    review_deadline: null,
    rating_deadline: null,
    appeal_deadline: null,
    state_changed_at: at,
    version: 1,
    created_by: null,
    created_at: at,
    updated_at: at,
  });
  await insertRoundUnits(
    db,
    fields.units.map((unit) => ({
      id: randomUUID(),
      round_id: id,
      unit_id: unit.id,
      status: "draft",
      reopened: 0,
      submitted_at: null,
      submitted_by: null,
      returned_at: null,
      returned_by: null,
      accepted_at: null,
      accepted_by: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })),
  );
  return id;
}
