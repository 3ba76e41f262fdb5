/**
 * The one migrations folder. Add a migration as `NNNN-name.ts` and one line here; names sort
 * in the order they apply. Migrations use only what both SQLite and PostgreSQL understand
 * (see ../dialect.ts for the rest).
 */
import type { Migration } from "kysely";
import * as foundation from "./0001-foundation.js";
import * as workflow from "./0002-workflow.js";
import * as settings from "./0003-settings.js";
import * as multiProcess from "./0004-multi-process.js";
import * as reviewApprovals from "./0005-review-approvals.js";
import * as roundFactStamps from "./0006-round-fact-stamps.js";
import * as schemeImportReviews from "./0007-scheme-import-reviews.js";
import * as notices from "./0008-notices.js";
import * as rushSaves from "./0011-rush-saves.js";
import * as webhookRetries from "./0013-webhook-retries.js";
import * as crossUnitStamps from "./0014-fact-stamps-of-cross-unit-items.js";

/** Every migration by name, applied in name order. */
export const migrations: Record<string, Migration> = {
  "0001-foundation": foundation,
  "0002-workflow": workflow,
  "0003-settings": settings,
  "0004-multi-process": multiProcess,
  "0005-review-approvals": reviewApprovals,
  "0006-round-fact-stamps": roundFactStamps,
  "0007-scheme-import-reviews": schemeImportReviews,
  "0008-notices": notices,
  "0011-rush-saves": rushSaves,
  "0013-webhook-retries": webhookRetries,
  "0014-fact-stamps-of-cross-unit-items": crossUnitStamps,
};
