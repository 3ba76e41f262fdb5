/**
 * Drives a township-2022 round of a test county to a given state quickly: self facts and
 * submissions are written straight to the database (the full-round test covers them through
 * the API), transitions, acceptances and ratings go through the API.
 */
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { roundStates, type RoundState } from "../../src/contract/workflow.js";
import type { TestApp } from "../../src/testing/test-app.js";
import { townshipFacts } from "../../src/testing/township-facts.js";
import { caller, createTownshipRound, moveRound, unitVersion, type County } from "./county.js";

/** A driven round: its id and each unit's self facts and ratings. */
export interface DrivenRound {
  id: string;
  self: Record<string, Record<string, unknown>>[];
  ratings: string[][];
}

const at = (s: RoundState, target: RoundState) =>
  roundStates.indexOf(target) >= roundStates.indexOf(s);

/** Writes every unit's self facts and marks it submitted. */
export async function seedSubmissions(
  t: TestApp,
  c: County,
  roundId: string,
  self: Record<string, Record<string, unknown>>[],
) {
  const roundUnits = await t.db
    .selectFrom("round_units")
    .selectAll()
    .where("round_id", "=", roundId)
    .execute();
  const now = t.clock.now().toISOString();
  for (const [i, unit] of c.units.entries()) {
    const ru = roundUnits.find((r) => r.unit_id === unit.id)!;
    const rows = Object.entries(self[i]!).map(([code, value]) => ({
      id: randomUUID(),
      round_unit_id: ru.id,
      item_code: code,
      source: "self",
      value: JSON.stringify(value),
      reason: null,
      appeal_id: null,
      updated_by: null,
      updated_at: now,
      version: 1,
    }));
    await t.db.insertInto("facts").values(rows).execute();
    await t.db
      .updateTable("round_units")
      .set({ status: "submitted", submitted_at: now, version: ru.version + 1 })
      .where("id", "=", ru.id)
      .execute();
  }
}

/** Creates a round and moves it to `target` (units submitted from review on, accepted and rated from rating on). */
export async function driveRound(
  t: TestApp,
  c: County,
  target: RoundState,
  deadlines: Record<string, string> = {},
  seed = 0,
): Promise<DrivenRound> {
  const call = caller(t);
  const round = await createTownshipRound(t, c, deadlines);
  const self = c.units.map((_, i) => townshipFacts(seed * 10 + i));
  const ratings = c.units.map((_, i) => c.raters.map((_, r) => `${10 + ((i + r) % 5)}.5`));
  const move = async (to: RoundState) => {
    const moved = await moveRound(t, c, round.id, to);
    expect(moved.status, moved.text).toBe(200);
  };
  if (at("self_assessment", target)) await move("self_assessment");
  if (at("review", target)) {
    await seedSubmissions(t, c, round.id, self);
    await move("review");
  }
  if (at("rating", target)) {
    for (const unit of c.units) {
      const confirmed = await call(
        c.reviewer,
        "POST",
        `/api/rounds/${round.id}/units/${unit.id}/review/confirm-all`,
        {},
      );
      expect(confirmed.status, confirmed.text).toBe(200);
      const accepted = await call(
        c.reviewer,
        "POST",
        `/api/rounds/${round.id}/units/${unit.id}/review/accept`,
        { version: await unitVersion(t, c.reviewer, round.id, unit.id) },
      );
      expect(accepted.status, accepted.text).toBe(200);
    }
    await move("rating");
    for (const [r, rater] of c.raters.entries()) {
      for (const [i, unit] of c.units.entries()) {
        const saved = await call(
          rater,
          "PUT",
          `/api/rounds/${round.id}/units/${unit.id}/ratings/8`,
          { version: 0, value: ratings[i]![r] },
        );
        expect(saved.status, saved.text).toBe(200);
      }
    }
  }
  for (const state of ["results", "published", "appeals", "final"] as const)
    if (at(state, target)) await move(state);
  return { id: round.id, self, ratings };
}
