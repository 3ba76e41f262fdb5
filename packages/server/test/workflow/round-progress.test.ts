/**
 * 进度 through the API (issue 18 part 3, decision 0260): the administrator sees the units move
 * from 未填写 to 填写中 to 自评已完成 (decision 0254) with their required facts filled, reviewers' decided items and
 * approved units, raters' counts (never a value), and the deadlines counted in the bureau's days;
 * every other role gets 403.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTemplate, validateFacts, type Scheme } from "@kaoping/engine";
import { dayIn } from "../../src/contract/time-zone.js";
import { buildUser, sessionCookieFor } from "../../src/testing/factories.js";
import { testDialect } from "../../src/testing/database.js";
import { createTestApp, type TestApp } from "../../src/testing/test-app.js";
import { townshipFacts } from "../../src/testing/township-facts.js";
import {
  acceptUnit,
  buildCountyWithPeople,
  caller,
  createTownshipRound,
  moveRound,
  saveAllFacts,
  submitUnit,
  type County,
  type Json,
} from "./county.js";
import { driveRound } from "./drive.js";

/** The facts the township form requires, by item code (rating item 8 left out: raters fill it). */
function requiredByItem(): Map<string, number> {
  const scheme = getTemplate("township-2022") as unknown as Scheme;
  const out = new Map<string, number>();
  for (const path of validateFacts(scheme, {}).missing) {
    const code = path.slice(0, path.lastIndexOf("."));
    if (code !== "8") out.set(code, (out.get(code) ?? 0) + 1);
  }
  return out;
}

describe(`round progress (${testDialect})`, () => {
  let t: TestApp;
  let c: County;
  let call: ReturnType<typeof caller>;
  beforeAll(async () => {
    t = await createTestApp();
    c = await buildCountyWithPeople(t, 3);
    call = caller(t);
  });
  afterAll(async () => t.close());

  const progressOf = async (roundId: string) => {
    const got = await call(c.admin, "GET", `/api/rounds/${roundId}/progress`);
    expect(got.status, got.text).toBe(200);
    return got.body as Json;
  };
  const unitOf = (body: Json, unitId: string) =>
    (body.units as Json[]).find((u) => u.unitId === unitId)!;

  it("shows each reviewer's decided items and approved units in his scope", async () => {
    const { id: rid } = await driveRound(t, c, "review", {}, 3);
    const before = await progressOf(rid);
    const rows = before.reviewers as Json[];
    const whole = rows.reduce((a, b) => (b.itemsTotal > a.itemsTotal ? b : a));
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const r of rows)
      expect([r.itemsDecided, r.unitsApproved, r.unitsTotal]).toEqual([0, 0, 3]);
    // The department reviewer's scope is item 4 only: fewer items than the whole form's reviewer.
    const smallest = Math.min(...rows.map((r) => r.itemsTotal));
    expect(smallest).toBeLessThan(whole.itemsTotal);

    const accepted = await acceptUnit(t, c.reviewer, rid, c.units[0]!.id);
    expect(accepted.status, accepted.text).toBe(200);
    const after = await progressOf(rid);
    const perUnit = whole.itemsTotal / 3;
    const full = (after.reviewers as Json[]).filter((r) => r.itemsTotal === whole.itemsTotal);
    // Every reviewer whose scope is the whole form sees unit 0 decided and approved.
    for (const r of full) expect([r.itemsDecided, r.unitsApproved]).toEqual([perUnit, 1]);
    const part = (after.reviewers as Json[]).find((r) => r.itemsTotal === smallest)!;
    expect([part.itemsDecided, part.unitsApproved]).toEqual([smallest / 3, 1]);
  });

  it("counts ratings per rater and never shows a rating value", async () => {
    const { id: rid } = await driveRound(t, c, "review", {}, 4);
    for (const unit of c.units)
      expect((await acceptUnit(t, c.reviewer, rid, unit.id)).status).toBe(200);
    expect((await moveRound(t, c, rid, "rating")).status).toBe(200);
    const saved = await call(
      c.raters[0]!,
      "PUT",
      `/api/rounds/${rid}/units/${c.units[0]!.id}/ratings/8`,
      {
        version: 0,
        value: "13.7",
      },
    );
    expect(saved.status, saved.text).toBe(200);
    const again = await call(
      c.raters[0]!,
      "PUT",
      `/api/rounds/${rid}/units/${c.units[1]!.id}/ratings/8`,
      {
        version: 0,
        value: "11.9",
      },
    );
    expect(again.status, again.text).toBe(200);
    const got = await call(c.admin, "GET", `/api/rounds/${rid}/progress`);
    expect(got.status).toBe(200);
    const raters = got.body?.raters as Json[];
    expect(raters).toHaveLength(3);
    expect(raters.map((r) => r.given).sort()).toEqual([0, 0, 2]);
    for (const r of raters) expect(r.expected).toBe(3);
    // Nothing about values: no field beyond the counts, neither value appears, nor a mean of them.
    for (const r of raters) expect(Object.keys(r).sort()).toEqual(["expected", "given", "name"]);
    for (const value of ["13.7", "11.9", "12.8"]) {
      expect(got.text).not.toMatch(new RegExp(`[":]${value.replace(".", "\\.")}[",}]`));
    }
    expect(got.text).not.toMatch(/"(value|values|mean|average|ratings)"/);
  });

  it("answers only those who run the round: 403 for units, reviewers, raters and viewers", async () => {
    const { id: rid } = await driveRound(t, c, "self_assessment", {}, 5);
    const url = `/api/rounds/${rid}/progress`;
    for (const cookie of [c.fillers[0]!, c.heads[0]!, c.reviewer, c.raters[0]!, c.viewer]) {
      const refused = await call(cookie, "GET", url);
      expect(refused.status, refused.text).toBe(403);
    }
    expect((await t.app.inject({ method: "GET", url })).statusCode).toBe(401);
    expect((await call(c.admin, "GET", url)).status).toBe(200);
  });

  it("counts units not started, filling and submitted, with each unit's required facts filled", async () => {
    // Last: it moves the clock days on, which ends every other session.
    const zone = "Asia/Shanghai";
    const day = (days: number) =>
      dayIn(new Date(t.clock.now().getTime() + days * 86_400_000), zone);
    const round = await createTownshipRound(t, c, {
      selfAssessment: day(3),
      review: day(10),
      rating: day(20),
    });
    expect((await moveRound(t, c, round.id, "self_assessment")).status).toBe(200);
    const required = [...requiredByItem().values()].reduce((a, b) => a + b, 0);

    const start = await progressOf(round.id);
    expect(start.unitCounts).toEqual({ total: 3, submitted: 0, inProgress: 0, notStarted: 3 });
    for (const u of start.units as Json[]) {
      expect([u.phase, u.filled, u.required, u.percent, u.lastSavedAt]).toEqual([
        "not_started",
        0,
        required,
        0,
        null,
      ]);
    }
    const self = start.deadlines.find((d: Json) => d.stage === "self_assessment");
    expect(self).toMatchObject({ label: "自评截止", daysLeft: 3, passed: false, current: true });
    expect(start.deadlines.find((d: Json) => d.stage === "rating")).toMatchObject({
      daysLeft: 20,
      current: false,
    });

    // Unit 0 saves three items: exactly their required facts count as filled.
    const facts = townshipFacts(1);
    const some = Object.fromEntries(["1.3", "4.1", "5.2"].map((code) => [code, facts[code]!]));
    await saveAllFacts(t, c.fillers[0]!, round.id, c.units[0]!.id, some);
    const byItem = requiredByItem();
    const filled = ["1.3", "4.1", "5.2"].reduce((n, code) => n + (byItem.get(code) ?? 0), 0);
    const saving = await progressOf(round.id);
    expect(saving.unitCounts).toEqual({ total: 3, submitted: 0, inProgress: 1, notStarted: 2 });
    const u0 = unitOf(saving, c.units[0]!.id);
    expect([u0.phase, u0.filled, u0.required]).toEqual(["in_progress", filled, required]);
    expect(u0.percent).toBe(Math.floor((filled * 100) / required));
    expect(u0.lastSavedAt).not.toBeNull();

    // Unit 1 fills everything and submits.
    const all = Object.fromEntries(
      Object.entries(townshipFacts(2)).filter(([code]) => code !== "8"),
    );
    await saveAllFacts(t, c.fillers[1]!, round.id, c.units[1]!.id, all);
    await submitUnit(t, c.heads[1]!, round.id, c.units[1]!.id);
    const submitted = await progressOf(round.id);
    expect(submitted.unitCounts).toEqual({ total: 3, submitted: 1, inProgress: 1, notStarted: 1 });
    const u1 = unitOf(submitted, c.units[1]!.id);
    expect([u1.phase, u1.status, u1.filled, u1.percent]).toEqual([
      "submitted",
      "submitted",
      required,
      100,
    ]);

    // The countdown follows the clock in the bureau's days, and says when a deadline passed.
    // (Sessions end when idle that long: a new administrator logs in afterwards.)
    t.clock.advance(4 * 86_400_000);
    const admin = await buildUser(t.db, {
      organisation: c.county,
      roles: [{ role: "assessment_admin" }],
    });
    const cookie = await sessionCookieFor(t.app, t.db, admin.user, t.clock.now());
    const late = (await call(cookie, "GET", `/api/rounds/${round.id}/progress`)).body?.deadlines[0];
    expect([late.daysLeft, late.passed]).toEqual([-1, true]);
    c.admin = cookie;
  });
});
