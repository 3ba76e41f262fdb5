/** Routes of login, logout, the session, password change, role switch and TOTP. */
import type { FastifyInstance } from "fastify";
import {
  changePasswordRequestSchema,
  loginRequestSchema,
  okResponseSchema,
  sessionResponseSchema,
  switchRoleRequestSchema,
  totpCodeRequestSchema,
  totpSetupResponseSchema,
} from "../../contract/auth.js";
import type { ServerConfig } from "../../config.js";
import { contextOf } from "../../http/context.js";
import { effectiveConfig, type SettingsReader } from "../settings/effective.js";
import { responses, typed } from "../../http/route-schema.js";
import { clearSessionCookie, setSessionCookie } from "./cookie.js";
import type { CredentialsService } from "./credentials-service.js";
import type { AuthService } from "./service.js";

const tags = ["认证"];

/** Registers the authentication routes. */
export function registerAuthRoutes(
  app: FastifyInstance,
  deps: {
    auth: AuthService;
    credentials: CredentialsService;
    config: ServerConfig;
    settings?: SettingsReader;
  },
): void {
  const { auth, credentials, config } = deps;
  const r = typed(app);
  /** Password guesses per client address and window, counted per route in the database. */
  const guessLimit = (route: string) => ({
    // Read per request: the security administrator may change it in 系统设置.
    max: () => effectiveConfig(deps).loginRateLimit.max,
    timeWindow: config.loginRateLimit.windowSeconds * 1000,
    keyGenerator: (request: { ip: string }) => `${route}|${request.ip}`,
  });
  r.post(
    "/api/auth/login",
    {
      schema: {
        tags,
        summary: "登录",
        body: loginRequestSchema,
        response: responses({ 200: sessionResponseSchema }),
      },
      config: { rateLimit: guessLimit("login") },
    },
    async (request, reply) => {
      const issued = await auth.login(contextOf(request), request.body);
      setSessionCookie(reply, request, config, issued.token);
      return issued.session;
    },
  );

  r.post(
    "/api/auth/logout",
    { schema: { tags, summary: "退出登录", response: responses({ 200: okResponseSchema }) } },
    async (request, reply) => {
      await auth.logout(contextOf(request));
      clearSessionCookie(reply, request, config);
      return { ok: true as const };
    },
  );

  r.get(
    "/api/auth/session",
    { schema: { tags, summary: "当前会话", response: responses({ 200: sessionResponseSchema }) } },
    async (request) => auth.getCurrentSession(contextOf(request)),
  );

  r.post(
    "/api/auth/password",
    {
      schema: {
        tags,
        summary: "修改本人密码",
        body: changePasswordRequestSchema,
        response: responses({ 200: sessionResponseSchema }),
      },
      config: { rateLimit: guessLimit("password") },
    },
    async (request, reply) => {
      const issued = await credentials.changePassword(contextOf(request), request.body);
      setSessionCookie(reply, request, config, issued.token);
      return issued.session;
    },
  );

  r.put(
    "/api/auth/session/role",
    {
      schema: {
        tags,
        summary: "切换当前角色",
        body: switchRoleRequestSchema,
        response: responses({ 200: sessionResponseSchema }),
      },
    },
    async (request, reply) => {
      const issued = await auth.switchRole(contextOf(request), request.body.roleAssignmentId);
      setSessionCookie(reply, request, config, issued.token);
      return issued.session;
    },
  );

  r.post(
    "/api/auth/totp/setup",
    {
      schema: {
        tags,
        summary: "获取动态验证码密钥（绑定验证器）",
        response: responses({ 200: totpSetupResponseSchema }),
      },
    },
    async (request) => credentials.setupTotp(contextOf(request)),
  );

  r.post(
    "/api/auth/totp/enable",
    {
      schema: {
        tags,
        summary: "启用动态验证码",
        body: totpCodeRequestSchema,
        response: responses({ 200: sessionResponseSchema }),
      },
    },
    async (request, reply) => {
      const issued = await credentials.enableTotp(contextOf(request), request.body.code);
      setSessionCookie(reply, request, config, issued.token);
      return issued.session;
    },
  );

  r.post(
    "/api/auth/totp/verify",
    {
      schema: {
        tags,
        summary: "登录第二步：验证动态验证码",
        body: totpCodeRequestSchema,
        response: responses({ 200: sessionResponseSchema }),
      },
    },
    async (request, reply) => {
      const issued = await credentials.verifyTotp(contextOf(request), request.body.code);
      setSessionCookie(reply, request, config, issued.token);
      return issued.session;
    },
  );
}
