/** The audit administrator's view of the audit log: search, export (itself audited) and chain check. */
import type { AuditRecord } from "../../contract/audit.js";
import type { Page } from "../../contract/common.js";
import { limits } from "../../contract/limits.js";
import type { Db } from "../../db/database.js";
import type { AuditRow } from "../../db/schema.js";
import type { PageRequest } from "../../db/pagination.js";
import type { RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { createChainChecker, type ChainCheck } from "./chain.js";
import { listAuditRows, searchAuditRows, walkAuditLog, type AuditFilters } from "./repository.js";
import { toAuditCsv } from "./csv.js";

/** An audit row as the API shows it. */
export function toAuditRecord(row: AuditRow): AuditRecord {
  return {
    seq: row.seq,
    occurredAt: row.occurred_at,
    actorUserId: row.actor_user_id,
    actorUsername: row.actor_username,
    actorRole: row.actor_role,
    ip: row.ip,
    requestId: row.request_id,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    outcome: row.outcome as AuditRecord["outcome"],
    detail: JSON.parse(row.detail) as unknown,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** Walks the whole chain and reports the first record that does not fit (`kaoping audit verify`). */
export async function verifyAuditChain(db: Db): Promise<ChainCheck> {
  const checker = createChainChecker();
  for await (const row of walkAuditLog(db)) {
    if (!checker.check(row)) break;
  }
  return checker.result();
}

/** Builds the audit service. */
export function createAuditService(deps: ServiceDeps) {
  const { db, audit } = deps;
  // Records committed but not yet chained (PostgreSQL) are chained before the log is read.
  const chained = async () => deps.auditChain?.flush();
  return {
    /** Records matching the filters, sorted and paged. */
    async search(
      _ctx: RequestContext,
      filters: AuditFilters,
      page: PageRequest,
    ): Promise<Page<AuditRecord>> {
      await chained();
      const result = await searchAuditRows(db, filters, page);
      return { ...result, items: result.items.map(toAuditRecord) };
    },

    /** Records matching the filters as CSV or JSON; the export is recorded in the log it reads. */
    async export(
      ctx: RequestContext,
      filters: AuditFilters,
      format: "csv" | "json",
    ): Promise<string> {
      await chained();
      return db.transaction().execute(async (trx) => {
        const rows = await listAuditRows(trx, filters, limits.auditExportRows.max);
        await audit(trx, {
          ctx,
          action: "audit.export",
          detail: { format, filters, rows: rows.length },
        });
        const records = rows.map(toAuditRecord);
        return format === "csv" ? toAuditCsv(records) : JSON.stringify(records);
      });
    },

    /** Checks the hash chain. */
    async verify(): Promise<ChainCheck> {
      await chained();
      return verifyAuditChain(db);
    },
  };
}

/** The audit service. */
export type AuditService = ReturnType<typeof createAuditService>;
