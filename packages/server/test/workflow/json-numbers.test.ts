/**
 * Issue 15, finding 4 (decision 0002 for the API): a JSON number in a request means the decimal
 * as written, with the same decimal-places and range checks as a string — never the nearest
 * double. `99.79999999999999999999` is refused (not stored as 99.8), `1e-400` is not 0, a count
 * of `1e21` or `9007199254740993` is over the bound, a rating of `15.000000000000000001` is not 15.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../../src/testing/database.js";
import { createTestApp, type TestApp } from "../../src/testing/test-app.js";
import { buildCountyWithPeople, type County } from "./county.js";
import { driveRound } from "./drive.js";

describe(`JSON numbers read exactly by the API (${testDialect})`, () => {
  let t: TestApp;
  let c: County;
  beforeAll(async () => {
    t = await createTestApp();
    c = await buildCountyWithPeople(t, 1);
  });
  afterAll(async () => t.close());

  /** Sends a raw JSON text (so the numbers reach the server exactly as typed). */
  const send = (cookie: string, method: "PUT" | "POST", url: string, json: string) =>
    t.app.inject({
      method,
      url,
      headers: { cookie, "content-type": "application/json" },
      payload: json,
    });

  it("refuses self-assessment numbers a double would round, and counts over the bound", async () => {
    const { id: rid } = await driveRound(t, c, "self_assessment");
    const facts = (code: string) =>
      `/api/rounds/${rid}/units/${c.units[0]!.id}/self-assessment/items/${code}/facts`;
    for (const [code, json] of [
      ["4.1", '{"version":0,"facts":{"rate":99.79999999999999999999}}'],
      ["4.1", '{"version":0,"facts":{"rate":1e-400}}'],
      ["1.3", '{"version":0,"facts":{"absences":1e21}}'],
      ["1.3", '{"version":0,"facts":{"absences":9007199254740993}}'],
      ["1.3", '{"version":9007199254740993,"facts":{"absences":1}}'],
    ] as const) {
      const response = await send(c.fillers[0]!, "PUT", facts(code), json);
      expect(response.statusCode, `${json}: ${response.body}`).toBe(400);
      expect(response.json().error.fields[0].message, json).toMatch(/[\u4e00-\u9fa5]/);
    }
    const stored = await t.db.selectFrom("facts").select("value").execute();
    expect(stored).toEqual([]);
    const fine = await send(
      c.fillers[0]!,
      "PUT",
      facts("4.1"),
      '{"version":0,"facts":{"rate":99.8}}',
    );
    expect(fine.statusCode, fine.body).toBe(200);
    const count = await send(
      c.fillers[0]!,
      "PUT",
      facts("1.3"),
      '{"version":0,"facts":{"absences":3e0}}',
    );
    expect(count.statusCode, count.body).toBe(200);
  });

  it("refuses a rating that is 15 only after rounding", async () => {
    const { id: rid } = await driveRound(t, c, "rating");
    const url = `/api/rounds/${rid}/units/${c.units[0]!.id}/ratings/8`;
    const refused = await send(
      c.raters[0]!,
      "PUT",
      url,
      '{"version":1,"value":15.000000000000000001}',
    );
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.fields[0].path).toBe("body.value");
    const kept = await send(c.raters[0]!, "PUT", url, '{"version":1,"value":14.75}');
    expect(kept.json()).toMatchObject({ value: "14.75" });
  });

  it("answers malformed or too deeply nested JSON with a Chinese 400", async () => {
    for (const json of ['{"version":', "[".repeat(5000) + "]".repeat(5000), '{"a":01}']) {
      const response = await send(c.fillers[0]!, "POST", "/api/auth/login", json);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(response.json().error.message).not.toMatch(/[A-Za-z]{4,}/);
    }
  });
});
