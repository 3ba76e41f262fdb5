/**
 * Statements sent one behind another on one connection without waiting for each answer
 * (PostgreSQL's pipelining; issue 17, docs/decisions/0344).
 *
 * Each statement goes with its own Sync, so it is its own implicit transaction (or runs in the
 * connection's open one, as it would sent alone); PostgreSQL runs them in order, each after the
 * one before has finished — and committed, when it was its own transaction. A read sent behind
 * a write therefore reads the data as committed after the write, as it would sent after the
 * write's answer; what is saved is one wait for an answer, one socket write and one acquisition
 * of a pooled connection per statement. A failing statement fails alone: the ones behind it
 * still run, and the first failure is thrown once all have answered.
 *
 * Only a database opened by `openDatabase` on PostgreSQL sends in a pipeline (its pool's
 * clients are in node-postgres's pipeline mode, which changes nothing for one statement at a
 * time, as Kysely sends them); elsewhere — SQLite, a transaction's handle — the statements run
 * one after another through Kysely, with the same results.
 */
import type { CompiledQuery, Kysely, PostgresPool, QueryResult } from "kysely";
import type { Database } from "./schema.js";

/** The pooled connections of each PostgreSQL database that can pipeline. */
const pipelinePools = new WeakMap<Kysely<Database>, PostgresPool>();

/** Notes that `db`'s pool (whose clients are in pipeline mode) may pipeline. */
export function pipelineThrough(db: Kysely<Database>, pool: PostgresPool): void {
  pipelinePools.set(db, pool);
}

/** Results of the statements, in order. */
type Results<Q extends readonly CompiledQuery[]> = {
  [K in keyof Q]: Q[K] extends CompiledQuery<infer O> ? QueryResult<O> : never;
};

/** Runs the statements in order, pipelined on one connection where the database can. */
export async function runPipelined<const Q extends readonly CompiledQuery[]>(
  db: Kysely<Database>,
  queries: Q,
): Promise<Results<Q>> {
  const pool = pipelinePools.get(db);
  const settled: PromiseSettledResult<{ rows?: unknown[] }>[] = [];
  if (pool === undefined) {
    for (const query of queries)
      settled.push(
        await db.executeQuery(query).then(
          (value) => ({ status: "fulfilled", value }) as const,
          (reason: unknown) => ({ status: "rejected", reason }) as const,
        ),
      );
  } else {
    const client = await pool.connect();
    try {
      // Sent at once: node-postgres writes each statement as it is queued in pipeline mode.
      const sent = queries.map((query) => client.query(query.sql, [...query.parameters]));
      settled.push(...(await Promise.allSettled(sent)));
    } finally {
      client.release();
    }
  }
  const failed = settled.find((outcome) => outcome.status === "rejected");
  if (failed !== undefined) throw failed.reason;
  return settled.map((outcome) => ({
    rows: (outcome as PromiseFulfilledResult<{ rows?: unknown[] }>).value.rows ?? [],
  })) as Results<Q>;
}
