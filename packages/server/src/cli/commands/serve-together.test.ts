/**
 * Replicas start together (issue 17, docs/decisions/0180): three `kaoping serve` processes
 * started at the same moment on one empty database all come up; exactly one creates the
 * administrators and prints their one-time passwords.
 */
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDialect, type TestDatabase } from "../../testing/database.js";
import { startServerProcess, type ServerProcess } from "../../testing/server-process.js";

describe(`kaoping serve started three times at once (${testDialect})`, () => {
  let database: TestDatabase | undefined;
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await database?.destroy();
  });

  it("brings every process up with one set of administrators", { timeout: 120_000 }, async () => {
    database = await createTestDatabase({ migrate: false });
    const where = {
      dataDir: database.dataDir,
      databaseUrl: database.databaseUrl,
      databaseSchema: database.databaseSchema,
    };
    const started = await Promise.allSettled([1, 2, 3].map(() => startServerProcess(where)));
    for (const outcome of started) if (outcome.status === "fulfilled") servers.push(outcome.value);
    expect(started.map((s) => (s.status === "rejected" ? String(s.reason) : "up"))).toEqual([
      "up",
      "up",
      "up",
    ]);
    const printers = servers.filter((server) => server.output().includes("一次性密码"));
    expect(printers).toHaveLength(1);
    expect(printers[0]?.output().match(/一次性密码：/g)).toHaveLength(3);
    for (const server of servers.filter((s) => !printers.includes(s)))
      expect(server.output()).toContain("使用已有数据启动");
    const users = await database.db.selectFrom("users").select("username").execute();
    expect(users.map((u) => u.username).sort()).toEqual(["admin", "auditadmin", "secadmin"]);
    for (const server of servers) expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
  });
});
