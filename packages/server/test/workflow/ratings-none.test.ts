/**
 * The bell of a rater in a round whose scheme has no 评议 item (decision 0342): the round still
 * passes through 评议, but there is nothing to rate — before, each rater was told «N 单位待评议»
 * (every unit counted as not yet rated).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../../src/testing/database.js";
import { createTestApp, type TestApp } from "../../src/testing/test-app.js";
import {
  acceptUnit,
  buildCountyWithPeople,
  caller,
  createTownshipRound,
  moveRound,
  saveAllFacts,
  submitUnit,
  type County,
} from "./county.js";

/** One item (code 4, the department's in createTownshipRound), filled by the unit; no 评议 item. */
const document = {
  id: "no-ratings-2027",
  title: "无评议项的考核方案",
  items: [
    {
      code: "4",
      title: "会议培训",
      max: "3",
      facts: [{ name: "count", type: "int", label: "缺席次数", unit: "次" }],
      rule: { kind: "occurrences", mode: "deduct", terms: [{ fact: "count", points: "0.5" }] },
    },
  ],
};

describe(`a rater's to-dos in a round with nothing to rate (${testDialect})`, () => {
  let t: TestApp;
  let c: County;
  beforeAll(async () => {
    t = await createTestApp();
    c = await buildCountyWithPeople(t, 2);
  });
  afterAll(async () => t.close());

  it("counts no unit to rate in it", async () => {
    const { id: rid } = await createTownshipRound(t, c, {}, { document });
    expect((await moveRound(t, c, rid, "self_assessment")).status).toBe(200);
    for (const [i, unit] of c.units.entries()) {
      await saveAllFacts(t, c.heads[i]!, rid, unit.id, { "4": { count: i } });
      await submitUnit(t, c.heads[i]!, rid, unit.id);
    }
    expect((await moveRound(t, c, rid, "review")).status).toBe(200);
    for (const unit of c.units)
      expect((await acceptUnit(t, c.reviewer, rid, unit.id)).status).toBe(200);
    expect((await moveRound(t, c, rid, "rating")).status).toBe(200);

    const todos = await caller(t)(c.raters[0]!, "GET", "/api/me/todos");
    expect(todos.status, todos.text).toBe(200);
    const items = (todos.body?.items ?? []) as { kind: string; roundId: string | null }[];
    expect(items.filter((i) => i.roundId === rid)).toEqual([]);
  });
});
