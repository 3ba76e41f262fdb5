/**
 * The round results route serialises its body with JSON.stringify instead of parsing it through
 * the response schema (docs/decisions/0056). These tests hold it to the schema: the body is
 * exactly what the schema's parse of it gives (no field the schema does not name, every field
 * of the right type), live and from the snapshot, in full and as a unit sees it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roundResultsSchema } from "../../src/contract/results.js";
import { testDialect } from "../../src/testing/database.js";
import { createTestApp, type TestApp } from "../../src/testing/test-app.js";
import { buildCountyWithPeople, caller, moveRound, type County } from "./county.js";
import { driveRound } from "./drive.js";

describe(`round results body and its schema (${testDialect})`, () => {
  let t: TestApp;
  let c: County;
  let call: ReturnType<typeof caller>;
  beforeAll(async () => {
    t = await createTestApp();
    c = await buildCountyWithPeople(t, 3);
    call = caller(t);
  });
  afterAll(async () => t.close());

  const exactlyTheSchema = (body: unknown) => {
    const parsed = roundResultsSchema.safeParse(body);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    expect(body).toStrictEqual(parsed.data);
  };

  it("answers exactly the schema's fields, live and frozen, in full and for a unit", async () => {
    const { id: rid } = await driveRound(t, c, "results", {}, 3);
    const live = await call(c.admin, "GET", `/api/rounds/${rid}/results`);
    expect(live.status).toBe(200);
    expect(live.body?.source).toBe("live");
    expect(live.body?.units).toHaveLength(3);
    exactlyTheSchema(live.body);
    expect((await moveRound(t, c, rid, "published")).status).toBe(200);
    const frozen = await call(c.admin, "GET", `/api/rounds/${rid}/results`);
    expect(frozen.body?.source).toBe("snapshot");
    exactlyTheSchema(frozen.body);
    const unitView = await call(c.heads[0]!, "GET", `/api/rounds/${rid}/results`);
    expect(unitView.status).toBe(200);
    expect(
      unitView.body?.units.filter((u: { subtotals: unknown }) => u.subtotals === null),
    ).toHaveLength(2);
    exactlyTheSchema(unitView.body);
  });

  it("follows a changed rating, review fact and self fact at once (memo keys cover every input)", async () => {
    const { id: rid } = await driveRound(t, c, "results", {}, 5);
    const unit = c.units[0]!.id;
    const rowOf = async () =>
      (await call(c.admin, "GET", `/api/rounds/${rid}/results`)).body?.units.find(
        (u: { unitId: string }) => u.unitId === unit,
      );
    const before = await rowOf();
    const roundUnit = await t.db
      .selectFrom("round_units")
      .select("id")
      .where("round_id", "=", rid)
      .where("unit_id", "=", unit)
      .executeTakeFirstOrThrow();
    const rating = await t.db
      .selectFrom("ratings")
      .select(["id", "value"])
      .where("round_unit_id", "=", roundUnit.id)
      .orderBy("id")
      .executeTakeFirstOrThrow();
    const setRating = (value: string) =>
      t.db.updateTable("ratings").set({ value }).where("id", "=", rating.id).execute();
    await setRating(rating.value === "5.0" ? "15.0" : "5.0");
    const rated = await rowOf();
    expect(rated.total).not.toBe(before.total);
    await setRating(rating.value);
    expect((await rowOf()).total).toBe(before.total);
    // A review row over 4.1 changes the reviewed total, not the self total; then the self row
    // under it changes only the self total.
    const self41 = await t.db
      .selectFrom("facts")
      .selectAll()
      .where("round_unit_id", "=", roundUnit.id)
      .where("item_code", "=", "4.1")
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto("facts")
      .values({ ...self41, id: crypto.randomUUID(), source: "review", value: '{"rate":"90.00"}' })
      .execute();
    const reviewed = await rowOf();
    expect(reviewed.total).not.toBe(before.total);
    expect(reviewed.selfTotal).toBe(before.selfTotal);
    await t.db
      .updateTable("facts")
      .set({ value: '{"rate":"90.00"}' })
      .where("id", "=", self41.id)
      .execute();
    const selfChanged = await rowOf();
    expect(selfChanged.total).toBe(reviewed.total);
    expect(selfChanged.selfTotal).not.toBe(before.selfTotal);
  });

  it("still answers errors in the error body shape", async () => {
    const { id: rid } = await driveRound(t, c, "results", {}, 4);
    const refused = await call(c.fillers[0]!, "GET", `/api/rounds/${rid}/results`);
    expect(refused.status).toBe(409);
    expect(Object.keys(refused.body ?? {})).toEqual(["error"]);
    expect(refused.body?.error.code).toBe("CONFLICT");
  });
});
