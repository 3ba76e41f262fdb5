/**
 * `@kaoping/server`: the application factory, configuration and database helpers. The API's
 * schemas for the web app are in the `@kaoping/server/contract` subpath (no Node imports).
 */
export { buildApp, type AppDeps } from "./app.js";
export { defaultConfig, loadConfig, type ServerConfig } from "./config.js";
export { openDatabase, type Db } from "./db/database.js";
export { migrateToLatest, pendingMigrations } from "./db/migrate.js";
export { AppError } from "./errors/app-error.js";
