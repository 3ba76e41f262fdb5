import { roleMayCall, roles, routeKnown } from "@kaoping/server/contract";
import { describe, expect, it } from "vitest";
import { breadcrumbsOf, navEntries, navEntriesFor } from "./navigation";

describe("navigation", () => {
  it("gives every role a menu, and administrators only their own screens", () => {
    for (const role of roles) expect(navEntriesFor(role).length, role).toBeGreaterThan(0);
    expect(navEntriesFor("audit_admin").map((e) => e.path)).toEqual([
      "/admin/audit",
      "/admin/settings",
    ]);
    for (const role of ["system_admin", "security_admin", "audit_admin"] as const)
      expect(
        navEntriesFor(role).map((e) => e.path),
        role,
      ).toContain("/admin/settings");
    expect(navEntriesFor("assessment_admin").map((e) => e.path)).not.toContain("/admin/settings");
    expect(navEntriesFor("system_admin").some((e) => e.group !== "admin")).toBe(false);
    expect(navEntriesFor("unit_filler").map((e) => e.path)).toContain("/self-assessment");
    expect(navEntriesFor(undefined)).toEqual([]);
  });

  it("shows a page only to roles the server's routes let in (no menu leads to 403)", () => {
    // Issue 14 defect 11: reviewers saw 申诉, whose list route answers them 403.
    expect(navEntriesFor("reviewer").map((e) => e.path)).not.toContain("/appeals");
    expect(navEntriesFor("unit_filler").map((e) => e.path)).toContain("/appeals");
    expect(navEntriesFor("assessment_admin").map((e) => e.path)).toContain("/appeals");
    for (const entry of navEntries) {
      expect(entry.routes.length, entry.path).toBeGreaterThan(0);
      for (const route of entry.routes) expect(routeKnown(route), route).toBe(true);
    }
    for (const role of roles)
      for (const entry of navEntriesFor(role))
        for (const route of entry.routes)
          expect(roleMayCall(route, role), `${role} ${entry.path} ${route}`).toBe(true);
  });

  it.each([
    ["/", ["首页"]],
    ["/rounds", ["首页", "考核任务"]],
    ["/rounds/abc", ["首页", "考核任务", "2022年度考核"]],
    ["/admin/users", ["首页", "用户与角色"]],
    ["/admin/settings", ["首页", "系统设置"]],
    ["/account/password", ["首页", "修改密码"]],
  ])("breadcrumbs of %s", (path, titles) => {
    expect(breadcrumbsOf(path, "2022年度考核").map((c) => c.title)).toEqual(titles);
  });
});
