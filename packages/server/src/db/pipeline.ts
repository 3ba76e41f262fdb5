/**
 * PostgreSQL: statements sent on one connection one after another without waiting for each
 * answer before sending the next (the protocol's pipelining; node-postgres's `pipeline` mode),
 * so a transaction's steps that do not need each other's answers cost one wait instead of one
 * each (decision 0337). PostgreSQL still runs them in order, each after the one before it has
 * finished, exactly as if they had been sent one at a time: each statement has its own snapshot
 * taken when it starts; after a failed statement in a transaction the rest fail too, and COMMIT
 * after a failure rolls back.
 *
 * Only a connection of its own (./database.ts `ownConnection`) pipelines. On any other handle the
 * same statements go one at a time on one connection, with the same answers.
 */
import type { CompiledQuery, Kysely, PostgresPool } from "kysely";
import type { Database } from "./schema.js";

/** Sends statements and resolves with each one's rows, in order; rejects with the first failure once all have answered. */
export type Send = (queries: readonly CompiledQuery[]) => Promise<Record<string, unknown>[][]>;

/** The pools of the databases ./database.ts opened, and whether their connections pipeline. */
const pools = new WeakMap<Kysely<Database>, { pool: PostgresPool; pipelines: boolean }>();

/** Notes the pool under a PostgreSQL handle (./database.ts). */
export function registerPool(db: Kysely<Database>, pool: PostgresPool, pipelines: boolean): void {
  pools.set(db, { pool, pipelines });
}

/** The rows of every answer, or the first failure once every statement has answered. */
async function settled(
  answers: readonly Promise<{ rows: Record<string, unknown>[] }>[],
): Promise<Record<string, unknown>[][]> {
  const results = await Promise.allSettled(answers);
  for (const result of results) if (result.status === "rejected") throw result.reason;
  return results.map((result) => (result as PromiseFulfilledResult<{ rows: never[] }>).value.rows);
}

/**
 * Runs `work` with one connection held throughout (a transaction opened by its statements is
 * closed by them before it returns); `send` pipelines where the connection does.
 */
export async function onOneConnection<T>(
  db: Kysely<Database>,
  work: (send: Send) => Promise<T>,
): Promise<T> {
  const known = pools.get(db);
  if (known === undefined)
    return db.connection().execute((connection) =>
      work(async (queries) => {
        const answers = [];
        for (const query of queries) {
          const answer = connection.executeQuery<Record<string, unknown>>(query);
          answers.push(answer);
          await answer.catch(() => undefined);
        }
        return settled(answers);
      }),
    );
  const client = await known.pool.connect();
  const run = (query: CompiledQuery) =>
    client.query<Record<string, unknown>>(query.sql, query.parameters);
  try {
    return await work(async (queries) => {
      if (known.pipelines) return settled(queries.map(run));
      const answers = [];
      for (const query of queries) {
        const answer = run(query);
        answers.push(answer);
        await answer.catch(() => undefined);
      }
      return settled(answers);
    });
  } finally {
    client.release();
  }
}
