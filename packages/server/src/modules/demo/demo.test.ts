/**
 * `kaoping demo` on an empty database, through the command itself: the expected organisations,
 * accounts, rounds in their states, snapshots, ratings and evidence; 示例开发区's self-evaluation
 * totals 99 through the API; a second run refuses and changes nothing; the audit chain holds.
 * SQLite runs in memory-backed storage when available (the demo makes ~1,300 transactions, each
 * synced to disk by `synchronous = FULL`).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.js";
import type { CliContext } from "../../cli/main.js";
import { main } from "../../cli/main.js";
import { loadConfig } from "../../config.js";
import { openDatabase, type Db } from "../../db/database.js";
import { createTestDatabase, testDialect, type TestDatabase } from "../../testing/database.js";
import { login } from "../../testing/factories.js";
import { DEMO_PASSWORD } from "./people.js";

function captureContext(
  env: Record<string, string | undefined>,
): CliContext & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: { write: (chunk: string) => ((out += chunk), true) },
    stderr: { write: (chunk: string) => ((err += chunk), true) },
    env,
    cwd: process.cwd(),
    out: () => out,
    err: () => err,
  };
}

describe(`kaoping demo (${testDialect})`, () => {
  let database: TestDatabase;
  let dataDir: string;
  let env: Record<string, string | undefined>;
  let db: Db;
  let output: string;
  let status: number;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    const fast = fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir();
    dataDir =
      database.databaseUrl === undefined
        ? fs.mkdtempSync(path.join(fast, "kaoping-demo-"))
        : database.dataDir;
    env = { DATABASE_URL: database.databaseUrl, DATABASE_SCHEMA: database.databaseSchema };
    const ctx = captureContext(env);
    status = await main(["demo", "--data-dir", dataDir], ctx);
    output = ctx.out() + ctx.err();
    db = openDatabase({
      databaseUrl: database.databaseUrl,
      databaseSchema: database.databaseSchema,
      dataDir,
    });
  }, 180_000);
  afterAll(async () => {
    await db.destroy();
    await database.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const count = async (table: string, where = sql`1 = 1`) =>
    Number(
      (
        await sql<{
          n: string | number;
        }>`select count(*) as n from ${sql.table(table)} where ${where}`.execute(db)
      ).rows[0]?.n,
    );

  it("runs, prints every account with the demo password and a warning", () => {
    expect(status, output).toBe(0);
    expect(output).toContain(`密码均为 ${DEMO_PASSWORD}`);
    expect(output).toContain("警告");
    for (const username of [
      "demo_sysadmin",
      "sx_kaohe",
      "sx_shenhe1",
      "sx_pingyi1",
      "sx_chakan",
      "chengguan_tb",
      "changle_fz",
      "kfq_tb",
    ])
      expect(output).toContain(username);
  });

  it("creates the organisations and one account per role", async () => {
    expect(await count("organisations", sql`code like 'DEMO-%'`)).toBe(21);
    expect(
      await count("organisations", sql`type in ('township', 'street') and code like 'DEMO-T-%'`),
    ).toBe(12);
    expect(await count("organisations", sql`type = 'department'`)).toBe(4);
    expect(await count("users")).toBe(42);
    const roles = (await db.selectFrom("role_assignments").select("role").distinct().execute())
      .map((r) => r.role)
      .sort();
    expect(roles).toEqual([
      "assessment_admin",
      "audit_admin",
      "rater",
      "reviewer",
      "security_admin",
      "system_admin",
      "unit_filler",
      "unit_head",
      "viewer",
    ]);
  });

  it("creates the rounds in their states with units in every status", async () => {
    const rounds = await db
      .selectFrom("rounds")
      .select(["id", "title", "state", "year"])
      .orderBy("title")
      .execute();
    expect(rounds.map((r) => [r.title, r.state])).toEqual([
      ["2021年度乡镇（街道）医疗保障工作目标考核", "final"],
      ["2021年度城乡医疗救助工作绩效评价", "review"],
      ["2022年度乡镇（街道）医疗保障工作目标考核", "review"],
    ]);
    const [final2021, , review2022] = rounds;
    const statuses = await db
      .selectFrom("round_units")
      .select(["status", sql<number>`count(*)`.as("n")])
      .where("round_id", "=", review2022!.id)
      .groupBy("status")
      .execute();
    expect(Object.fromEntries(statuses.map((s) => [s.status, Number(s.n)]))).toEqual({
      accepted: 5,
      submitted: 5,
      returned: 1,
      draft: 1,
    });
    expect(
      await count("round_units", sql`round_id = ${final2021!.id} and status = 'accepted'`),
    ).toBe(12);
    expect(await count("ratings")).toBe(36);
    expect(await count("appeals")).toBe(2);
    const snapshots = await db
      .selectFrom("result_snapshots")
      .select(["kind"])
      .where("round_id", "=", final2021!.id)
      .orderBy("sequence")
      .execute();
    expect(snapshots.map((s) => s.kind).slice(0, 2)).toEqual(["published", "appeal"]);
    expect(await count("facts", sql`source = 'review' and reason is not null`)).toBeGreaterThan(0);
    // 2021: three files per township; 2022: two uploads and three picks from the material
    // library per submitted township; the medical-aid round: three.
    expect(await count("evidence_files")).toBe(12 * 3 + 11 * 5 + 3);
    const attachments2022 = await db
      .selectFrom("evidence_files")
      .innerJoin("round_units", "round_units.id", "evidence_files.round_unit_id")
      .select(["evidence_files.id", "evidence_files.sha256", "round_units.unit_id"])
      .where("round_units.round_id", "=", review2022!.id)
      .execute();
    const reused = await db
      .selectFrom("audit_log")
      .select("object_id")
      .where("action", "=", "evidence.attach")
      .execute();
    const reusedIds = new Set(reused.map((row) => row.object_id));
    const fromLibrary = attachments2022.filter((row) => reusedIds.has(row.id));
    // Every pick is one of the unit's own stored files, so the round saves that many uploads.
    expect(fromLibrary).toHaveLength(11 * 3);
    expect(attachments2022.length - fromLibrary.length).toBe(11 * 2);
    const uploadedByUnit = await db
      .selectFrom("evidence_files")
      .innerJoin("round_units", "round_units.id", "evidence_files.round_unit_id")
      .select(["evidence_files.sha256", "round_units.unit_id"])
      .where("evidence_files.id", "not in", [...reusedIds])
      .execute();
    const stored = new Set(uploadedByUnit.map((row) => `${row.unit_id}/${row.sha256}`));
    for (const row of fromLibrary) expect(stored.has(`${row.unit_id}/${row.sha256}`)).toBe(true);
    expect(await count("narratives")).toBeGreaterThan(100);
    expect(await count("scheme_versions")).toBe(3);
  });

  it("reproduces 示例开发区's self-evaluation (total 99) through the API", async () => {
    const config = loadConfig(["--data-dir", dataDir], env, process.cwd());
    config.logLevel = "silent";
    const app = await buildApp(config, { db });
    try {
      const session = await login(app, "kfq_tb", DEMO_PASSWORD);
      expect(session.status).toBe(200);
      const rounds = await app.inject({
        method: "GET",
        url: "/api/rounds",
        headers: { cookie: session.cookie },
      });
      const round = rounds
        .json()
        .items.find((r: { title: string }) => r.title.includes("城乡医疗救助"));
      const zone = await db
        .selectFrom("organisations")
        .select("id")
        .where("code", "=", "DEMO-ETDZ")
        .executeTakeFirstOrThrow();
      const view = await app.inject({
        method: "GET",
        url: `/api/rounds/${round.id}/units/${zone.id}/self-assessment`,
        headers: { cookie: session.cookie },
      });
      expect(view.statusCode, view.body).toBe(200);
      expect(view.json().score).toMatchObject({ total: "99", complete: true });
      expect(view.json().roundUnit.status).toBe("submitted");
    } finally {
      await app.close();
    }
  });

  it("refuses a second run and keeps the audit chain intact", async () => {
    const ctx = captureContext(env);
    expect(await main(["demo", "--data-dir", dataDir], ctx)).toBe(1);
    expect(ctx.err()).toContain("演示数据已存在");
    expect(await count("users")).toBe(42);
    const again = captureContext(env);
    expect(await main(["demo", "--data-dir", dataDir, "--keep-existing"], again)).toBe(0);
    expect(again.out()).toContain("保持不变");
    expect(await count("users")).toBe(42);
    const verify = captureContext(env);
    expect(
      await main(["audit", "verify", "--data-dir", dataDir], verify),
      verify.out() + verify.err(),
    ).toBe(0);
  });
});
