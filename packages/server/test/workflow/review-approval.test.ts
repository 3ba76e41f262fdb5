/**
 * Per-reviewer approval (decision 0130, issue 14 defect 1, issue 15 finding 5): a reviewer's
 * 审核通过 approves only his own part; the unit is accepted when every reviewer's part is; a
 * reviewer cannot approve while an item of his scope is undecided (nobody reviewed → 409);
 * 全部确认 confirms the undecided items of one's scope with one audit row per item.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../../src/testing/database.js";
import { buildUser, sessionCookieFor } from "../../src/testing/factories.js";
import { createTestApp, type TestApp } from "../../src/testing/test-app.js";
import { buildCountyWithPeople, caller, unitVersion, type County, type Json } from "./county.js";
import { driveRound } from "./drive.js";

describe(`per-reviewer approval (${testDialect})`, () => {
  let t: TestApp;
  let c: County;
  let call: ReturnType<typeof caller>;
  const people: Record<"a" | "b", { cookie: string; name: string }> = {} as never;
  beforeAll(async () => {
    t = await createTestApp();
    c = await buildCountyWithPeople(t, 2);
    call = caller(t);
    for (const [key, codes] of [
      ["a", ["1", "2", "6", "8", "9"]],
      ["b", ["3", "4", "5", "7"]],
    ] as const) {
      const built = await buildUser(t.db, {
        organisation: c.county,
        roles: [{ role: "reviewer", scope: { itemCodes: [...codes], departmentIds: [] } }],
      });
      people[key] = {
        cookie: await sessionCookieFor(t.app, t.db, built.user, t.clock.now()),
        name: built.user.display_name,
      };
    }
  });
  afterAll(async () => t.close());

  const path = (rid: string, unit: number) =>
    `/api/rounds/${rid}/units/${c.units[unit]!.id}/review`;
  const accept = async (cookie: string, rid: string, unit: number) =>
    call(cookie, "POST", `${path(rid, unit)}/accept`, {
      version: await unitVersion(t, cookie, rid, c.units[unit]!.id),
    });

  it("refuses to accept a unit nobody has reviewed, naming what is open", async () => {
    const { id: rid } = await driveRound(t, c, "review");
    const refused = await accept(c.reviewer, rid, 0);
    expect(refused.status, refused.text).toBe(409);
    expect(refused.body?.error.message).toMatch(/还有 \d+ 个评分项未确认或修正（1\.1、/);
    const one = await call(c.reviewer, "PUT", `${path(rid, 0)}/items/1.1`, {
      version: 0,
      action: "confirm",
    });
    expect(one.status).toBe(200);
    expect((await accept(c.reviewer, rid, 0)).status).toBe(409);
    const view = await call(c.reviewer, "GET", path(rid, 0));
    expect(view.body).toMatchObject({ status: "submitted", approval: { complete: false } });
  });

  it("accepts the unit only when both reviewers approved their own parts", async () => {
    const { id: rid } = await driveRound(t, c, "review");
    const confirmed = await call(people.a.cookie, "POST", `${path(rid, 1)}/confirm-all`, {});
    expect(confirmed.status, confirmed.text).toBe(200);
    const aItems = (confirmed.body?.items as Json[]).map((i) => i.itemCode as string);
    expect(aItems.every((code) => ["1", "2", "6", "9"].includes(code.split(".")[0]!))).toBe(true);
    expect(confirmed.body?.items.every((i: Json) => i.status === "confirmed")).toBe(true);
    const audits = await t.db
      .selectFrom("audit_log")
      .select("detail")
      .where("action", "=", "review.confirm")
      .execute();
    expect(audits.filter((row) => String(row.detail).includes(c.units[1]!.id))).toHaveLength(
      aItems.length,
    );

    // The bell: each reviewer counts the units awaiting his own 审核通过 (issue 14 催报/bell).
    const toReview = async (cookie: string) =>
      (((await call(cookie, "GET", "/api/me/todos")).body?.items ?? []) as Json[]).find(
        (i) => i.kind === "review" && i.roundId === rid,
      )?.count ?? 0;
    const [bellA, bellB] = [await toReview(people.a.cookie), await toReview(people.b.cookie)];
    expect(bellA).toBeGreaterThan(0);
    const partA = await accept(people.a.cookie, rid, 1);
    expect(partA.status, partA.text).toBe(200);
    expect(await toReview(people.a.cookie)).toBe(bellA - 1);
    expect(await toReview(people.b.cookie)).toBe(bellB);
    expect(partA.body).toMatchObject({ status: "submitted", approval: { complete: false } });
    expect(partA.body?.approval.ownPartApproved).toBe(true);
    expect(partA.body?.approval.parts).toEqual([
      expect.objectContaining({ reviewerName: people.a.name, items: aItems.length }),
    ]);
    const open = partA.body?.approval.openItems as Json[];
    expect(open.length).toBeGreaterThan(0);
    expect(
      open.every((i) => ["3", "4", "5", "7"].includes(String(i.itemCode).split(".")[0] ?? "")),
    ).toBe(true);
    expect(open.every((i) => i.reviewers.includes(people.b.name))).toBe(true);
    expect(open.some((i) => i.reviewers.includes(people.a.name))).toBe(false);

    // B still reviews his items; A's approved items are closed.
    const seenByB = await call(people.b.cookie, "GET", path(rid, 1));
    expect(seenByB.body).toMatchObject({ canReview: true, status: "submitted" });
    expect(
      (
        await call(people.b.cookie, "PUT", `${path(rid, 1)}/items/4.1`, {
          version: 0,
          action: "correct",
          facts: { rate: "95" },
          reason: "核实系统数据",
        })
      ).status,
    ).toBe(200);
    const closed = await call(people.a.cookie, "PUT", `${path(rid, 1)}/items/1.1`, {
      version: 2,
      action: "confirm",
    });
    expect(closed.status).toBe(409);
    expect(closed.body?.error.message).toContain("已审核通过");
    expect((await accept(people.b.cookie, rid, 1)).status).toBe(409);

    const restB = await call(people.b.cookie, "POST", `${path(rid, 1)}/confirm-all`, {});
    expect(restB.body?.items.find((i: Json) => i.itemCode === "4.1")?.status).toBe("corrected");
    const partB = await accept(people.b.cookie, rid, 1);
    expect(partB.status, partB.text).toBe(200);
    expect(partB.body).toMatchObject({ status: "accepted", approval: { complete: true } });
    expect(partB.body?.approval.openItems).toEqual([]);
    const actions = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "in", ["review.approve_part", "review.accept"])
      .orderBy("seq")
      .execute();
    expect(actions.map((a) => a.action)).toEqual(["review.approve_part", "review.accept"]);
  });

  it("starts every part again when the unit is returned", async () => {
    const { id: rid } = await driveRound(t, c, "review");
    await call(people.a.cookie, "POST", `${path(rid, 0)}/confirm-all`, {});
    expect((await accept(people.a.cookie, rid, 0)).status).toBe(200);
    const returned = await call(people.b.cookie, "POST", `${path(rid, 0)}/return`, {
      version: await unitVersion(t, people.b.cookie, rid, c.units[0]!.id),
      comment: "请补充",
    });
    expect(returned.status, returned.text).toBe(200);
    expect(returned.body?.approval.parts).toEqual([]);
  });
});
