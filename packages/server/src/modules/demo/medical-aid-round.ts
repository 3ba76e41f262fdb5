/**
 * The demo's city round: 示例市 assesses its districts on urban-rural medical aid with the
 * `medical-aid-2021` template. 示例开发区 enters the source document's self-evaluation (total
 * 99); all three districts submit and the round waits in review.
 */
import type { OrganisationRow } from "../../db/schema.js";
import { developmentZoneFacts, otherDistrictFacts } from "./medical-aid-facts.js";
import type { DemoAccount } from "./people.js";
import { samplePdf } from "./sample-files.js";
import type { DemoServices } from "./services.js";
import { enterSelfAssessment } from "./unit-steps.js";

/** Who takes part in the medical-aid round. */
export interface MedicalAidCast {
  city: OrganisationRow;
  admin: DemoAccount;
  districts: { unit: OrganisationRow; filler: DemoAccount; head: DemoAccount }[];
}

const zoneNarratives: Record<string, string> = {
  "1": "开发区出台城乡医疗救助实施方案，落实“一站式”结算，困难群众资助参保、二次救助和低收入人口救助政策全面落实。",
  "2": "配齐救助经办场所和设备，档案一人一档、台账准确；全年直接救助 292 人次，其中重特大疾病救助 96 人次，“一站式”结算 262 人次。",
  "3": "救助资金专账管理、专款专用、及时拨付，配套资金足额到位。",
  "4": "救助对象识别准确、救助及时足额；部分村（社区）未设置举报箱，已督促整改。",
};

/** Creates the medical-aid scheme and round; returns the round's id. */
export async function seedMedicalAidRound(s: DemoServices, cast: MedicalAidCast): Promise<string> {
  const admin = cast.admin.ctx;
  const created = await s.schemes.create(admin, {
    assessingOrganisationId: cast.city.id,
    from: { template: "medical-aid-2021" },
    code: "shishi-medical-aid",
    title: "示例市城乡医疗救助工作绩效评价指标",
  });
  const published = await s.schemes.publish(admin, created.id, {
    version: created.version,
    note: "2021年度",
  });
  const round = await s.rounds.create(admin, {
    assessingOrganisationId: cast.city.id,
    schemeVersionId: published.versions[0]!.id,
    title: "2021年度城乡医疗救助工作绩效评价",
    year: 2021,
    period: "2021年度",
    unitIds: cast.districts.map((d) => d.unit.id),
  });
  await s.rounds.transition(admin, round.id, { to: "self_assessment", version: round.version });
  const factsOf = [developmentZoneFacts, ...otherDistrictFacts];
  for (const [i, district] of cast.districts.entries()) {
    await enterSelfAssessment(s, {
      roundId: round.id,
      unitId: district.unit.id,
      filler: district.filler.ctx,
      head: district.head.ctx,
      facts: factsOf[i]!,
      narratives: i === 0 ? zoneNarratives : {},
      evidence: [
        [
          "2.6",
          "2021年医疗救助台账.pdf",
          samplePdf(`medical aid ledger 2021 ${district.unit.code}`),
        ],
      ],
      submit: true,
    });
  }
  const started = await s.rounds.get(admin, round.id);
  await s.rounds.transition(admin, round.id, { to: "review", version: started.version });
  return round.id;
}
