/**
 * Object-level access (docs/spec/security.md row 11) on its own: which organisations an active role
 * reaches. The module tests prove it through their routes, but none of the tests that judge the
 * authz mutation shard ran this file (issue 15: every mutant of it was "no coverage").
 */
import { describe, expect, it } from "vitest";
import type { Role } from "../contract/roles.js";
import { AppError } from "../errors/app-error.js";
import type { Actor } from "../http/context.js";
import { organisationReach, reachesOrganisation, requireReachable } from "./object-access.js";

const own = { id: "a1", path: "/root/a1/" };
const child = { id: "a1x", path: "/root/a1/a1x/" };
const sibling = { id: "a10", path: "/root/a10/" }; // its path starts with "/root/a1" but not "/root/a1/"
const root = { id: "root", path: "/root/" };

function actorAs(role: Role | null, at = own): Actor {
  return {
    userId: "u",
    username: "u",
    sessionId: "s",
    stage: "active",
    activeRole:
      role === null
        ? null
        : {
            assignmentId: "r",
            role,
            organisationId: at.id,
            organisationPath: at.path,
            scope: { itemCodes: [], departmentIds: [] },
          },
  };
}

describe("what an active role reaches", () => {
  it.each([
    ["system_admin", { kind: "all" }],
    ["security_admin", { kind: "all" }],
    ["audit_admin", { kind: "all" }],
    ["unit_filler", { kind: "own", organisationId: "a1" }],
    ["unit_head", { kind: "own", organisationId: "a1" }],
    ["assessment_admin", { kind: "subtree", path: "/root/a1/" }],
    ["reviewer", { kind: "subtree", path: "/root/a1/" }],
    ["rater", { kind: "subtree", path: "/root/a1/" }],
    ["viewer", { kind: "subtree", path: "/root/a1/" }],
  ] as const)("%s reaches %j", (role, reach) => {
    expect(organisationReach(actorAs(role))).toEqual(reach);
  });

  it("no active role reaches nothing", () => {
    expect(organisationReach(actorAs(null))).toEqual({ kind: "none" });
  });

  it.each([
    // role, organisation, reached
    ["system_admin", root, true],
    ["system_admin", sibling, true],
    ["assessment_admin", own, true],
    ["assessment_admin", child, true],
    ["assessment_admin", sibling, false],
    ["assessment_admin", root, false],
    ["unit_filler", own, true],
    ["unit_filler", child, false], // a unit role never sees below its own unit
    ["unit_filler", sibling, false],
    [null, own, false],
  ] as const)("%s at a1 reaches %j: %s", (role, organisation, reached) => {
    expect(reachesOrganisation(actorAs(role), organisation)).toBe(reached);
  });
});

describe("requireReachable", () => {
  const record = { name: "自评表", organisation: child };
  const organisationOf = (r: typeof record) => r.organisation;

  it("returns a record the actor reaches", () => {
    expect(requireReachable(actorAs("viewer"), record, organisationOf)).toBe(record);
  });

  it.each([
    ["a record outside the reach", actorAs("unit_filler"), record],
    ["a missing record", actorAs("system_admin"), undefined],
  ] as const)("answers 404 for %s, naming what", (_case, actor, found) => {
    let thrown: unknown;
    try {
      requireReachable(actor, found, organisationOf, "自评表");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe("NOT_FOUND");
    expect((thrown as AppError).message).toBe("自评表不存在。");
  });

  it("names a record 记录 by default", () => {
    expect(() => requireReachable(actorAs(null), record, organisationOf)).toThrow("记录不存在。");
  });
});
