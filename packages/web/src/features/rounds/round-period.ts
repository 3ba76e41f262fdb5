/**
 * 考核期间 of a new round follows its 年度 (issue 14 defect 11: it stayed "2025年度" after the
 * year changed) — unless the administrator typed a period himself: what he typed is never
 * overwritten. The typed 年度 is checked here as typed (yearProblem), never rounded or clamped.
 */
import { workflowLimits } from "@kaoping/server/contract";

/** The period derived from a year: 2025 → 2025年度. */
export function periodOfYear(year: number | null | undefined): string {
  return year === null || year === undefined ? "" : `${year}年度`;
}

/**
 * The period after the year changed from `previousYear` to `year`: the new year's period when
 * the current one is empty or still the one derived from the previous year, else unchanged.
 */
export function periodAfterYearChange(
  period: string | undefined,
  previousYear: number | null | undefined,
  year: number | null | undefined,
): string {
  const current = period ?? "";
  if (current.trim() === "" || current === periodOfYear(previousYear)) return periodOfYear(year);
  return current;
}

/** What is wrong with a typed 年度 (kept as typed, never rounded or clamped), or undefined. */
export function yearProblem(value: unknown): string | undefined {
  if (typeof value !== "number" || !Number.isInteger(value)) return "年度应为整数";
  const { min, max } = workflowLimits.year;
  return value < min || value > max ? `年度应在 ${min}–${max} 之间` : undefined;
}
