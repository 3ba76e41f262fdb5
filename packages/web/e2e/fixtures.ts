/**
 * Facts of the two townships (from the county-round worked example of the township-2022
 * template): 练市镇 is typed into the browser form, 新市镇 is saved through the API.
 */

/** 练市镇: typed in the form, field by field (item 8 is rated by the raters). */
export const unitAFacts: Record<string, Record<string, unknown>> = {
  "1.1": { met: true },
  "1.2": { met: true },
  "1.3": { absences: 1 },
  "1.4": { late: 0, lateAfterReminder: 0 },
  "2.1": { score: "5" },
  "2.2": { articles: 6 },
  "3.1": { score: "5" },
  "3.2": { score: "4.5" },
  "4.1": { rate: "99.65" },
  "4.2": { violations: 0 },
  "4.3": { notices: 0 },
  "4.4": { rate: "72" },
  "5.1": { missingWindows: 0 },
  "5.2": { villagesServed: 12, villagesTotal: 12 },
  "5.3": { met: true },
  "5.4": { errors: 0 },
  "5.5": { notices: 0 },
  "5.6": { volume: 5200, previousVolume: 5000 },
  "9.3": { reached70On: "2022-04-10" },
};

/** 新市镇: saved through the API. */
export const unitBFacts: Record<string, Record<string, unknown>> = {
  "1.1": { met: true },
  "1.2": { met: false },
  "1.3": { absences: 2 },
  "1.4": { late: 1, lateAfterReminder: 0 },
  "2.1": { score: "4" },
  "2.2": { articles: 4 },
  "3.1": { score: "4" },
  "3.2": { score: "4" },
  "4.1": { rate: "99.2" },
  "4.2": { violations: 1 },
  "4.3": { notices: 0 },
  "4.4": { rate: "66" },
  "5.1": { missingWindows: 0 },
  "5.2": { villagesServed: 10, villagesTotal: 12 },
  "5.3": { met: true },
  "5.4": { errors: 1 },
  "5.5": { notices: 0 },
  "5.6": { volume: 4800, previousVolume: 5000 },
  "6": { cases: [{ assisted: true }] },
  "9.3": { reached70On: "2022-05-20" },
};

/** The reviewer's correction of 练市镇. */
export const correction = {
  itemCode: "4.1",
  fact: "rate",
  value: "99.5",
  reason: "经核对省级平台数据，年末参保率为 99.5%",
};

/** 评议 scores: rater → unit → score. */
export const ratings = { rater1: { A: "14", B: "13.5" }, rater2: { A: "14.5", B: "13" } };

/** The reviewer's item comments: on 练市镇's corrected item, and on 新市镇's item it is returned for. */
export const reviewComments = {
  unitA: { itemCode: "4.1", text: "参保率以省级平台年末数为准，已按 99.5% 修正" },
  unitB: { itemCode: "5.2", text: "已服务村数与花名册不一致，请核对后重新填报" },
};

/**
 * The facts the published results rest on: what each unit gave (练市镇's 违规 list typed as one
 * 县级 finding), the reviewer's correction, and both raters' ratings of item 8.
 */
export function publishedFacts(): { A: Record<string, unknown>; B: Record<string, unknown> } {
  return {
    A: {
      ...unitAFacts,
      "7": { findings: [{ level: "county" }] },
      [correction.itemCode]: {
        ...unitAFacts[correction.itemCode],
        [correction.fact]: correction.value,
      },
      "8": { ratings: [ratings.rater1.A, ratings.rater2.A] },
    },
    B: { ...unitBFacts, "8": { ratings: [ratings.rater1.B, ratings.rater2.B] } },
  };
}
