/**
 * docs/spec/security.md row 12: random action sequences by random roles keep the invariants
 * (fast-check model test over the workflow API). Whatever anyone sends, in any order:
 * - no answer is a server error, and no request succeeds for a role the matrix does not allow;
 * - a round only ever moves one state forward (draft → … → final), and only by the administrator;
 * - units never write review results, ratings or a status other than their own submission;
 * - a final (归档锁定) round never changes.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizationMatrix } from "../../src/access-matrix.js";
import { roundStates, type RoundState } from "../../src/contract/workflow.js";
import type { RouteAccess, RouteKey } from "../../src/authz/types.js";
import { testDialect } from "../../src/testing/database.js";
import { createTestApp, type TestApp } from "../../src/testing/test-app.js";
import { buildCountyWithPeople, type County } from "../workflow/county.js";
import { driveRound } from "../workflow/drive.js";

type Who = "admin" | "reviewer" | "rater" | "viewer" | "filler" | "head" | "otherFiller";
const roleOf: Record<Who, string> = {
  admin: "assessment_admin",
  reviewer: "reviewer",
  rater: "rater",
  viewer: "viewer",
  filler: "unit_filler",
  head: "unit_head",
  otherFiller: "unit_filler",
};
const unitRoles = new Set<Who>(["filler", "head", "otherFiller"]);

/** One action: who, which route, and a body (versions are read fresh before each request). */
interface Action {
  who: Who;
  unit: 0 | 1;
  kind:
    | "move"
    | "facts"
    | "submit"
    | "confirm"
    | "confirmAll"
    | "accept"
    | "return"
    | "reopen"
    | "rate"
    | "appeal";
  /** The state asked for; `next` = the one after the round's state now. */
  to: RoundState | "next";
  value: number;
}

/** Who would normally do each kind of action (most actions go to them, the rest to anyone). */
const usual: Record<Action["kind"], Who> = {
  move: "admin",
  facts: "filler",
  submit: "head",
  confirm: "reviewer",
  confirmAll: "reviewer",
  accept: "reviewer",
  return: "reviewer",
  reopen: "admin",
  rate: "rater",
  appeal: "filler",
};
const anyone = fc.constantFrom<Who>(
  "admin",
  "reviewer",
  "rater",
  "viewer",
  "filler",
  "head",
  "otherFiller",
);
const action: fc.Arbitrary<Action> = fc
  .record({
    kind: fc.constantFrom<Action["kind"]>(
      ...(Object.keys(usual) as Action["kind"][]),
      "move",
      "move",
      "confirmAll",
      "accept",
    ),
    other: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: anyone, weight: 1 }),
    unit: fc.constantFrom<0 | 1>(0, 1),
    to: fc.option(fc.constantFrom(...roundStates), { freq: 2 }),
    value: fc.integer({ min: -1, max: 16 }),
  })
  .map(({ kind, other, unit, to, value }) => ({
    kind,
    who: other ?? usual[kind],
    unit,
    to: to ?? "next",
    value,
  }));

describe(`random workflow actions keep the invariants (${testDialect})`, () => {
  let t: TestApp;
  let c: County;
  beforeAll(async () => {
    t = await createTestApp();
    c = await buildCountyWithPeople(t, 2);
  });
  afterAll(async () => t.close());

  const cookieOf = (who: Who, unit: 0 | 1) =>
    ({
      admin: c.admin,
      reviewer: c.reviewer,
      rater: c.raters[0]!,
      viewer: c.viewer,
      filler: c.fillers[unit]!,
      head: c.heads[unit]!,
      otherFiller: c.fillers[1 - unit]!,
    })[who];

  /** The data a final round must keep, and what units may not write. */
  async function snapshot(roundId: string) {
    const round = await t.db
      .selectFrom("rounds")
      .selectAll()
      .where("id", "=", roundId)
      .executeTakeFirstOrThrow();
    const units = await t.db
      .selectFrom("round_units")
      .selectAll()
      .where("round_id", "=", roundId)
      .orderBy("unit_id")
      .execute();
    const ids = units.map((u) => u.id);
    const facts = await t.db
      .selectFrom("facts")
      .selectAll()
      .where("round_unit_id", "in", ids)
      .orderBy("id")
      .execute();
    const reviews = await t.db
      .selectFrom("item_reviews")
      .selectAll()
      .where("round_unit_id", "in", ids)
      .orderBy("id")
      .execute();
    const ratings = await t.db
      .selectFrom("ratings")
      .selectAll()
      .where("round_unit_id", "in", ids)
      .orderBy("id")
      .execute();
    const appeals = await t.db
      .selectFrom("appeals")
      .selectAll()
      .where("round_unit_id", "in", ids)
      .orderBy("id")
      .execute();
    return { state: round.state as RoundState, units, facts, reviews, ratings, appeals };
  }

  async function send(roundId: string, a: Action) {
    const unitId = c.units[a.unit]!.id;
    const base = `/api/rounds/${roundId}/units/${unitId}`;
    const current = await t.db
      .selectFrom("round_units")
      .select("version")
      .where("round_id", "=", roundId)
      .where("unit_id", "=", unitId)
      .executeTakeFirstOrThrow();
    const round = await t.db
      .selectFrom("rounds")
      .select(["version", "state"])
      .where("id", "=", roundId)
      .executeTakeFirstOrThrow();
    const next = roundStates[roundStates.indexOf(round.state as RoundState) + 1] ?? "final";
    const to = a.to === "next" ? next : a.to;
    const requests: Record<Action["kind"], [string, string, unknown]> = {
      move: [
        "POST",
        `/api/rounds/${roundId}/transitions`,
        { to, version: round.version, reason: "随机" },
      ],
      facts: [
        "PUT",
        `${base}/self-assessment/items/1.3/facts`,
        { version: 0, facts: { absences: a.value } },
      ],
      submit: ["POST", `${base}/self-assessment/submit`, { version: current.version }],
      confirm: ["PUT", `${base}/review/items/4.1`, { version: 0, action: "confirm" }],
      confirmAll: ["POST", `${base}/review/confirm-all`, {}],
      accept: ["POST", `${base}/review/accept`, { version: current.version }],
      return: ["POST", `${base}/review/return`, { version: current.version, comment: "退回" }],
      reopen: ["POST", `${base}/reopen`, { version: current.version, reason: "重开" }],
      rate: ["PUT", `${base}/ratings/8`, { version: 0, value: String(a.value) }],
      appeal: ["POST", `${base}/appeals`, { itemCode: "4.1", text: "申诉理由" }],
    };
    const [method, url, payload] = requests[a.kind];
    const response = await t.app.inject({
      method: method as "POST",
      url,
      headers: { cookie: cookieOf(a.who, a.unit) },
      payload: payload as object,
    });
    const template = url
      .replace(roundId, ":roundId")
      .replace(unitId, ":unitId")
      .replace(/transitions$/, "transitions")
      .replace(/\/4\.1$|\/1\.3\//, (m) => (m === "/4.1" ? "/:itemCode" : "/:itemCode/"))
      .replace(/ratings\/8$/, "ratings/:itemCode");
    const key =
      `${method} ${a.kind === "move" ? "/api/rounds/:id/transitions" : a.kind === "reopen" ? "/api/rounds/:roundId/units/:unitId/reopen" : template}` as RouteKey;
    return { status: response.statusCode, body: response.body, key };
  }

  it("holds for random sequences of actions by random roles", async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(action, { minLength: 10, maxLength: 40 }),
        fc.constantFrom<RoundState>("self_assessment", "review", "rating", "appeals", "final"),
        async (actions, start) => {
          const { id: roundId } = await driveRound(t, c, start, {}, runs++);
          for (const a of actions) {
            const before = await snapshot(roundId);
            const { status, body, key } = await send(roundId, a);
            const after = await snapshot(roundId);
            const what = `${a.who} ${a.kind} (${before.state}→${after.state}): ${status} ${body}`;
            expect(status, what).toBeLessThan(500);
            const entry = authorizationMatrix[key] as RouteAccess | undefined;
            expect(entry, `no matrix entry for ${key}`).toBeDefined();
            if (status < 300 && entry?.access === "roles")
              expect(entry.roles, what).toContain(roleOf[a.who]);
            if (after.state !== before.state) {
              expect(roundStates.indexOf(after.state), what).toBe(
                roundStates.indexOf(before.state) + 1,
              );
              expect(a.who, what).toBe("admin");
            }
            if (before.state === "final") expect(after, what).toEqual(before);
            if (unitRoles.has(a.who)) {
              expect(after.reviews, what).toEqual(before.reviews);
              expect(after.ratings, what).toEqual(before.ratings);
              expect(
                after.facts.filter((f) => f.source !== "self"),
                what,
              ).toEqual(before.facts.filter((f) => f.source !== "self"));
              for (const unit of after.units) {
                const was = before.units.find((u) => u.id === unit.id)!;
                if (unit.status !== was.status) {
                  expect([was.status, unit.status, a.kind], what).toEqual([
                    was.status,
                    "submitted",
                    "submit",
                  ]);
                  expect(a.who, what).toBe("head");
                }
              }
            }
          }
        },
      ),
      { numRuns: Number(process.env.MODEL_RUNS ?? 8) },
    );
  }, 240_000);
});
