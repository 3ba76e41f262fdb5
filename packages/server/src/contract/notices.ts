/**
 * 催报 and the bell (decision 0213): reminders to units that have not submitted (a notice on
 * their home page), each organisation's optional group-bot webhook (政务钉钉 / 企业微信) and
 * every user's own to-dos.
 */
import { z } from "zod";
import { hasDisguisingCharacter, idSchema, timestampSchema } from "./common.js";

/** Field limits of reminders and webhooks. */
export const noticeLimits = {
  message: { max: 300 },
  url: { max: 1000 },
  secret: { max: 200 },
} as const;

/** Send a reminder: to the given units (default: every unit that has not submitted). */
export const sendRemindersRequestSchema = z.strictObject({
  unitIds: z
    .array(idSchema)
    .min(1, "请至少选择一个单位")
    .max(5000, "单位过多")
    .refine((ids) => new Set(ids).size === ids.length, "单位有重复")
    .optional(),
  message: z
    .string()
    .trim()
    .max(noticeLimits.message.max, `催报说明最长 ${noticeLimits.message.max} 个字符`)
    .refine((text) => !hasDisguisingCharacter(text), "催报说明不能包含控制字符或零宽字符")
    .optional(),
});

/** What a reminder did. */
export const sendRemindersResponseSchema = z.object({
  /** Units reminded. */
  reminded: z.int(),
  /** Webhook messages queued for sending. */
  webhooksQueued: z.int(),
});

/** Webhook delivery states. */
export const deliveryStates = ["queued", "running", "retrying", "sent", "failed"] as const;

/** Chinese names of the delivery states. */
export const deliveryStateLabels: Record<(typeof deliveryStates)[number], string> = {
  queued: "等待发送",
  running: "发送中",
  retrying: "重试中",
  sent: "已发送",
  failed: "发送失败",
};

/**
 * What 催报记录 shows for a delivery's state: 重试中（第N次）while it waits for its N-th retry,
 * 发送失败（共尝试 N 次）when retries ran out (decision 0258).
 */
export function deliveryStateText(d: {
  state: (typeof deliveryStates)[number];
  attempts: number;
}): string {
  if (d.state === "retrying") return `重试中（第${d.attempts}次）`;
  if (d.state === "failed" && d.attempts > 1) return `发送失败（共尝试 ${d.attempts} 次）`;
  return deliveryStateLabels[d.state];
}

/** One reminder sent in a round, as the administrator sees it (催报记录). */
export const roundReminderSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  unitName: z.string(),
  message: z.string(),
  createdAt: timestampSchema,
  readAt: timestampSchema.nullable(),
});

/** One webhook message of a round and whether it went out. */
export const roundDeliverySchema = z.object({
  id: idSchema,
  organisationName: z.string(),
  state: z.enum(deliveryStates),
  /** The last failure's reason. */
  error: z.string().nullable(),
  /** Attempts made so far (decision 0258: at most 4). */
  attempts: z.int(),
  /** When a `retrying` message is sent again. */
  nextAttemptAt: timestampSchema.nullable(),
  /** Every attempt with its outcome and reason, oldest first. */
  attemptLog: z.array(
    z.object({
      attempt: z.int(),
      at: timestampSchema,
      sent: z.boolean(),
      error: z.string().nullable(),
    }),
  ),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

/** The reminders of a round and their webhook messages. */
export const roundRemindersResponseSchema = z.object({
  reminders: z.array(roundReminderSchema),
  deliveries: z.array(roundDeliverySchema),
});

/** The reminders of a round and their webhook messages. */
export type RoundRemindersResponse = z.infer<typeof roundRemindersResponseSchema>;

/** A notice on a unit's home page. */
export const noticeSchema = z.object({
  id: idSchema,
  roundId: idSchema,
  roundTitle: z.string(),
  message: z.string(),
  createdAt: timestampSchema,
  read: z.boolean(),
  readAt: timestampSchema.nullable(),
});

/** A notice. */
export type Notice = z.infer<typeof noticeSchema>;

/** The kinds of group bot. */
export const webhookKinds = ["dingtalk", "wecom"] as const;

/** Chinese names of the group bots. */
export const webhookKindLabels: Record<(typeof webhookKinds)[number], string> = {
  dingtalk: "政务钉钉 / 钉钉群机器人",
  wecom: "企业微信群机器人",
};

/** An organisation's webhook as the system administrator sees it: no secret, the URL masked. */
export const webhookSchema = z.object({
  organisationId: idSchema,
  configured: z.boolean(),
  kind: z.enum(webhookKinds).nullable(),
  /** The URL with its token masked (https://oapi.dingtalk.com/robot/send?access_token=****1a2b). */
  maskedUrl: z.string().nullable(),
  hasSecret: z.boolean(),
  enabled: z.boolean(),
  allowIntranet: z.boolean(),
  version: z.int(),
  updatedAt: timestampSchema.nullable(),
});

/** An organisation's webhook. */
export type Webhook = z.infer<typeof webhookSchema>;

/**
 * Set an organisation's webhook. `url` and `secret` left out keep what is stored (they are
 * never shown again); `secret: null` removes the secret. `version` 0 for the first save.
 */
export const updateWebhookRequestSchema = z.strictObject({
  version: z.int().min(0).max(2_147_483_647),
  kind: z.enum(webhookKinds, { error: "请选择机器人类型" }),
  url: z
    .string({ error: "请输入机器人地址" })
    .trim()
    .min(1, "请输入机器人地址")
    .max(noticeLimits.url.max, `机器人地址最长 ${noticeLimits.url.max} 个字符`)
    .optional(),
  secret: z
    .string()
    .trim()
    .min(1, "加签密钥不能为空")
    .max(noticeLimits.secret.max, `加签密钥最长 ${noticeLimits.secret.max} 个字符`)
    .regex(/^[\x21-\x7e]+$/, "加签密钥只能包含英文字母、数字和符号")
    .nullable()
    .optional(),
  enabled: z.boolean({ error: "请选择是否启用" }),
  allowIntranet: z.boolean({ error: "请选择是否允许内网地址" }),
});

/** To-do kinds of the bell. */
export const todoKinds = [
  "fill",
  "review",
  "rate",
  "appeal",
  "deadline",
  "notice",
  "remind",
] as const;

/** One to-do of the bell: what, how many, in which round, where to go. */
export const todoSchema = z.object({
  kind: z.enum(todoKinds),
  label: z.string(),
  count: z.int(),
  roundId: idSchema.nullable(),
  roundTitle: z.string().nullable(),
  /** The screen to open (a path of the web app). */
  path: z.string(),
  /** For deadlines: the instant. */
  deadline: timestampSchema.nullable(),
});

/** A to-do. */
export type Todo = z.infer<typeof todoSchema>;

/** The caller's to-dos in his active role. */
export const todosResponseSchema = z.object({
  total: z.int(),
  items: z.array(todoSchema),
});

/** Version of a notice action (none: notices are marked read idempotently). */
export const readNoticeResponseSchema = z.object({ id: idSchema, readAt: timestampSchema });
