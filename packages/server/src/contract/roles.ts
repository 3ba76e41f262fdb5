/**
 * The roles of kaoping. Three separated administrator roles (三员分立, docs/spec/security.md row 10) and the
 * business roles of the assessment workflow. A user may hold several role assignments; each
 * session acts in exactly one of them at a time (the active role).
 */
import { z } from "zod";

/** The three separated administrator roles: mutually exclusive, none of them can score. */
export const administratorRoles = ["system_admin", "security_admin", "audit_admin"] as const;

/** The business roles of the assessment workflow. */
export const businessRoles = [
  "assessment_admin", // 考核管理员 of an assessing organisation
  "reviewer", // 评审员, scoped to item codes or departments
  "rater", // 评议人
  "unit_filler", // 填报员 of one assessed unit
  "unit_head", // 单位负责人: approves the unit's submission
  "viewer", // 查看
] as const;

/** Every role. */
export const roles = [...administratorRoles, ...businessRoles] as const;

/** A role code. */
export type Role = (typeof roles)[number];

/** A role code, validated. */
export const roleSchema = z.enum(roles);

/** Chinese names shown to users. */
export const roleLabels: Record<Role, string> = {
  system_admin: "系统管理员",
  security_admin: "安全管理员",
  audit_admin: "审计管理员",
  assessment_admin: "考核管理员",
  reviewer: "评审员",
  rater: "评议人",
  unit_filler: "填报员",
  unit_head: "单位负责人",
  viewer: "查看",
};

/** Whether a role is one of the three separated administrator roles. */
export function isAdministratorRole(role: Role): boolean {
  return (administratorRoles as readonly Role[]).includes(role);
}

/**
 * Roles that act for one assessed unit only (they see their own organisation, never its
 * subtree); the others see the subtree of their organisation.
 */
export const unitRoles: readonly Role[] = ["unit_filler", "unit_head"];
