/**
 * What the settings form sends (pure): only the fields whose value changed, and null for the
 * fields whose saved value the user asked to clear (恢复默认).
 */
import type { SettingsGroupView } from "@kaoping/server/contract";

/** A value in the form (an emptied number input is null). */
export type SettingFormValue = number | boolean | string | null | undefined;

/** The form's starting values: each field's effective value. */
export function initialSettingValues(group: SettingsGroupView): Record<string, SettingFormValue> {
  return Object.fromEntries(Object.entries(group.fields).map(([key, view]) => [key, view.value]));
}

/**
 * The change to send: a field the user set back to its default is null when it has a saved
 * value (otherwise there is nothing to clear); any other field is sent when its value differs
 * from the effective one. Text is compared trimmed, as the server stores it.
 */
export function settingChanges(
  group: SettingsGroupView,
  values: Record<string, SettingFormValue>,
  restored: ReadonlySet<string>,
): Record<string, number | boolean | string | null> {
  const out: Record<string, number | boolean | string | null> = {};
  for (const [key, view] of Object.entries(group.fields)) {
    if (restored.has(key)) {
      if (view.source === "saved") out[key] = null;
      continue;
    }
    const raw = values[key];
    if (raw === undefined) continue;
    const value = typeof raw === "string" ? raw.trim() : raw;
    if (value !== view.value) out[key] = value;
  }
  return out;
}
