/**
 * Backup and restore (docs/spec/security.md rows 21 and 23) through the commands, on the demo's data
 * (rounds in every state, evidence files, ratings, snapshots, a long audit log): backup →
 * restore into an empty database and data directory → every table equal row for row, the audit
 * chain intact and continued, every evidence file's digest checked. A damaged or edited backup,
 * or a target that is not empty, is refused and leaves nothing behind. On PostgreSQL the backup
 * is also restored into SQLite (the format is the same for both).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliContext } from "../../cli/main.js";
import { main } from "../../cli/main.js";
import { openDatabase, type Db } from "../../db/database.js";
import type { AnyDb } from "../../db/dialect.js";
import { createTestDatabase, testDialect, type TestDatabase } from "../../testing/database.js";
import { verifyAuditChain } from "../audit/service.js";
import { MANIFEST_FILE, manifestSchema } from "./manifest.js";
import { listApplicationTables } from "./repository.js";
import { backupTables, tablesLeftOut } from "./tables.js";

function run(args: string[], env: Record<string, string | undefined>) {
  let out = "";
  let err = "";
  const ctx: CliContext = {
    stdout: { write: (chunk: string) => ((out += chunk), true) },
    stderr: { write: (chunk: string) => ((err += chunk), true) },
    env,
    cwd: os.tmpdir(),
  };
  return main(args, ctx).then((status) => ({ status, out, err }));
}

/** Every row of every backed-up table, in a stable order. */
async function dump(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of backupTables) {
    let query = (db as unknown as AnyDb).selectFrom(table.name).selectAll();
    for (const column of table.orderBy) query = query.orderBy(column);
    out[table.name] = await query.execute();
  }
  return out;
}

/** A database and data directory to restore into, and how the commands reach them. */
interface Target {
  database: TestDatabase;
  env: Record<string, string | undefined>;
  dataDir: string;
}

async function emptyTarget(dialect: "same" | "sqlite" = "same"): Promise<Target> {
  const saved = process.env.TEST_DATABASE_URL;
  if (dialect === "sqlite") delete process.env.TEST_DATABASE_URL;
  try {
    const database = await createTestDatabase({ migrate: false });
    return {
      database,
      dataDir: database.dataDir,
      env: { DATABASE_URL: database.databaseUrl, DATABASE_SCHEMA: database.databaseSchema },
    };
  } finally {
    if (saved !== undefined) process.env.TEST_DATABASE_URL = saved;
  }
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe(`backup and restore (${testDialect})`, () => {
  let source: Target;
  let sourceDb: Db;
  let backupDir: string;
  let backupOutput: string;
  const targets: Target[] = [];

  beforeAll(async () => {
    source = await emptyTarget();
    expect((await run(["demo", "--data-dir", source.dataDir], source.env)).status).toBe(0);
    backupDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kaoping-backup-")), "b1");
    const result = await run(["backup", "-o", backupDir, "--data-dir", source.dataDir], source.env);
    backupOutput = result.out + result.err;
    expect(result.status, backupOutput).toBe(0);
    sourceDb = openDatabase({
      databaseUrl: source.database.databaseUrl,
      databaseSchema: source.database.databaseSchema,
      dataDir: source.dataDir,
    });
  }, 180_000);

  afterAll(async () => {
    await sourceDb?.destroy();
    for (const target of [source, ...targets]) await target?.database.destroy();
    fs.rmSync(path.dirname(backupDir), { recursive: true, force: true });
  });

  const newTarget = async (dialect: "same" | "sqlite" = "same") => {
    const target = await emptyTarget(dialect);
    targets.push(target);
    return target;
  };

  it("lists every table of the schema (a new table cannot be left out of backups)", async () => {
    const expected = [...backupTables.map((t) => t.name), ...tablesLeftOut].sort();
    expect(await listApplicationTables(sourceDb)).toEqual(expected);
  });

  it("writes a manifest with every table's rows and digest, the evidence and the audit head", () => {
    const manifest = manifestSchema.parse(
      JSON.parse(fs.readFileSync(path.join(backupDir, MANIFEST_FILE), "utf8")),
    );
    expect(manifest.sourceDatabase).toBe(testDialect);
    expect(manifest.tables.map((t) => t.name)).toEqual(backupTables.map((t) => t.name));
    const rows = Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]));
    expect(rows.round_units).toBeGreaterThan(12);
    expect(rows.facts).toBeGreaterThan(100);
    expect(manifest.evidence.length).toBeGreaterThan(0);
    expect(manifest.auditHead!.seq).toBe(rows.audit_log);
    expect(backupOutput).toContain("备份完成");
    // Nothing half-made is left beside it.
    expect(fs.readdirSync(path.dirname(backupDir))).toEqual(["b1"]);
  });

  it("records the backup in the source's audit log, after the snapshot", async () => {
    const manifest = manifestSchema.parse(
      JSON.parse(fs.readFileSync(path.join(backupDir, MANIFEST_FILE), "utf8")),
    );
    const last = await sourceDb
      .selectFrom("audit_log")
      .selectAll()
      .orderBy("seq", "desc")
      .executeTakeFirstOrThrow();
    expect(last.action).toBe("system.backup");
    expect(last.seq).toBe(manifest.auditHead!.seq + 1);
    expect(JSON.parse(last.detail)).toMatchObject({ evidenceFiles: manifest.evidence.length });
  });

  const restoresExactly = async (target: Target) => {
    const result = await run(["restore", backupDir, "--data-dir", target.dataDir], target.env);
    expect(result.status, result.out + result.err).toBe(0);
    expect(result.out).toContain("哈希链完整");
    const restored = openDatabase({
      databaseUrl: target.database.databaseUrl,
      databaseSchema: target.database.databaseSchema,
      dataDir: target.dataDir,
    });
    try {
      const [before, after] = [await dump(sourceDb), await dump(restored)];
      const headSeq = (before.audit_log as { seq: number }[]).length - 1; // without system.backup
      for (const table of backupTables) {
        const want =
          table.name === "audit_log" ? before.audit_log!.slice(0, headSeq) : before[table.name];
        const got =
          table.name === "audit_log" ? after.audit_log!.slice(0, headSeq) : after[table.name];
        expect({ table: table.name, rows: got }).toEqual({ table: table.name, rows: want });
      }
      // The restore and the command's evidence check are recorded after the backup's records,
      // and the chain still holds.
      const added = after.audit_log!.slice(headSeq) as { action: string }[];
      expect(added.map((row) => row.action)).toEqual(["system.restore", "evidence.verify"]);
      const chain = await verifyAuditChain(restored);
      expect(chain.ok).toBe(true);
      expect(chain.checked).toBe(headSeq + 2);
      // Every evidence file is there with its recorded digest (checked again by the command).
      const stored = (after.evidence_files as { stored_name: string }[]).map((e) => e.stored_name);
      for (const name of stored) {
        expect(fs.existsSync(path.join(target.dataDir, "evidence", name))).toBe(true);
      }
      // Sessions are never restored.
      expect(await restored.selectFrom("sessions").selectAll().execute()).toEqual([]);
    } finally {
      await restored.destroy();
    }
  };

  it("restores into an empty database and data directory, row for row, chain and digests checked", async () => {
    await restoresExactly(await newTarget());
  }, 120_000);

  it.runIf(testDialect === "postgres")(
    "restores a PostgreSQL backup into SQLite (one format for both)",
    async () => {
      await restoresExactly(await newTarget("sqlite"));
    },
    120_000,
  );

  /** A copy of the backup with one change, restored into a fresh target: refused, nothing left. */
  const refusesDamaged = async (damage: (dir: string) => void, message: RegExp) => {
    const copy = `${backupDir}-damaged-${Math.random().toString(36).slice(2)}`;
    fs.cpSync(backupDir, copy, { recursive: true });
    damage(copy);
    const target = await newTarget();
    const result = await run(["restore", copy, "--data-dir", target.dataDir], target.env);
    expect(result.status).toBe(1);
    expect(result.err).toMatch(/恢复失败（未写入任何数据）/);
    expect(result.err).toMatch(message);
    expect(await listApplicationTables(target.database.db)).toEqual([]);
    expect(filesUnder(path.join(target.dataDir, "evidence"))).toEqual([]);
  };

  it("refuses an edited table file (digest) and writes nothing", async () => {
    await refusesDamaged((dir) => {
      const file = path.join(dir, "tables", "facts.jsonl");
      const text = fs.readFileSync(file, "utf8");
      const edited = text.replace('"version":1', '"version":2');
      expect(edited).not.toBe(text);
      fs.writeFileSync(file, edited);
    }, /facts\.jsonl 的摘要与清单不符/);
  });

  it("refuses a changed evidence file and writes nothing", async () => {
    await refusesDamaged((dir) => {
      const [file] = filesUnder(path.join(dir, "evidence"));
      const bytes = fs.readFileSync(file!);
      bytes[0] = bytes[0]! ^ 0xff;
      fs.writeFileSync(file!, bytes);
    }, /佐证材料文件 .* 的摘要不符/);
  });

  it("refuses an audit log whose rows were edited and re-digested (the chain breaks) and writes nothing", async () => {
    await refusesDamaged((dir) => {
      const file = path.join(dir, "tables", "audit_log.jsonl");
      const lines = fs.readFileSync(file, "utf8").split("\n");
      const row = JSON.parse(lines[3]!) as { actor_username: string | null };
      row.actor_username = "someone-else";
      lines[3] = JSON.stringify(row);
      const text = lines.join("\n");
      fs.writeFileSync(file, text);
      const manifestFile = path.join(dir, MANIFEST_FILE);
      const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as {
        tables: { name: string; sha256: string }[];
      };
      manifest.tables.find((t) => t.name === "audit_log")!.sha256 = createHash("sha256")
        .update(text, "utf8")
        .digest("hex");
      fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    }, /审计日志哈希链校验失败：第 4 条记录异常/);
  });

  it("refuses a directory that is not a backup, or a manifest that does not fit", async () => {
    await refusesDamaged(
      (dir) => fs.rmSync(path.join(dir, MANIFEST_FILE)),
      /不是 kaoping 备份目录/,
    );
    await refusesDamaged(
      (dir) => fs.writeFileSync(path.join(dir, MANIFEST_FILE), '{"format":"other"}'),
      /manifest\.json 内容无效（format/,
    );
  });

  it("refuses a target that already holds data and changes nothing there", async () => {
    const result = await run(["restore", backupDir, "--data-dir", source.dataDir], source.env);
    expect(result.status).toBe(1);
    expect(result.err).toMatch(/目标数据库不是空库/);
    const chain = await verifyAuditChain(sourceDb);
    expect(chain.ok).toBe(true);
  });

  it("refuses to back up into a directory that holds files", async () => {
    const result = await run(["backup", "-o", backupDir, "--data-dir", source.dataDir], source.env);
    expect(result.status).toBe(1);
    expect(result.err).toMatch(/备份目录已存在且不为空/);
  });
});
