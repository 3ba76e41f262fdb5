/**
 * The request rate limits (login, password change) counted in the database, so every server
 * process over it counts the same hits (issue 17, docs/decisions/0180): a store for
 * `@fastify/rate-limit` that counts a key's hits in its current window with one upsert.
 */
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import { sql } from "kysely";
import type { Db } from "../../db/database.js";

/** Counts one hit of `key`; returns the hits in the window and the milliseconds it has left. */
export async function countRateLimitHit(
  db: Db,
  key: string,
  now: Date,
  windowMs: number,
): Promise<{ current: number; ttl: number }> {
  const at = now.toISOString();
  const ends = new Date(now.getTime() + windowMs).toISOString();
  // A window that has ended starts again at 1; otherwise one more hit in it.
  const result = await sql<{ hits: number; window_ends_at: string }>`
    insert into rate_limit_hits (key, hits, window_ends_at) values (${key}, 1, ${ends})
    on conflict (key) do update set
      hits = case when rate_limit_hits.window_ends_at <= ${at} then 1
                  else rate_limit_hits.hits + 1 end,
      window_ends_at = case when rate_limit_hits.window_ends_at <= ${at} then ${ends}
                            else rate_limit_hits.window_ends_at end
    returning hits, window_ends_at`.execute(db);
  const row = result.rows[0];
  if (row === undefined) throw new Error("rate limit upsert returned no row");
  return {
    current: Number(row.hits),
    ttl: Math.max(0, new Date(row.window_ends_at).getTime() - now.getTime()),
  };
}

/** Removes windows that ended before `before` (at most once a minute, from the store). */
async function sweepRateLimits(db: Db, before: Date): Promise<void> {
  await db
    .deleteFrom("rate_limit_hits")
    .where("window_ends_at", "<", before.toISOString())
    .execute();
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
        void sweepRateLimits(db, now).catch(() => undefined);
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
