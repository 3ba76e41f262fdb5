/**
 * Realistic, varied facts for the demo's township rounds (scheme `township-2022`): most units do
 * well, some lose points (absences, late tasks, a low enrolment rate, violations), some earn
 * bonuses (pilots, honours, adopted articles). Deterministic: the same unit and year always get
 * the same facts, so the demo is reproducible.
 */

/** A small deterministic pseudo-random generator (mulberry32). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One township's facts for a year, by item code (the 评议 item 8 is left to the raters). */
export function townshipFacts(
  index: number,
  year: number,
): Record<string, Record<string, unknown>> {
  const random = generator(index * 7919 + year * 104729);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const chance = (p: number) => random() < p;
  const villagesTotal = 8 + Math.floor(random() * 12);
  const previousVolume = 3000 + Math.floor(random() * 4000);
  const facts: Record<string, Record<string, unknown>> = {
    "1.1": { met: true },
    "1.2": { met: !chance(0.1) },
    "1.3": { absences: pick([0, 0, 0, 1, 1, 2]) },
    "1.4": (() => {
      const late = pick([0, 0, 0, 1, 2]);
      return { late, lateAfterReminder: late > 0 && chance(0.4) ? 1 : 0 };
    })(),
    "2.1": { score: pick(["5", "4.5", "4", "5", "3.5"]) },
    "2.2": { articles: pick([3, 4, 5, 6, 7, 8, 9]) },
    "3.1": { score: pick(["5", "4.5", "4", "5"]) },
    "3.2": { score: pick(["5", "4", "4.5", "3"]) },
    "4.1": { rate: pick(["99.85", "99.80", "99.72", "99.65", "99.91", "99.58", "99.80", "99.43"]) },
    "4.2": { violations: pick([0, 0, 0, 0, 1, 2]) },
    "4.3": { notices: pick([0, 0, 0, 1]) },
    "4.4": { rate: pick(["72.5", "68.3", "75.1", "66.0", "81.2", "70.4", "63.8"]) },
    "5.1": { missingWindows: pick([0, 0, 0, 0, 1]) },
    "5.2": { villagesServed: villagesTotal - pick([0, 0, 0, 1]), villagesTotal },
    "5.3": { met: !chance(0.15) },
    "5.4": { errors: pick([0, 0, 0, 1, 2]) },
    "5.5": { notices: pick([0, 0, 0, 0, 1]) },
    "5.6": { volume: previousVolume + Math.floor((random() - 0.25) * 1500), previousVolume },
    "6": {
      cases: pick([
        [],
        [],
        [{ assisted: true }],
        [{ assisted: false }],
        [{ assisted: true }, { assisted: true }],
      ]),
    },
    "7": { findings: pick([[], [], [], [{ level: "county" }]]) },
  };
  if (chance(0.5)) facts["9.2"] = { donationYuan: pick(["20000", "50000", "120000", "8000"]) };
  facts["9.3"] = {
    reached70On: `${year}-0${3 + Math.floor(random() * 6)}-${String(10 + Math.floor(random() * 18))}`,
  };
  if (chance(0.35))
    facts["9.4"] = { pilots: [{ level: pick(["city", "province"]), promoted: chance(0.5) }] };
  if (chance(0.3)) facts["9.5"] = { honors: pick([1, 1, 2]) };
  if (chance(0.2))
    facts["9.6"] = {
      endorsements: [{ work: "医保服务下沉村社区经验做法", level: pick(["county", "city"]) }],
    };
  if (chance(0.5))
    facts["9.7"] = {
      adoptions: [
        {
          info: `${year}年医保经办服务工作信息`,
          channel: pick(["gov", "media"]),
          level: pick(["county", "city", "province"]),
        },
      ],
    };
  if (chance(0.6)) facts["9.8"] = { met: true };
  return facts;
}

/** The narratives (自评说明) of a township's top-level groups and of its enrolment rate item. */
export function townshipNarratives(
  unitName: string,
  year: number,
  facts: Record<string, Record<string, unknown>>,
): Record<string, string> {
  const rate = String(facts["4.1"]?.rate ?? "");
  return {
    "1": `${unitName}党委政府高度重视医疗保障工作，明确分管领导和专门负责人，${year}年专题研究医保工作${facts["1.2"]?.met === true ? "，年初有计划、年终有总结" : "，但年度计划总结材料不完整"}。`,
    "2": `全年开展医保政策进村入户宣传，报送工作信息 ${String(facts["2.2"]?.articles ?? 0)} 篇。`,
    "3": "推进医保数字化改革向村（社区）延伸，医保电子凭证激活和使用持续提升。",
    "4": `全镇基本医疗保险参保率 ${rate}%，持续开展全民参保登记和重复参保清理。`,
    "4.1": `参保率按县医保局下发的${year}年12月31日参保数据计算，为 ${rate}%，附参保统计表。`,
    "5": `经办服务窗口和村级服务点运行正常，村（社区）医保经办服务覆盖 ${String(facts["5.2"]?.villagesServed ?? "")} 个。`,
    "6": "配合开展打击欺诈骗保专项整治，积极提供线索。",
    "7": "做好医疗救助对象资助参保和救助申请受理工作。",
    "9": "积极承担县医保局部署的临时性中心工作，形成特色亮点。",
  };
}
