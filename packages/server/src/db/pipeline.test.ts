/**
 * Statements sent behind one another (docs/decisions/0344): on PostgreSQL on one connection,
 * each sent before the one ahead has answered; everywhere, each runs after the one before has
 * committed, and a failure fails alone.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDialect, type TestDatabase } from "../testing/database.js";
import { runPipelined } from "./pipeline.js";
import { prepared } from "./prepared.js";

const insertHit = prepared((db, v: { key: string; hits: number }) =>
  db
    .insertInto("rate_limit_hits")
    .values({ key: v.key, hits: v.hits, window_ends_at: "2026-01-01T00:00:00.000Z" }),
);
const selectHits = prepared((db, v: { key: string }) =>
  db.selectFrom("rate_limit_hits").select(["key", "hits"]).where("key", "=", v.key),
);

/** PostgreSQL: per query sent, its connection and how many queries that connection had unanswered. */
function recordSends(): { sends: { pid: number; waiting: number }[]; stop: () => void } {
  const sends: { pid: number; waiting: number }[] = [];
  const unanswered = new Map<number, number>();
  const client = pg.Client.prototype as unknown as Record<string, unknown>;
  const query = client.query as (...args: unknown[]) => Promise<unknown>;
  client.query = function recorded(this: { processID: number }, ...args: unknown[]) {
    const pid = this.processID;
    const waiting = unanswered.get(pid) ?? 0;
    sends.push({ pid, waiting });
    unanswered.set(pid, waiting + 1);
    const answered = () => unanswered.set(pid, (unanswered.get(pid) ?? 1) - 1);
    const result = query.apply(this, args);
    void result.then(answered, answered);
    return result;
  };
  return { sends, stop: () => (client.query = query) };
}

describe(`statements sent behind one another (${testDialect})`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.destroy();
  });

  it("runs each after the one before has committed, and answers in order", async () => {
    const { db } = database;
    const recorded = recordSends();
    const [inserted, read] = await runPipelined(db, [
      insertHit.with(db, { key: "p1", hits: 7 }),
      selectHits.with(db, { key: "p1" }),
    ]).finally(recorded.stop);
    expect(inserted.rows).toEqual([]);
    expect(read.rows).toEqual([{ key: "p1", hits: 7 }]);
    if (testDialect === "postgres") {
      // One connection; the read sent while the insert had not answered.
      expect(recorded.sends).toHaveLength(2);
      expect(recorded.sends[1]!.pid).toBe(recorded.sends[0]!.pid);
      expect(recorded.sends[1]!.waiting).toBe(1);
    }
  });

  it("fails with the first failure once all have answered; the others still run", async () => {
    const { db } = database;
    await insertHit(db, { key: "p2", hits: 1 });
    await expect(
      runPipelined(db, [
        insertHit.with(db, { key: "p2", hits: 2 }), // the key exists: refused
        insertHit.with(db, { key: "p3", hits: 3 }),
      ]),
    ).rejects.toThrow();
    expect((await selectHits(db, { key: "p2" })).rows).toEqual([{ key: "p2", hits: 1 }]);
    expect((await selectHits(db, { key: "p3" })).rows).toEqual([{ key: "p3", hits: 3 }]);
    // The connection is back in the pool and serves the next statements.
    const [read] = await runPipelined(db, [selectHits.with(db, { key: "p3" })]);
    expect(read.rows).toEqual([{ key: "p3", hits: 3 }]);
  });
});
