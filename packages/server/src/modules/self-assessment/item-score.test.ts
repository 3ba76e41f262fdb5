// The live score and the round's results rank on another item's computed score
// (按第3项得分排名, docs/decisions/0293): the live score of one unit needs the other units' scores
// of that item, so their facts of every item it reads are loaded into the round context.
import { scoreRound, validateScheme, type Scheme } from "@kaoping/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganisationRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import { buildUser, sessionCookieFor } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { buildCounty, buildRound, buildSchemeVersion } from "../../testing/workflow-factories.js";
import { computeRoundResults } from "../results/compute.js";
import { findRound } from "../workflow/index.js";
import { crossUnitItemCodes } from "../workflow/index.js";

/** 3 基金监管 (two checks of the unit's own), 5 ranks the units on 3's score. */
const checked = validateScheme({
  id: "item-score",
  title: "按项目得分排名",
  items: [
    {
      code: "3",
      title: "基金监管",
      max: "10",
      children: [
        {
          code: "3.1",
          title: "稽核检查",
          max: "6",
          facts: [{ name: "cases", type: "int", label: "稽核发现问题数", unit: "个" }],
          rule: { kind: "occurrences", mode: "deduct", terms: [{ fact: "cases", points: "1" }] },
        },
        {
          code: "3.2",
          title: "制度建设",
          max: "4",
          facts: [{ name: "done", type: "bool", label: "已建立监管制度" }],
          rule: { kind: "checklist", mode: "award", items: [{ fact: "done", points: "4" }] },
        },
      ],
    },
    {
      code: "5",
      title: "基金监管排名",
      max: "3",
      rule: {
        kind: "rank",
        itemScore: "3",
        order: "desc",
        awards: [
          { upTo: 1, points: "3" },
          { upTo: 2, points: "1" },
        ],
      },
    },
  ],
});
if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
const scheme: Scheme = checked.scheme;

describe(`rank on another item's score, live and in results (${testDialect})`, () => {
  let t: TestApp;
  let county: OrganisationRow;
  let units: OrganisationRow[];
  let versionId: string;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    ({ county, units } = await buildCounty(t.db, 3));
    versionId = await buildSchemeVersion(t.db, county, scheme);
    for (const [i, unit] of units.entries())
      cookies[`filler${i}`] = await sessionCookieFor(
        t.app,
        t.db,
        (await buildUser(t.db, { organisation: unit, roles: [{ role: "unit_filler" }] })).user,
        t.clock.now(),
      );
  });
  afterAll(async () => t.close());

  const save = (i: number, roundId: string, code: string, facts: unknown, version = 0) =>
    t.app.inject({
      method: "PUT",
      url: `/api/rounds/${roundId}/units/${units[i]!.id}/self-assessment/items/${code}/facts`,
      headers: { cookie: cookies[`filler${i}`]! },
      payload: { version, facts: facts as object },
    });
  const live = async (i: number, roundId: string) => {
    const res = await t.app.inject({
      method: "GET",
      url: `/api/rounds/${roundId}/units/${units[i]!.id}/self-assessment`,
      headers: { cookie: cookies[`filler${i}`]! },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      score: { total: string; items: { code: string; score: string | null; trace: string[] }[] };
    };
    return body.score;
  };

  it("loads the facts the referenced item's score reads from every unit", () => {
    expect([...crossUnitItemCodes(scheme)]).toEqual(expect.arrayContaining(["3.1", "3.2"]));
  });

  it("gives each unit's live score the rank of its item-3 score among the units, as the engine does", async () => {
    const roundId = await buildRound(t.db, {
      assessing: county,
      units,
      schemeVersionId: versionId,
      state: "self_assessment",
      selfAssessmentDeadline: "2026-03-10T00:00:00.000Z",
    });
    const facts = [
      { "3.1": { cases: 1 }, "3.2": { done: true } }, // 5 + 4 = 9
      { "3.1": { cases: 0 }, "3.2": { done: true } }, // 10
      { "3.1": { cases: 3 }, "3.2": { done: false } }, // 3
    ];
    for (const [i, unitFacts] of facts.entries())
      for (const [code, f] of Object.entries(unitFacts))
        expect((await save(i, roundId, code, f)).statusCode).toBe(200);
    const expected = scoreRound(
      scheme,
      facts.map((f, i) => ({ id: units[i]!.id, name: `u${i}`, facts: f })),
    );
    if (!expected.ok) throw new Error("engine refused the facts");
    const scores = await Promise.all(units.map((_, i) => live(i, roundId)));
    expect(scores.map((s) => s.total)).toEqual(expected.result.units.map((u) => u.total));
    expect(scores.map((s) => s.items.find((it) => it.code === "5")!.score)).toEqual([
      "1",
      "3",
      "0",
    ]);
    expect(scores[0]!.items.find((it) => it.code === "5")!.trace.join("")).toContain(
      "按第3项“基金监管”得分 9 分，在本轮 3 个单位中排第 2 名",
    );
    // The round's results, scored once for all units, agree.
    const computed = await computeRoundResults(t.db, (await findRound(t.db, roundId))!);
    expect(computed.units.map((u) => u.result.total)).toEqual(scores.map((s) => s.total));

    // Unit 2 fixes its problems in 3.1 — only 3.1's facts change, yet unit 0 drops a place at once.
    expect((await save(2, roundId, "3.1", { cases: 0 }, 1)).statusCode).toBe(200);
    expect((await save(2, roundId, "3.2", { done: true }, 1)).statusCode).toBe(200);
    const after = await live(0, roundId);
    expect(after.items.find((it) => it.code === "5")!.score).toBe("0");
  });
});
