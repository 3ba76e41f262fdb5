/**
 * How the server talks to SQLite (better-sqlite3 behind Kysely's SQLite dialect), with two
 * changes for a server under load (docs/decisions/0055):
 *
 * - Prepared statements are kept by SQL text. Kysely prepares every query again; a statement is
 *   reusable with new parameters, so each distinct text is parsed and planned once.
 * - The one connection is given to one query per turn of the event loop, in arrival order.
 *   better-sqlite3 runs queries synchronously, so a request never waited for the database: each
 *   request read in a turn ran to its end inside that turn, and under load a turn served every
 *   ready connection's request (100 saves: about a second), while Node accepts one new
 *   connection per turn (libuv ≥ 1.45) and reads no new request until the turn ends: connections
 *   opened during a burst waited seconds to be accepted, some past the client's timeout. With
 *   the connection granted on `setImmediate`, a turn runs one query and the work up to the
 *   request's next query, so accepting and reading go on between queries; a transaction keeps
 *   the connection for all its statements.
 */
import type SqliteDatabase from "better-sqlite3";
import {
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase as KyselySqliteDatabase,
  type SqliteDialectConfig,
} from "kysely";

/** How many prepared statements are kept (distinct SQL texts; the server uses a few hundred). */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The better-sqlite3 handle as Kysely sees it, with prepared statements kept by SQL text (least
 * recently used dropped beyond the bound). Kysely runs one statement at a time on its one
 * connection, and a stream holds the connection until it ends, so a kept statement is never
 * busy when it is taken again.
 */
export function withStatementCache(
  sqlite: SqliteDatabase.Database,
  beforeClose?: () => void,
): KyselySqliteDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      beforeClose?.();
      sqlite.close();
    },
    prepare(text: string) {
      let statement = statements.get(text);
      if (statement !== undefined) {
        statements.delete(text);
      } else {
        statement = sqlite.prepare(text);
        if (statements.size >= STATEMENT_CACHE_SIZE)
          statements.delete(statements.keys().next().value as string);
      }
      statements.set(text, statement);
      return statement;
    },
  };
}

/**
 * Kysely's SQLite driver whose one connection is given, first come first served, to one waiting
 * query per turn of the event loop (on `setImmediate`).
 */
class TurnTakingSqliteDriver extends SqliteDriver {
  private readonly waiting: (() => void)[] = [];
  private held = false;
  private scheduled = false;

  override async acquireConnection(): Promise<DatabaseConnection> {
    await new Promise<void>((resolve) => {
      this.waiting.push(resolve);
      this.grantNext();
    });
    // Kysely's own mutex is always free here: only the holder reaches it.
    return super.acquireConnection();
  }

  override async releaseConnection(): Promise<void> {
    await super.releaseConnection();
    this.held = false;
    this.grantNext();
  }

  /** Gives the connection to the first waiter on the next turn, unless it is held. */
  private grantNext(): void {
    if (this.held || this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const next = this.waiting.shift();
      if (next === undefined) return;
      this.held = true;
      next();
    });
  }
}

/** Kysely's SQLite dialect with the turn-taking driver. */
export class TurnTakingSqliteDialect extends SqliteDialect {
  private readonly driverConfig: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.driverConfig = config;
  }

  override createDriver(): Driver {
    return new TurnTakingSqliteDriver(this.driverConfig);
  }
}
