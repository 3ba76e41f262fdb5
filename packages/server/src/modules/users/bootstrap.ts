/**
 * First start (docs/spec/security.md row 9: no default credentials): on an empty database, create the
 * root organisation and the three separated administrators — `admin` (系统管理员), `secadmin`
 * (安全管理员), `auditadmin` (审计管理员) — each with a generated one-time password (or one given
 * in the environment) that must be changed at first login.
 */
import type { Role } from "../../contract/roles.js";
import type { Db } from "../../db/database.js";
import { systemContext } from "../../http/context.js";
import type { AuditWriter } from "../audit/writer.js";
import { generateOneTimePassword } from "../../passwords/generate-password.js";
import { hashPassword } from "../../passwords/password-hash.js";
import { checkPasswordPolicy, type PasswordPolicy } from "../../passwords/password-policy.js";
import { createOrganisationRecord } from "../organisations/service.js";
import { hasAnyUser } from "./repository.js";
import { createUserRecord, grantRoleRecord } from "./service.js";

/** One account created at first start and its one-time password. */
export interface InitialAccount {
  username: string;
  role: Role;
  password: string;
  /** Whether the password came from the environment (then it is not printed). */
  fromEnvironment: boolean;
}

const initialAccounts: { username: string; displayName: string; role: Role; env: string }[] = [
  {
    username: "admin",
    displayName: "系统管理员",
    role: "system_admin",
    env: "KAOPING_ADMIN_PASSWORD",
  },
  {
    username: "secadmin",
    displayName: "安全管理员",
    role: "security_admin",
    env: "KAOPING_SECADMIN_PASSWORD",
  },
  {
    username: "auditadmin",
    displayName: "审计管理员",
    role: "audit_admin",
    env: "KAOPING_AUDITADMIN_PASSWORD",
  },
];

/**
 * Creates the root organisation and the three administrators when no account exists; returns
 * what was created (empty on every later start).
 */
export async function ensureInitialAccounts(
  db: Db,
  deps: {
    clock: () => Date;
    audit: AuditWriter;
    passwordHashCost: number;
    passwordPolicy: PasswordPolicy;
    env: Record<string, string | undefined>;
  },
): Promise<InitialAccount[]> {
  if (await hasAnyUser(db)) return [];
  for (const account of initialAccounts) {
    const given = deps.env[account.env];
    if (given === undefined || given === "") continue;
    const problems = checkPasswordPolicy(given, account.username, deps.passwordPolicy);
    if (problems.length > 0)
      throw new Error(`${account.env} 不符合密码策略：${problems.join("；")}`);
  }
  const prepared = await Promise.all(
    initialAccounts.map(async (account) => {
      const given = deps.env[account.env];
      const password = given !== undefined && given !== "" ? given : generateOneTimePassword();
      return {
        ...account,
        password,
        fromEnvironment: given !== undefined && given !== "",
        hash: await hashPassword(password, deps.passwordHashCost),
      };
    }),
  );
  return db.transaction().execute(async (trx) => {
    if (await hasAnyUser(trx)) return [];
    const ctx = systemContext();
    const at = deps.clock();
    const root = await createOrganisationRecord(
      trx,
      ctx,
      { code: "ROOT", name: "本级机构（请修改名称）", type: "bureau", parentId: null },
      at,
    );
    for (const account of prepared) {
      const user = await createUserRecord(
        trx,
        {
          username: account.username,
          displayName: account.displayName,
          organisationId: root.id,
          passwordHash: account.hash,
        },
        at,
      );
      await grantRoleRecord(trx, user.id, { role: account.role, organisationId: root.id }, at);
      await deps.audit(trx, {
        ctx,
        action: "system.initial_account",
        object: { type: "user", id: user.id },
        after: {
          username: account.username,
          role: account.role,
          passwordSource: account.fromEnvironment ? "environment" : "generated",
        },
      });
    }
    return prepared.map(({ username, role, password, fromEnvironment }) => ({
      username,
      role,
      password,
      fromEnvironment,
    }));
  });
}
