/**
 * What every service factory receives: the database, the configuration, the clock and the
 * audit writer. `buildApp` creates one `ServiceDeps` and hands it to each module.
 */
import type { ServerConfig } from "./config.js";
import type { Db } from "./db/database.js";
import type { AuditChainer } from "./modules/audit/chainer.js";
import type { AuditWriter } from "./modules/audit/writer.js";
import type { SettingsReader } from "./modules/settings/effective.js";

/** The shared dependencies of services. */
export interface ServiceDeps {
  db: Db;
  config: ServerConfig;
  clock: () => Date;
  audit: AuditWriter;
  /**
   * The process's audit chainer (PostgreSQL, docs/decisions/0250): readers of the log flush it
   * first, so they see every committed record. Absent on SQLite and outside the HTTP server.
   */
  auditChain?: Pick<AuditChainer, "flush"> | undefined;
  /**
   * The settings saved on the screen (系统设置) over `config`; services read the values an
   * administrator may change through `effectiveConfig(deps)`. Absent outside the HTTP server.
   */
  settings?: SettingsReader;
}
