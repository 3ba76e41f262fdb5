/**
 * The demo's organisation tree and accounts: 示例市 with its districts, 示例县 (standing for
 * 示例县医疗保障局, the assessing organisation) with its 科室 and twelve townships, and one user
 * per role with the same demo password. Written through the organisation and user services'
 * record functions (history rows included).
 */
import type { Kysely } from "kysely";
import type { Organisation } from "../../contract/organisations.js";
import type { Role } from "../../contract/roles.js";
import type { Database, OrganisationRow } from "../../db/schema.js";
import { systemContext, type RequestContext } from "../../http/context.js";
import { createOrganisationRecord } from "../organisations/service.js";
import { updateUser } from "../users/index.js";
import { createUserRecord, grantRoleRecord } from "../users/service.js";

/** The password of every demo account — for demonstrations only, never for real data. */
export const DEMO_PASSWORD = "Kaoping@Demo2026";

/** The code of the demo's root organisation (its presence means the demo exists). */
export const DEMO_ROOT_CODE = "DEMO-CITY";

/** The twelve townships of 示例县: code suffix, name, kind. */
export const demoTownships: readonly [string, string, Organisation["type"]][] = [
  ["chengguan", "城关镇", "township"],
  ["donghe", "东河镇", "township"],
  ["xishan", "西山镇", "township"],
  ["nanhu", "南湖镇", "township"],
  ["beiling", "北岭乡", "township"],
  ["qingshi", "青石镇", "township"],
  ["baisha", "白沙镇", "township"],
  ["liulin", "柳林镇", "township"],
  ["taoyuan", "桃源乡", "township"],
  ["qingshui", "清水镇", "township"],
  ["xinan", "新安街道", "street"],
  ["changle", "长乐街道", "street"],
];

/** A demo account: who it is and how the demo acts as it. */
export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  organisation: OrganisationRow;
  ctx: RequestContext;
}

/** Creates an organisation under `parent`. */
export async function addOrganisation(
  db: Kysely<Database>,
  at: Date,
  code: string,
  name: string,
  type: Organisation["type"],
  parent: OrganisationRow | null,
) {
  return createOrganisationRecord(
    db,
    systemContext(),
    { code, name, type, parentId: parent?.id ?? null },
    at,
  );
}

/**
 * Creates an account with one role and returns it with a request context acting in that role.
 * All demo accounts share one hash of the published demo password (decision 0027): hashing it
 * once per account would only slow the demo down, since the password itself is printed.
 */
export async function addAccount(
  db: Kysely<Database>,
  at: Date,
  passwordHash: string,
  fields: {
    username: string;
    displayName: string;
    role: Role;
    organisation: OrganisationRow;
    scope?: { itemCodes: string[]; departmentIds: string[] };
  },
): Promise<DemoAccount> {
  const user = await createUserRecord(
    db,
    {
      username: fields.username,
      displayName: fields.displayName,
      organisationId: fields.organisation.id,
      passwordHash,
    },
    at,
  );
  // Demo accounts log in with the printed password straight away (no forced change).
  await updateUser(db, user.id, { must_change_password: 0 });
  const assignmentId = await grantRoleRecord(
    db,
    user.id,
    { role: fields.role, organisationId: fields.organisation.id, scope: fields.scope },
    at,
  );
  const ctx: RequestContext = {
    ip: null,
    requestId: null,
    actor: {
      userId: user.id,
      username: user.username,
      sessionId: "demo",
      stage: "active",
      activeRole: {
        assignmentId,
        role: fields.role,
        organisationId: fields.organisation.id,
        organisationPath: fields.organisation.path,
        scope: fields.scope ?? { itemCodes: [], departmentIds: [] },
      },
    },
  };
  return {
    username: user.username,
    displayName: fields.displayName,
    role: fields.role,
    organisation: fields.organisation,
    ctx,
  };
}
