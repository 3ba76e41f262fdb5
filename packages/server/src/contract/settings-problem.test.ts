import { describe, expect, it } from "vitest";
import { securitySettingFields, settingValueProblem } from "./settings.js";

describe("settingValueProblem on what a whole-number input passes on (issue 14 defect 7)", () => {
  const field = securitySettingFields.lockoutFailures;
  it("names the field and says why: a fraction is not a whole number, text is not a number", () => {
    expect(settingValueProblem(field, 4)).toBeUndefined();
    expect(settingValueProblem(field, "3.5")).toBe(`${field.label}应为整数`);
    expect(settingValueProblem(field, 8)).toBe(`${field.label}应为 3–5 次`);
    expect(settingValueProblem(field, "三")).toMatch(new RegExp(`^请输入${field.label}`));
  });
});
