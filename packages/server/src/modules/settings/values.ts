/**
 * Between `ServerConfig` and the settings screen (pure): the value of each setting in a
 * configuration, a configuration with saved values applied, and each field's view (value,
 * source, what "恢复默认" gives).
 */
import type { ServerConfig } from "../../config.js";
import {
  settingFields,
  settingValueSchema,
  type SettingField,
  type SettingFieldView,
  type SettingGroup,
  type SettingValues,
} from "../../contract/settings.js";

const MIB = 1024 * 1024;

/** Every group's values. */
export type AllSettingValues = { [G in SettingGroup]: SettingValues<G> };

/** The values saved on the screen: only the fields that have one. */
export type SavedSettings = { [G in SettingGroup]: Partial<SettingValues<G>> };

/** No saved value anywhere. */
export function noSavedSettings(): SavedSettings {
  return { security: {}, system: {} };
}

/** The value of every setting in a configuration. */
export function settingValuesOf(config: ServerConfig): AllSettingValues {
  return {
    security: {
      maxAgeDays: config.passwordPolicy.maxAgeDays,
      historySize: config.passwordPolicy.historySize,
      lockoutFailures: config.lockout.maxFailures,
      lockoutMinutes: config.lockout.lockMinutes,
      idleMinutes: config.session.idleTimeoutMinutes,
      absoluteHours: config.session.absoluteTimeoutHours,
      loginRateLimitPerMinute: config.loginRateLimit.max,
      totpRequiredForAdministrators: config.totp.requiredForAdministrators,
    },
    system: {
      systemName: config.systemName,
      timeZone: config.timeZone,
      // Tests configure bytes directly; the screen works in whole MB.
      evidenceMaxFileMb: config.evidence.maxFileBytes / MIB,
      evidenceMaxFilesPerItem: config.evidence.maxFilesPerItem,
    },
  };
}

/** A configuration with the saved values applied over it (a new object; `base` is not changed). */
export function applySavedSettings(base: ServerConfig, saved: SavedSettings): ServerConfig {
  const s = saved.security;
  const y = saved.system;
  return {
    ...base,
    systemName: y.systemName ?? base.systemName,
    timeZone: y.timeZone ?? base.timeZone,
    session: {
      ...base.session,
      idleTimeoutMinutes: s.idleMinutes ?? base.session.idleTimeoutMinutes,
      absoluteTimeoutHours: s.absoluteHours ?? base.session.absoluteTimeoutHours,
    },
    passwordPolicy: {
      ...base.passwordPolicy,
      maxAgeDays: s.maxAgeDays ?? base.passwordPolicy.maxAgeDays,
      historySize: s.historySize ?? base.passwordPolicy.historySize,
    },
    lockout: {
      maxFailures: s.lockoutFailures ?? base.lockout.maxFailures,
      lockMinutes: s.lockoutMinutes ?? base.lockout.lockMinutes,
    },
    loginRateLimit:
      s.loginRateLimitPerMinute === undefined
        ? base.loginRateLimit
        : { max: s.loginRateLimitPerMinute, windowSeconds: 60 },
    evidence: {
      ...base.evidence,
      maxFileBytes:
        y.evidenceMaxFileMb === undefined ? base.evidence.maxFileBytes : y.evidenceMaxFileMb * MIB,
      maxFilesPerItem: y.evidenceMaxFilesPerItem ?? base.evidence.maxFilesPerItem,
    },
    totp: {
      ...base.totp,
      requiredForAdministrators:
        s.totpRequiredForAdministrators ?? base.totp.requiredForAdministrators,
    },
  };
}

/**
 * The saved values of a group from its stored JSON. A value that no longer passes the field's
 * schema (a bound tightened in a later release) is dropped, so the environment or default
 * applies instead of an out-of-range value.
 */
export function parseSavedValues<G extends SettingGroup>(
  group: G,
  json: string,
): Partial<SettingValues<G>> {
  let stored: unknown;
  try {
    stored = JSON.parse(json);
  } catch {
    return {};
  }
  if (stored === null || typeof stored !== "object") return {};
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(settingFields[group] as Record<string, SettingField>)) {
    const value = (stored as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const parsed = settingValueSchema(field).safeParse(value);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as Partial<SettingValues<G>>;
}

/** Each field of a group as the screen shows it. */
export function fieldViews<G extends SettingGroup>(
  group: G,
  saved: Partial<SettingValues<G>>,
  configured: AllSettingValues,
  defaults: AllSettingValues,
): Record<string, SettingFieldView> {
  const views: Record<string, SettingFieldView> = {};
  const savedValues = saved as Record<string, number | boolean | string | undefined>;
  const configuredValues = configured[group] as Record<string, number | boolean | string>;
  const defaultValues = defaults[group] as Record<string, number | boolean | string>;
  for (const key of Object.keys(settingFields[group])) {
    const fallback = configuredValues[key] as number | boolean | string;
    const defaultSource = fallback === defaultValues[key] ? "default" : "environment";
    const value = savedValues[key];
    views[key] = {
      value: value ?? fallback,
      source: value === undefined ? defaultSource : "saved",
      defaultValue: fallback,
      defaultSource,
    };
  }
  return views;
}
