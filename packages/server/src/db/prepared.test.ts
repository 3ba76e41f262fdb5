/**
 * Prepared statements (docs/decisions/0296): built and compiled once per database and shape, run
 * with each call's values — the same rows as the query built every time.
 */
import { sql, type KyselyPlugin } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDialect, type TestDatabase } from "../testing/database.js";
import { prepared } from "./prepared.js";

describe(`prepared statements (${testDialect})`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.destroy();
  });

  const builds = { insert: 0, select: 0, update: 0 };
  const insertHit = prepared(
    (db, v: { row: { key: string; hits: number; window_ends_at: string } }) => {
      builds.insert++;
      return db.insertInto("rate_limit_hits").values(v.row);
    },
  );
  const selectHits = prepared((db, v: { keys: string[]; least: number }) => {
    builds.select++;
    return db
      .selectFrom("rate_limit_hits")
      .select(["key", "hits"])
      .where("key", "in", v.keys)
      .where("hits", ">=", v.least)
      .orderBy("key")
      .limit(10);
  });
  const addHit = prepared((db, v: { key: string; expected: number; hits: number }) => {
    builds.update++;
    return db
      .updateTable("rate_limit_hits")
      .set({ hits: v.hits })
      .where("key", "=", v.key)
      .where("hits", "=", v.expected);
  });

  it("runs each call with its own values, compiling once per shape (the length of an `in` list)", async () => {
    const { db } = database;
    for (const [key, hits] of [
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ] as const)
      await insertHit(db, { row: { key, hits, window_ends_at: "2026-01-01T00:00:00.000Z" } });
    expect(builds.insert).toBe(1);

    expect((await selectHits(db, { keys: ["a", "b"], least: 0 })).rows).toEqual([
      { key: "a", hits: 1 },
      { key: "b", hits: 2 },
    ]);
    expect((await selectHits(db, { keys: ["b", "c"], least: 3 })).rows).toEqual([
      { key: "c", hits: 3 },
    ]);
    expect(builds.select).toBe(1);
    // A list of another length is another statement; the first stays.
    expect((await selectHits(db, { keys: ["a", "b", "c"], least: 2 })).rows).toEqual([
      { key: "b", hits: 2 },
      { key: "c", hits: 3 },
    ]);
    expect((await selectHits(db, { keys: ["a"], least: 1 })).rows).toEqual([{ key: "a", hits: 1 }]);
    expect(builds.select).toBe(3);
    expect((await selectHits(db, { keys: ["c", "a"], least: 0 })).rows).toHaveLength(2);
    expect(builds.select).toBe(3);
    // The kept query's own values (the limit) stay; the same rows as the query built afresh.
    const fresh = await db
      .selectFrom("rate_limit_hits")
      .select(["key", "hits"])
      .where("key", "in", ["a", "c"])
      .where("hits", ">=", 0)
      .orderBy("key")
      .limit(10)
      .execute();
    expect((await selectHits(db, { keys: ["a", "c"], least: 0 })).rows).toEqual(fresh);
  });

  it("is reused inside a transaction and reports the rows it changed", async () => {
    const { db } = database;
    const before = builds.update;
    const changed = await db.transaction().execute(async (trx) => {
      const first = await addHit(trx, { key: "a", expected: 1, hits: 2 });
      const stale = await addHit(trx, { key: "a", expected: 1, hits: 2 });
      return [first.numAffectedRows, stale.numAffectedRows];
    });
    expect(changed).toEqual([1n, 0n]);
    expect((await addHit(db, { key: "b", expected: 2, hits: 5 })).numAffectedRows).toBe(1n);
    expect(builds.update - before).toBe(1);
    expect((await selectHits(db, { keys: ["a", "b"], least: 0 })).rows).toEqual([
      { key: "a", hits: 2 },
      { key: "b", hits: 5 },
    ]);
  });

  it("is compiled again for a handle with other plugins, which then apply", async () => {
    const seen: string[] = [];
    const plugin: KyselyPlugin = {
      transformQuery: ({ node }) => {
        seen.push(node.kind);
        return node;
      },
      transformResult: async ({ result }) => result,
    };
    const before = builds.select;
    const withPlugin = database.db.withPlugin(plugin);
    expect((await selectHits(withPlugin, { keys: ["c"], least: 0 })).rows).toEqual([
      { key: "c", hits: 3 },
    ]);
    await selectHits(withPlugin, { keys: ["b"], least: 0 });
    expect(builds.select - before).toBe(1);
    expect(seen).toEqual(["SelectQueryNode"]);
  });

  it("refuses a value written into the SQL text instead of passed as a value", async () => {
    const misuse = prepared((db, v: { key: string }) =>
      db
        .selectFrom("rate_limit_hits")
        .select("key")
        .where(sql.raw<boolean>(`"key" = '${v.key}'`)),
    );
    await expect(misuse(database.db, { key: "a" })).rejects.toThrow(/as SQL text/);
  });
});
