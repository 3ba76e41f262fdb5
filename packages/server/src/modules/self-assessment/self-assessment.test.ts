import fs from "node:fs";
import { getTemplate, scoreUnit } from "@kaoping/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganisationRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import { buildUser, sessionCookieFor } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { buildCounty, buildRound, buildSchemeVersion } from "../../testing/workflow-factories.js";
import { lockEditable } from "../workflow/index.js";

const fixture = JSON.parse(
  fs.readFileSync(
    new URL("../../../../../../shared/fixtures/township-2022/county-round.json", import.meta.url),
    "utf8",
  ),
);
/** A complete self-assessment of the fixture's first unit, without the 评议 item (raters fill it). */
const completeFacts: Record<string, Record<string, unknown>> = Object.fromEntries(
  Object.entries(fixture.input.units[0].facts as Record<string, Record<string, unknown>>).filter(
    ([code]) => code !== "8",
  ),
);

describe(`self-assessment (${testDialect})`, () => {
  let t: TestApp;
  let county: OrganisationRow;
  let units: OrganisationRow[];
  let versionId: string;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    ({ county, units } = await buildCounty(t.db, 2));
    versionId = await buildSchemeVersion(t.db, county);
    const cookie = async (
      organisation: OrganisationRow,
      role: "assessment_admin" | "unit_filler" | "unit_head" | "reviewer",
    ) =>
      sessionCookieFor(
        t.app,
        t.db,
        (await buildUser(t.db, { organisation, roles: [{ role }] })).user,
        t.clock.now(),
      );
    cookies.admin = await cookie(county, "assessment_admin");
    cookies.reviewer = await cookie(county, "reviewer");
    cookies.fillerA = await cookie(units[0]!, "unit_filler");
    cookies.headA = await cookie(units[0]!, "unit_head");
    cookies.fillerB = await cookie(units[1]!, "unit_filler");
  });
  afterAll(async () => t.close());

  const call = (who: string, method: "GET" | "POST" | "PUT", url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: { cookie: cookies[who]! },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const newRound = (deadline: string | null = "2026-03-10T00:00:00.000Z") =>
    buildRound(t.db, {
      assessing: county,
      units,
      schemeVersionId: versionId,
      state: "self_assessment",
      selfAssessmentDeadline: deadline,
    });
  const base = (roundId: string, unit = units[0]!) =>
    `/api/rounds/${roundId}/units/${unit.id}/self-assessment`;
  const saveFacts = (who: string, roundId: string, code: string, facts: unknown, version = 0) =>
    call(who, "PUT", `${base(roundId)}/items/${code}/facts`, { version, facts });
  async function fillAll(roundId: string) {
    for (const [code, facts] of Object.entries(completeFacts))
      expect((await saveFacts("fillerA", roundId, code, facts)).statusCode).toBe(200);
  }

  it("saves facts item by item and answers the live score the engine computes, with traces and missing facts", async () => {
    const roundId = await newRound();
    const first = await saveFacts("fillerA", roundId, "4.1", { rate: "99.65" });
    expect(first.statusCode, first.body).toBe(200);
    const body = first.json();
    expect(body.item).toMatchObject({ itemCode: "4.1", facts: { rate: "99.65" }, version: 1 });
    const expected = scoreUnit(getTemplate("township-2022")!, {
      id: units[0]!.id,
      name: units[0]!.name,
      facts: { "4.1": { rate: "99.65" } },
    });
    expect(body.score.total).toBe(expected.total);
    expect(body.score.complete).toBe(false);
    expect(body.missingForSubmission).toContain("1.1.met");
    expect(body.missingForSubmission.some((p: string) => p.startsWith("8."))).toBe(false);
    const item41 = body.score.items
      .flatMap((i: { children: unknown[] }) => i.children)
      .find((i: { code: string }) => i.code === "4.1");
    expect(item41.trace.join("")).toContain("99.65");

    const second = await saveFacts("fillerA", roundId, "4.1", { rate: "99.9" }, 1);
    expect(second.json().item.version).toBe(2);
    const stale = await saveFacts("fillerA", roundId, "4.1", { rate: "99.1" }, 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("VERSION_CONFLICT");
    expect(
      (await saveFacts("fillerA", roundId, "4.1", { rate: "99.1" }, 0)).json().error.code,
    ).toBe("VERSION_CONFLICT");
    // A version for an item never saved: nothing to change (404), nothing written.
    const never = await saveFacts("fillerA", await newRound(), "4.1", { rate: "50" }, 3);
    expect(never.statusCode, never.body).toBe(404);
    const audits = await t.db
      .selectFrom("audit_log")
      .select(["action", "detail"])
      .where("action", "=", "self_assessment.save_facts")
      .orderBy("seq")
      .execute();
    expect(audits.length).toBeGreaterThanOrEqual(2);
    // The versioned save records the facts as they were and as saved (the read and the update
    // are one statement on PostgreSQL, docs/decisions/0296).
    expect(JSON.parse(audits.at(-1)!.detail)).toMatchObject({
      before: { itemCode: "4.1", facts: { rate: "99.65" }, version: 1 },
      after: { itemCode: "4.1", facts: { rate: "99.9" }, version: 2 },
    });
  });

  it("refuses invalid facts with Chinese field errors naming the fact, unknown facts and items, and 评议 items", async () => {
    const roundId = await newRound();
    const invalid = await saveFacts("fillerA", roundId, "4.1", { rate: "100.5" });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.fields[0].path).toBe("body.facts.rate");
    expect(invalid.json().error.fields[0].message).toMatch(/[\u4e00-\u9fa5]/);
    const unknownFact = await saveFacts("fillerA", roundId, "4.1", { rate: "99", bogus: 1 });
    expect(unknownFact.json().error.fields.map((f: { path: string }) => f.path)).toContain(
      "body.facts.bogus",
    );
    expect((await saveFacts("fillerA", roundId, "99.9", { x: 1 })).statusCode).toBe(400);
    const rating = await saveFacts("fillerA", roundId, "8", { ratings: [15] });
    expect(rating.statusCode).toBe(400);
    expect(rating.json().error.fields[0].path).toBe("params.itemCode");
    const nothingSaved = await call("fillerA", "GET", base(roundId));
    expect(nothingSaved.json().facts).toEqual([]);
  });

  it("takes full-width numbers as typed (９９．８ → 99.8) and refuses what it cannot take as typed, never altering it", async () => {
    const roundId = await newRound();
    const fullWidth = await saveFacts("fillerA", roundId, "4.1", { rate: "９９．８" });
    expect(fullWidth.statusCode, fullWidth.body).toBe(200);
    expect(fullWidth.json().item.facts).toEqual({ rate: "99.8" });
    for (const [typed, message] of [
      ["1.5", /1\.5 不是整数（.+）/],
      [-1, /-1 低于下限 0（.+）/],
      ["－１", /-1 低于下限 0（.+）/],
      ["1.5 次", /不是数字（.+）/],
    ] as const) {
      const refused = await saveFacts("fillerA", roundId, "1.3", { absences: typed });
      expect(refused.statusCode, String(typed)).toBe(400);
      expect(refused.json().error.fields[0]).toMatchObject({
        path: "body.facts.absences",
        message: expect.stringMatching(message),
      });
    }
    const saved = (await call("fillerA", "GET", base(roundId))).json().facts;
    expect(saved.map((f: { itemCode: string }) => f.itemCode)).toEqual(["4.1"]);
  });

  it("keeps unit A and unit B apart (404 both ways) and lets the assessing organisation read", async () => {
    const roundId = await newRound();
    expect((await call("fillerB", "GET", base(roundId))).statusCode).toBe(404);
    expect(
      (
        await call("fillerB", "PUT", `${base(roundId)}/items/4.1/facts`, {
          version: 0,
          facts: { rate: "99" },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await call("fillerB", "PUT", `${base(roundId)}/items/4/narrative`, {
          version: 0,
          text: "x",
        })
      ).statusCode,
    ).toBe(404);
    expect((await call("reviewer", "GET", base(roundId))).statusCode).toBe(200);
    expect(
      (
        await call("reviewer", "PUT", `${base(roundId)}/items/4.1/facts`, {
          version: 0,
          facts: { rate: "99" },
        })
      ).statusCode,
    ).toBe(403);
  });

  it("lets only the unit head submit, only a complete self-assessment, and freezes it afterwards", async () => {
    const roundId = await newRound();
    await saveFacts("fillerA", roundId, "4.1", { rate: "99.65" });
    expect(
      (await call("fillerA", "POST", `${base(roundId)}/submit`, { version: 1 })).statusCode,
    ).toBe(403);
    const incomplete = await call("headA", "POST", `${base(roundId)}/submit`, { version: 1 });
    expect(incomplete.statusCode).toBe(409);
    expect(incomplete.json().error.fields.map((f: { path: string }) => f.path)).toContain(
      "facts.1.1.met",
    );
    await t.db.deleteFrom("facts").where("item_code", "=", "4.1").execute();
    await fillAll(roundId);
    const view = await call("headA", "GET", base(roundId));
    expect(view.json()).toMatchObject({
      canSubmit: true,
      missingForSubmission: [],
      editable: true,
    });
    const submitted = await call("headA", "POST", `${base(roundId)}/submit`, { version: 1 });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: "submitted", version: 2 });
    const after = await saveFacts("fillerA", roundId, "1.3", { absences: 0 }, 1);
    expect(after.statusCode).toBe(409);
    expect(after.json().error.message).toContain("已提交");
  });

  it("accepts a save exactly at the deadline and refuses one a millisecond later", async () => {
    const deadline = t.clock.now();
    const roundId = await newRound(deadline.toISOString());
    expect((await saveFacts("fillerA", roundId, "1.3", { absences: 0 })).statusCode).toBe(200);
    t.clock.advance(1);
    try {
      const late = await saveFacts("fillerA", roundId, "1.3", { absences: 1 }, 1);
      expect(late.statusCode).toBe(409);
      expect(late.json().error.message).toContain("截止时间已过");
    } finally {
      t.clock.set(deadline);
    }
  });

  it("closes changes after the deadline until the administrator reopens the unit", async () => {
    const roundId = await newRound("2026-03-01T09:00:00.000Z");
    await fillAll(roundId);
    // The deadline passes: the same round with its deadline an hour ago.
    await t.db
      .updateTable("rounds")
      .set({ self_assessment_deadline: "2026-03-01T07:00:00.000Z" })
      .where("id", "=", roundId)
      .execute();
    const late = await saveFacts("fillerA", roundId, "1.3", { absences: 0 }, 1);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain("截止时间已过");
    expect(
      (await call("headA", "POST", `${base(roundId)}/submit`, { version: 1 })).statusCode,
    ).toBe(409);
    expect((await call("fillerA", "GET", base(roundId))).json()).toMatchObject({
      editable: false,
      canSubmit: false,
    });
    const reopened = await call(
      "admin",
      "POST",
      `/api/rounds/${roundId}/units/${units[0]!.id}/reopen`,
      { version: 1, reason: "逾期补报" },
    );
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect((await saveFacts("fillerA", roundId, "1.3", { absences: 0 }, 1)).statusCode).toBe(200);
    const submitted = await call("headA", "POST", `${base(roundId)}/submit`, { version: 2 });
    expect(submitted.json()).toMatchObject({ status: "submitted", reopened: false });
  });

  it("lets a returned submission be edited and resubmitted during review", async () => {
    const roundId = await buildRound(t.db, {
      assessing: county,
      units,
      schemeVersionId: versionId,
      state: "review",
    });
    await t.db
      .updateTable("round_units")
      .set({ status: "returned", version: 3 })
      .where("round_id", "=", roundId)
      .where("unit_id", "=", units[0]!.id)
      .execute();
    await fillAll(roundId);
    expect(
      (await call("headA", "POST", `${base(roundId)}/submit`, { version: 3 })).json(),
    ).toMatchObject({ status: "submitted" });
    const roundB = `/api/rounds/${roundId}/units/${units[1]!.id}/self-assessment`;
    const notReturned = await call("fillerB", "PUT", `${roundB}/items/4.1/facts`, {
      version: 0,
      facts: { rate: "99" },
    });
    expect(notReturned.statusCode).toBe(409);
  });

  it("scores cross-unit rules against the other units' current facts (全县首个完成)", async () => {
    const roundId = await newRound();
    const item93 = (body: {
      score: { items: { code: string; children: { code: string; score: string | null }[] }[] };
    }) =>
      body.score.items.find((i) => i.code === "9")!.children.find((i) => i.code === "9.3")!.score;
    await saveFacts("fillerA", roundId, "4.4", { rate: "72" });
    const alone = await saveFacts("fillerA", roundId, "9.3", { reached70On: "2022-05-01" });
    expect(item93(alone.json())).toBe("3");
    const roundB = `/api/rounds/${roundId}/units/${units[1]!.id}/self-assessment`;
    await call("fillerB", "PUT", `${roundB}/items/4.4/facts`, {
      version: 0,
      facts: { rate: "75" },
    });
    await call("fillerB", "PUT", `${roundB}/items/9.3/facts`, {
      version: 0,
      facts: { reached70On: "2022-04-01" },
    });
    const after = await call("fillerA", "GET", base(roundId));
    expect(item93(after.json())).toBe("1");
    // The round context is memoised on the cross-unit rows: B moving its date after A's must show at once.
    await call("fillerB", "PUT", `${roundB}/items/9.3/facts`, {
      version: 1,
      facts: { reached70On: "2022-06-01" },
    });
    expect(item93((await call("fillerA", "GET", base(roundId))).json())).toBe("3");
  });

  it("re-checks the status inside the write, so a save never lands after a concurrent submission", async () => {
    const roundId = await newRound();
    const round = await t.db
      .selectFrom("rounds")
      .selectAll()
      .where("id", "=", roundId)
      .executeTakeFirstOrThrow();
    const roundUnit = await t.db
      .selectFrom("round_units")
      .selectAll()
      .where("round_id", "=", roundId)
      .where("unit_id", "=", units[0]!.id)
      .executeTakeFirstOrThrow();
    await expect(
      t.db.transaction().execute((trx) => lockEditable(trx, round, roundUnit.id, t.clock.now())),
    ).resolves.toBeUndefined();
    // The unit head's submission commits between the save's first check and its transaction.
    await t.db
      .updateTable("round_units")
      .set({ status: "submitted" })
      .where("id", "=", roundUnit.id)
      .execute();
    await expect(
      t.db.transaction().execute((trx) => lockEditable(trx, round, roundUnit.id, t.clock.now())),
    ).rejects.toThrow("已提交");
  });

  it("saves narratives per item and per top-level group, with versions", async () => {
    const roundId = await newRound();
    const group = await call("fillerA", "PUT", `${base(roundId)}/items/4/narrative`, {
      version: 0,
      text: "参保扩面工作说明",
    });
    expect(group.statusCode, group.body).toBe(200);
    expect(group.json()).toMatchObject({ itemCode: "4", version: 1 });
    expect(
      (
        await call("fillerA", "PUT", `${base(roundId)}/items/4.1/narrative`, {
          version: 0,
          text: "参保率说明",
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await call("fillerA", "PUT", `${base(roundId)}/items/4/narrative`, {
          version: 0,
          text: "again",
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await call("fillerA", "PUT", `${base(roundId)}/items/4/narrative`, {
          version: 1,
          text: "修改",
        })
      ).json().version,
    ).toBe(2);
    expect(
      (
        await call("fillerA", "PUT", `${base(roundId)}/items/42/narrative`, {
          version: 0,
          text: "x",
        })
      ).statusCode,
    ).toBe(400);
    const view = await call("fillerA", "GET", base(roundId));
    expect(view.json().narratives.map((n: { itemCode: string }) => n.itemCode)).toEqual([
      "4",
      "4.1",
    ]);
  });
});
