import type { SettingsGroupView } from "@kaoping/server/contract";
import { describe, expect, it } from "vitest";
import { initialSettingValues, settingChanges } from "./settings-model";

const group: SettingsGroupView = {
  group: "security",
  version: 3,
  editable: true,
  updatedAt: null,
  updatedBy: null,
  fields: {
    lockoutFailures: { value: 4, source: "saved", defaultValue: 5, defaultSource: "default" },
    idleMinutes: {
      value: 20,
      source: "environment",
      defaultValue: 20,
      defaultSource: "environment",
    },
    lockoutMinutes: { value: 15, source: "default", defaultValue: 15, defaultSource: "default" },
  },
};

describe("settings form changes", () => {
  it("starts from the effective values and sends nothing when nothing changed", () => {
    const values = initialSettingValues(group);
    expect(values).toEqual({ lockoutFailures: 4, idleMinutes: 20, lockoutMinutes: 15 });
    expect(settingChanges(group, values, new Set())).toEqual({});
  });

  it.each([
    ["a changed number", { idleMinutes: 10 }, [], { idleMinutes: 10 }],
    ["a saved value restored", {}, ["lockoutFailures"], { lockoutFailures: null }],
    ["a value without a saved one restored", {}, ["idleMinutes"], {}],
    [
      "an emptied input (left to validation)",
      { lockoutMinutes: null },
      [],
      { lockoutMinutes: null },
    ],
  ] as const)("sends %s", (_name, edits, restored, expected) => {
    const values = { ...initialSettingValues(group), ...edits };
    expect(settingChanges(group, values, new Set(restored))).toEqual(expected);
  });

  it("compares text trimmed", () => {
    const named: SettingsGroupView = {
      ...group,
      group: "system",
      fields: {
        systemName: {
          value: "考评",
          source: "default",
          defaultValue: "考评",
          defaultSource: "default",
        },
      },
    };
    expect(settingChanges(named, { systemName: " 考评 " }, new Set())).toEqual({});
    expect(settingChanges(named, { systemName: "示例县 " }, new Set())).toEqual({
      systemName: "示例县",
    });
  });
});
