/**
 * Review rules that can fail: reasons required, corrected facts checked by the engine, both
 * self and review facts kept and results using the reviewed ones, stale writes → 409, the
 * review deadline and the unit status closing reviewer actions, returned submissions, scope.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../../src/testing/database.js";
import { createTestApp, type TestApp } from "../../src/testing/test-app.js";
import {
  acceptUnit,
  buildCountyWithPeople,
  caller,
  unitVersion,
  type County,
  type Json,
} from "./county.js";
import { driveRound } from "./drive.js";

describe(`review rules (${testDialect})`, () => {
  let t: TestApp;
  let c: County;
  let call: ReturnType<typeof caller>;
  beforeAll(async () => {
    t = await createTestApp();
    c = await buildCountyWithPeople(t, 3);
    call = caller(t);
  });
  afterAll(async () => t.close());

  const item = (rid: string, unit: number, code: string) =>
    `/api/rounds/${rid}/units/${c.units[unit]!.id}/review/items/${code}`;

  it("requires a reason and engine-valid, complete facts for a correction; keeps self and review facts; results follow review", async () => {
    const { id: rid, self } = await driveRound(t, c, "review");
    const blankReason = await call(c.reviewer, "PUT", item(rid, 0, "4.1"), {
      version: 0,
      action: "correct",
      facts: { rate: "99" },
      reason: "   ",
    });
    expect(blankReason.status).toBe(400);
    expect(blankReason.body?.error.fields[0].path).toBe("body.reason");
    const outOfRange = await call(c.reviewer, "PUT", item(rid, 0, "4.1"), {
      version: 0,
      action: "correct",
      facts: { rate: "101" },
      reason: "核实",
    });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body?.error.fields[0].path).toBe("body.facts.rate");
    const incomplete = await call(c.reviewer, "PUT", item(rid, 0, "1.4"), {
      version: 0,
      action: "correct",
      facts: { late: 1 },
      reason: "核实",
    });
    expect(incomplete.body?.error.fields).toEqual([
      expect.objectContaining({ path: "body.facts.lateAfterReminder" }),
    ]);
    expect(await t.db.selectFrom("item_reviews").selectAll().execute()).toEqual([]);

    const before = (
      await call(c.viewer, "GET", `/api/rounds/${rid}/units/${c.units[0]!.id}/results`)
    ).body!;
    const corrected = await call(c.reviewer, "PUT", item(rid, 0, "2.2"), {
      version: 0,
      action: "correct",
      facts: { articles: 0 },
      reason: "台账无记录",
    });
    expect(corrected.status, corrected.text).toBe(200);
    const after = (
      await call(c.viewer, "GET", `/api/rounds/${rid}/units/${c.units[0]!.id}/results`)
    ).body!;
    const line = (sheet: Json) =>
      sheet.items
        .find((i: { code: string }) => i.code === "2")
        .children.find((i: { code: string }) => i.code === "2.2");
    expect(line(after)).toMatchObject({ score: "0", selfScore: line(before).selfScore });
    expect(after.selfTotal).toBe(before.selfTotal);
    const rows = await t.db
      .selectFrom("facts")
      .select(["source", "value", "reason"])
      .where("item_code", "=", "2.2")
      .where(
        "round_unit_id",
        "in",
        t.db
          .selectFrom("round_units")
          .select("id")
          .where("round_id", "=", rid)
          .where("unit_id", "=", c.units[0]!.id),
      )
      .execute();
    expect(rows.map((r) => [r.source, JSON.parse(r.value), r.reason]).sort()).toEqual([
      ["review", { articles: 0 }, "台账无记录"],
      ["self", self[0]!["2.2"], null],
    ]);
    const audits = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "review.correct")
      .execute();
    expect(audits).toHaveLength(1);

    // Confirming after all removes the correction: the self facts count again.
    const confirmed = await call(c.reviewer, "PUT", item(rid, 0, "2.2"), {
      version: 1,
      action: "confirm",
    });
    expect(confirmed.body).toMatchObject({ status: "confirmed", version: 2, reviewFacts: null });
    expect(
      (await call(c.viewer, "GET", `/api/rounds/${rid}/units/${c.units[0]!.id}/results`)).body
        ?.total,
    ).toBe(before.total);
  });

  it("answers 409 to stale writes: item decisions, accept and return", async () => {
    const { id: rid } = await driveRound(t, c, "review");
    const racing = await Promise.all([
      call(c.reviewer, "PUT", item(rid, 1, "1.1"), { version: 0, action: "confirm" }),
      call(c.reviewer, "PUT", item(rid, 1, "1.1"), {
        version: 0,
        action: "correct",
        facts: { met: false },
        reason: "同时提交",
      }),
    ]);
    expect(racing.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(racing.find((r) => r.status === 409)?.body?.error.code).toBe("VERSION_CONFLICT");
    expect(racing.find((r) => r.status === 200)?.body?.version).toBe(1);
    expect(
      (await call(c.reviewer, "PUT", item(rid, 1, "1.1"), { version: 1, action: "confirm" }))
        .status,
    ).toBe(200);
    const second = await call(c.departmentReviewer, "PUT", item(rid, 1, "4.1"), {
      version: 0,
      action: "confirm",
    });
    expect(second.status).toBe(200);
    const again = await call(c.reviewer, "PUT", item(rid, 1, "1.1"), {
      version: 0,
      action: "confirm",
    });
    expect(again.body?.error.code).toBe("VERSION_CONFLICT");
    expect(
      (
        await call(c.reviewer, "PUT", item(rid, 1, "1.1"), {
          version: 1,
          action: "correct",
          facts: { met: false },
          reason: "x",
        })
      ).body?.error.code,
    ).toBe("VERSION_CONFLICT");

    expect((await acceptUnit(t, c.reviewer, rid, c.units[1]!.id)).status).toBe(200);
    const version = await unitVersion(t, c.reviewer, rid, c.units[1]!.id);
    const stale = await call(
      c.reviewer,
      "POST",
      `/api/rounds/${rid}/units/${c.units[2]!.id}/review/return`,
      { version: version + 5 },
    );
    expect(stale.body?.error.code).toBe("VERSION_CONFLICT");
    // An accepted unit is closed to reviewers.
    expect(
      (await call(c.reviewer, "PUT", item(rid, 1, "1.2"), { version: 0, action: "confirm" }))
        .status,
    ).toBe(409);
  });

  it("returns a submission with comments the unit reads per item; a returned unit is closed to reviewers until resubmitted", async () => {
    const { id: rid } = await driveRound(t, c, "review");
    const unit = c.units[2]!.id;
    const comment = await call(
      c.reviewer,
      "POST",
      `/api/rounds/${rid}/units/${unit}/review/comments`,
      { itemCode: "5.2", text: "村数与花名册不一致" },
    );
    expect(comment.status, comment.text).toBe(201);
    expect(comment.body?.authorName).toMatch(/^测试用户 /);
    const correction = await call(c.reviewer, "PUT", item(rid, 2, "2.2"), {
      version: 0,
      action: "correct",
      facts: { articles: 0 },
      reason: "台账无记录",
    });
    expect(correction.status, correction.text).toBe(200);
    const view = await call(c.reviewer, "GET", `/api/rounds/${rid}/units/${unit}/review`);
    expect(
      view.body?.items.find((i: { itemCode: string }) => i.itemCode === "5.2")?.comments,
    ).toEqual([
      expect.objectContaining({ text: "村数与花名册不一致", authorName: comment.body?.authorName }),
    ]);
    const returned = await call(
      c.reviewer,
      "POST",
      `/api/rounds/${rid}/units/${unit}/review/return`,
      { version: await unitVersion(t, c.reviewer, rid, unit), comment: "请修改后重新提交" },
    );
    expect(returned.body).toMatchObject({ status: "returned", canReview: false });
    const seen = await call(
      c.fillers[2]!,
      "GET",
      `/api/rounds/${rid}/units/${unit}/self-assessment`,
    );
    expect(seen.body?.editable).toBe(true);
    const seenComments = seen.body?.comments.map((x: { itemCode: string | null; text: string }) => [
      x.itemCode,
      x.text,
    ]);
    expect(seenComments).toHaveLength(2);
    expect(seenComments).toEqual(
      expect.arrayContaining([
        ["5.2", "村数与花名册不一致"],
        [null, "请修改后重新提交"],
      ]),
    );
    // Issue 14 defect 11: the returned unit sees the reviewer's corrected facts and reason.
    expect(seen.body?.corrections).toEqual([
      expect.objectContaining({
        itemCode: "2.2",
        facts: { articles: 0 },
        reason: "台账无记录",
        fromAppeal: false,
      }),
    ]);
    expect(
      (await call(c.reviewer, "PUT", item(rid, 2, "5.2"), { version: 0, action: "confirm" }))
        .status,
    ).toBe(409);
    expect(
      (
        await call(c.reviewer, "POST", `/api/rounds/${rid}/units/${unit}/review/accept`, {
          version: returned.body?.version,
        })
      ).status,
    ).toBe(409);
  });

  it("closes reviewer actions after the review deadline and keeps reviewers to their scope", async () => {
    const { id: rid } = await driveRound(t, c, "review");
    expect(
      (
        await call(c.departmentReviewer, "PUT", item(rid, 0, "1.1"), {
          version: 0,
          action: "confirm",
        })
      ).status,
    ).toBe(403);
    expect(
      (await call(c.reviewer, "PUT", item(rid, 0, "8"), { version: 0, action: "confirm" })).status,
    ).toBe(403);
    const round = await call(c.admin, "GET", `/api/rounds/${rid}`);
    const moved = await call(c.admin, "PUT", `/api/rounds/${rid}/deadlines`, {
      version: round.body?.version,
      review: "2026-02-28T00:00:00Z",
    });
    expect(moved.status, moved.text).toBe(200);
    const late = await call(c.reviewer, "PUT", item(rid, 0, "1.1"), {
      version: 0,
      action: "confirm",
    });
    expect(late.status).toBe(409);
    expect(late.body?.error.message).toContain("截止时间");
    expect(
      (
        await call(c.reviewer, "POST", `/api/rounds/${rid}/units/${c.units[0]!.id}/review/accept`, {
          version: await unitVersion(t, c.reviewer, rid, c.units[0]!.id),
        })
      ).status,
    ).toBe(409);
    const view = await call(c.reviewer, "GET", `/api/rounds/${rid}/units/${c.units[0]!.id}/review`);
    expect(view.body).toMatchObject({ canReview: false, whyNot: "审核截止时间已过" });
  });

  it("accepts a review write exactly at the review deadline and refuses one a millisecond later; the view agrees", async () => {
    const { id: rid } = await driveRound(t, c, "review");
    const deadline = t.clock.now();
    const round = await call(c.admin, "GET", `/api/rounds/${rid}`);
    const moved = await call(c.admin, "PUT", `/api/rounds/${rid}/deadlines`, {
      version: round.body?.version,
      review: deadline.toISOString(),
    });
    expect(moved.status, moved.text).toBe(200);
    const viewPath = `/api/rounds/${rid}/units/${c.units[0]!.id}/review`;
    expect((await call(c.reviewer, "GET", viewPath)).body).toMatchObject({ canReview: true });
    const atDeadline = await call(c.reviewer, "PUT", item(rid, 0, "1.1"), {
      version: 0,
      action: "confirm",
    });
    expect(atDeadline.status, atDeadline.text).toBe(200);
    t.clock.advance(1);
    try {
      const late = await call(c.reviewer, "PUT", item(rid, 0, "1.3"), {
        version: 0,
        action: "confirm",
      });
      expect(late.status).toBe(409);
      expect(late.body?.error.message).toContain("截止时间");
      expect((await call(c.reviewer, "GET", viewPath)).body).toMatchObject({
        canReview: false,
        whyNot: "审核截止时间已过",
      });
    } finally {
      t.clock.set(deadline);
    }
  });
});
