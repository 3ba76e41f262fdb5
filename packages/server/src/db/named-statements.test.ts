/**
 * PostgreSQL named prepared statements (docs/decisions/0307): what `prepared()` compiled goes
 * named, everything else unnamed; each pool's schema stays its own; a statement whose result
 * columns a migration changed costs one failed statement on its connection, then works again.
 */
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDialect, type TestDatabase } from "../testing/database.js";
import { nameStatement, statementName } from "./named-statements.js";
import { prepared } from "./prepared.js";

/** The statements pg sends, with the name each went under (undefined: unnamed). */
function recordQueries(): { sent: { text: string; name: string | undefined }[]; stop: () => void } {
  const sent: { text: string; name: string | undefined }[] = [];
  const client = pg.Client.prototype as unknown as Record<string, unknown>;
  const query = client.query as (...args: unknown[]) => unknown;
  client.query = function recorded(this: unknown, config: unknown, ...rest: unknown[]) {
    if (typeof config === "string") sent.push({ text: config, name: undefined });
    else {
      const { text, name } = config as { text?: unknown; name?: unknown };
      if (typeof text === "string")
        sent.push({ text, name: typeof name === "string" ? name : undefined });
    }
    return query.call(this, config, ...rest);
  };
  return { sent, stop: () => (client.query = query) };
}

const hitsOf = prepared((db, v: { key: string }) =>
  db.selectFrom("rate_limit_hits").selectAll().where("key", "=", v.key),
);
const row = (key: string, hits: number) => ({
  key,
  hits,
  window_ends_at: "2026-01-01T00:00:00.000Z",
});

describe("statement names", () => {
  it("names a text by its hash, the same every time; leaves texts with more than 100 values unnamed", () => {
    nameStatement("select 1 where $1 = $1", 1);
    const name = statementName("select 1 where $1 = $1");
    expect(name).toMatch(/^k[0-9a-f]{20}$/);
    nameStatement("select 1 where $1 = $1", 1);
    expect(statementName("select 1 where $1 = $1")).toBe(name);
    nameStatement("select 2 where $1 = $1", 101);
    expect(statementName("select 2 where $1 = $1")).toBeUndefined();
    expect(statementName("select 3")).toBeUndefined();
  });
});

describe.skipIf(testDialect !== "postgres")("named statements on PostgreSQL", () => {
  let first: TestDatabase;
  let second: TestDatabase;
  beforeAll(async () => {
    first = await createTestDatabase();
    second = await createTestDatabase();
  });
  afterAll(async () => {
    await first.destroy();
    await second.destroy();
  });

  it("sends a prepared statement named and an ordinary query unnamed; each pool reads its own schema", async () => {
    await first.db.insertInto("rate_limit_hits").values(row("a", 1)).execute();
    await second.db.insertInto("rate_limit_hits").values(row("a", 2)).execute();
    const recorded = recordQueries();
    try {
      expect((await hitsOf(first.db, { key: "a" })).rows.map((r) => r.hits)).toEqual([1]);
      expect((await hitsOf(second.db, { key: "a" })).rows.map((r) => r.hits)).toEqual([2]);
      expect((await hitsOf(first.db, { key: "a" })).rows.map((r) => r.hits)).toEqual([1]);
      await first.db.selectFrom("rate_limit_hits").select("key").where("hits", ">", 0).execute();
    } finally {
      recorded.stop();
    }
    const names = recorded.sent.map((s) => s.name);
    expect(names[0]).toMatch(/^k[0-9a-f]{20}$/);
    expect(names).toEqual([names[0], names[0], names[0], undefined]);
  });

  it("after a column is added to a table read with `*`: one failed statement, then the new columns", async () => {
    const { db } = first;
    // Every pooled connection prepares the statement (three at once: three connections).
    const runs = await Promise.all(
      [0, 1, 2].map(() =>
        db.transaction().execute(async (trx) => {
          await sql`select pg_sleep(0.05)`.execute(trx);
          return (await hitsOf(trx, { key: "a" })).rows;
        }),
      ),
    );
    expect(runs.map((rows) => rows.length)).toEqual([1, 1, 1]);
    await sql`alter table rate_limit_hits add column note text`.execute(db);

    // The connection that fails is closed on release; others fail once each as they are used.
    let failures = 0;
    for (let i = 0; i < 6; i++) {
      try {
        const { rows } = await hitsOf(db, { key: "a" });
        expect(Object.keys(rows[0]!)).toContain("note");
      } catch (error) {
        expect((error as Error).message).toContain("cached plan must not change result type");
        failures += 1;
      }
    }
    expect(failures).toBeGreaterThanOrEqual(1);
    expect(failures).toBeLessThanOrEqual(3);
    const { rows } = await hitsOf(db, { key: "a" });
    expect(rows[0]).toMatchObject({ key: "a", hits: 1, note: null });
  });
});
