// Fact stamps only for the items the cross-unit rules read (issue 17, docs/decisions/0308): a
// save of any other item touches no shared row, so every unit of a round saving the same item
// at once never waits for another's commit; a save of a read item still bumps its stamp, and a
// round whose stamps are missing is still scored right (nothing kept under them).
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganisationRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import { buildUser, sessionCookieFor } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { buildCounty, buildRound, buildSchemeVersion } from "../../testing/workflow-factories.js";
import {
  crossUnitItemCodes,
  registerEveryRoundFactStamps,
  schemeOfVersion,
  writeFacts,
} from "./index.js";

describe(`fact stamps of the cross-unit items (${testDialect})`, () => {
  let t: TestApp;
  let county: OrganisationRow;
  let units: OrganisationRow[];
  let versionId: string;
  let crossItems: string[];
  const cookies: string[] = [];
  let userId: string;

  beforeAll(async () => {
    t = await createTestApp();
    ({ county, units } = await buildCounty(t.db, 2));
    versionId = await buildSchemeVersion(t.db, county);
    crossItems = [...crossUnitItemCodes(await schemeOfVersion(t.db, versionId))].sort();
    for (const unit of units) {
      const { user } = await buildUser(t.db, {
        organisation: unit,
        roles: [{ role: "unit_filler" }],
      });
      userId = user.id;
      cookies.push(await sessionCookieFor(t.app, t.db, user, t.clock.now()));
    }
  });
  afterAll(async () => t.close());

  const newRound = () =>
    buildRound(t.db, {
      assessing: county,
      units,
      schemeVersionId: versionId,
      state: "self_assessment",
      selfAssessmentDeadline: "2026-03-10T00:00:00.000Z",
    });
  const stamps = async (roundId: string) =>
    Object.fromEntries(
      (
        await t.db
          .selectFrom("round_fact_stamps")
          .select(["item_code", "stamp"])
          .where("round_id", "=", roundId)
          .execute()
      ).map((row) => [row.item_code, Number(row.stamp)]),
    );
  const roundUnitIds = async (roundId: string) =>
    (
      await t.db
        .selectFrom("round_units")
        .select(["id", "unit_id"])
        .where("round_id", "=", roundId)
        .execute()
    )
      .sort(
        (a, b) =>
          units.findIndex((u) => u.id === a.unit_id) - units.findIndex((u) => u.id === b.unit_id),
      )
      .map((row) => row.id);
  const write = (db: typeof t.db, roundUnitId: string, itemCode: string, facts: object) =>
    writeFacts(db, {
      roundUnitId,
      itemCode,
      source: "self",
      facts: facts as Record<string, unknown>,
      userId,
      now: t.clock.now().toISOString(),
    });

  it("gives a new round a stamp row for each item its cross-unit rules read, and bumps only those", async () => {
    expect(crossItems.length).toBeGreaterThan(0);
    const roundId = await newRound();
    expect(await stamps(roundId)).toEqual(Object.fromEntries(crossItems.map((c) => [c, 0])));
    const [a, b] = await roundUnitIds(roundId);
    await write(t.db, a!, "1.3", { absences: 1 });
    await write(t.db, b!, "1.3", { absences: 2 });
    await write(t.db, a!, crossItems[0]!, {});
    await write(t.db, a!, crossItems[0]!, {});
    expect(await stamps(roundId)).toEqual(
      Object.fromEntries(crossItems.map((c) => [c, c === crossItems[0] ? 2 : 0])),
    );
  });

  it.skipIf(testDialect !== "postgres")(
    "lets two units save the same item at once without waiting for each other's commit (PostgreSQL)",
    async () => {
      const roundId = await newRound();
      const [a, b] = await roundUnitIds(roundId);
      await t.db.transaction().execute(async (first) => {
        await write(first, a!, "1.3", { absences: 1 });
        // Another connection, while the first transaction is open: before decision 0308 it
        // waited for the shared stamp row of 1.3 until the first committed (here: never).
        await t.db.transaction().execute(async (second) => {
          await sql`set local lock_timeout = '2s'`.execute(second);
          await write(second, b!, "1.3", { absences: 2 });
        });
      });
      const rows = await t.db
        .selectFrom("facts")
        .select("value")
        .where("item_code", "=", "1.3")
        .where("round_unit_id", "in", [a!, b!])
        .execute();
      expect(rows.map((row) => row.value).sort()).toEqual(['{"absences":1}', '{"absences":2}']);
    },
  );

  it("scores a round whose stamp rows are gone against the other units' current facts, and registers them again", async () => {
    const roundId = await newRound();
    await t.db.deleteFrom("round_fact_stamps").where("round_id", "=", roundId).execute();
    const url = (unit: number, code: string) =>
      `/api/rounds/${roundId}/units/${units[unit]!.id}/self-assessment/items/${code}/facts`;
    const versions = new Map<string, number>();
    const save = async (unit: number, code: string, facts: object) => {
      const key = `${unit}/${code}`;
      const response = await t.app.inject({
        method: "PUT",
        url: url(unit, code),
        headers: { cookie: cookies[unit]! },
        payload: { version: versions.get(key) ?? 0, facts },
      });
      expect(response.statusCode, response.body).toBe(200);
      versions.set(key, response.json().item.version);
      return response.json();
    };
    const item93 = (body: {
      score: { items: { code: string; children: { code: string; score: string | null }[] }[] };
    }) =>
      body.score.items.find((i) => i.code === "9")!.children.find((i) => i.code === "9.3")!.score;
    await save(0, "4.4", { rate: "72" });
    expect(item93(await save(0, "9.3", { reached70On: "2022-05-01" }))).toBe("3");
    await save(1, "4.4", { rate: "75" });
    await save(1, "9.3", { reached70On: "2022-04-01" });
    expect(item93(await save(0, "1.3", { absences: 0 }))).toBe("1");
    await save(1, "9.3", { reached70On: "2022-06-01" });
    // Without stamp rows nothing is kept under them: B's later date shows at once.
    expect(item93(await save(0, "1.3", { absences: 1 }))).toBe("3");
    await registerEveryRoundFactStamps(t.db);
    expect(Object.keys(await stamps(roundId)).sort()).toEqual(crossItems);
    await save(1, "9.3", { reached70On: "2022-04-02" });
    expect(item93(await save(0, "1.3", { absences: 2 }))).toBe("1");
  });
});
