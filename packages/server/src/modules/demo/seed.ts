/**
 * `seedDemo(deps)`: the whole demo data set through the real services (docs/workflow.md
 * "Demo data"). Refuses when the demo's root organisation exists; on an empty database it
 * creates 示例市 with 示例县 (twelve townships, four 科室) and three districts, an account for
 * every role, the township rounds (2021 final, 2022 in review) and the medical-aid round.
 */
import type { Role } from "../../contract/roles.js";
import type { OrganisationRow } from "../../db/schema.js";
import type { ServiceDeps } from "../../services.js";
import { findOrganisationByCode } from "../organisations/index.js";
import { seedMedicalAidRound } from "./medical-aid-round.js";
import { hashPassword } from "../../passwords/password-hash.js";
import {
  addAccount,
  addOrganisation,
  DEMO_PASSWORD,
  DEMO_ROOT_CODE,
  demoTownships,
  type DemoAccount,
} from "./people.js";
import { createDemoServices } from "./services.js";
import { seedTownshipRounds } from "./township-rounds.js";

/** What the demo created, for the command's summary. */
export interface DemoSummary {
  accounts: { username: string; displayName: string; role: Role; organisation: string }[];
  rounds: { township2021: string; township2022: string; medicalAid2021: string };
}

/** The demo exists already (its root organisation is there). */
export class DemoExistsError extends Error {}

/** Creates the demo data set. */
export async function seedDemo(deps: ServiceDeps): Promise<DemoSummary> {
  const { db } = deps;
  if ((await findOrganisationByCode(db, DEMO_ROOT_CODE)) !== undefined)
    throw new DemoExistsError("演示数据已存在（机构编码 DEMO-CITY）。");
  const at = deps.clock();
  const org = (
    code: string,
    name: string,
    type: Parameters<typeof addOrganisation>[4],
    parent: OrganisationRow | null,
  ) => addOrganisation(db, at, code, name, type, parent);
  const passwordHash = await hashPassword(DEMO_PASSWORD, deps.config.passwordHashCost);
  const accounts: DemoAccount[] = [];
  const account = async (
    username: string,
    displayName: string,
    role: Role,
    organisation: OrganisationRow,
    scope?: { itemCodes: string[]; departmentIds: string[] },
  ) => {
    const created = await addAccount(db, at, passwordHash, {
      username,
      displayName,
      role,
      organisation,
      ...(scope ? { scope } : {}),
    });
    accounts.push(created);
    return created;
  };

  const city = await org(DEMO_ROOT_CODE, "示例市", "city", null);
  const county = await org("DEMO-COUNTY", "示例县", "county", city);
  const departments = {
    office: await org("DEMO-COUNTY-BGS", "办公室", "department", county),
    benefits: await org("DEMO-COUNTY-DYBZ", "待遇保障科", "department", county),
    fund: await org("DEMO-COUNTY-JJJG", "基金监管科", "department", county),
    pharma: await org("DEMO-COUNTY-YYFW", "医药服务管理科", "department", county),
  };
  const townshipUnits = [];
  for (const [code, name, type] of demoTownships)
    townshipUnits.push({
      code,
      unit: await org(`DEMO-T-${code.toUpperCase()}`, name, type, county),
    });
  const districtUnits = [
    await org("DEMO-ETDZ", "示例开发区", "district", city),
    await org("DEMO-DONGCHENG", "示例东城区", "district", city),
    await org("DEMO-XICHENG", "示例西城区", "district", city),
  ];

  await account("demo_sysadmin", "系统管理员（演示）", "system_admin", city);
  await account("demo_secadmin", "安全管理员（演示）", "security_admin", city);
  await account("demo_auditor", "审计管理员（演示）", "audit_admin", city);
  const countyAdmin = await account("sx_kaohe", "王考核（县医保局）", "assessment_admin", county);
  const general = await account("sx_shenhe1", "李审核（办公室、基金监管科）", "reviewer", county, {
    itemCodes: [],
    departmentIds: [departments.office.id, departments.fund.id],
  });
  const benefits = await account(
    "sx_shenhe2",
    "赵审核（待遇保障科、医药服务管理科）",
    "reviewer",
    county,
    { itemCodes: [], departmentIds: [departments.benefits.id, departments.pharma.id] },
  );
  const raters = [
    await account("sx_pingyi1", "陈局长（评议）", "rater", county),
    await account("sx_pingyi2", "刘副局长（评议）", "rater", county),
    await account("sx_pingyi3", "周科长（评议）", "rater", county),
  ];
  await account("sx_chakan", "孙查看（县医保局）", "viewer", county);
  const townships = [];
  for (const { code, unit } of townshipUnits) {
    const filler = await account(`${code}_tb`, `${unit.name}填报员`, "unit_filler", unit);
    const head = await account(`${code}_fz`, `${unit.name}负责人`, "unit_head", unit);
    townships.push({ unit, code, filler, head });
  }
  const cityAdmin = await account("ss_kaohe", "吴考核（市医保局）", "assessment_admin", city);
  await account("ss_shenhe", "郑审核（市医保局）", "reviewer", city);
  const districts = [];
  for (const [unit, code] of [
    [districtUnits[0]!, "kfq"],
    [districtUnits[1]!, "dc"],
    [districtUnits[2]!, "xc"],
  ] as const) {
    districts.push({
      unit,
      filler: await account(`${code}_tb`, `${unit.name}填报员`, "unit_filler", unit),
      head: await account(`${code}_fz`, `${unit.name}负责人`, "unit_head", unit),
    });
  }

  const services = createDemoServices(deps);
  const township = await seedTownshipRounds(
    services,
    {
      county,
      departments,
      admin: countyAdmin,
      reviewers: { general, benefits },
      raters,
      townships,
    },
    at,
  );
  const medicalAid2021 = await seedMedicalAidRound(services, { city, admin: cityAdmin, districts });
  return {
    accounts: accounts.map((a) => ({
      username: a.username,
      displayName: a.displayName,
      role: a.role,
      organisation: a.organisation.name,
    })),
    rounds: { township2021: township.final2021, township2022: township.review2022, medicalAid2021 },
  };
}
