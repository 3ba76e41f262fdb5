// Migration 0014 (docs/decisions/0308): a round of before it keeps the stamps of the items its
// cross-unit rules read, gets the ones it lacks, loses the others, and from then on a write of
// an item without a stamp row creates none.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDialect, type TestDatabase } from "../../testing/database.js";
import { buildUser } from "../../testing/factories.js";
import { buildCounty, buildRound, buildSchemeVersion } from "../../testing/workflow-factories.js";
import { crossUnitItemCodes, schemeOfVersion, writeFacts } from "../../modules/workflow/index.js";
import { migrateTo, migrateToLatest } from "../migrate.js";

describe(`migration 0014-fact-stamps-of-cross-unit-items (${testDialect})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ migrate: false });
    await migrateTo(t.db, "0013-webhook-retries");
  });
  afterAll(async () => t.destroy());

  it("keeps, adds and removes a round's stamps by the items its cross-unit rules read", async () => {
    const { county, units } = await buildCounty(t.db, 1);
    const versionId = await buildSchemeVersion(t.db, county);
    const roundId = await buildRound(t.db, {
      assessing: county,
      units,
      schemeVersionId: versionId,
      state: "self_assessment",
    });
    const { user } = await buildUser(t.db, {
      organisation: units[0]!,
      roles: [{ role: "unit_filler" }],
    });
    const roundUnitId = (
      await t.db
        .selectFrom("round_units")
        .select("id")
        .where("round_id", "=", roundId)
        .executeTakeFirstOrThrow()
    ).id;
    const cross = [...crossUnitItemCodes(await schemeOfVersion(t.db, versionId))].sort();
    const [read, other] = [cross[0]!, "1.3"];
    expect(cross).not.toContain(other);
    // As before 0014: no registered rows, and the old trigger makes one for every item written.
    await t.db.deleteFrom("round_fact_stamps").execute();
    const write = (itemCode: string, facts: Record<string, unknown>) =>
      writeFacts(t.db, {
        roundUnitId,
        itemCode,
        source: "self",
        facts,
        userId: user.id,
        now: new Date().toISOString(),
      });
    await write(other, { absences: 1 });
    await write(read, {});
    await write(read, {});
    const stamps = async () =>
      Object.fromEntries(
        (await t.db.selectFrom("round_fact_stamps").select(["item_code", "stamp"]).execute()).map(
          (row) => [row.item_code, Number(row.stamp)],
        ),
      );
    expect(await stamps()).toEqual({ [other]: 1, [read]: 2 });

    await migrateToLatest(t.db);
    expect(await stamps()).toEqual(
      Object.fromEntries(cross.map((code) => [code, code === read ? 2 : 0])),
    );
    await write(other, { absences: 2 });
    await write(read, {});
    expect(await stamps()).toEqual(
      Object.fromEntries(cross.map((code) => [code, code === read ? 3 : 0])),
    );
  });
});
