/**
 * Restore (docs/spec/security.md rows 21 and 23) into an empty database and an empty evidence folder.
 * Everything is checked before anything is written — the manifest, the digest and row count of
 * every table file, the digest of every evidence file — then the evidence files are copied, the
 * database is migrated to the backup's level, and all rows are inserted in one transaction that
 * also re-checks the counts and the audit chain and records the restore. If any step fails the
 * transaction rolls back and the copied files are removed: a failed restore leaves nothing.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Db } from "../../db/database.js";
import { isPostgres, type AnyDb } from "../../db/dialect.js";
import { migrateTo, migrateToLatest } from "../../db/migrate.js";
import { migrations as knownMigrations } from "../../db/migrations/index.js";
import { systemContext } from "../../http/context.js";
import { verifyAuditChain } from "../audit/service.js";
import { registerEveryRoundFactStamps } from "../workflow/index.js";
import type { AuditWriter } from "../audit/writer.js";
import { BackupError } from "./backup.js";
import { MANIFEST_FILE, manifestSchema, type BackupManifest } from "./manifest.js";
import {
  countTableRows,
  deleteTableRows,
  dropAllTables,
  findAuditHead,
  insertTableRows,
  listApplicationTables,
} from "./repository.js";
import { backupTables, tablesLeftOut } from "./tables.js";

/** What a finished restore did. */
export interface RestoreSummary {
  manifest: BackupManifest;
  rows: number;
  evidenceFiles: number;
  auditRecords: number;
}

/** What `restoreBackup` needs. */
export interface RestoreOptions {
  /** The backup directory (made by `kaoping backup`). */
  fromDir: string;
  /** The data directory whose `evidence/` receives the files; it must hold no evidence yet. */
  dataDir: string;
  audit: AuditWriter;
}

/** Rows inserted per statement (well inside SQLite's and PostgreSQL's parameter limits). */
const BATCH = 100;

function sha256Of(bytes: Buffer | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Reads and checks the manifest. */
function readManifest(fromDir: string): BackupManifest {
  const file = path.join(fromDir, MANIFEST_FILE);
  if (!fs.existsSync(file))
    throw new BackupError(`不是 kaoping 备份目录（缺少 ${MANIFEST_FILE}）：${fromDir}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    throw new BackupError(`${MANIFEST_FILE} 不是有效的 JSON，备份已损坏`);
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new BackupError(`${MANIFEST_FILE} 内容无效（${issue.path.join(".")}：${issue.message}）`);
  }
  return result.data;
}

/** Checks the backup's migrations against this version's. */
function checkMigrations(manifest: BackupManifest): void {
  const known = Object.keys(knownMigrations).sort();
  manifest.migrations.forEach((name, i) => {
    if (known[i] !== name) {
      throw new BackupError(
        `备份的数据库结构（迁移 ${name}）与当前版本不一致：请用不低于备份时的 kaoping 版本（备份来自 ${manifest.kaopingVersion}）恢复`,
      );
    }
  });
}

/** Reads one table file, checking its digest and row count; returns its rows. */
function readTable(
  fromDir: string,
  entry: BackupManifest["tables"][number],
): Record<string, unknown>[] {
  const file = path.join(fromDir, entry.file);
  if (!fs.existsSync(file)) throw new BackupError(`备份缺少数据文件：${entry.file}`);
  const text = fs.readFileSync(file, "utf8");
  if (sha256Of(text) !== entry.sha256) {
    throw new BackupError(`数据文件 ${entry.file} 的摘要与清单不符：备份已损坏或被改动`);
  }
  const rows =
    text === ""
      ? []
      : text
          .replace(/\n$/, "")
          .split("\n")
          .map((line) => JSON.parse(line) as Record<string, unknown>);
  if (rows.length !== entry.rows) {
    throw new BackupError(
      `数据文件 ${entry.file} 的行数（${rows.length}）与清单（${entry.rows}）不符`,
    );
  }
  return rows;
}

/** Rows of a self-referencing table (organisations) with every parent before its children. */
function parentsFirst(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const placed = new Set<unknown>();
  const out: Record<string, unknown>[] = [];
  let pending = rows;
  while (pending.length > 0) {
    const waiting: Record<string, unknown>[] = [];
    for (const row of pending) {
      if (row.parent_id === null || placed.has(row.parent_id)) {
        out.push(row);
        placed.add(row.id);
      } else {
        waiting.push(row);
      }
    }
    if (waiting.length === pending.length) {
      throw new BackupError("机构数据中存在无法解析的上级机构引用：备份已损坏");
    }
    pending = waiting;
  }
  return out;
}

/** Checks that the target holds no data, so a restore never mixes two systems. */
async function checkEmptyTarget(db: Db, dataDir: string): Promise<void> {
  const tables = await listApplicationTables(db);
  if (tables.length > 0) {
    throw new BackupError(
      `目标数据库不是空库（已有 ${tables.length} 张表）：请恢复到新的数据目录或新的 PostgreSQL 库/模式`,
    );
  }
  const evidenceDir = path.join(dataDir, "evidence");
  const hasFiles = (dir: string): boolean =>
    fs.existsSync(dir) &&
    fs
      .readdirSync(dir, { withFileTypes: true })
      .some((entry) => (entry.isDirectory() ? hasFiles(path.join(dir, entry.name)) : true));
  if (hasFiles(evidenceDir)) {
    throw new BackupError(`目标数据目录中已有佐证材料文件：${evidenceDir}（请恢复到空的数据目录）`);
  }
}

/** Restores a backup; throws `BackupError` (nothing written) when anything does not check. */
export async function restoreBackup(db: Db, options: RestoreOptions): Promise<RestoreSummary> {
  const fromDir = path.resolve(options.fromDir);
  const manifest = readManifest(fromDir);
  checkMigrations(manifest);
  const listed = new Map(manifest.tables.map((entry) => [entry.name, entry]));
  for (const name of listed.keys()) {
    if (!backupTables.some((table) => table.name === name)) {
      throw new BackupError(`备份中有当前版本不认识的数据表：${name}`);
    }
  }
  const data = new Map<string, Record<string, unknown>[]>();
  for (const entry of manifest.tables) data.set(entry.name, readTable(fromDir, entry));
  const evidenceRows = data.get("evidence_files") ?? [];
  const inManifest = new Map(manifest.evidence.map((file) => [file.storedName, file]));
  for (const row of evidenceRows) {
    const file = inManifest.get(String(row.stored_name));
    if (file === undefined || file.sha256 !== row.sha256) {
      throw new BackupError(`佐证材料 ${String(row.original_name)} 的文件不在备份清单中`);
    }
  }
  const files = manifest.evidence.map((file) => {
    const source = path.join(fromDir, "evidence", file.storedName);
    if (!fs.existsSync(source)) throw new BackupError(`备份缺少佐证材料文件：${file.storedName}`);
    const bytes = fs.readFileSync(source);
    if (sha256Of(bytes) !== file.sha256 || !file.storedName.endsWith(file.sha256)) {
      throw new BackupError(`佐证材料文件 ${file.storedName} 的摘要不符：备份已损坏或被改动`);
    }
    return { ...file, bytes };
  });

  await checkEmptyTarget(db, options.dataDir);

  const written: string[] = [];
  try {
    for (const file of files) {
      const target = path.join(options.dataDir, "evidence", file.storedName);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, file.bytes, { flag: "wx", mode: 0o600 });
      written.push(target);
      if (sha256Of(fs.readFileSync(target)) !== file.sha256) {
        throw new BackupError(`写入后校验失败：${file.storedName}（请检查磁盘）`);
      }
    }
    await migrateTo(db, manifest.migrations[manifest.migrations.length - 1]!);

    const auditRecords = await db.transaction().execute(async (trx) => {
      for (const { name } of [...backupTables].reverse()) {
        // Rows a migration seeded (the settings groups) make way for the backup's own.
        if (listed.has(name)) await deleteTableRows(trx as AnyDb, name);
      }
      for (const { name } of backupTables) {
        const rows =
          name === "organisations" ? parentsFirst(data.get(name) ?? []) : (data.get(name) ?? []);
        for (let i = 0; i < rows.length; i += BATCH) {
          await insertTableRows(trx as AnyDb, name, rows.slice(i, i + BATCH));
        }
        const n = await countTableRows(trx as AnyDb, name);
        if (n !== rows.length) {
          throw new BackupError(`数据表 ${name} 恢复后的行数（${n}）与备份（${rows.length}）不符`);
        }
      }
      const chain = await verifyAuditChain(trx);
      if (!chain.ok) {
        throw new BackupError(
          `审计日志哈希链校验失败：第 ${chain.firstBadSeq} 条记录异常（${chain.reason}）`,
        );
      }
      const head = manifest.auditHead;
      const last = await findAuditHead(trx);
      if ((head?.seq ?? 0) !== chain.checked || (last?.hash ?? null) !== (head?.hash ?? null)) {
        throw new BackupError(
          `审计日志（${chain.checked} 条）与备份清单（${head?.seq ?? 0} 条）不符：备份已损坏或被改动`,
        );
      }
      await options.audit(trx, {
        ctx: systemContext(),
        action: "system.restore",
        detail: {
          backupCreatedAt: manifest.createdAt,
          sourceDatabase: manifest.sourceDatabase,
          targetDatabase: isPostgres(db) ? "postgres" : "sqlite",
          rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
          evidenceFiles: files.length,
          auditRecordsVerified: chain.checked,
        },
      });
      return chain.checked;
    });
    await migrateToLatest(db);
    // Fact stamps are not in backups: the restored rounds get theirs (decision 0308).
    await registerEveryRoundFactStamps(db);
    return {
      manifest,
      rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
      evidenceFiles: files.length,
      auditRecords,
    };
  } catch (error) {
    for (const file of written) fs.rmSync(file, { force: true });
    await dropEverything(db);
    throw error;
  }
}

/**
 * Undoes a failed restore's schema: the target was empty before (checked), so every table it
 * has now was made by this restore.
 */
async function dropEverything(db: Db): Promise<void> {
  // Children first: the tables a backup leaves out (they refer to users), then the list backwards.
  await dropAllTables(db, [
    ...tablesLeftOut,
    ...[...backupTables].reverse().map((table) => table.name),
  ]);
}
