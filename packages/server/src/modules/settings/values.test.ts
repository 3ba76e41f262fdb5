import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../config.js";
import { applySavedSettings, fieldViews, parseSavedValues, settingValuesOf } from "./values.js";

describe("settings values", () => {
  it("applies saved values over a configuration without changing it", () => {
    const base = defaultConfig("/srv");
    const effective = applySavedSettings(base, {
      security: { lockoutFailures: 3, idleMinutes: 10, loginRateLimitPerMinute: 60 },
      system: { evidenceMaxFileMb: 5, systemName: "示例县" },
    });
    expect(effective.lockout).toEqual({ maxFailures: 3, lockMinutes: 15 });
    expect(effective.session.idleTimeoutMinutes).toBe(10);
    expect(effective.loginRateLimit).toEqual({ max: 60, windowSeconds: 60 });
    expect(effective.evidence.maxFileBytes).toBe(5 * 1024 * 1024);
    expect(effective.evidence.maxUnpackedBytes).toBe(base.evidence.maxUnpackedBytes);
    expect(effective.systemName).toBe("示例县");
    expect(base.lockout.maxFailures).toBe(5);
    expect(settingValuesOf(applySavedSettings(base, { security: {}, system: {} }))).toEqual(
      settingValuesOf(base),
    );
  });

  it.each([
    ['{"lockoutFailures":4,"idleMinutes":999}', { lockoutFailures: 4 }],
    ['{"colour":"red"}', {}],
    ["not json", {}],
    ["[1,2]", {}],
  ])("keeps only valid stored values of %s", (json, expected) => {
    expect(parseSavedValues("security", json)).toEqual(expected);
  });

  it("tells saved, environment and default apart", () => {
    const defaults = settingValuesOf(defaultConfig("/srv"));
    const configured = settingValuesOf({
      ...defaultConfig("/srv"),
      lockout: { maxFailures: 4, lockMinutes: 15 },
    });
    const views = fieldViews("security", { lockoutMinutes: 30 }, configured, defaults);
    expect(views.lockoutFailures).toEqual({
      value: 4,
      source: "environment",
      defaultValue: 4,
      defaultSource: "environment",
    });
    expect(views.lockoutMinutes).toEqual({
      value: 30,
      source: "saved",
      defaultValue: 15,
      defaultSource: "default",
    });
    expect(views.idleMinutes?.source).toBe("default");
  });
});
