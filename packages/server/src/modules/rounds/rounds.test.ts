import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganisationRow } from "../../db/schema.js";
import { AppError } from "../../errors/app-error.js";
import { testDialect } from "../../testing/database.js";
import {
  buildOrganisation,
  buildUser,
  roleCookie,
  sessionCookieFor,
} from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { buildCounty, buildRound, buildSchemeVersion } from "../../testing/workflow-factories.js";
import { createAuditWriter } from "../audit/writer.js";
import { createRoundsService } from "./service.js";

describe(`rounds (${testDialect})`, () => {
  let t: TestApp;
  let county: OrganisationRow;
  let units: OrganisationRow[];
  let department: OrganisationRow;
  let versionId: string;
  let admin: string;
  let viewer: string;
  let fillerA: string;
  let outsider: string;

  beforeAll(async () => {
    t = await createTestApp();
    ({ county, units, department } = await buildCounty(t.db, 3));
    versionId = await buildSchemeVersion(t.db, county);
    admin = await roleCookie(t, county, "assessment_admin");
    viewer = await roleCookie(t, county, "viewer");
    fillerA = await roleCookie(t, units[0]!, "unit_filler");
    outsider = await roleCookie(t, units[2]!, "unit_filler");
  });
  afterAll(async () => t.close());

  const call = (
    cookie: string,
    method: "GET" | "POST" | "PUT" | "PATCH",
    url: string,
    payload?: unknown,
  ) =>
    t.app.inject({
      method,
      url,
      headers: { cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  async function createRound(unitIds = [units[0]!.id, units[1]!.id]) {
    const response = await call(admin, "POST", "/api/rounds", {
      assessingOrganisationId: county.id,
      schemeVersionId: versionId,
      title: "2022年度乡镇医保工作考核",
      year: 2022,
      period: "2022年度",
      deadlines: { selfAssessment: "2026-03-31T23:59:59+08:00" },
      unitIds,
      itemDepartments: { "4": department.id },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  it("creates a draft round with units, deadlines (stored in UTC) and responsible departments", async () => {
    const round = await createRound();
    expect(round).toMatchObject({
      state: "draft",
      version: 1,
      unitCounts: { total: 2, draft: 2 },
      itemDepartments: { "4": department.id },
    });
    expect(round.deadlines.selfAssessment).toBe("2026-03-31T15:59:59.000Z");
    expect(round.allowedTransitions).toEqual([{ to: "self_assessment", label: "开始自评" }]);
  });

  it("refuses units outside the assessing organisation, departments, and unknown items", async () => {
    const stranger = await buildOrganisation(t.db, { type: "township" });
    const response = await call(admin, "POST", "/api/rounds", {
      assessingOrganisationId: county.id,
      schemeVersionId: versionId,
      title: "x",
      year: 2022,
      period: "2022年度",
      unitIds: [units[0]!.id, stranger.id, department.id],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.map((f: { path: string }) => f.path)).toEqual([
      "body.unitIds[1]",
      "body.unitIds[2]",
    ]);
    const badItem = await call(admin, "POST", "/api/rounds", {
      assessingOrganisationId: county.id,
      schemeVersionId: versionId,
      title: "x",
      year: 2022,
      period: "2022年度",
      unitIds: [units[0]!.id],
      itemDepartments: { "99.9": department.id },
    });
    expect(badItem.statusCode).toBe(400);
    expect(badItem.json().error.fields[0]).toMatchObject({ path: "body.itemDepartments.99.9" });
  });

  it("moves only along the state table, audits each move, and answers 409 for illegal or stale moves", async () => {
    const round = await createRound();
    const started = await call(admin, "POST", `/api/rounds/${round.id}/transitions`, {
      to: "self_assessment",
      version: 1,
      reason: "开始",
    });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json()).toMatchObject({ state: "self_assessment", version: 2 });

    const skip = await call(admin, "POST", `/api/rounds/${round.id}/transitions`, {
      to: "rating",
      version: 2,
    });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.message).toContain("「自评」阶段，不能转到「评议」阶段");
    const stale = await call(admin, "POST", `/api/rounds/${round.id}/transitions`, {
      to: "review",
      version: 1,
    });
    expect(stale.json().error.code).toBe("VERSION_CONFLICT");
    expect(
      (
        await call(viewer, "POST", `/api/rounds/${round.id}/transitions`, {
          to: "review",
          version: 2,
        })
      ).statusCode,
    ).toBe(403);

    const history = await call(viewer, "GET", `/api/rounds/${round.id}/transitions`);
    expect(history.json()).toEqual([
      expect.objectContaining({ fromState: "draft", toState: "self_assessment", reason: "开始" }),
    ]);
    const audits = await t.db
      .selectFrom("audit_log")
      .select(["action", "detail"])
      .where("object_id", "=", round.id)
      .where("action", "=", "round.transition")
      .execute();
    expect(audits).toHaveLength(1);
    expect(JSON.parse(audits[0]!.detail)).toMatchObject({
      before: { state: "draft" },
      after: { state: "self_assessment" },
    });

    // Started: the structure stays (decision 0211); the title may still be corrected.
    const structural = await call(admin, "PATCH", `/api/rounds/${round.id}`, {
      version: 2,
      year: 2023,
    });
    expect(structural.statusCode).toBe(409);
    const edit = await call(admin, "PATCH", `/api/rounds/${round.id}`, {
      version: 2,
      title: "改名",
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const deadlines = await call(admin, "PUT", `/api/rounds/${round.id}/deadlines`, {
      version: 3,
      review: "2026-04-30T00:00:00Z",
    });
    expect(deadlines.statusCode, deadlines.body).toBe(200);
    expect(deadlines.json().deadlines).toMatchObject({
      selfAssessment: "2026-03-31T15:59:59.000Z",
      review: "2026-04-30T00:00:00.000Z",
    });
  });

  it("edits a draft round's units with a version check", async () => {
    const round = await createRound();
    const edited = await call(admin, "PATCH", `/api/rounds/${round.id}`, {
      version: 1,
      unitIds: [units[1]!.id, units[2]!.id],
      title: "改名",
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ title: "改名", unitCounts: { total: 2 } });
    const list = await call(admin, "GET", `/api/rounds/${round.id}/units`);
    expect(
      list
        .json()
        .items.map((u: { unitId: string }) => u.unitId)
        .sort(),
    ).toEqual([units[1]!.id, units[2]!.id].sort());
    expect(
      (await call(admin, "PATCH", `/api/rounds/${round.id}`, { version: 1, title: "再改" })).json()
        .error.code,
    ).toBe("VERSION_CONFLICT");
  });

  it("shows a unit only the rounds it is in and only its own round unit", async () => {
    const round = await createRound([units[0]!.id, units[1]!.id]);
    expect((await call(fillerA, "GET", `/api/rounds/${round.id}`)).statusCode).toBe(200);
    const own = await call(fillerA, "GET", `/api/rounds/${round.id}/units`);
    expect(own.json().items.map((u: { unitId: string }) => u.unitId)).toEqual([units[0]!.id]);
    expect((await call(outsider, "GET", `/api/rounds/${round.id}`)).statusCode).toBe(404);
    expect((await call(outsider, "GET", `/api/rounds/${round.id}/scheme`)).statusCode).toBe(404);
    const otherCountyAdmin = await sessionCookieFor(
      t.app,
      t.db,
      (await buildUser(t.db, { roles: [{ role: "assessment_admin" }] })).user,
      t.clock.now(),
    );
    expect((await call(otherCountyAdmin, "GET", `/api/rounds/${round.id}`)).statusCode).toBe(404);
    const scheme = await call(fillerA, "GET", `/api/rounds/${round.id}/scheme`);
    expect(scheme.json().facts.some((f: { path: string }) => f.path === "4.1.rate")).toBe(true);
  });

  it("lists units not yet submitted and reopens one unit (audited, accepted ones refused)", async () => {
    const roundId = await buildRound(t.db, {
      assessing: county,
      units: [units[0]!, units[1]!],
      schemeVersionId: versionId,
      state: "self_assessment",
    });
    await t.db
      .updateTable("round_units")
      .set({ status: "submitted", version: 2 })
      .where("round_id", "=", roundId)
      .where("unit_id", "=", units[0]!.id)
      .execute();
    await t.db
      .updateTable("round_units")
      .set({ status: "accepted", version: 2 })
      .where("round_id", "=", roundId)
      .where("unit_id", "=", units[1]!.id)
      .execute();
    expect((await call(admin, "GET", `/api/rounds/${roundId}/units/pending`)).json().total).toBe(0);
    const reopened = await call(
      admin,
      "POST",
      `/api/rounds/${roundId}/units/${units[0]!.id}/reopen`,
      { version: 2, reason: "补充材料" },
    );
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ status: "draft", reopened: true, version: 3 });
    expect(
      (await call(admin, "GET", `/api/rounds/${roundId}/units/pending`))
        .json()
        .items.map((u: { unitId: string }) => u.unitId),
    ).toEqual([units[0]!.id]);
    const refused = await call(
      admin,
      "POST",
      `/api/rounds/${roundId}/units/${units[1]!.id}/reopen`,
      { version: 2, reason: "x" },
    );
    expect(refused.statusCode).toBe(409);
    const noReason = await call(
      admin,
      "POST",
      `/api/rounds/${roundId}/units/${units[0]!.id}/reopen`,
      { version: 3, reason: " " },
    );
    expect(noReason.statusCode).toBe(400);
  });

  it("lets an enter hook refuse a move, leaving nothing written", async () => {
    const roundId = await buildRound(t.db, {
      assessing: county,
      units: [units[0]!],
      schemeVersionId: versionId,
      state: "review",
    });
    const deps = {
      db: t.db,
      config: t.config,
      clock: t.clock.now,
      audit: createAuditWriter(t.clock.now),
    };
    const service = createRoundsService(deps, {
      hooks: {
        rating: [
          async () => {
            throw new AppError("CONFLICT", "还有单位未审核通过");
          },
        ],
      },
    });
    const actor = {
      userId: "x",
      username: "admin",
      sessionId: "s",
      stage: "active" as const,
      activeRole: {
        assignmentId: "a",
        role: "assessment_admin" as const,
        organisationId: county.id,
        organisationPath: county.path,
        scope: { itemCodes: [], departmentIds: [] },
      },
    };
    await expect(
      service.transition({ actor, ip: null, requestId: null }, roundId, {
        to: "rating",
        version: 1,
      }),
    ).rejects.toThrow("还有单位未审核通过");
    const round = await t.db
      .selectFrom("rounds")
      .select(["state", "version"])
      .where("id", "=", roundId)
      .executeTakeFirstOrThrow();
    expect(round).toEqual({ state: "review", version: 1 });
  });
});
