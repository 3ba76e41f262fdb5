/**
 * A county for workflow API tests: townships, a department, and a logged-in session for every
 * role (administrator, reviewers, raters, viewer, a filler and a head per township), plus a
 * small `call` helper and the round driver steps several tests share.
 */
import { expect } from "vitest";
import type { OrganisationRow } from "../../src/db/schema.js";
import { buildUser, sessionCookieFor } from "../../src/testing/factories.js";
import type { TestApp } from "../../src/testing/test-app.js";
import { buildCounty } from "../../src/testing/workflow-factories.js";
import type { Role } from "../../src/contract/roles.js";

/** The people of a test county, as session cookies. */
export interface County {
  county: OrganisationRow;
  units: OrganisationRow[];
  department: OrganisationRow;
  admin: string;
  reviewer: string;
  /** A reviewer whose scope is the department responsible for item 4 only. */
  departmentReviewer: string;
  raters: string[];
  raterIds: string[];
  viewer: string;
  fillers: string[];
  heads: string[];
}

/** Builds a county with `townships` units and every role. */
export async function buildCountyWithPeople(t: TestApp, townships = 4): Promise<County> {
  const { county, units, department } = await buildCounty(t.db, townships);
  const person = async (
    organisation: { id: string },
    role: Role,
    scope?: { itemCodes: string[]; departmentIds: string[] },
  ) => {
    const built = await buildUser(t.db, {
      organisation,
      roles: [{ role, ...(scope ? { scope } : {}) }],
    });
    return {
      cookie: await sessionCookieFor(t.app, t.db, built.user, t.clock.now()),
      id: built.user.id,
    };
  };
  const raters = [
    await person(county, "rater"),
    await person(county, "rater"),
    await person(county, "rater"),
  ];
  const fillers: string[] = [];
  const heads: string[] = [];
  for (const unit of units) {
    fillers.push((await person(unit, "unit_filler")).cookie);
    heads.push((await person(unit, "unit_head")).cookie);
  }
  return {
    county,
    units,
    department,
    admin: (await person(county, "assessment_admin")).cookie,
    reviewer: (await person(county, "reviewer")).cookie,
    departmentReviewer: (
      await person(county, "reviewer", { itemCodes: [], departmentIds: [department.id] })
    ).cookie,
    raters: raters.map((r) => r.cookie),
    raterIds: raters.map((r) => r.id),
    viewer: (await person(county, "viewer")).cookie,
    fillers,
    heads,
  };
}

/** A parsed JSON response body: tests read into it freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

/** A request as one person; the JSON body is parsed for convenience. */
export function caller(t: TestApp) {
  return async (
    cookie: string,
    method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
    url: string,
    payload?: unknown,
  ) => {
    const response = await t.app.inject({
      method,
      url,
      headers: { cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    const body = response.body === "" ? null : (response.json() as Json);
    return { status: response.statusCode, body, text: response.body };
  };
}

/** Creates a scheme from township-2022, publishes it and creates a round over the county's units; returns the round. */
export async function createTownshipRound(
  t: TestApp,
  c: County,
  deadlines: Record<string, string> = {},
  from: unknown = { template: "township-2022" },
) {
  const call = caller(t);
  const scheme = await call(c.admin, "POST", "/api/schemes", {
    assessingOrganisationId: c.county.id,
    from,
    code: `township-${Math.random().toString(36).slice(2, 8)}`,
  });
  expect(scheme.status, scheme.text).toBe(201);
  const published = await call(c.admin, "POST", `/api/schemes/${scheme.body?.id}/versions`, {
    version: scheme.body?.version,
    note: "2022年度",
  });
  expect(published.status, published.text).toBe(201);
  const versionId = published.body?.versions[0].id as string;
  const round = await call(c.admin, "POST", "/api/rounds", {
    assessingOrganisationId: c.county.id,
    schemeVersionId: versionId,
    title: "2022年度乡镇医保工作目标考核",
    year: 2022,
    period: "2022年度",
    deadlines,
    unitIds: c.units.map((u) => u.id),
    itemDepartments: { "4": c.department.id },
  });
  expect(round.status, round.text).toBe(201);
  return round.body as { id: string; version: number };
}

/** Moves a round to `to` with the version it has now; returns the response. */
export async function moveRound(t: TestApp, c: County, roundId: string, to: string) {
  const call = caller(t);
  const current = await call(c.admin, "GET", `/api/rounds/${roundId}`);
  return call(c.admin, "POST", `/api/rounds/${roundId}/transitions`, {
    to,
    version: current.body?.version,
    reason: `转到${to}`,
  });
}

/** Saves every item's facts of one unit through the self-assessment API (first saves, version 0). */
export async function saveAllFacts(
  t: TestApp,
  cookie: string,
  roundId: string,
  unitId: string,
  facts: Record<string, Record<string, unknown>>,
) {
  const call = caller(t);
  for (const [code, value] of Object.entries(facts)) {
    const saved = await call(
      cookie,
      "PUT",
      `/api/rounds/${roundId}/units/${unitId}/self-assessment/items/${code}/facts`,
      { version: 0, facts: value },
    );
    expect(saved.status, `${code}: ${saved.text}`).toBe(200);
  }
}

/** Submits a unit's self-assessment as its head. */
export async function submitUnit(t: TestApp, head: string, roundId: string, unitId: string) {
  const call = caller(t);
  const view = await call(head, "GET", `/api/rounds/${roundId}/units/${unitId}/self-assessment`);
  const submitted = await call(
    head,
    "POST",
    `/api/rounds/${roundId}/units/${unitId}/self-assessment/submit`,
    { version: view.body?.roundUnit.version },
  );
  expect(submitted.status, submitted.text).toBe(200);
}

/** The round unit version a reviewer sees. */
export async function unitVersion(
  t: TestApp,
  cookie: string,
  roundId: string,
  unitId: string,
): Promise<number> {
  const review = await caller(t)(cookie, "GET", `/api/rounds/${roundId}/units/${unitId}/review`);
  expect(review.status, review.text).toBe(200);
  return review.body?.version as number;
}

/** 全部确认 then 审核通过 of one unit by a reviewer whose scope is every item; returns the accept response. */
export async function acceptUnit(t: TestApp, cookie: string, roundId: string, unitId: string) {
  const call = caller(t);
  const base = `/api/rounds/${roundId}/units/${unitId}/review`;
  const confirmed = await call(cookie, "POST", `${base}/confirm-all`, {});
  expect(confirmed.status, confirmed.text).toBe(200);
  return call(cookie, "POST", `${base}/accept`, {
    version: await unitVersion(t, cookie, roundId, unitId),
  });
}
