/**
 * 系统设置: the settings an administrator changes on the screen (decision 0060). Two groups,
 * each edited by its own administrator (三员分立): 安全策略 by the security administrator,
 * 系统参数 by the system administrator; the three administrators read both. Every field is
 * bounded here, once, for the server and the web form. The security bounds never go below
 * docs/spec/security.md (rows 3–5): the screen can make the policy stricter, never weaker than the rule.
 */
import { z } from "zod";
import { plainNameSchema, timestampSchema, versionSchema } from "./common.js";
import type { Role } from "./roles.js";
import { isValidTimeZone } from "./time-zone.js";

/** The settings groups. */
export const settingGroups = ["security", "system"] as const;

/** A settings group. */
export type SettingGroup = (typeof settingGroups)[number];

/** Chinese names of the groups. */
export const settingGroupLabels: Record<SettingGroup, string> = {
  security: "安全策略",
  system: "系统参数",
};

/** The one role that may change each group (the three administrators may read both). */
export const settingGroupEditors: Record<SettingGroup, Role> = {
  security: "security_admin",
  system: "system_admin",
};

/** Where an effective value comes from. */
export const settingSources = ["saved", "environment", "default"] as const;

/** Where an effective value comes from. */
export type SettingSource = (typeof settingSources)[number];

/** Chinese names of the sources (shown as tags). */
export const settingSourceLabels: Record<SettingSource, string> = {
  saved: "已保存",
  environment: "环境变量",
  default: "默认值",
};

/** A bounded whole-number setting. */
export interface IntegerSettingField {
  kind: "integer";
  label: string;
  /** Unit shown after the input (分钟, 小时, 天, MB, 次, 个). */
  unit: string;
  min: number;
  max: number;
  help: string;
}

/** An on/off setting. */
export interface BooleanSettingField {
  kind: "boolean";
  label: string;
  help: string;
}

/** A text setting. */
export interface TextSettingField {
  kind: "text";
  label: string;
  min: number;
  max: number;
  help: string;
  /** A further check of the text: `timeZone` = an IANA time zone name (decision 0210). */
  format?: "timeZone";
}

/** One setting's definition. */
export type SettingField = IntegerSettingField | BooleanSettingField | TextSettingField;

/**
 * 安全策略. Keys avoid the words the audit writer hides (password, session, …) so the audit
 * record shows the values before and after.
 */
export const securitySettingFields = {
  maxAgeDays: {
    kind: "integer",
    label: "密码有效期",
    unit: "天",
    min: 7,
    max: 90,
    help: "到期后须先修改密码才能继续使用。等保要求定期更换，最长 90 天。",
  },
  historySize: {
    kind: "integer",
    label: "密码历史",
    unit: "次",
    min: 5,
    max: 24,
    help: "新密码不能与最近这么多次使用过的密码相同（至少 5 次）。",
  },
  lockoutFailures: {
    kind: "integer",
    label: "登录失败锁定次数",
    unit: "次",
    min: 3,
    max: 5,
    help: "连续输错密码或动态口令达到此次数即锁定账户（3–5 次）。",
  },
  lockoutMinutes: {
    kind: "integer",
    label: "锁定时长",
    unit: "分钟",
    min: 15,
    max: 1440,
    help: "账户锁定的时间（至少 15 分钟）；安全管理员可随时解锁。",
  },
  idleMinutes: {
    kind: "integer",
    label: "会话空闲超时",
    unit: "分钟",
    min: 5,
    max: 30,
    help: "这么久没有操作即自动退出（最长 30 分钟）。",
  },
  absoluteHours: {
    kind: "integer",
    label: "会话最长时间",
    unit: "小时",
    min: 1,
    max: 12,
    help: "登录后无论是否操作，到时即须重新登录（最长 12 小时）。",
  },
  loginRateLimitPerMinute: {
    kind: "integer",
    label: "登录频率限制",
    unit: "次/分钟",
    min: 5,
    max: 300,
    help: "同一客户端 IP 每分钟最多尝试登录的次数；多人经同一出口访问时可适当调高。",
  },
  totpRequiredForAdministrators: {
    kind: "boolean",
    label: "管理员必须使用动态口令",
    help: "开启后，三个管理员角色登录时必须设置并使用动态口令（TOTP）。",
  },
} as const satisfies Record<string, SettingField>;

/** 系统参数. */
export const systemSettingFields = {
  systemName: {
    kind: "text",
    label: "系统名称",
    min: 1,
    max: 64,
    help: "显示在登录页和页面顶部。",
  },
  timeZone: {
    kind: "text",
    label: "时区",
    min: 1,
    max: 64,
    format: "timeZone",
    help: "截止日期指该日 24 时前（按此时区）；页面上的时间也按此时区显示。Asia/Shanghai 即北京时间。",
  },
  evidenceMaxFileMb: {
    kind: "integer",
    label: "单个佐证文件大小上限",
    unit: "MB",
    min: 1,
    max: 100,
    help: "超过此大小的佐证材料不予保存。",
  },
  evidenceMaxFilesPerItem: {
    kind: "integer",
    label: "每个评分项佐证文件数上限",
    unit: "个",
    min: 1,
    max: 100,
    help: "一个单位在一个评分项下最多上传的文件数。",
  },
} as const satisfies Record<string, SettingField>;

/** The fields of each group. */
export const settingFields = {
  security: securitySettingFields,
  system: systemSettingFields,
} as const satisfies Record<SettingGroup, Record<string, SettingField>>;

/** The keys of a group's fields. */
export type SettingKey<G extends SettingGroup> = keyof (typeof settingFields)[G] & string;

type ValueOf<F> = F extends { kind: "integer" }
  ? number
  : F extends { kind: "boolean" }
    ? boolean
    : string;

/** A group's values, one per field. */
export type SettingValues<G extends SettingGroup> = {
  [K in SettingKey<G>]: ValueOf<(typeof settingFields)[G][K]>;
};

/** The zod schema of one field's value, with Chinese messages naming the field. */
export function settingValueSchema(field: SettingField): z.ZodType<number | boolean | string> {
  if (field.kind === "boolean") return z.boolean({ error: `${field.label}应为开启或关闭` });
  if (field.kind === "text") {
    const text = plainNameSchema(field.label, field);
    return field.format === "timeZone"
      ? text.refine(
          isValidTimeZone,
          `${field.label}应为标准时区名称（如 Asia/Shanghai、Asia/Urumqi）`,
        )
      : text;
  }
  const range = `${field.label}应为 ${field.min}–${field.max} ${field.unit}`;
  return z
    .number({ error: `请输入${field.label}（${field.min}–${field.max} ${field.unit}）` })
    .int(`${field.label}应为整数`)
    .min(field.min, range)
    .max(field.max, range);
}

/** Checks one value of a field; the Chinese message, or undefined when it is valid (web forms). */
export function settingValueProblem(field: SettingField, value: unknown): string | undefined {
  // A form's whole-number input passes a fraction on as typed text ("3.5"): checked as the
  // number it writes, so the message says 应为整数 rather than asking for the field again.
  const typed =
    field.kind === "integer" && typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim())
      ? Number(value)
      : value;
  const result = settingValueSchema(field).safeParse(typed);
  return result.success ? undefined : result.error.issues[0]?.message;
}

function updateSchema<G extends SettingGroup>(group: G) {
  const shape: Record<string, z.ZodType> = { version: versionSchema };
  for (const [key, field] of Object.entries(settingFields[group] as Record<string, SettingField>)) {
    // absent: unchanged; null: clear the saved value (back to the environment or default).
    shape[key] = settingValueSchema(field).nullable().optional();
  }
  return z.strictObject(shape) as unknown as z.ZodType<
    { version: number } & { [K in SettingKey<G>]?: SettingValues<G>[K] | null }
  >;
}

/**
 * Change a group: `version` as read; each field present is saved (a value) or cleared (null,
 * "恢复默认"); fields left out keep what they have.
 */
export const updateSettingsRequestSchemas = {
  security: updateSchema("security"),
  system: updateSchema("system"),
};

/** A change of a group. */
export type UpdateSettingsRequest<G extends SettingGroup> = z.infer<
  (typeof updateSettingsRequestSchemas)[G]
>;

const fieldValueSchema = z.union([z.number(), z.boolean(), z.string()]);

/** One field as the screen shows it: the effective value, its source and what "恢复默认" gives. */
export const settingFieldViewSchema = z.object({
  value: fieldValueSchema,
  source: z.enum(settingSources),
  /** The value without a saved one: from the environment, else the built-in default. */
  defaultValue: fieldValueSchema,
  defaultSource: z.enum(["environment", "default"]),
});

/** One field as the screen shows it. */
export type SettingFieldView = z.infer<typeof settingFieldViewSchema>;

/** One group: its version, last change and fields. */
export const settingsGroupSchema = z.object({
  group: z.enum(settingGroups),
  version: z.int(),
  /** Whether the caller's active role may change this group. */
  editable: z.boolean(),
  updatedAt: timestampSchema.nullable(),
  updatedBy: z.string().nullable(),
  fields: z.record(z.string(), settingFieldViewSchema),
});

/** One group. */
export type SettingsGroupView = z.infer<typeof settingsGroupSchema>;

/** Both groups. */
export const settingsResponseSchema = z.object({
  security: settingsGroupSchema,
  system: settingsGroupSchema,
});

/** Both groups. */
export type SettingsResponse = z.infer<typeof settingsResponseSchema>;

/** What anyone may read before logging in: the system name (login page, header). */
export const systemNameResponseSchema = z.object({
  systemName: z.string(),
  /** The bureau's time zone: deadlines and times on screen are shown in it (decision 0210). */
  timeZone: z.string(),
});
