/**
 * Test data through the real API: the county 示例县 with two townships and a department, and
 * one account per workflow role, each past its first-login password change.
 */
import { ApiUser } from "./api-client";
import { firstPasswords } from "./scenario";

/** The password every test account ends up with. */
export const testPassword = "Kp-Test-2026!x";

/** Who the scenario logs in as. */
export interface TestWorld {
  countyId: string;
  unitA: { id: string; name: string };
  unitB: { id: string; name: string };
  users: Record<"kpadmin" | "unita" | "unitb" | "reviewer" | "rater1" | "rater2", string>;
}

interface Org {
  id: string;
  name: string;
}

/**
 * The start of nearly every scenario: the system and security administrators of a first start
 * log in (each changing its one-time password to `testPassword`) and build the world.
 */
export async function buildWorldFromFirstStart(
  baseUrl: string,
): Promise<{ admin: ApiUser; secadmin: ApiUser; world: TestWorld }> {
  const admin = new ApiUser(baseUrl);
  await admin.login("admin", firstPasswords.admin, testPassword);
  const secadmin = new ApiUser(baseUrl);
  await secadmin.login("secadmin", firstPasswords.secadmin, testPassword);
  return { admin, secadmin, world: await buildWorld(baseUrl, admin, secadmin) };
}

/** Builds the organisations and accounts; `admin` and `secadmin` are logged in already. */
export async function buildWorld(
  baseUrl: string,
  admin: ApiUser,
  secadmin: ApiUser,
): Promise<TestWorld> {
  const roots = await admin.call<{ items: Org[] }>("GET", "/api/organisations?pageSize=100");
  const root = roots.items[0];
  if (root === undefined) throw new Error("no root organisation");
  const org = (code: string, name: string, type: string, parentId: string) =>
    admin.call<Org>("POST", "/api/organisations", { code, name, type, parentId });
  const county = await org("sx", "示例县", "county", root.id);
  const unitA = await org("sx-lianshi", "练市镇", "township", county.id);
  const unitB = await org("sx-xinshi", "新市镇", "township", county.id);
  await org("sx-jijian", "基金监管科", "department", county.id);

  const accounts: {
    username: keyof TestWorld["users"];
    name: string;
    organisationId: string;
    role: string;
  }[] = [
    {
      username: "kpadmin",
      name: "考核管理员甲",
      organisationId: county.id,
      role: "assessment_admin",
    },
    { username: "unita", name: "练市镇负责人", organisationId: unitA.id, role: "unit_head" },
    { username: "unitb", name: "新市镇负责人", organisationId: unitB.id, role: "unit_head" },
    { username: "reviewer", name: "评审员乙", organisationId: county.id, role: "reviewer" },
    { username: "rater1", name: "评议人丙", organisationId: county.id, role: "rater" },
    { username: "rater2", name: "评议人丁", organisationId: county.id, role: "rater" },
  ];
  const users = {} as TestWorld["users"];
  for (const account of accounts) {
    const created = await admin.call<{ user: { id: string }; initialPassword: string }>(
      "POST",
      "/api/users",
      {
        username: account.username,
        displayName: account.name,
        organisationId: account.organisationId,
      },
    );
    await secadmin.call("POST", `/api/users/${created.user.id}/roles`, {
      role: account.role,
      organisationId: account.organisationId,
    });
    await new ApiUser(baseUrl).login(account.username, created.initialPassword, testPassword);
    users[account.username] = created.user.id;
  }
  return {
    countyId: county.id,
    unitA: { id: unitA.id, name: unitA.name },
    unitB: { id: unitB.id, name: unitB.name },
    users,
  };
}

/** A logged-in API client of a test account. */
export async function apiAs(baseUrl: string, username: string): Promise<ApiUser> {
  const user = new ApiUser(baseUrl);
  await user.login(username, testPassword);
  return user;
}

/**
 * A round of 练市镇 and 新市镇 on a newly published township-2022 scheme (code `schemeCode`),
 * created through the API by the assessment administrator `kp`, still a draft.
 */
export async function createTownshipRound(
  kp: ApiUser,
  world: TestWorld,
  schemeCode: string,
  deadlines: Record<string, string>,
): Promise<{ id: string; version: number }> {
  const scheme = await kp.call<{ id: string; version: number }>("POST", "/api/schemes", {
    assessingOrganisationId: world.countyId,
    from: { template: "township-2022" },
    code: schemeCode,
  });
  const published = await kp.call<{ versions: { id: string }[] }>(
    "POST",
    `/api/schemes/${scheme.id}/versions`,
    { version: scheme.version },
  );
  return kp.call<{ id: string; version: number }>("POST", "/api/rounds", {
    assessingOrganisationId: world.countyId,
    schemeVersionId: published.versions[0]!.id,
    title: "2026年度乡镇医保工作目标考核",
    year: 2026,
    period: "2026年度",
    deadlines,
    unitIds: [world.unitA.id, world.unitB.id],
  });
}

/** A township round made as `createTownshipRound` does, then opened for self-assessment. */
export async function openTownshipRound(
  kp: ApiUser,
  world: TestWorld,
  schemeCode: string,
  deadlines: Record<string, string>,
): Promise<string> {
  const round = await createTownshipRound(kp, world, schemeCode, deadlines);
  await kp.call("POST", `/api/rounds/${round.id}/transitions`, {
    to: "self_assessment",
    version: round.version,
  });
  return round.id;
}
