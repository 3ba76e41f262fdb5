/**
 * First and second start (docs/spec/security.md row 9; issue 3 "npm start"): an empty data directory gets
 * the three administrators with one-time passwords printed once, no default password works, the
 * first login must change the password, and a second start keeps the data.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultConfig, type ServerConfig } from "../../config.js";
import { createTestDatabase, testDialect, type TestDatabase } from "../../testing/database.js";
import { TEST_HASH_COST } from "../../testing/test-app.js";
import { main, type CliContext } from "../main.js";
import { startServer } from "./serve.js";

function capture(env: Record<string, string | undefined> = {}): CliContext & { out: () => string } {
  let out = "";
  return {
    stdout: { write: (chunk: string) => ((out += chunk), true) },
    stderr: { write: (chunk: string) => ((out += chunk), true) },
    env,
    cwd: process.cwd(),
    out: () => out,
  };
}

describe(`kaoping serve (${testDialect})`, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  async function freshConfig(): Promise<{ config: ServerConfig; database: TestDatabase }> {
    const database = await createTestDatabase({ migrate: false });
    cleanups.push(database.destroy);
    const config = defaultConfig(database.dataDir);
    config.dataDir = database.dataDir;
    config.databaseUrl = database.databaseUrl;
    config.databaseSchema = database.databaseSchema;
    config.port = 0;
    config.host = "127.0.0.1";
    config.logLevel = "silent";
    config.passwordHashCost = TEST_HASH_COST;
    return { config, database };
  }

  const loginOver = (
    app: Awaited<ReturnType<typeof startServer>>,
    username: string,
    password: string,
  ) => app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password } });

  it("creates the administrators once with printed one-time passwords, and keeps the data on a second start", async () => {
    const { config } = await freshConfig();
    const first = capture();
    const app = await startServer(config, first);
    const printed = /系统管理员\s+用户名 admin\s+一次性密码：(\S+)/.exec(first.out());
    expect(printed, first.out()).not.toBeNull();
    expect(first.out()).toContain("secadmin");
    expect(first.out()).toContain("auditadmin");
    const password = printed?.[1] ?? "";
    const initial = () =>
      app.db
        .selectFrom("audit_log")
        .select(["actor_username", "detail"])
        .where("action", "=", "system.initial_account")
        .execute();
    expect((await initial()).map((row) => JSON.parse(row.detail).after.username).sort()).toEqual([
      "admin",
      "auditadmin",
      "secadmin",
    ]);

    for (const [username, guess] of [
      ["admin", "admin"],
      ["admin", "123456"],
      ["admin", "admin123"],
      ["admin", ""],
      ["root", "root"],
    ]) {
      const response = await loginOver(app, username ?? "", guess ?? "");
      expect([400, 401]).toContain(response.statusCode);
    }
    const login = await loginOver(app, "admin", password);
    expect(login.statusCode).toBe(200);
    expect(login.json().stage).toBe("password_change_required");
    expect(login.json().activeRole.role).toBe("system_admin");
    const cookie = `kaoping_sid=${login.cookies.find((c) => c.name === "kaoping_sid")?.value}`;
    const csrf = login.cookies.find((c) => c.name === "kaoping_csrf")?.value ?? "";
    const changed = await app.inject({
      method: "POST",
      url: "/api/auth/password",
      headers: { cookie, "x-csrf-token": csrf },
      payload: { currentPassword: password, newPassword: "County-Boss-2026" },
    });
    expect(changed.statusCode).toBe(200);
    await app.close();

    const second = capture();
    const again = await startServer(config, second);
    expect(second.out()).toContain("使用已有数据启动");
    expect(second.out()).not.toContain("一次性密码");
    expect((await loginOver(again, "admin", "County-Boss-2026")).json().stage).toBe("active");
    await again.close();
  });

  it("removes evidence files a kill -9 left behind (staged, unreferenced) when it starts", async () => {
    const { config } = await freshConfig();
    const evidence = path.join(config.dataDir, "evidence");
    const staged = path.join(evidence, "tmp", "0123456789abcdef0123456789abcdef");
    const orphan = path.join(evidence, "ab", "cd", `abcd${"0".repeat(60)}`);
    const old = new Date(config.clock().getTime() - 60 * 60 * 1000);
    for (const file of [staged, orphan]) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, "left by a crash");
      fs.utimesSync(file, old, old);
    }
    const app = await startServer(config, capture());
    expect(fs.existsSync(staged)).toBe(false);
    expect(fs.existsSync(orphan)).toBe(false);
    await app.close();
  });

  it("takes the administrator password from KAOPING_ADMIN_PASSWORD without printing it", async () => {
    const { config } = await freshConfig();
    const ctx = capture({ KAOPING_ADMIN_PASSWORD: "Given-Pass-2026x" });
    const app = await startServer(config, ctx);
    expect(ctx.out()).not.toContain("Given-Pass-2026x");
    expect(ctx.out()).toContain("环境变量");
    const login = await loginOver(app, "admin", "Given-Pass-2026x");
    expect(login.json().stage).toBe("password_change_required");
    await app.close();
  });

  it("refuses to start with a weak KAOPING_ADMIN_PASSWORD", async () => {
    const { config } = await freshConfig();
    await expect(startServer(config, capture({ KAOPING_ADMIN_PASSWORD: "admin" }))).rejects.toThrow(
      /KAOPING_ADMIN_PASSWORD 不符合密码策略/,
    );
  });

  it("applies migrations with `kaoping migrate`, then has nothing left to do", async () => {
    const database = await createTestDatabase({ migrate: false });
    cleanups.push(database.destroy);
    const env = { DATABASE_URL: database.databaseUrl, DATABASE_SCHEMA: database.databaseSchema };
    const first = capture(env);
    expect(await main(["migrate", "--data-dir", database.dataDir], first)).toBe(0);
    expect(first.out()).toContain("0001-foundation");
    const second = capture(env);
    expect(await main(["migrate", "--data-dir", database.dataDir], second)).toBe(0);
    expect(second.out()).toContain("数据库已是最新");
  });

  it("creates the SQLite database under --data-dir when no DATABASE_URL is set", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kaoping-migrate-"));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    expect(await main(["migrate", "--data-dir", path.join(dir, "data")], capture())).toBe(0);
    expect(fs.existsSync(path.join(dir, "data", "kaoping.sqlite"))).toBe(true);
  });
});
