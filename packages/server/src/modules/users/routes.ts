/** Routes of accounts and role assignments. */
import multipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import { idParamsSchema, pageSchema } from "../../contract/common.js";
import {
  createUserRequestSchema,
  grantRoleRequestSchema,
  listUsersQuerySchema,
  roleAssignmentParamsSchema,
  updateUserRequestSchema,
  userSchema,
  userWithPasswordResponseSchema,
  usersImportResponseSchema,
} from "../../contract/users.js";
import { attachmentDisposition, downloadSecurityHeaders } from "../../http/download-headers.js";
import { uploadedFile } from "../../http/uploaded-file.js";
import { contextOf } from "../../http/context.js";
import { responses, typed } from "../../http/route-schema.js";
import { maxImportBytes } from "./bulk-import.js";
import type { UsersService } from "./service.js";

const tags = ["用户与角色"];
const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Registers the account routes. */
export function registerUserRoutes(app: FastifyInstance, deps: { users: UsersService }): void {
  const { users } = deps;
  const r = typed(app);

  r.get(
    "/api/users",
    {
      schema: {
        tags,
        summary: "用户列表（分页、排序、筛选）",
        querystring: listUsersQuerySchema,
        response: responses({ 200: pageSchema(userSchema) }),
      },
    },
    async (request) => {
      const { page, pageSize, sort, ...filters } = request.query;
      return users.list(contextOf(request), filters, { page, pageSize, sort });
    },
  );

  r.get(
    "/api/users/:id",
    {
      schema: {
        tags,
        summary: "用户详情",
        params: idParamsSchema,
        response: responses({ 200: userSchema }),
      },
    },
    async (request) => users.get(contextOf(request), request.params.id),
  );

  r.post(
    "/api/users",
    {
      schema: {
        tags,
        summary: "新建用户（返回一次性初始密码，仅显示一次）",
        body: createUserRequestSchema,
        response: responses({ 201: userWithPasswordResponseSchema }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await users.create(contextOf(request), request.body)),
  );

  r.patch(
    "/api/users/:id",
    {
      schema: {
        tags,
        summary: "修改用户（姓名、机构、停用/启用）",
        params: idParamsSchema,
        body: updateUserRequestSchema,
        response: responses({ 200: userSchema }),
      },
    },
    async (request) => users.update(contextOf(request), request.params.id, request.body),
  );

  r.post(
    "/api/users/:id/password-reset",
    {
      schema: {
        tags,
        summary: "重置密码（返回一次性密码，首次登录须修改）",
        params: idParamsSchema,
        response: responses({ 200: userWithPasswordResponseSchema }),
      },
    },
    async (request) => users.resetPassword(contextOf(request), request.params.id),
  );

  r.post(
    "/api/users/:id/unlock",
    {
      schema: {
        tags,
        summary: "解除锁定",
        params: idParamsSchema,
        response: responses({ 200: userSchema }),
      },
    },
    async (request) => users.unlock(contextOf(request), request.params.id),
  );

  r.post(
    "/api/users/:id/totp-reset",
    {
      schema: {
        tags,
        summary: "重置动态验证码（双因素）",
        params: idParamsSchema,
        response: responses({ 200: userSchema }),
      },
    },
    async (request) => users.resetTotp(contextOf(request), request.params.id),
  );

  r.post(
    "/api/users/:id/roles",
    {
      schema: {
        tags,
        summary: "授予角色",
        params: idParamsSchema,
        body: grantRoleRequestSchema,
        response: responses({ 200: userSchema }),
      },
    },
    async (request) => users.grantRole(contextOf(request), request.params.id, request.body),
  );

  r.delete(
    "/api/users/:id/roles/:assignmentId",
    {
      schema: {
        tags,
        summary: "撤销角色",
        params: roleAssignmentParamsSchema,
        response: responses({ 200: userSchema }),
      },
    },
    async (request) =>
      users.revokeRole(contextOf(request), request.params.id, request.params.assignmentId),
  );

  r.get(
    "/api/users/import-template",
    { schema: { tags, summary: "下载批量导入用户模板（.xlsx）" } },
    async (request, reply) => {
      const bytes = await users.importTemplate(contextOf(request));
      return reply
        .headers(downloadSecurityHeaders)
        .header("content-type", xlsx)
        .header("content-disposition", attachmentDisposition("批量导入用户模板.xlsx"))
        .header("content-length", bytes.length)
        .send(bytes);
    },
  );

  app.register(async (scope) => {
    await scope.register(multipart, {
      throwFileSizeLimit: false,
      limits: {
        fileSize: maxImportBytes,
        files: 1,
        fields: 0,
        parts: 1,
        fieldNameSize: 100,
        headerPairs: 20,
      },
    });
    typed(scope).post(
      "/api/users/import",
      {
        schema: {
          tags,
          summary:
            "上传填好的批量导入用户模板（.xlsx，字段 file）：全部新建或全部不建，返回各用户的一次性初始密码（仅显示一次）",
          consumes: ["multipart/form-data"],
          response: responses({ 201: usersImportResponseSchema }),
        },
      },
      async (request, reply) => {
        const file = await uploadedFile(request, maxImportBytes);
        return reply.status(201).send(await users.importUsers(contextOf(request), file));
      },
    );
  });
}
