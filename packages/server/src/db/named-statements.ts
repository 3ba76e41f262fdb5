/**
 * PostgreSQL: the statements `prepared()` compiled (./prepared.ts) go to the server as named
 * prepared statements, so each connection parses and plans them once instead of on every run;
 * every other statement stays unnamed (docs/decisions/0307).
 *
 * Kysely's PostgreSQL driver sends only the text and the values (`client.query(sql, values)`),
 * so the name is found by the text: `prepared()` registers each compiled text here and the
 * pool's clients look it up. The name is a hash of the text — the same on every connection and
 * in every process. The search_path (DATABASE_SCHEMA) is set when a connection opens and never
 * changes, so on a connection a name always means the same tables.
 */
import { createHash } from "node:crypto";
import type { PostgresPool, PostgresPoolClient } from "kysely";
import type pg from "pg";

/** Statements with more values than this stay unnamed (see `nameStatement`). */
const MAX_NAMED_PARAMETERS = 100;

/** Compiled text → statement name. Only grows with the compiled forms of `prepared()`. */
const names = new Map<string, string>();

/**
 * Notes a statement text to be sent named. A long statement (more than 100 values — the
 * chainer's insert of many records, one text per batch size) would leave a large plan on every
 * connection for a text that seldom recurs: it stays unnamed.
 */
export function nameStatement(text: string, parameterCount: number): void {
  if (parameterCount > MAX_NAMED_PARAMETERS || names.has(text)) return;
  names.set(text, `k${createHash("sha1").update(text).digest("hex").slice(0, 20)}`);
}

/** The name a statement text is sent under, if any. */
export function statementName(text: string): string | undefined {
  return names.get(text);
}

/**
 * PostgreSQL's error when a statement's result columns changed since it was prepared (a
 * migration added a column to a table read with `*`): the statement fails on that connection
 * until it is prepared again.
 */
const isStalePlan = (error: unknown) =>
  (error as { code?: unknown } | null)?.code === "0A000" &&
  /cached plan must not change result type/.test((error as Error).message);

/** A pool client that sends registered texts named. */
function namingClient(client: pg.PoolClient): PostgresPoolClient {
  let stale = false;
  const query = (text: string, values: readonly unknown[]) => {
    const name = typeof text === "string" ? statementName(text) : undefined;
    // Unregistered texts, and a cursor (Kysely's streaming), pass through unchanged.
    if (name === undefined) return client.query(text, values as unknown[]);
    return client.query({ name, text, values: values as unknown[] }).catch((error: unknown) => {
      if (isStalePlan(error)) stale = true;
      throw error;
    });
  };
  return {
    query: query as unknown as PostgresPoolClient["query"],
    release() {
      // A connection with a stale statement is closed rather than kept: the next one prepares
      // afresh (one failed statement per pooled connection after such a migration).
      client.release(stale ? new Error("prepared statement out of date") : undefined);
    },
  };
}

/** Wraps a pg pool for Kysely's PostgresDialect so that registered statements go named. */
export function withNamedStatements(pool: pg.Pool): PostgresPool {
  const clients = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let naming = clients.get(client);
      if (naming === undefined) {
        naming = namingClient(client);
        clients.set(client, naming);
      }
      return naming;
    },
    end: () => pool.end(),
  };
}
