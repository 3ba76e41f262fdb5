/**
 * Deadlines managed by the administrator (decision 0132, issue 14 defect 5): deadlines out of
 * order are refused at creation and on change; 重新开放 sets the unit's new deadline, which the
 * unit sees and which closes it again; one unit's deadline is extended without the others'.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../../src/testing/database.js";
import { createTestApp, type TestApp } from "../../src/testing/test-app.js";
import {
  buildCountyWithPeople,
  caller,
  createTownshipRound,
  moveRound,
  type County,
} from "./county.js";

describe(`deadlines (${testDialect})`, () => {
  let t: TestApp;
  let c: County;
  let call: ReturnType<typeof caller>;
  beforeAll(async () => {
    t = await createTestApp();
    c = await buildCountyWithPeople(t, 3);
    call = caller(t);
  });
  afterAll(async () => t.close());

  const unitPath = (rid: string, unit: number) => `/api/rounds/${rid}/units/${c.units[unit]!.id}`;
  const save = (rid: string, unit: number) =>
    call(c.fillers[unit]!, "PUT", `${unitPath(rid, unit)}/self-assessment/items/1.3/facts`, {
      version: 0,
      facts: { absences: 0 },
    });
  const unitVersion = async (rid: string, unit: number) =>
    (await call(c.fillers[unit]!, "GET", `${unitPath(rid, unit)}/self-assessment`)).body?.roundUnit
      .version as number;

  it("refuses 审核截止 before 自评截止, at creation and on change", async () => {
    const scheme = await call(c.admin, "POST", "/api/schemes", {
      assessingOrganisationId: c.county.id,
      from: { template: "township-2022" },
      code: "order-check",
    });
    const published = await call(c.admin, "POST", `/api/schemes/${scheme.body?.id}/versions`, {
      version: scheme.body?.version,
    });
    const refused = await call(c.admin, "POST", "/api/rounds", {
      assessingOrganisationId: c.county.id,
      schemeVersionId: published.body?.versions[0].id,
      title: "顺序有误的考核任务",
      year: 2026,
      period: "2026年度",
      deadlines: {
        selfAssessment: "2026-03-31T23:59:59+08:00",
        review: "2026-03-20T23:59:59+08:00",
      },
      unitIds: c.units.map((u) => u.id),
    });
    expect(refused.status, refused.text).toBe(400);
    expect(refused.body?.error.fields).toEqual([
      { path: "body.deadlines.review", message: "审核截止时间不能早于自评截止时间" },
    ]);

    const round = await createTownshipRound(t, c, {
      selfAssessment: "2026-03-31T23:59:59+08:00",
      review: "2026-04-15T23:59:59+08:00",
    });
    const changed = await call(c.admin, "PUT", `/api/rounds/${round.id}/deadlines`, {
      version: round.version,
      selfAssessment: "2026-04-20T23:59:59+08:00",
    });
    expect(changed.status).toBe(400);
    expect(changed.body?.error.fields[0]).toEqual({
      path: "body.review",
      message: "审核截止时间不能早于自评截止时间",
    });
  });

  it("reopens a unit with a new deadline it sees and that closes it again; extends one unit only", async () => {
    // The round's deadline is an hour ago (the fake clock stands at 2026-03-01 08:00 UTC).
    const round = await createTownshipRound(t, c, { selfAssessment: "2026-03-01T07:00:00Z" });
    expect((await moveRound(t, c, round.id, "self_assessment")).status).toBe(200);
    expect((await save(round.id, 0)).status).toBe(409);

    const reopened = await call(c.admin, "POST", `${unitPath(round.id, 0)}/reopen`, {
      version: await unitVersion(round.id, 0),
      reason: "逾期补报",
      selfAssessmentDeadline: "2026-03-02T23:59:59.999+08:00",
    });
    expect(reopened.status, reopened.text).toBe(200);
    expect(reopened.body?.selfAssessmentDeadline).toBe("2026-03-02T15:59:59.999Z");
    const seen = await call(c.fillers[0]!, "GET", `${unitPath(round.id, 0)}/self-assessment`);
    expect(seen.body).toMatchObject({ deadline: "2026-03-02T15:59:59.999Z", editable: true });
    expect((await save(round.id, 0)).status).toBe(200);

    const extended = await call(c.admin, "PUT", `${unitPath(round.id, 1)}/deadline`, {
      version: await unitVersion(round.id, 1),
      selfAssessmentDeadline: "2026-03-05T23:59:59.999+08:00",
    });
    expect(extended.status, extended.text).toBe(200);
    expect((await save(round.id, 1)).status).toBe(200);
    expect((await save(round.id, 2)).status).toBe(409);
    const audit = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "round_unit.deadline")
      .execute();
    expect(audit).toHaveLength(1);

    // The reopened unit's own deadline passes (sessions would not survive moving the clock).
    await t.db
      .updateTable("round_units")
      .set({ self_assessment_deadline: "2026-03-01T07:30:00.000Z" })
      .where("round_id", "=", round.id)
      .where("unit_id", "=", c.units[0]!.id)
      .execute();
    const late = await call(
      c.fillers[0]!,
      "PUT",
      `${unitPath(round.id, 0)}/self-assessment/items/1.4/facts`,
      {
        version: 0,
        facts: { late: 0, lateAfterReminder: 0 },
      },
    );
    expect(late.status).toBe(409);
    expect(late.body?.error.message).toContain("截止时间已过");
  });
});
