/**
 * 评议 rules that can fail: raters never see one another's ratings while the stage is open
 * (nor does the administrator), the range comes from the scheme, stale writes → 409, the
 * rating deadline and the round state close rating, and ratings become item 8's score.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../../src/testing/database.js";
import { createTestApp, type TestApp } from "../../src/testing/test-app.js";
import { getTemplate } from "@kaoping/engine";
import {
  buildCountyWithPeople,
  caller,
  createTownshipRound,
  moveRound,
  acceptUnit,
  type County,
} from "./county.js";
import { driveRound, seedSubmissions } from "./drive.js";
import { townshipFacts } from "../../src/testing/township-facts.js";

describe(`评议 ratings (${testDialect})`, () => {
  let t: TestApp;
  let c: County;
  let call: ReturnType<typeof caller>;
  beforeAll(async () => {
    t = await createTestApp();
    c = await buildCountyWithPeople(t, 2);
    call = caller(t);
  });
  afterAll(async () => t.close());

  const rate = (rater: string, rid: string, unit: number, body: unknown) =>
    call(rater, "PUT", `/api/rounds/${rid}/units/${c.units[unit]!.id}/ratings/8`, body);

  it("keeps raters' ratings private until the stage closes, then aggregates them as item 8", async () => {
    const { id: rid } = await driveRound(t, c, "review");
    expect((await rate(c.raters[0]!, rid, 0, { version: 0, value: "12" })).status).toBe(409);
    for (const unit of c.units) await acceptUnit(t, c.reviewer, rid, unit.id);
    expect((await moveRound(t, c, rid, "rating")).status).toBe(200);
    // The bell (issue 14): each rater counts the units he has not rated yet in this round.
    const toRate = async (rater: string) =>
      (
        ((await call(rater, "GET", "/api/me/todos")).body?.items ?? []) as {
          kind: string;
          roundId: string | null;
          count: number;
        }[]
      ).find((i) => i.kind === "rate" && i.roundId === rid)?.count ?? 0;
    expect(await toRate(c.raters[0]!)).toBe(c.units.length);

    const racing = await Promise.all([
      rate(c.raters[0]!, rid, 0, { version: 0, value: "12" }),
      rate(c.raters[0]!, rid, 0, { version: 0, value: "9" }),
    ]);
    expect(racing.map((r) => r.status).sort()).toEqual([200, 409]);
    const first = racing.find((r) => r.status === 200)!;
    if (first.body?.value !== "12")
      expect((await rate(c.raters[0]!, rid, 0, { version: 1, value: "12" })).status).toBe(200);
    expect(await toRate(c.raters[0]!)).toBe(c.units.length - 1);
    expect(await toRate(c.raters[1]!)).toBe(c.units.length);
    await rate(c.raters[1]!, rid, 0, { version: 0, value: 14.5 });
    await rate(c.raters[2]!, rid, 0, { version: 0, value: "13.25" });
    for (const [r, rater] of c.raters.entries()) {
      const view = await call(rater, "GET", `/api/rounds/${rid}/ratings`);
      expect(view.body?.visibility).toBe("own");
      expect(view.body?.ratings.map((x: { raterId: string }) => x.raterId)).toEqual([
        c.raterIds[r],
      ]);
      expect(view.body?.progress).toEqual([{ unitId: c.units[0]!.id, itemCode: "8", count: 1 }]);
    }
    const adminDuring = await call(c.admin, "GET", `/api/rounds/${rid}/ratings`);
    expect(adminDuring.body).toMatchObject({ visibility: "none", ratings: [] });
    expect(adminDuring.body?.items).toEqual([
      expect.objectContaining({ code: "8", min: "0", max: "15", scale: 2 }),
    ]);

    expect((await moveRound(t, c, rid, "results")).status).toBe(200);
    const adminAfter = await call(c.admin, "GET", `/api/rounds/${rid}/ratings`);
    expect(adminAfter.body?.visibility).toBe("all");
    expect(adminAfter.body?.ratings.map((x: { value: string }) => x.value).sort()).toEqual([
      "12",
      "13.25",
      "14.5",
    ]);
    const sheet = await call(c.admin, "GET", `/api/rounds/${rid}/units/${c.units[0]!.id}/results`);
    const item8 = sheet.body?.items.find((i: { code: string }) => i.code === "8");
    expect(item8.score).toBe("13.25"); // (12 + 14.5 + 13.25) / 3 = 13.25
    const unrated = await call(
      c.admin,
      "GET",
      `/api/rounds/${rid}/units/${c.units[1]!.id}/results`,
    );
    expect(unrated.body?.items.find((i: { code: string }) => i.code === "8").score).toBeNull();
    expect(unrated.body?.missing).toContain("8.ratings");
    expect((await rate(c.raters[0]!, rid, 1, { version: 0, value: "12" })).status).toBe(409);
  });

  it("checks the range and scale from the scheme, answers 409 to stale ratings, and closes at the rating deadline", async () => {
    const { id: rid } = await driveRound(t, c, "rating", {}, 3);
    for (const value of ["15.01", "-1", "abc", "12.345"]) {
      const bad = await rate(c.raters[0]!, rid, 0, { version: 1, value });
      expect(bad.status, value).toBe(400);
      expect(bad.body?.error.fields[0].path).toBe("body.value");
    }
    expect((await rate(c.raters[0]!, rid, 0, { version: 0, value: "11" })).body?.error.code).toBe(
      "VERSION_CONFLICT",
    );
    const changed = await rate(c.raters[0]!, rid, 0, { version: 1, value: "11" });
    expect(changed.body).toMatchObject({ value: "11", version: 2 });
    expect((await rate(c.raters[0]!, rid, 0, { version: 1, value: "10" })).body?.error.code).toBe(
      "VERSION_CONFLICT",
    );
    expect(
      (
        await call(c.raters[0]!, "PUT", `/api/rounds/${rid}/units/${c.units[0]!.id}/ratings/4.1`, {
          version: 0,
          value: "1",
        })
      ).status,
    ).toBe(404);

    const round = await call(c.admin, "GET", `/api/rounds/${rid}`);
    await call(c.admin, "PUT", `/api/rounds/${rid}/deadlines`, {
      version: round.body?.version,
      rating: "2026-02-01T00:00:00Z",
    });
    const late = await rate(c.raters[0]!, rid, 0, { version: 2, value: "10" });
    expect(late.status).toBe(409);
    expect(late.body?.error.message).toContain("评议截止时间");
  });

  it("weights rater groups as the scheme's rule says; a rater names a group and keeps it", async () => {
    // township-2022 with item 8 split into two weighted groups: 局领导 0.6 and 科室负责人 0.4.
    const document = structuredClone(getTemplate("township-2022")!) as unknown as {
      items: { code: string; facts?: unknown[]; rule?: unknown }[];
    };
    const item8 = document.items.find((item) => item.code === "8")!;
    const element = { type: "score", label: "评议得分", min: "0", max: "15" };
    item8.facts = [
      { name: "leaders", type: "list", label: "局领导评议", minItems: 1, element },
      { name: "departments", type: "list", label: "科室负责人评议", minItems: 1, element },
    ];
    item8.rule = {
      kind: "ratings",
      groups: [
        { fact: "leaders", weight: "0.6" },
        { fact: "departments", weight: "0.4" },
      ],
    };
    const round = await createTownshipRound(t, c, {}, { document });
    const rid = round.id;
    await moveRound(t, c, rid, "self_assessment");
    await seedSubmissions(
      t,
      c,
      rid,
      c.units.map((_, i) => townshipFacts(40 + i)),
    );
    await moveRound(t, c, rid, "review");
    for (const unit of c.units) await acceptUnit(t, c.reviewer, rid, unit.id);
    expect((await moveRound(t, c, rid, "rating")).status).toBe(200);

    const noGroup = await rate(c.raters[0]!, rid, 0, { version: 0, value: "12" });
    expect(noGroup.body?.error.fields[0].path).toBe("body.group");
    expect(
      (await rate(c.raters[0]!, rid, 0, { version: 0, value: "12", group: "leaders" })).status,
    ).toBe(200);
    expect(
      (await rate(c.raters[1]!, rid, 0, { version: 0, value: "14", group: "leaders" })).status,
    ).toBe(200);
    expect(
      (await rate(c.raters[2]!, rid, 0, { version: 0, value: "10", group: "departments" })).status,
    ).toBe(200);
    const switched = await rate(c.raters[2]!, rid, 1, {
      version: 0,
      value: "10",
      group: "leaders",
    });
    expect(switched.status).toBe(409);
    expect((await moveRound(t, c, rid, "results")).status).toBe(200);
    const sheet = await call(c.admin, "GET", `/api/rounds/${rid}/units/${c.units[0]!.id}/results`);
    // leaders mean 13 × 0.6 + departments mean 10 × 0.4 = 7.8 + 4 = 11.8
    expect(sheet.body?.items.find((i: { code: string }) => i.code === "8").score).toBe("11.8");
  });
});
