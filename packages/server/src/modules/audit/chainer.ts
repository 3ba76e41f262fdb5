/**
 * The audit chainer of a server process on PostgreSQL (docs/decisions/0250). Writers insert
 * their record into `audit_pending` inside their own transaction (no lock); the chainer takes
 * the chain's lock in a short transaction of its own, reads the chain's end, moves every
 * committed waiting record into `audit_log` with its sequence number and hashes, and commits —
 * one lock, one read and one insert for all the records that arrived meanwhile (group commit).
 * A request that wrote records is answered only after a chaining run that started after its
 * transaction ended, so what a client was told is done is in the chain when it reads the log;
 * records left by a crash (committed, not yet chained) are chained at the next start, by the
 * once-a-second sweep of any process, or by `kaoping audit verify`.
 */
import { randomBytes } from "node:crypto";
import { CompiledQuery, type Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { auditChainLockStatement, isPostgres, lockAuditChain } from "../../db/dialect.js";
import { onOneConnection } from "../../db/pipeline.js";
import { linkAuditRows } from "./chain.js";
import {
  hasPendingAuditRows,
  insertAuditRows,
  insertAuditRowsStatement,
  lastAuditLink,
  takePendingAuditRows,
  takePendingWithChainEndStatement,
  takenWithChainEnd,
  type TakenAuditRows,
} from "./repository.js";

/** How many records one chaining transaction moves at most. */
const BATCH = 500;

/** The taken records linked after the chain's end, in write order. */
const linked = ({ pending, last }: TakenAuditRows) =>
  linkAuditRows(
    last,
    pending.map(({ id: _id, ...content }) => content),
  );

/** SQLite (`kaoping audit verify`): one run's transaction. */
function chainOnSqlite(db: Kysely<Database>): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await lockAuditChain(trx);
    const pending = await takePendingAuditRows(trx, BATCH);
    if (pending.length === 0) return 0;
    await insertAuditRows(trx, linked({ pending, last: await lastAuditLink(trx) }));
    return pending.length;
  });
}

/**
 * PostgreSQL (every server's chainer, `kaoping audit verify`): one run's transaction in two
 * sends on one connection (decision 0337) — BEGIN, the chain's lock and the waiting records
 * with the chain's end; then, linked here, their insert and COMMIT. PostgreSQL runs each
 * statement after the one before it, so the records are read after the lock is held, as when
 * they were sent one at a time (five waits; on the server's connection of its own, two).
 */
function chainOnPostgres(db: Kysely<Database>): Promise<number> {
  return onOneConnection(db, async (send) => {
    try {
      const [, , rows] = await send([
        CompiledQuery.raw("begin"),
        auditChainLockStatement(db),
        takePendingWithChainEndStatement(db, BATCH),
      ]);
      const taken = takenWithChainEnd(rows!);
      const commit = CompiledQuery.raw("commit");
      if (taken.pending.length === 0) {
        await send([commit]);
        return 0;
      }
      // A failed insert makes the COMMIT after it a rollback: nothing is moved.
      await send([insertAuditRowsStatement(db, linked(taken)), commit]);
      return taken.pending.length;
    } catch (error) {
      await send([CompiledQuery.raw("rollback")]).catch(() => undefined);
      throw error;
    }
  });
}

/**
 * Links every committed waiting record into the chain, in write order; returns how many.
 * Any process may run it at any time: the chain's lock orders the runs.
 */
export async function chainPendingAuditRows(db: Kysely<Database>): Promise<number> {
  let moved = 0;
  for (;;) {
    const count = await (isPostgres(db) ? chainOnPostgres(db) : chainOnSqlite(db));
    moved += count;
    if (count < BATCH) return moved;
  }
}

/** A process's chainer. */
export interface AuditChainer {
  /** The id of a new waiting record: sorts by time, then process, then write order. */
  nextId(occurredAt: string): string;
  /** Notes that a record was written (inside a transaction) for a request. */
  written(requestId: string | null): void;
  /** Whether the request wrote records that the chain may not hold yet. */
  wrote(requestId: string): boolean;
  /** Resolves after a chaining run that started after this call (joins the next one). */
  flush(): Promise<void>;
  /** Stops the sweep and chains what is left. */
  stop(): Promise<void>;
}

/** Starts the chainer of a process: chains what a crash left, then sweeps every `sweepMs`. */
export function startAuditChainer(
  db: Kysely<Database>,
  onError: (error: unknown) => void,
  sweepMs = 1000,
): AuditChainer {
  const processTag = randomBytes(4).toString("hex");
  let counter = 0;
  const requests = new Set<string>();
  let running: Promise<void> | undefined;
  let next: Promise<void> | undefined;

  const run = (): Promise<void> => {
    const current = chainPendingAuditRows(db).then(
      () => undefined,
      (error: unknown) => onError(error),
    );
    running = current.finally(() => {
      running = undefined;
    });
    return running;
  };
  const flush = (): Promise<void> => {
    if (running === undefined) return run();
    // A run is under way: it may have read the queue before the caller's commit, so the caller
    // joins the run after it (one for every caller that arrives meanwhile).
    next ??= running.then(() => {
      next = undefined;
      return flush();
    });
    return next;
  };
  const sweep = setInterval(() => {
    if (running !== undefined || next !== undefined) return;
    void hasPendingAuditRows(db).then(
      (any) => (any ? flush() : undefined),
      (error: unknown) => onError(error),
    );
  }, sweepMs);
  sweep.unref();
  void flush();

  return {
    nextId(occurredAt) {
      counter += 1;
      return `${occurredAt}|${processTag}|${String(counter).padStart(12, "0")}`;
    },
    written(requestId) {
      if (requestId !== null) requests.add(requestId);
    },
    wrote(requestId) {
      return requests.delete(requestId);
    },
    flush,
    async stop() {
      clearInterval(sweep);
      await flush();
    },
  };
}
