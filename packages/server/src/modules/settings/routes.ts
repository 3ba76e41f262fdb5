/** Routes of 系统设置: read both groups, save one group, and the public system name. */
import type { FastifyInstance } from "fastify";
import {
  settingsResponseSchema,
  systemNameResponseSchema,
  updateSettingsRequestSchemas,
} from "../../contract/settings.js";
import { contextOf } from "../../http/context.js";
import { responses, typed } from "../../http/route-schema.js";
import type { SettingsService } from "./service.js";

const tags = ["系统设置"];

/** Registers the settings routes. */
export function registerSettingsRoutes(
  app: FastifyInstance,
  deps: { settings: SettingsService },
): void {
  const { settings } = deps;
  const r = typed(app);

  r.get(
    "/api/system/name",
    {
      schema: {
        tags,
        summary: "系统名称与时区（登录页显示，无需登录）",
        response: responses({ 200: systemNameResponseSchema }),
      },
    },
    async () => ({ systemName: settings.systemName(), timeZone: settings.timeZone() }),
  );

  r.get(
    "/api/system/settings",
    {
      schema: {
        tags,
        summary: "系统设置：安全策略与系统参数（每项的生效值、来源和默认值）",
        response: responses({ 200: settingsResponseSchema }),
      },
    },
    async (request) => settings.read(contextOf(request)),
  );

  r.put(
    "/api/system/settings/security",
    {
      schema: {
        tags,
        summary: "保存安全策略（安全管理员；需提供读取时的 version，某项为 null 即恢复默认）",
        body: updateSettingsRequestSchemas.security,
        response: responses({ 200: settingsResponseSchema }),
      },
    },
    async (request) => settings.update(contextOf(request), "security", request.body),
  );

  r.put(
    "/api/system/settings/system",
    {
      schema: {
        tags,
        summary: "保存系统参数（系统管理员；需提供读取时的 version，某项为 null 即恢复默认）",
        body: updateSettingsRequestSchemas.system,
        response: responses({ 200: settingsResponseSchema }),
      },
    },
    async (request) => settings.update(contextOf(request), "system", request.body),
  );
}
