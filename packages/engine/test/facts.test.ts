// validateFacts: invalid values are path-named problems; required facts not given are only "missing".
import { describe, expect, it } from "vitest";
import {
  computeRoundContext,
  getTemplate,
  listFacts,
  scoreUnit,
  scoreUnitWithProblems,
  validateFacts,
  type Scheme,
} from "@kaoping/engine";
import { scoresByCode } from "./helpers.js";

const township = getTemplate("township-2022") as Scheme;
const medical = getTemplate("medical-aid-2021") as Scheme;
const codesOf = (scheme: Scheme, facts: unknown) =>
  validateFacts(scheme, facts).problems.map((p) => [p.path, p.code]);

describe("validateFacts", () => {
  it("treats an empty or partial facts object as valid with missing facts", () => {
    const { problems, missing } = validateFacts(township, { "4.1": { rate: "99.65" } });
    expect(problems).toEqual([]);
    expect(missing).toContain("8.ratings");
    expect(missing).not.toContain("4.1.rate");
    expect(missing).not.toContain("9.2.donationYuan"); // optional
    expect(validateFacts(township, undefined).problems).toEqual([]);
    expect(validateFacts(township, { "4.1": { rate: null } }).missing).toContain("4.1.rate"); // null = cleared
  });

  it.each([
    [{ "4.1": { rate: "100.5" } }, "4.1.rate", "out_of_range"],
    [{ "4.1": { rate: "-1" } }, "4.1.rate", "out_of_range"],
    [{ "4.1": { rate: "99.12345" } }, "4.1.rate", "too_many_decimals"],
    [{ "4.1": { rate: "abc" } }, "4.1.rate", "wrong_type"],
    [{ "4.1": { rate: true } }, "4.1.rate", "wrong_type"],
    [{ "1.3": { absences: 1.5 } }, "1.3.absences", "too_many_decimals"],
    [{ "1.3": { absences: -1 } }, "1.3.absences", "out_of_range"],
    [{ "1.1": { met: "yes" } }, "1.1.met", "wrong_type"],
    [{ "2.1": { score: "5.5" } }, "2.1.score", "out_of_range"],
    [{ "9.2": { donationYuan: "1.005" } }, "9.2.donationYuan", "too_many_decimals"],
    [{ "9.3": { reached70On: "2022-02-30" } }, "9.3.reached70On", "wrong_type"],
    [{ "7": { findings: [{ level: "town" }] } }, "7.findings[0].level", "not_an_option"],
    [{ "7": { findings: [{}] } }, "7.findings[0].level", "missing_field"],
    [{ "7": { findings: [{ level: "city", x: 1 }] } }, "7.findings[0].x", "unknown_field"],
    [{ "7": { findings: "two" } }, "7.findings", "wrong_type"],
    [{ "8": { ratings: [] } }, "8.ratings", "too_few"],
    [{ "8": { ratings: [14, 16] } }, "8.ratings[1]", "out_of_range"],
    [{ "1.4": { late: 1, lateAfterReminder: 2 } }, "1.4.lateAfterReminder", "inconsistent"],
    [{ "5.2": { villagesServed: 13, villagesTotal: 12 } }, "5.2.villagesServed", "inconsistent"],
    [{ "5.2": { villagesServed: 0, villagesTotal: 0 } }, "5.2.villagesTotal", "out_of_range"],
    [{ "4.9": { rate: 1 } }, "4.9", "unknown_item"],
    [{ "4": { rate: 1 } }, "4", "unknown_item"],
    [{ "4.1": { ratio: 1 } }, "4.1.ratio", "unknown_fact"],
    [{ "4.1": 99 }, "4.1", "wrong_type"],
  ])("%j → %s %s", (facts, path, code) => {
    expect(codesOf(township, facts)).toContainEqual([path, code]);
  });

  it("names a missing field of a list row in Chinese, never by its identifier (issue 14 defect 8)", () => {
    const problem = validateFacts(township, { "7": { findings: [{ level: "city" }, {}] } })
      .problems[0];
    expect(problem?.path).toBe("7.findings[1].level");
    expect(problem?.message).toMatch(/^第 2 条缺少\p{Script=Han}+$/u);
  });

  it.each([
    [{ "2.7": { oneStopCases: 10 } }, "2.7.totalCases", "incomplete_pair"],
    [{ "2.7": { oneStopFunds: "10", totalFunds: "0" } }, "2.7.totalFunds", "out_of_range"],
    [{ "2.7": { oneStopCases: 300, totalCases: 292 } }, "2.7.oneStopCases", "inconsistent"],
    [{ "3.1": { matching: "most" } }, "3.1.matching", "not_an_option"],
  ])("medical-aid %j → %s %s", (facts, path, code) => {
    expect(codesOf(medical, facts)).toContainEqual([path, code]);
  });

  it("derives missing facts from consistency checks", () => {
    expect(validateFacts(medical, { "3.1": { matching: "partial" } }).missing).toContain(
      "3.1.partialDeduction",
    );
    expect(validateFacts(medical, { "3.1": { matching: "full" } }).missing).not.toContain(
      "3.1.partialDeduction",
    );
    expect(validateFacts(medical, {}).missing).toEqual(
      expect.arrayContaining(["2.7.oneStopCases", "2.7.totalCases"]),
    );
    expect(
      validateFacts(medical, { "2.7": { oneStopFunds: "1", totalFunds: "2" } }).missing,
    ).not.toContain("2.7.oneStopCases");
  });

  it("never throws, whatever the input", () => {
    for (const junk of [
      null,
      1,
      "x",
      [],
      [1],
      { "4.1": [] },
      { "4.1": { rate: {} } },
      { "6": { cases: [null, 1, "x", []] } },
    ]) {
      expect(() => validateFacts(township, junk)).not.toThrow();
    }
  });
});

describe("scoreUnit with invalid facts", () => {
  it("leaves the items that read them unscored, also across items, and scores the rest", () => {
    const result = scoreUnit(township, {
      id: "u",
      name: "单位",
      facts: { "4.1": { rate: "101" }, "1.1": { met: true } },
    });
    const scores = scoresByCode(result.items);
    expect([scores["4.1"], scores["9.1"], scores["1.1"]]).toEqual([null, null, "1"]);
    expect(result.complete).toBe(false);
  });
});

describe("listFacts", () => {
  it("describes every fact for forms and imports", () => {
    const rate = listFacts(township).find((f) => f.path === "4.1.rate");
    expect(rate).toMatchObject({
      code: "4.1",
      itemTitle: "基本医疗保险参保率",
      min: "0",
      max: "100",
      scale: 4,
      unit: "%",
    });
    const level = listFacts(township).find((f) => f.path === "7.findings");
    expect(level?.declaration.fields?.[0]?.type).toBe("level");
    expect(
      listFacts(medical)
        .find((f) => f.path === "3.1.matching")
        ?.options.map((o) => o.value),
    ).toEqual(["full", "partial", "none"]);
  });
});

describe("scoreUnitWithProblems", () => {
  it.each([
    ["valid", { "4.1": { rate: "99.65" }, "1.3": { absences: 1 } }],
    ["invalid", { "4.1": { rate: "100.5" }, "7": { findings: [{ level: "town" }] } }],
    ["inconsistent", { "1.4": { late: 1, lateAfterReminder: 2 }, "8": { ratings: [14, 16] } }],
    ["empty", {}],
  ])("scores like scoreUnit and gives validateFacts' problems (%s facts)", (_name, facts) => {
    const unit = { id: "u", name: "单位", facts };
    // A round where another unit reached 70 % first (cross-unit rule 9.3).
    const context = computeRoundContext(township, [
      { facts: { "9.3": { reached70On: "2022-03-01" } } },
    ]);
    for (const [scheme, ctx] of [
      [township, undefined],
      [township, context],
      [medical, undefined],
    ] as const) {
      const both = scoreUnitWithProblems(scheme, unit, ctx);
      expect(both.result).toEqual(scoreUnit(scheme, unit, ctx));
      expect(both.problems).toEqual(validateFacts(scheme, facts).problems);
    }
    if (_name === "invalid" || _name === "inconsistent")
      expect(scoreUnitWithProblems(township, unit).problems.length).toBeGreaterThan(0);
  });
});
