/**
 * 系统设置 through the API: who reads and who changes which group, bounds with Chinese messages
 * naming the field, versions (stale → 409), audit with the values before and after, "恢复默认",
 * and that a saved value takes effect at once for the code that uses it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../contract/roles.js";
import type { OrganisationRow, UserRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import { buildOrganisation, buildUser, login, sessionCookieFor } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import type { AuditWriter } from "../audit/writer.js";

describe(`settings (${testDialect})`, () => {
  let t: TestApp;
  let org: OrganisationRow;
  const users = {} as Record<Role, UserRow>;
  // A fresh session per request: some tests move the clock past the idle timeout.
  const cookieOf = (role: Role) => sessionCookieFor(t.app, t.db, users[role], t.clock.now());

  beforeAll(async () => {
    t = await createTestApp({
      configure: (config) => {
        // As if KAOPING_SESSION_IDLE_MINUTES=20 were set.
        config.session.idleTimeoutMinutes = 20;
      },
    });
    org = await buildOrganisation(t.db, { type: "county" });
    for (const role of [
      "system_admin",
      "security_admin",
      "audit_admin",
      "assessment_admin",
    ] as const) {
      users[role] = (await buildUser(t.db, { organisation: org, roles: [{ role }] })).user;
    }
  });
  afterAll(async () => t.close());

  const read = async (role: Role) =>
    t.app.inject({
      method: "GET",
      url: "/api/system/settings",
      headers: { cookie: await cookieOf(role) },
    });
  const save = async (role: Role, group: "security" | "system", payload: Record<string, unknown>) =>
    t.app.inject({
      method: "PUT",
      url: `/api/system/settings/${group}`,
      headers: { cookie: await cookieOf(role) },
      payload,
    });
  const versionOf = async (group: "security" | "system") =>
    (await read("security_admin")).json()[group].version as number;

  it("shows each field's value, source and default to the three administrators; each may edit only its own group", async () => {
    for (const role of ["system_admin", "security_admin", "audit_admin"] as const) {
      const response = await read(role);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json();
      expect(body.security.editable).toBe(role === "security_admin");
      expect(body.system.editable).toBe(role === "system_admin");
      expect(body.security.fields.lockoutFailures).toEqual({
        value: 5,
        source: "default",
        defaultValue: 5,
        defaultSource: "default",
      });
      expect(body.security.fields.idleMinutes).toEqual({
        value: 20,
        source: "environment",
        defaultValue: 20,
        defaultSource: "environment",
      });
      expect(body.system.fields.evidenceMaxFileMb).toMatchObject({ value: 20, source: "default" });
      expect(body.system.fields.systemName.value).toBe("医疗保障工作目标考核与绩效评价系统");
    }
    expect((await read("assessment_admin")).statusCode).toBe(403);
  });

  it("lets only the security administrator change 安全策略 and only the system administrator 系统参数", async () => {
    const version = await versionOf("security");
    for (const role of ["system_admin", "audit_admin", "assessment_admin"] as const) {
      const response = await save(role, "security", { version, lockoutMinutes: 30 });
      expect(response.statusCode, role).toBe(403);
    }
    for (const role of ["security_admin", "audit_admin"] as const) {
      const response = await save(role, "system", {
        version: await versionOf("system"),
        evidenceMaxFilesPerItem: 5,
      });
      expect(response.statusCode, role).toBe(403);
    }
    expect(await versionOf("security")).toBe(version);
  });

  it.each([
    ["lockoutFailures", 6, "登录失败锁定次数应为 3–5 次"],
    ["lockoutFailures", 2, "登录失败锁定次数应为 3–5 次"],
    ["idleMinutes", 31, "会话空闲超时应为 5–30 分钟"],
    ["absoluteHours", 13, "会话最长时间应为 1–12 小时"],
    ["maxAgeDays", 0, "密码有效期应为 7–90 天"],
    ["historySize", 4, "密码历史应为 5–24 次"],
    ["lockoutMinutes", 14, "锁定时长应为 15–1440 分钟"],
    ["loginRateLimitPerMinute", 1000, "登录频率限制应为 5–300 次/分钟"],
    ["lockoutMinutes", 20.5, "锁定时长应为整数"],
    ["totpRequiredForAdministrators", "yes", "管理员必须使用动态口令应为开启或关闭"],
  ])("refuses %s = %j with a Chinese message naming the field", async (key, value, message) => {
    const version = await versionOf("security");
    const response = await save("security_admin", "security", { version, [key]: value });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toContainEqual({ path: `body.${key}`, message });
    expect(await versionOf("security")).toBe(version);
  });

  it("refuses an unknown field and a system name that is blank or too long", async () => {
    const version = await versionOf("system");
    const unknown = await save("system_admin", "system", { version, colour: "red" });
    expect(unknown.statusCode).toBe(400);
    const blank = await save("system_admin", "system", { version, systemName: "   " });
    expect(blank.json().error.fields).toContainEqual({
      path: "body.systemName",
      message: "请输入系统名称",
    });
    const long = await save("system_admin", "system", { version, systemName: "名".repeat(65) });
    expect(long.json().error.fields).toContainEqual({
      path: "body.systemName",
      message: "系统名称最长 64 个字符",
    });
  });

  it("saves with the version read, audits the values before and after once, and refuses a stale version with 409", async () => {
    const version = await versionOf("security");
    const saved = await save("security_admin", "security", {
      version,
      lockoutMinutes: 30,
      historySize: 8,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const body = saved.json();
    expect(body.security.version).toBe(version + 1);
    expect(body.security.fields.lockoutMinutes).toMatchObject({
      value: 30,
      source: "saved",
      defaultValue: 15,
    });
    expect(body.security.updatedBy).toMatch(/^user/);

    const rows = await t.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "settings.update")
      .where("object_id", "=", "security")
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actor_role).toBe("security_admin");
    expect(JSON.parse(rows[0]!.detail)).toEqual({
      before: {},
      after: { lockoutMinutes: 30, historySize: 8 },
    });

    const stale = await save("security_admin", "security", { version, lockoutMinutes: 60 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: "VERSION_CONFLICT",
      message: "该设置已被他人修改，请刷新后重新操作（您的修改未保存）。",
    });
    const after = (await read("audit_admin")).json();
    expect(after.security.fields.lockoutMinutes.value).toBe(30);
  });

  it("restores the environment or default value when a field is saved as null", async () => {
    const version = await versionOf("security");
    await save("security_admin", "security", { version, idleMinutes: 10 });
    const set = (await read("security_admin")).json().security.fields.idleMinutes;
    expect(set).toMatchObject({
      value: 10,
      source: "saved",
      defaultValue: 20,
      defaultSource: "environment",
    });
    const restored = await save("security_admin", "security", {
      version: version + 1,
      idleMinutes: null,
    });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json().security.fields.idleMinutes).toMatchObject({
      value: 20,
      source: "environment",
    });
    // Other saved fields are kept.
    expect(restored.json().security.fields.lockoutMinutes).toMatchObject({
      value: 30,
      source: "saved",
    });
  });

  it("shows the system name to anyone, and a saved name at once", async () => {
    const before = await t.app.inject({ method: "GET", url: "/api/system/name" });
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual({
      systemName: "医疗保障工作目标考核与绩效评价系统",
      timeZone: "Asia/Shanghai",
    });
    const saved = await save("system_admin", "system", {
      version: await versionOf("system"),
      systemName: "  示例县医保考核系统  ",
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = await t.app.inject({ method: "GET", url: "/api/system/name" });
    expect(after.json()).toEqual({ systemName: "示例县医保考核系统", timeZone: "Asia/Shanghai" });
  });

  it("ends idle sessions after the saved idle time, at once", async () => {
    const { user } = await buildUser(t.db, { organisation: org, roles: [{ role: "viewer" }] });
    const cookie = await sessionCookieFor(t.app, t.db, user, t.clock.now());
    const session = () =>
      t.app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie } });
    expect((await session()).statusCode).toBe(200);
    t.clock.advanceMinutes(12);
    expect((await session()).statusCode, "12 minutes idle is within the environment's 20").toBe(
      200,
    );
    const version = await versionOf("security");
    await save("security_admin", "security", { version, idleMinutes: 10 });
    t.clock.advanceMinutes(11);
    const expired = await session();
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe("SESSION_EXPIRED");
    await save("security_admin", "security", { version: version + 1, idleMinutes: null });
  });

  it("locks an account after the saved number of failures", async () => {
    const { user, password } = await buildUser(t.db, {
      organisation: org,
      roles: [{ role: "viewer" }],
    });
    const version = await versionOf("security");
    const saved = await save("security_admin", "security", { version, lockoutFailures: 3 });
    expect(saved.statusCode, saved.body).toBe(200);
    for (let i = 0; i < 3; i += 1)
      expect((await login(t.app, user.username, "Wrong-pass-1")).status).toBe(401);
    const locked = await login(t.app, user.username, password);
    expect(locked.status, "the right password after 3 failures").toBe(401);
    const row = await t.db
      .selectFrom("users")
      .select("locked_until")
      .where("id", "=", user.id)
      .executeTakeFirstOrThrow();
    // Locked for the saved 30 minutes, not the default 15.
    expect(Date.parse(row.locked_until!) - t.clock.now().getTime()).toBe(30 * 60_000);
  });

  it("asks for a new password once it is older than the saved maximum age", async () => {
    const changed = new Date(t.clock.now().getTime() - 10 * 86_400_000);
    const { user, password } = await buildUser(t.db, {
      organisation: org,
      roles: [{ role: "viewer" }],
      passwordChangedAt: changed,
    });
    expect((await login(t.app, user.username, password)).body.stage).toBe("active");
    await save("security_admin", "security", {
      version: await versionOf("security"),
      maxAgeDays: 7,
    });
    const after = await login(t.app, user.username, password);
    expect(after.body.stage).toBe("password_change_required");
  });

  it("refuses reuse of the saved number of earlier passwords and names it", async () => {
    const { user, password } = await buildUser(t.db, {
      organisation: org,
      roles: [{ role: "viewer" }],
    });
    const cookie = await sessionCookieFor(t.app, t.db, user, t.clock.now());
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/password",
      headers: { cookie },
      payload: { currentPassword: password, newPassword: password },
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain("不能与最近 8 次使用过的密码相同");
  });

  it("requires the second factor of an administrator's session at once when turned on", async () => {
    const { user } = await buildUser(t.db, { organisation: org, roles: [{ role: "audit_admin" }] });
    const cookie = await sessionCookieFor(t.app, t.db, user, t.clock.now());
    const session = await t.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie },
    });
    expect(session.json().stage).toBe("active");
    // The session factory marks the second factor passed; a new login has not passed it.
    const fresh = await buildUser(t.db, { organisation: org, roles: [{ role: "audit_admin" }] });
    await save("security_admin", "security", {
      version: await versionOf("security"),
      totpRequiredForAdministrators: true,
    });
    const loggedIn = await login(t.app, fresh.user.username, fresh.password);
    expect(loggedIn.body.stage).toBe("mfa_enrollment_required");
    const audit = await t.app.inject({
      method: "GET",
      url: "/api/audit",
      headers: { cookie: loggedIn.cookie },
    });
    expect(audit.statusCode).toBe(403);
    await save("security_admin", "security", {
      version: await versionOf("security"),
      totpRequiredForAdministrators: null,
    });
    expect((await login(t.app, fresh.user.username, fresh.password)).body.stage).toBe("active");
  });
});

describe(`settings that limit requests (${testDialect})`, () => {
  it("answers 429 after the saved number of logins per minute", async () => {
    const t = await createTestApp();
    try {
      const org = await buildOrganisation(t.db, { type: "county" });
      const { user } = await buildUser(t.db, {
        organisation: org,
        roles: [{ role: "security_admin" }],
      });
      const cookie = await sessionCookieFor(t.app, t.db, user, t.clock.now());
      const saved = await t.app.inject({
        method: "PUT",
        url: "/api/system/settings/security",
        headers: { cookie },
        payload: { version: 1, loginRateLimitPerMinute: 5 },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1)
        statuses.push((await login(t.app, "nobody", "Wrong-pass-1")).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    } finally {
      await t.close();
    }
  });

  it("keeps everything unchanged when the audit write fails", async () => {
    const failing: AuditWriter = async () => {
      throw new Error("audit storage unavailable");
    };
    const t = await createTestApp({ auditWriter: failing });
    try {
      const org = await buildOrganisation(t.db, { type: "county" });
      const { user } = await buildUser(t.db, {
        organisation: org,
        roles: [{ role: "system_admin" }],
      });
      const cookie = await sessionCookieFor(t.app, t.db, user, t.clock.now());
      const response = await t.app.inject({
        method: "PUT",
        url: "/api/system/settings/system",
        headers: { cookie },
        payload: { version: 1, systemName: "不会保存" },
      });
      expect(response.statusCode).toBe(500);
      const row = await t.db
        .selectFrom("settings")
        .selectAll()
        .where("group_key", "=", "system")
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ version: 1, saved_values: "{}" });
      const name = await t.app.inject({ method: "GET", url: "/api/system/name" });
      expect(name.json().systemName).toBe("医疗保障工作目标考核与绩效评价系统");
    } finally {
      await t.close();
    }
  });
});
