/**
 * Small factories for test data, written straight to the database (no audit rows): units,
 * users with roles, sessions. Later modules add theirs beside these (`buildRound`, …).
 */
import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Organisation } from "../contract/organisations.js";
import type { Role } from "../contract/roles.js";
import type { Db } from "../db/database.js";
import type { OrganisationRow, UserRow } from "../db/schema.js";
import { systemContext } from "../http/context.js";
import { hashPassword } from "../passwords/password-hash.js";
import { insertSession } from "../modules/auth/repository.js";
import { newSessionToken } from "../modules/auth/session-token.js";
import { createOrganisationRecord } from "../modules/organisations/service.js";
import { createUserRecord, grantRoleRecord } from "../modules/users/service.js";
import { listRoleAssignments } from "../modules/users/repository.js";
import { TEST_HASH_COST, type TestApp } from "./test-app.js";

let counter = 0;
const next = () => `${++counter}${randomUUID().slice(0, 6)}`;

/** The moment factories stamp rows with (the fake clock's default start). */
export const FACTORY_TIME = new Date("2026-03-01T08:00:00.000Z");

/** A password that meets the policy, for test users. */
export const TEST_PASSWORD = "Kp-test-2026!";

/** Creates an organisation (default: a township under no parent). */
export async function buildOrganisation(
  db: Db,
  fields: {
    code?: string;
    name?: string;
    type?: Organisation["type"];
    parent?: { id: string } | null;
  } = {},
): Promise<OrganisationRow> {
  const suffix = next();
  return createOrganisationRecord(
    db,
    systemContext(),
    {
      code: fields.code ?? `U${suffix}`,
      name: fields.name ?? `测试单位${suffix}`,
      type: fields.type ?? "township",
      parentId: fields.parent?.id ?? null,
    },
    FACTORY_TIME,
  );
}

/** One role to give a test user. */
export interface RoleSpec {
  role: Role;
  /** Where the role applies (default: the user's organisation). */
  organisation?: { id: string };
  scope?: { itemCodes: string[]; departmentIds: string[] };
}

/** A test user and what a test needs to act as it. */
export interface BuiltUser {
  user: UserRow;
  password: string;
  assignmentIds: string[];
}

/** Creates a user (active, password changed, no TOTP unless asked) with roles. */
export async function buildUser(
  db: Db,
  fields: {
    username?: string;
    organisation?: { id: string };
    roles?: RoleSpec[];
    password?: string;
    mustChangePassword?: boolean;
    passwordChangedAt?: Date;
  } = {},
): Promise<BuiltUser> {
  const organisation = fields.organisation ?? (await buildOrganisation(db));
  const password = fields.password ?? TEST_PASSWORD;
  const username = fields.username ?? `user${next()}`.toLowerCase();
  const row = await createUserRecord(
    db,
    {
      username,
      displayName: `测试用户 ${username}`,
      organisationId: organisation.id,
      passwordHash: await hashPassword(password, TEST_HASH_COST),
      mustChangePassword: fields.mustChangePassword ?? false,
    },
    fields.passwordChangedAt ?? FACTORY_TIME,
  );
  const assignmentIds: string[] = [];
  for (const spec of fields.roles ?? []) {
    assignmentIds.push(
      await grantRoleRecord(
        db,
        row.id,
        {
          role: spec.role,
          organisationId: (spec.organisation ?? organisation).id,
          scope: spec.scope,
        },
        FACTORY_TIME,
      ),
    );
  }
  return {
    user: { ...row, must_change_password: fields.mustChangePassword ? 1 : 0 },
    password,
    assignmentIds,
  };
}

/**
 * A session cookie for a user without going through login (fast; for authorization tests).
 * The first role assignment is active and the second factor counts as passed.
 */
export async function sessionCookieFor(
  app: FastifyInstance,
  db: Db,
  user: UserRow,
  at: Date,
): Promise<string> {
  const { token, id } = newSessionToken();
  const assignments = await listRoleAssignments(db, [user.id]);
  await insertSession(db, {
    id,
    user_id: user.id,
    active_role_assignment_id: assignments[0]?.id ?? null,
    mfa_passed: 1,
    created_at: at.toISOString(),
    last_seen_at: at.toISOString(),
    ip: null,
    user_agent: null,
  });
  return `${cookieName(app)}=${token}`;
}

function cookieName(_app: FastifyInstance): string {
  return "kaoping_sid";
}

/** A session cookie (sessionCookieFor) for a new user of `organisation` with one role. */
export async function roleCookie(
  t: Pick<TestApp, "app" | "db" | "clock">,
  organisation: { id: string },
  role: Role,
): Promise<string> {
  const { user } = await buildUser(t.db, { organisation, roles: [{ role }] });
  return sessionCookieFor(t.app, t.db, user, t.clock.now());
}

/** Logs in through the API and returns the session cookie (`name=value`) and the response body. */
export async function login(
  app: FastifyInstance,
  username: string,
  password: string,
): Promise<{ cookie: string; status: number; body: Record<string, unknown> }> {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password },
  });
  const setCookie = response.cookies.find((c) => c.name === "kaoping_sid");
  return {
    cookie: setCookie ? `${setCookie.name}=${setCookie.value}` : "",
    status: response.statusCode,
    body: response.json() as Record<string, unknown>,
  };
}

/** The cookie a response set (after login, role switch, password change), as `name=value`. */
export function cookieFrom(response: { cookies: { name: string; value: string }[] }): string {
  const cookie = response.cookies.find((c) => c.name === "kaoping_sid");
  if (cookie === undefined) throw new Error("no session cookie set");
  return `${cookie.name}=${cookie.value}`;
}
