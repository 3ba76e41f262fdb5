import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDialect, type TestDatabase } from "../../testing/database.js";
import { buildOrganisation } from "../../testing/factories.js";

describe(`migration 0002-workflow (${testDialect})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t.destroy());

  async function insertSchemeVersion() {
    const organisation = await buildOrganisation(t.db, { type: "county" });
    const schemeId = randomUUID();
    const now = new Date().toISOString();
    await t.db
      .insertInto("schemes")
      .values({
        id: schemeId,
        assessing_organisation_id: organisation.id,
        code: "township-2023",
        title: "乡镇考核",
        draft_document: "{}",
        origin: "template",
        origin_ref: "township-2022",
        lineage: "township-2022",
        latest_version_number: 1,
        version: 1,
        created_by: null,
        created_at: now,
        updated_by: null,
        updated_at: now,
      })
      .execute();
    const versionId = randomUUID();
    await t.db
      .insertInto("scheme_versions")
      .values({
        id: versionId,
        scheme_id: schemeId,
        number: 1,
        document: "{}",
        document_sha256: "0".repeat(64),
        engine_version: "0.1.0",
        note: null,
        published_by: null,
        published_at: now,
      })
      .execute();
    return { organisation, schemeId, versionId };
  }

  it("creates every workflow table", async () => {
    const { versionId } = await insertSchemeVersion();
    const rows = await t.db
      .selectFrom("scheme_versions")
      .select("id")
      .where("id", "=", versionId)
      .execute();
    expect(rows).toHaveLength(1);
    for (const table of [
      "rounds",
      "round_item_departments",
      "round_transitions",
      "round_units",
      "facts",
      "narratives",
      "evidence_files",
      "item_reviews",
      "review_comments",
      "ratings",
      "result_snapshots",
      "appeals",
    ] as const) {
      expect(await t.db.selectFrom(table).selectAll().execute()).toEqual([]);
    }
  });

  it("keeps published scheme versions immutable", async () => {
    const { versionId } = await insertSchemeVersion();
    await expect(
      t.db
        .updateTable("scheme_versions")
        .set({ document: '{"x":1}' })
        .where("id", "=", versionId)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.db.deleteFrom("scheme_versions").where("id", "=", versionId).execute(),
    ).rejects.toThrow(/append-only/);
  });

  it("refuses a second self row for the same item of a round unit", async () => {
    const { organisation, versionId } = await insertSchemeVersion();
    const now = new Date().toISOString();
    const roundId = randomUUID();
    await t.db
      .insertInto("rounds")
      .values({
        id: roundId,
        assessing_organisation_id: organisation.id,
        scheme_version_id: versionId,
        title: "2023年度考核",
        year: 2023,
        period: "2023年度",
        description: null,
        state: "draft",
        self_assessment_deadline: null,
        review_deadline: null,
        rating_deadline: null,
        appeal_deadline: null,
        state_changed_at: now,
        version: 1,
        created_by: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const unit = await buildOrganisation(t.db, { parent: organisation });
    const roundUnitId = randomUUID();
    await t.db
      .insertInto("round_units")
      .values({
        id: roundUnitId,
        round_id: roundId,
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
        created_at: now,
        updated_at: now,
      })
      .execute();
    const fact = (source: string) => ({
      id: randomUUID(),
      round_unit_id: roundUnitId,
      item_code: "4.1",
      source,
      value: "{}",
      reason: null,
      appeal_id: null,
      updated_by: null,
      updated_at: now,
      version: 1,
    });
    await t.db.insertInto("facts").values(fact("self")).execute();
    await t.db.insertInto("facts").values(fact("review")).execute();
    await expect(t.db.insertInto("facts").values(fact("self")).execute()).rejects.toThrow();
  });
});
