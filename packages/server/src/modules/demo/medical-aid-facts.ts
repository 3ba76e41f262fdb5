/**
 * Facts of the demo's medical-aid-2021 round (城乡医疗救助绩效评价, scheme `medical-aid-2021`).
 * 示例开发区 reproduces the source document's self-evaluation (六安经济技术开发区 2021年, total 99:
 * everything met except the report boxes in some villages); the two other districts take the
 * facts of the project's three-district fixture (ratio bands, partial matching funds, a missed
 * training).
 */

/** 示例开发区: the seed document's self-evaluation, total 99. */
export const developmentZoneFacts: Record<string, Record<string, unknown>> = {
  "1.1": { planIssued: true, oneStop: true },
  "1.2": { subsidizedEnrollment: true, secondAid: true, lowIncomeAid: true },
  "1.3": { responsibility: true, signage: true },
  "2.1": { office: true, computer: true, printer: true, cabinet: true, records: true },
  "2.2": { lateReports: false, inaccurateReports: false, backfillIncomplete: false },
  "2.3": { inaccurateTargets: false, lateApproval: false },
  "2.4": { trained: true },
  "2.5": { perPersonFiles: true, complete: true, accurateLedger: true },
  "2.6": { majorDiseaseCases: 96, directAidCases: 292 },
  "2.7": { oneStopCases: 262, totalCases: 292 },
  "3.1": { matching: "full" },
  "3.2": { rules: true, ledger: true, earmarked: true, timely: true, socialized: true },
  "3.3": { yearEndBalance: "52000", totalFunds: "1041800" },
  "4.1": { accurate: true, timely: true, full: true },
  "4.2": { reportBox: false, hotline: true, petitionsHandled: true },
  "4.3": { handled: true, provincialPetitions: 0 },
  "4.4": { noViolations: true },
};

/** 示例东城区 and 示例西城区: the seed's facts with the fixture districts' differences. */
export const otherDistrictFacts: readonly Record<string, Record<string, unknown>>[] = [
  {
    ...developmentZoneFacts,
    "2.6": { majorDiseaseCases: 30, directAidCases: 200 },
    "2.7": { oneStopCases: 150, totalCases: 200 },
    "3.1": { matching: "partial", partialDeduction: "2.5" },
    "4.2": { reportBox: true, hotline: true, petitionsHandled: true },
  },
  {
    ...developmentZoneFacts,
    "2.1": { office: true, computer: true, printer: false, cabinet: false, records: false },
    "2.2": { lateReports: true, inaccurateReports: false, backfillIncomplete: true },
    "2.4": { trained: false },
    "4.2": { reportBox: true, hotline: true, petitionsHandled: true },
  },
];
