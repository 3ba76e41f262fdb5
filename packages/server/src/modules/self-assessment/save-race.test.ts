/**
 * A facts save racing the unit head's submission, through the whole request (decision 0327): the
 * submission holds the round unit's row while the save is under way and commits `submitted`; the
 * save must then refuse (409, the reason named) and leave neither the fact nor an audit record.
 * On PostgreSQL the save's reads do not wait for the submission, so its write is what must see
 * it; on SQLite (one connection) the save waits for the submission as a whole.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganisationRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import { buildUser, sessionCookieFor } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { buildCounty, buildRound, buildSchemeVersion } from "../../testing/workflow-factories.js";

describe(`a facts save beside a concurrent submission (${testDialect})`, () => {
  let t: TestApp;
  let county: OrganisationRow;
  let unit: OrganisationRow;
  let versionId: string;
  let cookie = "";

  beforeAll(async () => {
    t = await createTestApp();
    const built = await buildCounty(t.db, 1);
    county = built.county;
    unit = built.units[0]!;
    versionId = await buildSchemeVersion(t.db, county);
    const { user } = await buildUser(t.db, {
      organisation: unit,
      roles: [{ role: "unit_filler" }],
    });
    cookie = await sessionCookieFor(t.app, t.db, user, t.clock.now());
  });
  afterAll(async () => t.close());

  const save = (roundId: string, version: number, rate: string) =>
    t.app.inject({
      method: "PUT",
      url: `/api/rounds/${roundId}/units/${unit.id}/self-assessment/items/4.1/facts`,
      headers: { cookie },
      payload: { version, facts: { rate } },
    });

  it.each([0, 1])(
    "a save (version %i) under way while the submission commits is refused and leaves nothing",
    async (version) => {
      const roundId = await buildRound(t.db, {
        assessing: county,
        units: [unit],
        schemeVersionId: versionId,
        state: "self_assessment",
        selfAssessmentDeadline: "2026-03-10T00:00:00.000Z",
      });
      if (version === 1) expect((await save(roundId, 0, "90")).statusCode).toBe(200);
      const roundUnit = await t.db
        .selectFrom("round_units")
        .select("id")
        .where("round_id", "=", roundId)
        .executeTakeFirstOrThrow();
      // Chained or still waiting for the chain (PostgreSQL, decision 0250).
      const records = async () => {
        let count = 0;
        for (const table of ["audit_log", "audit_pending"] as const)
          count += (
            await t.db
              .selectFrom(table)
              .select("action")
              .where("action", "=", "self_assessment.save_facts")
              .where("object_id", "=", roundUnit.id)
              .execute()
          ).length;
        return count;
      };
      const recordsBefore = await records();
      let answer: Awaited<ReturnType<typeof save>> | undefined;
      let racing: Promise<void> | undefined;
      await t.db.transaction().execute(async (trx) => {
        await trx
          .updateTable("round_units")
          .set({ status: "submitted", submitted_at: t.clock.now().toISOString() })
          .where("id", "=", roundUnit.id)
          .execute();
        racing = save(roundId, version, "99").then((response) => {
          answer = response;
        });
        // Long enough for the save's reads and its write to be sent (PostgreSQL).
        await new Promise((resolve) => setTimeout(resolve, 300));
        // The save has not landed while the submission holds the unit.
        expect(answer).toBeUndefined();
      });
      await racing;
      expect(answer!.statusCode, answer!.body).toBe(409);
      expect(answer!.json().error.message).toContain("已提交");
      const fact = await t.db
        .selectFrom("facts")
        .select(["value", "version"])
        .where("round_unit_id", "=", roundUnit.id)
        .where("item_code", "=", "4.1")
        .executeTakeFirst();
      expect(fact).toEqual(version === 0 ? undefined : { value: '{"rate":"90"}', version: 1 });
      expect(await records()).toBe(recordsBefore);
    },
  );
});

describe(`a refused facts save changes nothing (${testDialect})`, () => {
  let t: TestApp;
  afterAll(async () => t.close());

  it("a version conflict leaves the round unit as it was (its updated_at too)", async () => {
    t = await createTestApp();
    const { county, units } = await buildCounty(t.db, 1);
    const unit = units[0]!;
    const roundId = await buildRound(t.db, {
      assessing: county,
      units: [unit],
      schemeVersionId: await buildSchemeVersion(t.db, county),
      state: "self_assessment",
      selfAssessmentDeadline: "2026-03-10T00:00:00.000Z",
    });
    const { user } = await buildUser(t.db, {
      organisation: unit,
      roles: [{ role: "unit_filler" }],
    });
    const cookie = await sessionCookieFor(t.app, t.db, user, t.clock.now());
    const save = (version: number, rate: string) =>
      t.app.inject({
        method: "PUT",
        url: `/api/rounds/${roundId}/units/${unit.id}/self-assessment/items/4.1/facts`,
        headers: { cookie },
        payload: { version, facts: { rate } },
      });
    expect((await save(0, "90")).statusCode).toBe(200);
    expect((await save(1, "91")).statusCode).toBe(200);
    const roundUnit = () =>
      t.db
        .selectFrom("round_units")
        .selectAll()
        .where("round_id", "=", roundId)
        .executeTakeFirstOrThrow();
    const before = await roundUnit();
    t.clock.advanceMinutes(5);
    const stale = await save(1, "92");
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json().error.code).toBe("VERSION_CONFLICT");
    expect(await roundUnit()).toEqual(before);
  });
});
