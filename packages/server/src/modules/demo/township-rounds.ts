/**
 * The demo's township rounds of 示例县: the scheme cloned from the `township-2022` template (v1
 * for 2021, v2 a revision for 2022), a finished 2021 round (reviewed, rated, published, one
 * appeal upheld and one rejected, final — its snapshots frozen by the results hooks) for
 * history, and a 2022 round left in review with units in every status.
 */
import type { OrganisationRow } from "../../db/schema.js";
import type { DemoAccount } from "./people.js";
import type { DemoServices } from "./services.js";
import { townshipFacts, townshipNarratives } from "./township-facts.js";
import { enterSelfAssessment, townshipEvidence, townshipEvidenceWithReuse } from "./unit-steps.js";

/** Who takes part in the township rounds. */
export interface TownshipCast {
  county: OrganisationRow;
  departments: Record<"office" | "benefits" | "fund" | "pharma", OrganisationRow>;
  admin: DemoAccount;
  /** Reviewer of 办公室 and 基金监管科 items (1, 2, 6, 9), and of 待遇保障科 and 医药服务管理科 items (3, 4, 5, 7). */
  reviewers: { general: DemoAccount; benefits: DemoAccount };
  raters: DemoAccount[];
  townships: { unit: OrganisationRow; code: string; filler: DemoAccount; head: DemoAccount }[];
}

const days = (now: Date, n: number) => new Date(now.getTime() + n * 86_400_000).toISOString();

/** Corrections reviewers make, by township index: item, corrected facts, reason. */
const corrections: Record<
  number,
  [string, (facts: Record<string, unknown>) => Record<string, unknown>, string][]
> = {
  1: [["4.1", () => ({ rate: "99.61" }), "以县医保局12月31日参保数据为准，参保率为 99.61%"]],
  3: [
    ["1.3", (f) => ({ absences: Number(f.absences ?? 0) + 1 }), "县级业务培训签到表显示缺席 1 次"],
  ],
  4: [
    [
      "2.2",
      (f) => ({ articles: Math.max(0, Number(f.articles ?? 0) - 2) }),
      "其中 2 篇信息重复报送，不计数",
    ],
  ],
};

/** Reviews every item of a submitted unit (confirm, or correct with a reason) and accepts it. */
async function reviewAndAccept(
  s: DemoServices,
  cast: TownshipCast,
  roundId: string,
  index: number,
  facts: Record<string, Record<string, unknown>>,
  accept: boolean,
) {
  const { unit } = cast.townships[index]!;
  for (const code of Object.keys(facts)) {
    const reviewer = ["3", "4", "5", "7"].includes(code.split(".")[0]!)
      ? cast.reviewers.benefits
      : cast.reviewers.general;
    const correction = corrections[index]?.find(([c]) => c === code);
    const input =
      correction === undefined
        ? { version: 0, action: "confirm" as const }
        : {
            version: 0,
            action: "correct" as const,
            facts: correction[1](facts[code] ?? {}),
            reason: correction[2],
          };
    await s.review.reviewItem(reviewer.ctx, roundId, unit.id, code, input);
  }
  if (!accept) return;
  // Each reviewer confirms the rest of his scope and approves his own part (decision 0130);
  // the second approval accepts the unit.
  await s.review.confirmAll(cast.reviewers.general.ctx, roundId, unit.id);
  await s.review.confirmAll(cast.reviewers.benefits.ctx, roundId, unit.id);
  await s.review.accept(cast.reviewers.general.ctx, roundId, unit.id, { version: 2 });
  await s.review.accept(cast.reviewers.benefits.ctx, roundId, unit.id, { version: 3 });
}

async function createRound(
  s: DemoServices,
  cast: TownshipCast,
  schemeVersionId: string,
  year: number,
) {
  const { office, benefits, fund, pharma } = cast.departments;
  return s.rounds.create(cast.admin.ctx, {
    assessingOrganisationId: cast.county.id,
    schemeVersionId,
    title: `${year}年度乡镇（街道）医疗保障工作目标考核`,
    year,
    period: `${year}年度`,
    description: `依据《示例县${year}年度乡镇（街道）医疗保障工作目标考核评分细则》，对各乡镇（街道）医疗保障工作进行考核。`,
    unitIds: cast.townships.map((t) => t.unit.id),
    itemDepartments: {
      "1": office.id,
      "2": office.id,
      "3": pharma.id,
      "4": benefits.id,
      "5": benefits.id,
      "6": fund.id,
      "7": benefits.id,
      "9": office.id,
    },
  });
}

async function move(
  s: DemoServices,
  cast: TownshipCast,
  roundId: string,
  ...states: Parameters<DemoServices["rounds"]["transition"]>[2]["to"][]
) {
  for (const to of states) {
    const round = await s.rounds.get(cast.admin.ctx, roundId);
    await s.rounds.transition(cast.admin.ctx, roundId, { to, version: round.version });
  }
}

/** Creates the scheme and both township rounds; returns the rounds' ids. */
export async function seedTownshipRounds(
  s: DemoServices,
  cast: TownshipCast,
  now: Date,
): Promise<{ final2021: string; review2022: string }> {
  const admin = cast.admin.ctx;
  const created = await s.schemes.create(admin, {
    assessingOrganisationId: cast.county.id,
    from: { template: "township-2022" },
    code: "shixian-township",
    title: "示例县乡镇（街道）医疗保障工作目标考核评分细则",
  });
  const v1 = await s.schemes.publish(admin, created.id, {
    version: created.version,
    note: "2021年度考核使用",
  });
  const revised = await s.schemes.updateDraft(admin, created.id, {
    version: v1.version,
    document: {
      ...v1.draft,
      description: "2022年修订：调整参保率计算口径说明，其余评分标准不变。",
    },
  });
  const v2 = await s.schemes.publish(admin, created.id, {
    version: revised.version,
    note: "2022年度修订版",
  });
  const versionId = (number: number) => v2.versions.find((v) => v.number === number)!.id;

  // 2021: the whole cycle, for history.
  const r2021 = await createRound(s, cast, versionId(1), 2021);
  await move(s, cast, r2021.id, "self_assessment");
  const facts2021 = cast.townships.map((_, i) => townshipFacts(i, 2021));
  for (const [i, t] of cast.townships.entries()) {
    await enterSelfAssessment(s, {
      roundId: r2021.id,
      unitId: t.unit.id,
      filler: t.filler.ctx,
      head: t.head.ctx,
      facts: facts2021[i]!,
      narratives: townshipNarratives(t.unit.name, 2021, facts2021[i]!),
      evidence: townshipEvidence(t.code, 2021, i),
      submit: true,
    });
  }
  await move(s, cast, r2021.id, "review");
  for (const i of cast.townships.keys())
    await reviewAndAccept(s, cast, r2021.id, i, facts2021[i]!, true);
  await move(s, cast, r2021.id, "rating");
  for (const [r, rater] of cast.raters.entries()) {
    for (const [i, t] of cast.townships.entries()) {
      const value = String(15 - ((i * 3 + r * 5) % 7) * 0.5);
      await s.ratings.save(rater.ctx, r2021.id, t.unit.id, "8", { version: 0, value });
    }
  }
  await move(s, cast, r2021.id, "results", "published", "appeals");
  const upheld = await s.appeals.submit(
    cast.townships[1]!.filler.ctx,
    r2021.id,
    cast.townships[1]!.unit.id,
    {
      itemCode: "4.1",
      text: "我镇 12 月补录参保 46 人未计入统计，申请按补录后的参保率 99.70% 计分，附补录名单。",
    },
  );
  await s.appeals.answer(admin, upheld.id, {
    version: upheld.version,
    decision: "upheld",
    answer: "经核实补录名单属实，参保率按 99.70% 计。",
    facts: { rate: "99.70" },
  });
  const rejected = await s.appeals.submit(
    cast.townships[3]!.filler.ctx,
    r2021.id,
    cast.townships[3]!.unit.id,
    {
      itemCode: "1.3",
      text: "缺席的培训因防汛值班未能参加，申请不扣分。",
    },
  );
  await s.appeals.answer(admin, rejected.id, {
    version: rejected.version,
    decision: "rejected",
    answer: "评分细则未规定因公缺席可免扣，维持原评分。",
  });
  const before2021 = await s.rounds.get(admin, r2021.id);
  await s.rounds.updateDeadlines(admin, r2021.id, {
    version: before2021.version,
    selfAssessment: days(now, -365),
    review: days(now, -340),
    rating: days(now, -330),
    appeal: days(now, -310),
  });
  await move(s, cast, r2021.id, "final");

  // 2022: left in review — most submitted, some accepted (with corrections), one returned, one late.
  const r2022 = await createRound(s, cast, versionId(2), 2022);
  await move(s, cast, r2022.id, "self_assessment");
  const facts2022 = cast.townships.map((_, i) => townshipFacts(i, 2022));
  for (const [i, t] of cast.townships.entries()) {
    const late = i === cast.townships.length - 1;
    const facts = late
      ? Object.fromEntries(Object.entries(facts2022[i]!).slice(0, 8))
      : facts2022[i]!;
    await enterSelfAssessment(s, {
      roundId: r2022.id,
      unitId: t.unit.id,
      filler: t.filler.ctx,
      head: t.head.ctx,
      facts,
      narratives: late ? {} : townshipNarratives(t.unit.name, 2022, facts),
      ...(late ? { evidence: [] } : townshipEvidenceWithReuse(t.code, 2022, i)),
      submit: !late,
    });
  }
  await move(s, cast, r2022.id, "review");
  for (const i of [0, 1, 2, 3, 4]) await reviewAndAccept(s, cast, r2022.id, i, facts2022[i]!, true);
  const returned = cast.townships[5]!;
  await s.review.comment(cast.reviewers.benefits.ctx, r2022.id, returned.unit.id, {
    itemCode: "4.1",
    text: "参保率统计表未加盖公章，请补充盖章版。",
  });
  await s.review.returnSubmission(cast.reviewers.benefits.ctx, r2022.id, returned.unit.id, {
    version: 2,
    comment: "请按意见补充材料后重新提交。",
  });
  const before2022 = await s.rounds.get(admin, r2022.id);
  await s.rounds.updateDeadlines(admin, r2022.id, {
    version: before2022.version,
    selfAssessment: days(now, -3),
    review: days(now, 14),
    rating: days(now, 28),
    appeal: days(now, 60),
  });
  return { final2021: r2021.id, review2022: r2022.id };
}
