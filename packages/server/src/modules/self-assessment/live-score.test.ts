/**
 * The live score keeps the engine's memos between saves (decision 0306): an item whose facts did
 * not change is a memo hit, its result the very (frozen) object of the last live score, and every
 * live score is still exactly what the engine computes from scratch.
 */
import { computeRoundContext, scoreUnitWithProblems, type ItemResult } from "@kaoping/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganisationRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import { buildUser, sessionCookieFor } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { buildCounty, buildRound, buildSchemeVersion } from "../../testing/workflow-factories.js";
import { findRoundUnit, schemeItems, schemeOfVersion } from "../workflow/index.js";
import { liveScoreOf } from "./live-score.js";

describe(`live score across saves (${testDialect})`, () => {
  let t: TestApp;
  let units: OrganisationRow[];
  let roundId: string;
  let versionId: string;
  let cookie: string;
  const versions: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const built = await buildCounty(t.db, 2);
    units = built.units;
    versionId = await buildSchemeVersion(t.db, built.county);
    roundId = await buildRound(t.db, {
      assessing: built.county,
      units,
      schemeVersionId: versionId,
      state: "self_assessment",
      selfAssessmentDeadline: "2026-03-10T00:00:00.000Z",
    });
    const filler = await buildUser(t.db, {
      organisation: units[0]!,
      roles: [{ role: "unit_filler" }],
    });
    cookie = await sessionCookieFor(t.app, t.db, filler.user, t.clock.now());
  });
  afterAll(async () => t.close());

  async function save(code: string, facts: Record<string, unknown>) {
    const response = await t.app.inject({
      method: "PUT",
      url: `/api/rounds/${roundId}/units/${units[0]!.id}/self-assessment/items/${code}/facts`,
      headers: { cookie },
      payload: { version: versions[code] ?? 0, facts },
    });
    expect(response.statusCode, response.body).toBe(200);
    versions[code] = (response.json() as { item: { version: number } }).item.version;
  }

  async function live() {
    const scheme = await schemeOfVersion(t.db, versionId);
    const roundUnit = (await findRoundUnit(t.db, roundId, units[0]!.id))!;
    return liveScoreOf(t.db, {
      roundId,
      roundUnitId: roundUnit.id,
      unitId: units[0]!.id,
      unitName: roundUnit.unit_name,
      scheme,
      ratingItems: schemeItems(scheme).ratingItems,
    });
  }

  /** The engine from scratch: the unit's saved facts against the context of both units (B has none). */
  async function fromScratch(facts: Record<string, unknown>) {
    const scheme = await schemeOfVersion(t.db, versionId);
    const unit = { id: units[0]!.id, name: units[0]!.name, facts };
    const context = computeRoundContext(scheme, [unit, { id: "b", name: "乙", facts: {} }]);
    return scoreUnitWithProblems(scheme, unit, context);
  }

  const leaf = (items: ItemResult[], code: string) =>
    items.flatMap((i) => [i, ...i.children]).find((i) => i.code === code) as ItemResult;

  it("gives an unchanged item's result from the memo (the same frozen object) and the changed one anew", async () => {
    const facts: Record<string, Record<string, unknown>> = {
      "4.1": { rate: "99.65" },
      "1.3": { absences: 1 },
      "4.4": { rate: "72" },
    };
    for (const [code, value] of Object.entries(facts)) await save(code, value);
    const first = await live();
    await save("1.3", (facts["1.3"] = { absences: 3 }));
    const second = await live();
    expect(leaf(second.score.items, "4.1")).toBe(leaf(first.score.items, "4.1"));
    expect(Object.isFrozen(leaf(second.score.items, "4.1"))).toBe(true);
    expect(leaf(first.score.items, "1.3").score).toBe("1.5");
    expect(leaf(second.score.items, "1.3").score).toBe("0.5");
    const expected = await fromScratch(facts);
    expect(second.score.items).toEqual(expected.result.items);
    expect(second.score.total).toBe(expected.result.total);
    expect(second.score.missing).toEqual(expected.result.missing);
    expect(second.problems).toEqual(expected.problems);

    // Back to an earlier input: the earlier result, from the memo.
    await save("1.3", (facts["1.3"] = { absences: 1 }));
    const third = await live();
    expect(third.score).toEqual(first.score);
    expect(leaf(third.score.items, "1.3")).toBe(leaf(first.score.items, "1.3"));
  });
});
