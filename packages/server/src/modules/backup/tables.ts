/**
 * What a backup holds: every table of the schema in an order that restores without breaking a
 * foreign key (parents before children), each read in a stable order. `backup.test.ts` fails
 * when a migration adds a table that is not listed here, so a new table cannot be left out of
 * backups by accident.
 */
/** One table of the backup and the key its rows are read (and paged) in order of. */
export interface BackupTable {
  name: string;
  /** Its primary key's columns: the rows are read page by page in their order. */
  orderBy: readonly string[];
}

/**
 * Every table, parents first. Left out on purpose: `sessions` (a restored system starts with
 * nobody logged in, and session ids never leave the server) and Kysely's migration bookkeeping
 * (the manifest records the applied migrations instead).
 */
export const backupTables: readonly BackupTable[] = [
  { name: "organisations", orderBy: ["id"] },
  { name: "organisation_history", orderBy: ["id"] },
  { name: "users", orderBy: ["id"] },
  { name: "password_history", orderBy: ["id"] },
  { name: "role_assignments", orderBy: ["id"] },
  { name: "audit_log", orderBy: ["seq"] },
  // Committed records not yet chained (decision 0250): the restored server chains them.
  { name: "audit_pending", orderBy: ["id"] },
  { name: "schemes", orderBy: ["id"] },
  { name: "scheme_versions", orderBy: ["id"] },
  { name: "scheme_import_reviews", orderBy: ["scheme_id", "item_code"] },
  { name: "scheme_import_notes", orderBy: ["scheme_id"] },
  { name: "rounds", orderBy: ["id"] },
  { name: "round_transitions", orderBy: ["id"] },
  { name: "round_units", orderBy: ["id"] },
  { name: "round_item_departments", orderBy: ["round_id", "item_code"] },
  { name: "facts", orderBy: ["id"] },
  { name: "narratives", orderBy: ["id"] },
  { name: "evidence_files", orderBy: ["id"] },
  { name: "item_reviews", orderBy: ["id"] },
  { name: "review_comments", orderBy: ["id"] },
  { name: "ratings", orderBy: ["id"] },
  { name: "result_snapshots", orderBy: ["id"] },
  { name: "appeals", orderBy: ["id"] },
  { name: "settings", orderBy: ["group_key"] },
  { name: "notices", orderBy: ["id"] },
  { name: "organisation_webhooks", orderBy: ["organisation_id"] },
];

/**
 * Tables deliberately not in a backup: sessions; batch jobs and rate-limit counters (passing
 * state of the running servers); evidence bytes kept in the database, which the backup copies
 * through the evidence store like files (docs/decisions/0180); fact stamps (a cache key, 0181); webhook deliveries and their attempts (the queue's passing work, 0213, 0258).
 */
export const tablesLeftOut: readonly string[] = [
  "sessions",
  "document_jobs",
  "rate_limit_hits",
  "evidence_blobs",
  "round_fact_stamps",
  "webhook_delivery_attempts",
  "webhook_deliveries",
];
