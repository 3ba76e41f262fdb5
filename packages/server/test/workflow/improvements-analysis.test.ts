/**
 * 得分提升 and 失分分析 through the API (issue 18): a unit's improvements each gain exactly what
 * they say when tried (试算, nothing saved); units reach only their own data and no rank before
 * publication; bad trial values are refused naming the field; the loss analysis sums what the
 * results show, compares with the previous round of the lineage, and is the bureau's only.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDecimal } from "@kaoping/engine";
import { testDialect } from "../../src/testing/database.js";
import { createTestApp, type TestApp } from "../../src/testing/test-app.js";
import { buildCountyWithPeople, caller, moveRound, type County, type Json } from "./county.js";
import { driveRound } from "./drive.js";

const minus = (a: string, b: string) =>
  (parseDecimal(a) as NonNullable<ReturnType<typeof parseDecimal>>).minus(b).toFixed();

describe(`improvements, 试算 and loss analysis (${testDialect})`, () => {
  let t: TestApp;
  let c: County;
  let call: ReturnType<typeof caller>;
  beforeAll(async () => {
    t = await createTestApp();
    c = await buildCountyWithPeople(t, 3);
    call = caller(t);
  });
  afterAll(async () => t.close());

  it("gives a unit its improvements; each, tried, gains exactly its gain, and nothing is saved", async () => {
    const { id: rid } = await driveRound(t, c, "review", {}, 3);
    const unit = c.units[0]!.id;
    const base = `/api/rounds/${rid}/units/${unit}`;
    const factsBefore = await t.db.selectFrom("facts").select(["id", "value"]).execute();
    const found = await call(c.fillers[0]!, "GET", `${base}/improvements`);
    expect(found.status, found.text).toBe(200);
    expect(found.body?.rank).toBeNull(); // no rank for a unit before publication
    const improvements = found.body?.improvements as Json[];
    expect(improvements.length).toBeGreaterThan(0);
    for (const m of improvements) {
      const tried = await call(c.fillers[0]!, "POST", `${base}/trial`, { facts: m.facts });
      expect(tried.status, tried.text).toBe(200);
      expect(tried.body?.before.total).toBe(found.body?.total);
      expect(tried.body?.gain, m.text).toBe(m.gain);
      expect(minus(tried.body?.after.total, tried.body?.before.total)).toBe(m.gain);
      expect(tried.body?.after.rank).toBeNull();
      expect((tried.body?.items as Json[]).length).toBeGreaterThan(0);
    }
    expect(await t.db.selectFrom("facts").select(["id", "value"]).execute()).toEqual(factsBefore);
    // The administrator sees the same improvements, with ranks.
    const admin = await call(c.admin, "GET", `${base}/improvements`);
    expect(admin.body?.improvements).toEqual(improvements);
    expect(admin.body?.rank).toBeGreaterThanOrEqual(1);
    const tried = await call(c.admin, "POST", `${base}/trial`, {
      facts: improvements[0]!.facts,
    });
    expect(tried.body?.after.rank).toBeLessThanOrEqual(tried.body?.before.rank);
  });

  it("keeps a unit to its own data, refuses bad values naming the field, and needs publication for the score sheet basis", async () => {
    const { id: rid } = await driveRound(t, c, "review", {}, 4);
    const own = `/api/rounds/${rid}/units/${c.units[0]!.id}`;
    const other = `/api/rounds/${rid}/units/${c.units[1]!.id}`;
    expect((await call(c.fillers[0]!, "GET", `${other}/improvements`)).status).toBe(404);
    expect(
      (await call(c.fillers[0]!, "POST", `${other}/trial`, { facts: { "4.1.rate": "99" } })).status,
    ).toBe(404);
    expect((await call(c.raters[0]!, "GET", `${own}/improvements`)).status).toBe(403);
    expect((await call(c.fillers[0]!, "GET", `${own}/improvements?basis=effective`)).status).toBe(
      409,
    );
    for (const [facts, path, words] of [
      [{ "4.1.rate": "100.5" }, "body.facts.4.1.rate", "超过上限"],
      [{ "4.1.nope": "1" }, "body.facts.4.1.nope", "方案中没有这项数据"],
      [{ "8.ratings": ["15"] }, "body.facts.8.ratings", "评议项不能试算"],
    ] as const) {
      const refused = await call(c.fillers[0]!, "POST", `${own}/trial`, { facts });
      expect(refused.status, refused.text).toBe(400);
      const fields = refused.body?.error.fields as { path: string; message: string }[];
      expect(
        fields.some((f) => f.path === path && f.message.includes(words)),
        refused.text,
      ).toBe(true);
    }
    const empty = await call(c.fillers[0]!, "POST", `${own}/trial`, { facts: {} });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain("请至少修改一项数据");
  });

  it("analyses where the round loses points, against the previous round of the lineage; the bureau only", async () => {
    const previous = await driveRound(t, c, "published", {}, 5);
    t.clock.advanceMinutes(10);
    const { id: rid } = await driveRound(t, c, "results", {}, 6);
    const url = `/api/rounds/${rid}/loss-analysis`;
    const analysis = await call(c.admin, "GET", url);
    expect(analysis.status, analysis.text).toBe(200);
    const body = analysis.body as Json;
    expect(body.previousRound?.roundId).toBe(previous.id);
    const items = body.items as Json[];
    for (let i = 1; i < items.length; i++)
      expect(parseDecimal(items[i - 1]!.lostSum)!.greaterThanOrEqualTo(items[i]!.lostSum)).toBe(
        true,
      );
    // Each item's sum is the sum of max − score over the units' score sheets.
    const sheets = await Promise.all(
      c.units.map(
        async (u) => (await call(c.admin, "GET", `/api/rounds/${rid}/units/${u.id}/results`)).body,
      ),
    );
    const leaf = (list: Json[], code: string): Json | undefined => {
      for (const item of list) {
        if (item.code === code) return item;
        const found = leaf(item.children, code);
        if (found !== undefined) return found;
      }
      return undefined;
    };
    for (const item of items) {
      let sum = parseDecimal("0")!;
      let losing = 0;
      for (const sheet of sheets) {
        const found = leaf(sheet?.items, item.code)!;
        if (found.score === null) continue;
        const lost = parseDecimal(found.max)!.minus(found.score);
        if (!lost.isZero()) losing++;
        sum = sum.plus(lost);
      }
      expect(item.lostSum, item.code).toBe(sum.toFixed());
      expect(item.unitsLosing, item.code).toBe(losing);
      if (losing > 0) expect((item.reasons as Json[]).length).toBeGreaterThan(0);
    }
    const before = await Promise.all(
      c.units.map(
        async (u) =>
          (await call(c.admin, "GET", `/api/rounds/${previous.id}/units/${u.id}/results`)).body,
      ),
    );
    for (const [i, u] of (body.units as Json[]).entries()) {
      const sheet = sheets.find((s) => s?.unitId === u.unitId)!;
      const old = before.find((s) => s?.unitId === u.unitId)!;
      expect(u.total).toBe(sheet.total);
      expect(u.previous.rank).toBe(old.rank);
      expect(u.previous.rankChange).toBe(old.rank - sheet.rank);
      expect(u.previous.totalChange).toBe(minus(sheet.total, old.total));
      expect((u.lost as unknown[]).length, `unit ${i}`).toBe(items.length);
    }
    expect((await call(c.viewer, "GET", url)).status).toBe(200);
    for (const cookie of [c.fillers[0]!, c.heads[0]!, c.reviewer, c.raters[0]!])
      expect((await call(cookie, "GET", url)).status).toBe(403);
    expect((await moveRound(t, c, rid, "published")).status).toBe(200);
    expect((await call(c.heads[0]!, "GET", url)).status).toBe(403);
  });
});
