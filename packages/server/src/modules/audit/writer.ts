/**
 * `audit(trx, entry)`: the one function services call, inside their transaction, to record an
 * action. It appends a hash-chained record; if it fails, the transaction — and so the action —
 * rolls back (docs/spec/security.md row 14).
 */
import type { Kysely } from "kysely";
import type { AuditOutcomes } from "./types.js";
import type { AuditPendingTable, Database } from "../../db/schema.js";
import { isPostgres, lockAuditChain } from "../../db/dialect.js";
import type { RequestContext } from "../../http/context.js";
import { maskPersonalNumbers, maskPersonalNumbersIn } from "../../contract/personal-data.js";
import { toStoredText } from "../../http/well-formed-text.js";
import { linkAuditRows, type AuditContent } from "./chain.js";
import type { AuditChainer } from "./chainer.js";
import { insertAuditRows, insertPendingAuditRow, lastAuditLink } from "./repository.js";

/** One action to record. */
export interface AuditEntry {
  ctx: RequestContext;
  /** What happened, `module.verb` in lower case: `auth.login`, `organisation.update`. */
  action: string;
  /** The record acted on. */
  object?: { type: string; id: string | null };
  outcome?: AuditOutcomes;
  /** The record before and after the change (picked fields, never secrets). */
  before?: unknown;
  after?: unknown;
  /** Anything else worth keeping (reason, counts, filters). */
  detail?: Record<string, unknown>;
  /** The user name an event is about when nobody is logged in (a failed login). */
  subjectUsername?: string;
}

/** Records an action inside the caller's transaction. */
export type AuditWriter = ((trx: Kysely<Database>, entry: AuditEntry) => Promise<void>) & {
  /**
   * PostgreSQL with a chainer: the waiting record of an entry, for a caller that inserts it in
   * its own statement (the facts save's one statement, decision 0327) — `written()` once that
   * statement inserted it. Undefined where records are linked in the transaction instead.
   */
  pendingRecord?: (
    db: Kysely<Database>,
    entry: AuditEntry,
  ) => { row: AuditPendingTable; written: () => void } | undefined;
};

const SECRET_KEY = /password|secret|token|session|cookie|hash/i;

/**
 * Copies a value, replacing anything under a secret-looking key (never log passwords or session
 * ids). The walk stops eight levels down; an object or list below that is left out ("[已省略]"),
 * never stored unread.
 */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== "object") return value;
  if (depth > 8) return "[已省略]";
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) ? "[已隐藏]" : redactSecrets(inner, depth + 1);
  }
  return out;
}

/**
 * A free text column as the database will store it — at most 64 UTF-16 units, never ending in
 * half a character, lone surrogates as U+FFFD — so the hash covers exactly the stored text.
 */
function storedColumn(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const clipped =
    text.length > 64 ? text.slice(0, /[\ud800-\udbff]/.test(text[63] ?? "") ? 63 : 64) : text;
  return toStoredText(clipped);
}

/**
 * A column people may type a personal number into (a user name), stored masked. Identifiers —
 * the request id, the object id, the address — are never masked: a UUID's digits can look like
 * a mobile number, and the record must stay findable by the id it was written under.
 */
function storedTypedColumn(text: string | null | undefined): string | null {
  return text === null || text === undefined ? null : storedColumn(maskPersonalNumbers(text));
}

function contentOf(entry: AuditEntry, clock: () => Date): AuditContent {
  const detail: Record<string, unknown> = { ...entry.detail };
  if (entry.before !== undefined) detail.before = entry.before;
  if (entry.after !== undefined) detail.after = entry.after;
  const actor = entry.ctx.actor;
  return {
    occurred_at: clock().toISOString(),
    actor_user_id: actor?.userId ?? null,
    actor_username: storedTypedColumn(actor?.username ?? entry.subjectUsername),
    actor_role: actor?.activeRole?.role ?? null,
    ip: storedColumn(entry.ctx.ip),
    request_id: storedColumn(entry.ctx.requestId),
    action: entry.action,
    object_type: entry.object?.type ?? null,
    object_id: storedColumn(entry.object?.id),
    outcome: entry.outcome ?? "success",
    // Personal numbers typed into free text never reach the audit log unmasked (row 22).
    detail: JSON.stringify(maskPersonalNumbersIn(redactSecrets(detail))),
  };
}

/**
 * Builds the audit writer on a clock. Without `chain`, or on SQLite (one writer at a time
 * anyway), the record is linked into the chain inside the caller's transaction, under the
 * chain's lock. With `chain` on PostgreSQL, the record is inserted into `audit_pending` inside
 * the caller's transaction — committed with the action or rolled back with it, without the
 * chain's lock — and the chainer links it after the commit (docs/decisions/0250).
 */
export function createAuditWriter(clock: () => Date, chain?: AuditChainer): AuditWriter {
  const pendingRecord = (db: Kysely<Database>, entry: AuditEntry) => {
    if (chain === undefined || !isPostgres(db)) return undefined;
    const content = contentOf(entry, clock);
    return {
      row: { id: chain.nextId(content.occurred_at), ...content },
      written: () => chain.written(entry.ctx.requestId),
    };
  };
  const write = async (trx: Kysely<Database>, entry: AuditEntry) => {
    const pending = pendingRecord(trx, entry);
    if (pending !== undefined) {
      await insertPendingAuditRow(trx, pending.row);
      pending.written();
      return;
    }
    await lockAuditChain(trx);
    await insertAuditRows(trx, linkAuditRows(await lastAuditLink(trx), [contentOf(entry, clock)]));
  };
  return Object.assign(write, { pendingRecord });
}

/** Records an event in a transaction of its own (events not tied to a change: denials, failures). */
export async function recordAuditEvent(
  db: Kysely<Database>,
  audit: AuditWriter,
  entry: AuditEntry,
): Promise<void> {
  await db.transaction().execute((trx) => audit(trx, entry));
}
