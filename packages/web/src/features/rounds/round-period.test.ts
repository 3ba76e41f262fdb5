import { describe, expect, it } from "vitest";
import { periodAfterYearChange, periodOfYear, yearProblem } from "./round-period";

describe("考核期间 follows 年度 unless typed", () => {
  it("follows the year while it is the derived period or empty", () => {
    expect(periodOfYear(2025)).toBe("2025年度");
    expect(periodAfterYearChange("2025年度", 2025, 2024)).toBe("2024年度");
    expect(periodAfterYearChange("", 2025, 2023)).toBe("2023年度");
    expect(periodAfterYearChange(undefined, undefined, 2023)).toBe("2023年度");
  });

  it("never overwrites what the administrator typed", () => {
    expect(periodAfterYearChange("2024年上半年", 2025, 2024)).toBe("2024年上半年");
    expect(periodAfterYearChange("2025年度（补考）", 2025, 2026)).toBe("2025年度（补考）");
  });

  it("follows step by step through several changes", () => {
    let period = periodOfYear(2025);
    let year = 2025;
    for (const next of [2024, 2023, 2030]) {
      period = periodAfterYearChange(period, year, next);
      year = next;
    }
    expect(period).toBe("2030年度");
  });
});

describe("年度 as typed (issue 14 defect 7)", () => {
  it("refuses what is not a whole year in range with a message naming 年度, never altering it", () => {
    expect(yearProblem(2026)).toBeUndefined();
    expect(yearProblem("2026.5")).toBe("年度应为整数");
    expect(yearProblem("abc")).toBe("年度应为整数");
    expect(yearProblem(1999)).toMatch(/^年度应在 \d+–\d+ 之间$/);
  });
});
