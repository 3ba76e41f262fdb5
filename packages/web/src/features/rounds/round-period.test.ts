import { describe, expect, it } from "vitest";
import { periodAfterYearChange, periodOfYear } from "./round-period";

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
