/**
 * The one error shape of the API and the stable error codes with their HTTP status and default
 * Chinese message. The server maps every failure into this shape; the web app parses it once.
 */
import { z } from "zod";

/** Every error code the API answers with, its HTTP status and its default message. */
export const errorCodes = {
  VALIDATION_FAILED: { status: 400, message: "提交的数据不符合要求，请检查标出的字段。" },
  PASSWORD_POLICY: { status: 400, message: "新密码不符合密码策略。" },
  TOTP_INVALID: { status: 400, message: "动态验证码错误或已使用，请输入验证器上最新的 6 位数字。" },
  UNAUTHENTICATED: { status: 401, message: "请先登录。" },
  SESSION_EXPIRED: { status: 401, message: "登录已超时，请重新登录。" },
  LOGIN_FAILED: {
    status: 401,
    message: "用户名或密码错误。连续失败多次后账户将被临时锁定。",
  },
  FORBIDDEN: { status: 403, message: "当前角色无权执行此操作。" },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: "密码已过期或为初始密码，请先修改密码。" },
  CSRF_REJECTED: {
    status: 403,
    message: "请求未通过安全校验（缺少有效的防跨站令牌或来自其他网站），请刷新页面后重试。",
  },
  MFA_REQUIRED: { status: 403, message: "请先完成动态验证码（双因素）验证。" },
  ROUTE_NOT_CLASSIFIED: { status: 403, message: "该接口尚未配置访问权限。" },
  NOT_FOUND: { status: 404, message: "记录不存在。" },
  CONFLICT: { status: 409, message: "操作与现有数据冲突。" },
  UNCONFIRMED_IMPORT: {
    status: 409,
    message: "还有把握低的导入规则未确认，请复核后再发布，或确认仍要发布。",
  },
  VERSION_CONFLICT: { status: 409, message: "该记录已被他人修改，请刷新后重新操作。" },
  ROLE_CONFLICT: {
    status: 409,
    message: "系统管理员、安全管理员、审计管理员三员互斥，且不能兼任业务角色。",
  },
  PAYLOAD_TOO_LARGE: { status: 413, message: "提交的内容过大。" },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: "不支持的内容类型。" },
  RATE_LIMITED: { status: 429, message: "请求过于频繁，请稍后再试。" },
  EVIDENCE_INTEGRITY: {
    status: 500,
    message: "文件校验失败：服务器上保存的文件已被改动或损坏，已记录审计事件，请联系管理员。",
  },
  INTERNAL: { status: 500, message: "服务器内部错误，请联系管理员并提供请求编号。" },
  UNAVAILABLE: { status: 503, message: "服务暂不可用，请稍后再试。" },
} as const satisfies Record<string, { status: number; message: string }>;

/** A stable error code. */
export type ErrorCode = keyof typeof errorCodes;

/** One field problem: the path into the request (`body.password`) and a Chinese message. */
export const fieldErrorSchema = z.object({ path: z.string(), message: z.string() });

/** The body of every error response. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(fieldErrorSchema).optional(),
    requestId: z.string(),
  }),
});

/** The body of every error response. */
export type ErrorBody = z.infer<typeof errorBodySchema>;
