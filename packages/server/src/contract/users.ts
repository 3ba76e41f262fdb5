/** Request and response schemas of accounts and their role assignments. */
import { z } from "zod";
import { roleAssignmentSchema, reviewerScopeSchema } from "./auth.js";
import {
  plainNameSchema,
  idSchema,
  listQuerySchema,
  textFilterSchema,
  timestampSchema,
  versionSchema,
} from "./common.js";
import { limits } from "./limits.js";
import { roleSchema } from "./roles.js";

/** Whether an account can log in. Accounts are disabled, never deleted (audit references them). */
export const userStatuses = ["active", "disabled"] as const;

/**
 * A user name as typed, never changed (decision 0256): lower-case letters, digits, `.`, `_`, `-`.
 * Upper-case letters are refused, not lowered; login matches names case-insensitively.
 */
export const usernameSchema = z
  .string()
  .trim()
  .min(limits.username.min, `用户名至少 ${limits.username.min} 个字符`)
  .max(limits.username.max, `用户名最长 ${limits.username.max} 个字符`)
  .regex(/^[^A-Z]*$/, "用户名不能含大写字母，请改用小写字母")
  .regex(/^[A-Za-z0-9._-]*$/, "用户名只能包含小写字母、数字、点、下划线和连字符");
export const displayNameSchema = plainNameSchema("姓名", limits.displayName);

/** One account as administrators see it. */
export const userSchema = z.object({
  id: idSchema,
  username: z.string(),
  displayName: z.string(),
  organisationId: idSchema,
  status: z.enum(userStatuses),
  mustChangePassword: z.boolean(),
  lockedUntil: timestampSchema.nullable(),
  mfaEnabled: z.boolean(),
  passwordChangedAt: timestampSchema,
  lastLoginAt: timestampSchema.nullable(),
  roles: z.array(roleAssignmentSchema),
  version: z.int(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

/** One account. */
export type User = z.infer<typeof userSchema>;

/** Create an account; the server generates a one-time initial password. */
export const createUserRequestSchema = z.strictObject({
  username: usernameSchema,
  displayName: displayNameSchema,
  organisationId: idSchema,
});

/** An account with the one-time password to hand to its owner (shown once). */
export const userWithPasswordResponseSchema = z.object({
  user: userSchema,
  initialPassword: z.string(),
});

/** The accounts a bulk import created, each with its one-time password (shown once). */
export const usersImportResponseSchema = z.object({
  users: z.array(userWithPasswordResponseSchema),
});

/** Change an account's name, organisation or status. */
export const updateUserRequestSchema = z.strictObject({
  version: versionSchema,
  displayName: displayNameSchema.optional(),
  organisationId: idSchema.optional(),
  status: z.enum(userStatuses).optional(),
});

/** Grant a role in an organisation (reviewers with their scope). */
export const grantRoleRequestSchema = z.strictObject({
  role: roleSchema,
  organisationId: idSchema,
  scope: reviewerScopeSchema.optional(),
});

/** Path parameters of one role assignment of one user. */
export const roleAssignmentParamsSchema = z.strictObject({ id: idSchema, assignmentId: idSchema });

/** Filters, sorting and paging of the account list. */
export const listUsersQuerySchema = listQuerySchema(
  ["username", "displayName", "createdAt", "lastLoginAt"],
  "username",
).extend({
  organisationId: idSchema.optional(),
  status: z.enum(userStatuses).optional(),
  role: roleSchema.optional(),
  /** Part of the user name or the display name. */
  q: textFilterSchema,
});
