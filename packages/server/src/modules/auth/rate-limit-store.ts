/**
 * The request rate limits (login, password change) counted in the database, so every server
 * process over it counts the same hits (issue 17, docs/decisions/0180): a store for
 * `@fastify/rate-limit` that counts a key's hits in its current window with one upsert.
 */
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import type { Db } from "../../db/database.js";
import { deleteEndedRateLimits, upsertRateLimitHit } from "./repository.js";

/** Counts one hit of `key`; returns the hits in the window and the milliseconds it has left. */
export async function countRateLimitHit(
  db: Db,
  key: string,
  now: Date,
  windowMs: number,
): Promise<{ current: number; ttl: number }> {
  const row = await upsertRateLimitHit(
    db,
    key,
    now.toISOString(),
    new Date(now.getTime() + windowMs).toISOString(),
  );
  return {
    current: Number(row.hits),
    ttl: Math.max(0, new Date(row.window_ends_at).getTime() - now.getTime()),
  };
}

/** A `@fastify/rate-limit` store class over the database. */
export function databaseRateLimitStore(db: Db, clock: () => Date): FastifyRateLimitStoreCtor {
  let lastSweep = 0;
  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow?: number,
    ): void {
      const now = clock();
      if (now.getTime() - lastSweep > 60_000) {
        lastSweep = now.getTime();
        void deleteEndedRateLimits(db, now.toISOString()).catch(() => undefined);
      }
      countRateLimitHit(db, key, now, timeWindow ?? 60_000).then(
        (result) => callback(null, result),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }
    child(): FastifyRateLimitStore {
      return this;
    }
  }
  return DatabaseRateLimitStore;
}
