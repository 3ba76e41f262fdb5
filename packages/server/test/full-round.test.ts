/**
 * The headline workflow test: one round of township-2022 walked through every state with every
 * role over the API — scheme, round, self-assessment, review (a correction with a reason, a
 * return and a resubmission), 评议, results, publication, appeals (one upheld, one rejected),
 * final lock — with the published totals and ranking checked against the engine's `scoreRound`
 * on the same effective facts (never hard-coded numbers).
 */
import { getTemplate, scoreRound, type UnitResult } from "@kaoping/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../src/testing/database.js";
import { createTestApp, type TestApp } from "../src/testing/test-app.js";
import { townshipFacts } from "../src/testing/township-facts.js";
import {
  buildCountyWithPeople,
  caller,
  createTownshipRound,
  moveRound,
  saveAllFacts,
  submitUnit,
  acceptUnit,
  unitVersion,
  type County,
  type Json,
} from "./workflow/county.js";

type Facts = Record<string, Record<string, unknown>>;

describe(`a full round through every state (${testDialect})`, () => {
  let t: TestApp;
  let c: County;
  let call: ReturnType<typeof caller>;
  beforeAll(async () => {
    t = await createTestApp();
    c = await buildCountyWithPeople(t, 4);
    call = caller(t);
  });
  afterAll(async () => t.close());

  /** What the engine says for these effective facts (the test keeps its own copy of every fact). */
  function engineResults(effective: Facts[]): UnitResult[] {
    const scored = scoreRound(
      getTemplate("township-2022")!,
      effective.map((facts, i) => ({ id: c.units[i]!.id, name: c.units[i]!.name, facts })),
    );
    if (!scored.ok) throw new Error(JSON.stringify(scored.problems));
    return scored.result.units;
  }

  function expectTotalsAndRanks(body: Json, expected: UnitResult[]) {
    const byUnit = new Map(
      (body.units as { unitId: string; total: string; rank: number }[]).map((u) => [u.unitId, u]),
    );
    for (const unit of expected)
      expect(byUnit.get(unit.id), unit.name).toMatchObject({ total: unit.total, rank: unit.rank });
  }

  it("walks draft → self_assessment → review → rating → results → published → appeals → final", async () => {
    const deadlines = {
      selfAssessment: "2026-06-30T23:59:59+08:00",
      review: "2026-07-31T23:59:59+08:00",
      rating: "2026-08-31T23:59:59+08:00",
      appeal: "2026-09-30T23:59:59+08:00",
    };
    const round = await createTownshipRound(t, c, deadlines);
    const rid = round.id;
    const unitIds = c.units.map((u) => u.id);
    const self: Facts[] = unitIds.map((_, i) => townshipFacts(100 + i));
    self[3]!["2.2"] = { articles: 2 }; // the appeal below raises it to 6, which must change the total
    const review: Facts[] = unitIds.map(() => ({}));

    // 自评: fillers save, heads submit.
    expect((await moveRound(t, c, rid, "self_assessment")).status).toBe(200);
    for (const [i, unitId] of unitIds.entries()) {
      await saveAllFacts(t, c.fillers[i]!, rid, unitId, self[i]!);
      await submitUnit(t, c.heads[i]!, rid, unitId);
    }
    expect((await moveRound(t, c, rid, "review")).status).toBe(200);

    // 审核: unit 0 corrected with a reason; unit 1 returned, edited and resubmitted.
    const work = await call(c.reviewer, "GET", `/api/rounds/${rid}/review`);
    expect(work.status, work.text).toBe(200);
    expect(work.body?.units).toHaveLength(4);
    const scoped = await call(c.departmentReviewer, "GET", `/api/rounds/${rid}/review`);
    expect(scoped.body?.itemCodes).toEqual(["4.1", "4.2", "4.3", "4.4"]);
    const itemUrl = (unit: number, code: string) =>
      `/api/rounds/${rid}/units/${unitIds[unit]}/review/items/${code}`;
    const noReason = await call(c.reviewer, "PUT", itemUrl(0, "4.1"), {
      version: 0,
      action: "correct",
      facts: { rate: "99.10" },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body?.error.fields).toEqual([expect.objectContaining({ path: "body.reason" })]);
    const corrected = await call(c.departmentReviewer, "PUT", itemUrl(0, "4.1"), {
      version: 0,
      action: "correct",
      facts: { rate: "99.10" },
      reason: "省级平台数据为 99.10%",
    });
    expect(corrected.status, corrected.text).toBe(200);
    expect(corrected.body).toMatchObject({
      status: "corrected",
      version: 1,
      reviewFacts: { rate: "99.10" },
    });
    review[0]!["4.1"] = { rate: "99.10" };
    const outOfScope = await call(c.departmentReviewer, "PUT", itemUrl(0, "1.1"), {
      version: 0,
      action: "confirm",
    });
    expect(outOfScope.status).toBe(403);
    expect(
      (await call(c.reviewer, "PUT", itemUrl(0, "1.1"), { version: 0, action: "confirm" })).status,
    ).toBe(200);

    const detail = await call(c.reviewer, "GET", `/api/rounds/${rid}/units/${unitIds[0]}/review`);
    const item41 = detail.body?.items.find((item: { itemCode: string }) => item.itemCode === "4.1");
    expect(item41).toMatchObject({
      selfFacts: self[0]!["4.1"],
      reviewFacts: { rate: "99.10" },
      reason: "省级平台数据为 99.10%",
      status: "corrected",
    });
    expect(item41.score).not.toBe(item41.selfScore);

    const returned = await call(
      c.reviewer,
      "POST",
      `/api/rounds/${rid}/units/${unitIds[1]}/review/return`,
      {
        version: await unitVersion(t, c.reviewer, rid, unitIds[1]!),
        comment: "2.2 报送篇数与台账不符",
      },
    );
    expect(returned.status, returned.text).toBe(200);
    expect(returned.body?.status).toBe("returned");
    await call(c.reviewer, "POST", `/api/rounds/${rid}/units/${unitIds[1]}/review/comments`, {
      itemCode: "2.2",
      text: "请核对",
    }).then((r) => expect(r.status).toBe(409));
    const comments = await call(
      c.fillers[1]!,
      "GET",
      `/api/rounds/${rid}/units/${unitIds[1]}/review/comments`,
    );
    expect(comments.body).toEqual([
      expect.objectContaining({ itemCode: null, text: "2.2 报送篇数与台账不符" }),
    ]);
    expect(
      (await call(c.fillers[0]!, "GET", `/api/rounds/${rid}/units/${unitIds[1]}/review/comments`))
        .status,
    ).toBe(404);
    self[1]!["2.2"] = { articles: 3 };
    const sa = await call(
      c.fillers[1]!,
      "GET",
      `/api/rounds/${rid}/units/${unitIds[1]}/self-assessment`,
    );
    const version22 = sa.body?.facts.find(
      (f: { itemCode: string }) => f.itemCode === "2.2",
    ).version;
    const edit = await call(
      c.fillers[1]!,
      "PUT",
      `/api/rounds/${rid}/units/${unitIds[1]}/self-assessment/items/2.2/facts`,
      { version: version22, facts: { articles: 3 } },
    );
    expect(edit.status, edit.text).toBe(200);
    await submitUnit(t, c.heads[1]!, rid, unitIds[1]!);

    // Not every unit accepted yet → the move to 评议 is refused.
    expect((await acceptUnit(t, c.reviewer, rid, unitIds[0]!)).status).toBe(200);
    const early = await moveRound(t, c, rid, "rating");
    expect(early.status).toBe(409);
    expect(early.body?.error.message).toContain("未审核通过");
    for (const unitId of unitIds.slice(1)) {
      const accepted = await acceptUnit(t, c.reviewer, rid, unitId);
      expect(accepted.status, accepted.text).toBe(200);
    }
    expect((await moveRound(t, c, rid, "rating")).status).toBe(200);

    // 评议: three raters rate every unit; nobody sees another's ratings meanwhile.
    const ratings: string[][] = unitIds.map((_, i) => [
      `${10 + i}.5`,
      `${12 + (i % 2)}`,
      `${14 - i}.25`,
    ]);
    for (const [r, rater] of c.raters.entries()) {
      for (const [i, unitId] of unitIds.entries()) {
        const saved = await call(rater, "PUT", `/api/rounds/${rid}/units/${unitId}/ratings/8`, {
          version: 0,
          value: ratings[i]![r],
        });
        expect(saved.status, saved.text).toBe(200);
      }
    }
    const outOfRange = await call(
      c.raters[0]!,
      "PUT",
      `/api/rounds/${rid}/units/${unitIds[0]}/ratings/8`,
      { version: 1, value: "15.5" },
    );
    expect(outOfRange.body?.error.fields[0].path).toBe("body.value");
    const own = await call(c.raters[1]!, "GET", `/api/rounds/${rid}/ratings`);
    expect(own.body?.visibility).toBe("own");
    expect(own.body?.ratings.map((x: { raterId: string }) => x.raterId)).toEqual(
      unitIds.map(() => c.raterIds[1]),
    );
    expect((await call(c.admin, "GET", `/api/rounds/${rid}/ratings`)).body?.ratings).toEqual([]);
    expect((await moveRound(t, c, rid, "results")).status).toBe(200);

    // 结果: live results equal the engine on the same effective facts; units cannot see them yet.
    const effective = (): Facts[] =>
      unitIds.map((_, i) => ({ ...self[i], ...review[i], "8": { ratings: ratings[i] } }));
    const expected = engineResults(effective());
    const live = await call(c.admin, "GET", `/api/rounds/${rid}/results`);
    expect(live.status, live.text).toBe(200);
    expect(live.body?.source).toBe("live");
    expectTotalsAndRanks(live.body!, expected);
    expect((await call(c.fillers[2]!, "GET", `/api/rounds/${rid}/results`)).status).toBe(409);
    expect(
      (await call(c.fillers[2]!, "GET", `/api/rounds/${rid}/units/${unitIds[3]}/results`)).status,
    ).toBe(404);
    const sheet0 = await call(c.viewer, "GET", `/api/rounds/${rid}/units/${unitIds[0]}/results`);
    const selfOnly = engineResults(
      unitIds.map((_, i) => ({ ...self[i], "8": { ratings: ratings[i] } })),
    )[0]!;
    expect(sheet0.body).toMatchObject({
      total: expected[0]!.total,
      selfTotal: selfOnly.total,
      rank: expected[0]!.rank,
    });

    // 公示: snapshot 1 frozen; a unit sees its own sheet and the ranking.
    expect((await moveRound(t, c, rid, "published")).status).toBe(200);
    const snapshot1 = await call(c.admin, "GET", `/api/rounds/${rid}/snapshots/1`);
    expect(snapshot1.body).toMatchObject({ kind: "published", sequence: 1 });
    const unitView = await call(c.fillers[2]!, "GET", `/api/rounds/${rid}/results`);
    expect(unitView.status).toBe(200);
    expectTotalsAndRanks(unitView.body!, expected);
    for (const row of unitView.body?.units ?? [])
      expect(row.subtotals === null).toBe(row.unitId !== unitIds[2]);

    // 申诉: unit 3 appeals 2.2 (upheld: review facts with the appeal id), unit 2 appeals 5.3 (rejected).
    expect((await moveRound(t, c, rid, "appeals")).status).toBe(200);
    const upheld = await call(
      c.fillers[3]!,
      "POST",
      `/api/rounds/${rid}/units/${unitIds[3]}/appeals`,
      { itemCode: "2.2", text: "报送信息实为 6 篇，附录用通知" },
    );
    const rejected = await call(
      c.heads[2]!,
      "POST",
      `/api/rounds/${rid}/units/${unitIds[2]}/appeals`,
      { itemCode: "5.3", text: "已实现同城通办" },
    );
    expect([upheld.status, rejected.status]).toEqual([201, 201]);
    const noFacts = await call(c.admin, "PUT", `/api/appeals/${upheld.body?.id}/answer`, {
      version: 1,
      decision: "upheld",
      answer: "核实属实",
    });
    expect(noFacts.status).toBe(400);
    const answered = await call(c.admin, "PUT", `/api/appeals/${upheld.body?.id}/answer`, {
      version: 1,
      decision: "upheld",
      answer: "核实属实",
      facts: { articles: 6 },
    });
    expect(answered.status, answered.text).toBe(200);
    expect(answered.body).toMatchObject({ state: "upheld", snapshotSequence: 2 });
    review[3]!["2.2"] = { articles: 6 };
    const rejectedAnswer = await call(c.admin, "PUT", `/api/appeals/${rejected.body?.id}/answer`, {
      version: 1,
      decision: "rejected",
      answer: "未提供同城通办的佐证材料",
    });
    expect(rejectedAnswer.body?.state).toBe("rejected");
    const factRow = await t.db
      .selectFrom("facts")
      .innerJoin("round_units", "round_units.id", "facts.round_unit_id")
      .selectAll("facts")
      .where("round_units.unit_id", "=", unitIds[3]!)
      .where("facts.item_code", "=", "2.2")
      .where("round_units.round_id", "=", rid)
      .execute();
    expect(factRow.map((f) => [f.source, f.appeal_id])).toEqual(
      expect.arrayContaining([
        ["self", null],
        ["review", upheld.body?.id],
      ]),
    );

    const afterAppeal = engineResults(effective());
    expect(afterAppeal[3]!.total).not.toBe(expected[3]!.total);
    expect(new Set(afterAppeal.map((u) => u.total)).size).toBeGreaterThan(1);
    const results2 = await call(c.admin, "GET", `/api/rounds/${rid}/results`);
    expect(results2.body).toMatchObject({ source: "snapshot", snapshotSequence: 2 });
    expectTotalsAndRanks(results2.body!, afterAppeal);
    expect((await call(c.admin, "GET", `/api/rounds/${rid}/snapshots/1`)).body).toEqual(
      snapshot1.body,
    );

    // 归档: read-only; the results did not change since snapshot 2, so no further snapshot.
    expect((await moveRound(t, c, rid, "final")).status).toBe(200);
    const snapshots = await call(c.viewer, "GET", `/api/rounds/${rid}/snapshots`);
    expect(snapshots.body?.map((s: { kind: string }) => s.kind)).toEqual(["published", "appeal"]);
    const history = await call(c.heads[3]!, "GET", `/api/units/${unitIds[3]}/history`);
    expect(history.body?.lineages).toEqual([
      {
        lineage: "township-2022",
        rounds: [
          expect.objectContaining({
            roundId: rid,
            total: afterAppeal[3]!.total,
            rank: afterAppeal[3]!.rank,
          }),
        ],
      },
    ]);
  });
});
