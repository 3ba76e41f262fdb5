/** Request and response schemas of login, session, password change, role switch and TOTP. */
import { z } from "zod";
import { idSchema, timestampSchema } from "./common.js";
import { limits } from "./limits.js";
import { roleSchema } from "./roles.js";

/** A password as typed: never trimmed (paste allowed), bounded. */
export const passwordInputSchema = z
  .string()
  .min(1, "请输入密码")
  .max(limits.password.max, `密码最长 ${limits.password.max} 个字符`);

/** Login with user name and password. */
export const loginRequestSchema = z.strictObject({
  username: z.string().trim().min(1, "请输入用户名").max(limits.username.max),
  password: passwordInputSchema,
});

/** What a reviewer is responsible for (评审员的分工): item codes and/or departments (科室). */
export const reviewerScopeSchema = z.strictObject({
  itemCodes: z
    .array(z.string().trim().min(limits.itemCode.min).max(limits.itemCode.max))
    .max(limits.reviewerScopeEntries.max)
    .default([]),
  departmentIds: z.array(idSchema).max(limits.reviewerScopeEntries.max).default([]),
});

/** One role held by a user in one organisation. */
export const roleAssignmentSchema = z.object({
  id: idSchema,
  role: roleSchema,
  organisationId: idSchema,
  organisationName: z.string(),
  scope: z.object({ itemCodes: z.array(z.string()), departmentIds: z.array(z.string()) }),
});

/** One role held by a user in one organisation. */
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;

/**
 * Where a session stands: `active`; `mfa_required` (password accepted, the TOTP code is next);
 * `mfa_enrollment_required` (TOTP is mandatory for the role but not set up yet);
 * `password_change_required` (first login, reset or expired password).
 */
export const sessionStages = [
  "active",
  "mfa_required",
  "mfa_enrollment_required",
  "password_change_required",
] as const;

/** Where a session stands. */
export type SessionStage = (typeof sessionStages)[number];

/** The current session: who is logged in, in which role, and what must happen next. */
export const sessionResponseSchema = z.object({
  user: z.object({
    id: idSchema,
    username: z.string(),
    displayName: z.string(),
    organisationId: idSchema,
    mfaEnabled: z.boolean(),
  }),
  stage: z.enum(sessionStages),
  passwordExpiresAt: timestampSchema,
  activeRole: roleAssignmentSchema.nullable(),
  roles: z.array(roleAssignmentSchema),
});

/** The current session. */
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/** Change one's own password: the current one is required. */
export const changePasswordRequestSchema = z.strictObject({
  currentPassword: passwordInputSchema,
  newPassword: passwordInputSchema,
});

/** Switch the active role to another assignment of the same user. */
export const switchRoleRequestSchema = z.strictObject({ roleAssignmentId: idSchema });

/** A TOTP code as shown by an authenticator app. */
export const totpCodeRequestSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "动态验证码为 6 位数字"),
});

/** A new TOTP secret to enrol in an authenticator app (shown once). */
export const totpSetupResponseSchema = z.object({ secret: z.string(), otpauthUri: z.string() });

/** An empty success body. */
export const okResponseSchema = z.object({ ok: z.literal(true) });
