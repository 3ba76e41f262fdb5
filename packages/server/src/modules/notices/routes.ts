/** Routes of 催报, notices, organisations' webhooks and the bell (decision 0213). */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { idParamsSchema } from "../../contract/common.js";
import {
  noticeSchema,
  readNoticeResponseSchema,
  roundRemindersResponseSchema,
  sendRemindersRequestSchema,
  sendRemindersResponseSchema,
  todosResponseSchema,
  updateWebhookRequestSchema,
  webhookSchema,
} from "../../contract/notices.js";
import { contextOf } from "../../http/context.js";
import { responses, typed } from "../../http/route-schema.js";
import type { NoticesService } from "./service.js";
import type { createTodoFunctions } from "./todos.js";

const tags = ["催报与待办"];

/** Registers the notices routes. */
export function registerNoticeRoutes(
  app: FastifyInstance,
  deps: { notices: NoticesService; todos: ReturnType<typeof createTodoFunctions> },
): void {
  const { notices, todos } = deps;
  const r = typed(app);

  r.post(
    "/api/rounds/:id/reminders",
    {
      schema: {
        tags,
        summary: "催报：提醒尚未提交自评的单位",
        params: idParamsSchema,
        body: sendRemindersRequestSchema,
        response: responses({ 200: sendRemindersResponseSchema }),
      },
    },
    async (request) => notices.sendReminders(contextOf(request), request.params.id, request.body),
  );

  r.get(
    "/api/rounds/:id/reminders",
    {
      schema: {
        tags,
        summary: "催报记录与机器人发送情况",
        params: idParamsSchema,
        response: responses({ 200: roundRemindersResponseSchema }),
      },
    },
    async (request) => notices.roundReminders(contextOf(request), request.params.id),
  );

  r.get(
    "/api/notices",
    {
      schema: {
        tags,
        summary: "本单位收到的通知（催报）",
        response: responses({ 200: z.array(noticeSchema) }),
      },
    },
    async (request) => notices.listNotices(contextOf(request)),
  );

  r.post(
    "/api/notices/:id/read",
    {
      schema: {
        tags,
        summary: "标记通知为已读",
        params: idParamsSchema,
        body: z.strictObject({}),
        response: responses({ 200: readNoticeResponseSchema }),
      },
    },
    async (request) => notices.readNotice(contextOf(request), request.params.id),
  );

  r.get(
    "/api/organisations/:id/webhook",
    {
      schema: {
        tags,
        summary: "机构的群机器人设置（地址已遮盖，不含密钥）",
        params: idParamsSchema,
        response: responses({ 200: webhookSchema }),
      },
    },
    async (request) => notices.getWebhook(contextOf(request), request.params.id),
  );

  r.put(
    "/api/organisations/:id/webhook",
    {
      schema: {
        tags,
        summary: "设置机构的群机器人（政务钉钉 / 企业微信）",
        params: idParamsSchema,
        body: updateWebhookRequestSchema,
        response: responses({ 200: webhookSchema }),
      },
    },
    async (request) => notices.updateWebhook(contextOf(request), request.params.id, request.body),
  );

  r.get(
    "/api/me/todos",
    {
      schema: {
        tags,
        summary: "本人当前角色的待办（铃铛）",
        response: responses({ 200: todosResponseSchema }),
      },
    },
    async (request) => todos.todos(contextOf(request)),
  );
}
