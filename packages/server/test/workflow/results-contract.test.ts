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

  it("still answers errors in the error body shape", async () => {
    const { id: rid } = await driveRound(t, c, "results", {}, 4);
    const refused = await call(c.fillers[0]!, "GET", `/api/rounds/${rid}/results`);
    expect(refused.status).toBe(409);
    expect(Object.keys(refused.body ?? {})).toEqual(["error"]);
    expect(refused.body?.error.code).toBe("CONFLICT");
  });
});
