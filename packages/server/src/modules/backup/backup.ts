/**
 * Online backup (docs/spec/security.md row 23): one consistent snapshot of every table, read in a single
 * read transaction while the server keeps running (SQLite in WAL mode: readers see the state at
 * their first read; PostgreSQL: REPEATABLE READ, read only), written as JSON lines per table,
 * plus a copy of every evidence file the snapshot refers to, checked against its recorded
 * SHA-256 as it is copied. The format is the same for both databases, so a backup of SQLite
 * restores into PostgreSQL and back (decision 0071).
 */
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Db } from "../../db/database.js";
import { isPostgres, type AnyDb } from "../../db/dialect.js";
import { systemContext } from "../../http/context.js";
import { recordAuditEvent, type AuditWriter } from "../audit/writer.js";
import type { EvidenceStore } from "../evidence/store.js";
import { MANIFEST_FILE, type BackupManifest } from "./manifest.js";
import { listAppliedMigrations, listTablePage } from "./repository.js";
import { backupTables, type BackupTable } from "./tables.js";

/** Rows read per query while paging through a table. */
const PAGE = 2_000;

/** A backup that could not be made or used; the message is for the operator, in Chinese. */
export class BackupError extends Error {
  override name = "BackupError";
}

/** What a finished backup holds. */
export interface BackupSummary {
  directory: string;
  manifest: BackupManifest;
  rows: number;
  evidenceBytes: number;
}

/** What `createBackup` needs. */
export interface BackupOptions {
  store: EvidenceStore;
  audit: AuditWriter;
  clock: () => Date;
  kaopingVersion: string;
  /** The backup directory to create; it must not exist yet (or be empty). */
  outDir: string;
}

function prepareDirectory(outDir: string): string {
  if (fs.existsSync(outDir) && fs.readdirSync(outDir).length > 0) {
    throw new BackupError(`备份目录已存在且不为空：${outDir}（请指定新的目录）`);
  }
  const partial = `${outDir}.partial-${randomBytes(4).toString("hex")}`;
  fs.mkdirSync(path.join(partial, "tables"), { recursive: true, mode: 0o700 });
  return partial;
}

/** Writes one table's rows as JSON lines, page by page in key order; returns its row count and digest. */
async function dumpTable(
  trx: AnyDb,
  table: BackupTable,
  file: string,
  onRow: (row: Record<string, unknown>) => void,
): Promise<{ rows: number; sha256: string }> {
  const hash = createHash("sha256");
  const fd = fs.openSync(file, "wx", 0o600);
  let rows = 0;
  try {
    let last: Record<string, unknown> | undefined;
    for (;;) {
      const page = await listTablePage(trx, table, last, PAGE);
      if (page.length === 0) break;
      const text = page.map((row) => `${JSON.stringify(row)}\n`).join("");
      hash.update(text, "utf8");
      fs.writeSync(fd, text);
      for (const row of page) onRow(row);
      rows += page.length;
      last = page[page.length - 1];
      if (page.length < PAGE) break;
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return { rows, sha256: hash.digest("hex") };
}

/** Copies one evidence file into the backup, checking the bytes against the recorded digest. */
async function copyEvidence(
  store: EvidenceStore,
  storedName: string,
  sha256: string,
  target: string,
): Promise<number> {
  const bytes = await store.read(storedName);
  if (bytes === undefined) {
    throw new BackupError(
      `佐证材料文件缺失：${storedName}（运行 kaoping evidence verify 查看详情）`,
    );
  }
  if (createHash("sha256").update(bytes).digest("hex") !== sha256) {
    throw new BackupError(
      `佐证材料文件已被改动或损坏：${storedName}（运行 kaoping evidence verify 查看详情）`,
    );
  }
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  fs.writeFileSync(target, bytes, { flag: "wx", mode: 0o600 });
  return bytes.length;
}

/**
 * Makes a backup into `outDir`. It is written beside it under a temporary name and renamed at
 * the end, so an interrupted backup never looks like a finished one. The backup is recorded in
 * the audit log (after the snapshot, so the backup's own record is in the next backup).
 */
export async function createBackup(db: Db, options: BackupOptions): Promise<BackupSummary> {
  const outDir = path.resolve(options.outDir);
  const partial = prepareDirectory(outDir);
  try {
    const evidence = new Map<string, string>();
    let auditHead: BackupManifest["auditHead"] = null;
    const snapshot = async (trx: AnyDb) => {
      const migrations = await listAppliedMigrations(trx);
      const tables: BackupManifest["tables"] = [];
      for (const table of backupTables) {
        const file = `tables/${table.name}.jsonl`;
        const dumped = await dumpTable(trx, table, path.join(partial, file), (row) => {
          if (table.name === "evidence_files") {
            evidence.set(String(row.stored_name), String(row.sha256));
          } else if (table.name === "audit_log") {
            auditHead = { seq: Number(row.seq), hash: String(row.hash) };
          }
        });
        tables.push({ name: table.name, file, ...dumped });
      }
      return { migrations, tables };
    };
    const { migrations, tables } = isPostgres(db)
      ? await db
          .transaction()
          .setIsolationLevel("repeatable read")
          .setAccessMode("read only")
          .execute(snapshot)
      : await db.transaction().execute(snapshot);

    const files: BackupManifest["evidence"] = [];
    let evidenceBytes = 0;
    for (const [storedName, sha256] of [...evidence].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const size = await copyEvidence(
        options.store,
        storedName,
        sha256,
        path.join(partial, "evidence", storedName),
      );
      files.push({ storedName, sha256, size });
      evidenceBytes += size;
    }
    const manifest: BackupManifest = {
      format: "kaoping-backup",
      formatVersion: 1,
      createdAt: options.clock().toISOString(),
      kaopingVersion: options.kaopingVersion,
      sourceDatabase: isPostgres(db) ? "postgres" : "sqlite",
      migrations,
      tables,
      evidence: files,
      auditHead,
    };
    const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
    fs.writeFileSync(path.join(partial, MANIFEST_FILE), manifestText, { mode: 0o600 });
    if (fs.existsSync(outDir)) fs.rmdirSync(outDir);
    fs.renameSync(partial, outDir);
    const rows = tables.reduce((sum, table) => sum + table.rows, 0);
    await recordAuditEvent(db, options.audit, {
      ctx: systemContext(),
      action: "system.backup",
      detail: {
        directory: path.basename(outDir),
        tables: tables.length,
        rows,
        evidenceFiles: files.length,
        auditHeadSeq: manifest.auditHead?.seq ?? 0,
        manifestSha256: createHash("sha256").update(manifestText, "utf8").digest("hex"),
      },
    });
    return { directory: outDir, manifest, rows, evidenceBytes };
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}
