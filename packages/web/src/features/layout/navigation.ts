/**
 * The app's navigation as data: each page's path, Chinese title and the roles that see it in
 * the menu. The menu, the breadcrumbs and the home page all read this one table.
 */
import { roleMayCall, type Role, type RouteKey } from "@kaoping/server/contract";

/** One page of the menu. */
export interface NavEntry {
  path: string;
  title: string;
  /**
   * Roles whose menu may show the entry. The menu shows it only to those of them that the
   * server's authorization matrix lets call every route in `routes`, so a menu never leads to
   * 403 (issue 14 defect 11).
   */
  roles: readonly Role[];
  /** The API routes the page needs to open (keys of the server's authorization matrix). */
  routes: readonly RouteKey[];
  /** Menu group title. */
  group: "work" | "results" | "admin" | "tools";
}

const business: readonly Role[] = [
  "assessment_admin",
  "reviewer",
  "rater",
  "unit_filler",
  "unit_head",
  "viewer",
];

/** Every page of the menu, in menu order. */
export const navEntries: readonly NavEntry[] = [
  {
    path: "/schemes",
    title: "考核方案",
    roles: ["assessment_admin"],
    routes: ["GET /api/schemes"],
    group: "work",
  },
  {
    path: "/rounds",
    title: "考核任务",
    roles: ["assessment_admin", "viewer"],
    routes: ["GET /api/rounds"],
    group: "work",
  },
  {
    path: "/self-assessment",
    title: "单位自评",
    roles: ["unit_filler", "unit_head"],
    routes: ["GET /api/rounds", "GET /api/rounds/:roundId/units/:unitId/self-assessment"],
    group: "work",
  },
  {
    path: "/review",
    title: "审核评分",
    roles: ["reviewer", "assessment_admin"],
    routes: ["GET /api/rounds/:roundId/review"],
    group: "work",
  },
  {
    path: "/rating",
    title: "评议打分",
    roles: ["rater"],
    routes: ["GET /api/rounds/:roundId/ratings"],
    group: "work",
  },
  {
    path: "/results",
    title: "考核结果",
    roles: business,
    routes: ["GET /api/rounds/:roundId/results"],
    group: "results",
  },
  {
    path: "/appeals",
    title: "申诉",
    roles: ["assessment_admin", "unit_filler", "unit_head", "reviewer"],
    routes: ["GET /api/rounds/:roundId/appeals"],
    group: "results",
  },
  {
    path: "/try",
    title: "方案试算",
    roles: business,
    routes: ["GET /api/scheme-templates"],
    group: "tools",
  },
  {
    path: "/admin/organisations",
    title: "机构管理",
    roles: ["system_admin", "security_admin", "assessment_admin"],
    routes: ["GET /api/organisations"],
    group: "admin",
  },
  {
    path: "/admin/users",
    title: "用户与角色",
    roles: ["system_admin", "security_admin"],
    routes: ["GET /api/users"],
    group: "admin",
  },
  {
    path: "/admin/audit",
    title: "审计日志",
    roles: ["audit_admin"],
    routes: ["GET /api/audit"],
    group: "admin",
  },
  {
    path: "/admin/settings",
    title: "系统设置",
    roles: ["system_admin", "security_admin", "audit_admin"],
    routes: ["GET /api/system/settings"],
    group: "admin",
  },
];

/** Menu group titles. */
export const navGroupTitles: Record<NavEntry["group"], string> = {
  work: "考核工作",
  results: "结果与申诉",
  tools: "工具",
  admin: "系统管理",
};

/** Titles of pages outside the menu, for breadcrumbs. */
const extraTitles: Record<string, string> = {
  "/": "首页",
  "/account/password": "修改密码",
};

/** The menu entries one role sees. */
export function navEntriesFor(role: Role | undefined): NavEntry[] {
  if (role === undefined) return [];
  return navEntries.filter(
    (entry) =>
      entry.roles.includes(role) && entry.routes.every((route) => roleMayCall(route, role)),
  );
}

/** Breadcrumb trail of a path: 首页 › 考核任务 › (detail). */
export function breadcrumbsOf(
  pathname: string,
  detailTitle?: string,
): { path: string; title: string }[] {
  const trail = [{ path: "/", title: "首页" }];
  if (pathname === "/") return trail;
  const extra = extraTitles[pathname];
  if (extra !== undefined) return [...trail, { path: pathname, title: extra }];
  const entry = [...navEntries]
    .sort((a, b) => b.path.length - a.path.length)
    .find((e) => pathname === e.path || pathname.startsWith(`${e.path}/`));
  if (entry === undefined) return trail;
  trail.push({ path: entry.path, title: entry.title });
  if (pathname !== entry.path) trail.push({ path: pathname, title: detailTitle ?? "详情" });
  return trail;
}
