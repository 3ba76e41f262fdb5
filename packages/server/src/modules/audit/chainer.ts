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
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { isPostgres, lockAuditChain } from "../../db/dialect.js";
import { linkAuditRows } from "./chain.js";
import {
  hasPendingAuditRows,
  insertAuditRows,
  lastAuditLink,
  takePendingAuditRows,
  takePendingAuditRowsWithChainEnd,
} from "./repository.js";

/** How many records one chaining transaction moves at most. */
const BATCH = 500;

/** SQLite (`kaoping audit verify`): the waiting records, then the chain's end if any waited. */
async function takeThenReadEnd(trx: Kysely<Database>) {
  const pending = await takePendingAuditRows(trx, BATCH);
  return { pending, last: pending.length === 0 ? undefined : await lastAuditLink(trx) };
}

/**
 * Links every committed waiting record into the chain, in write order; returns how many.
 * Any process may run it at any time: the chain's lock orders the runs.
 */
export async function chainPendingAuditRows(db: Kysely<Database>): Promise<number> {
  let moved = 0;
  for (;;) {
    const count = await db.transaction().execute(async (trx) => {
      await lockAuditChain(trx);
      // PostgreSQL (every server's chainer): the records and the chain's end in one statement.
      const { pending, last } = isPostgres(trx)
        ? await takePendingAuditRowsWithChainEnd(trx, BATCH)
        : await takeThenReadEnd(trx);
      if (pending.length === 0) return 0;
      await insertAuditRows(
        trx,
        linkAuditRows(
          last,
          pending.map(({ id: _id, ...content }) => content),
        ),
      );
      return pending.length;
    });
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
