/**
 * SQL of notices (催报), organisations' webhooks and webhook deliveries with their attempts
 * (migrations 0008, 0013).
 */
import type { Kysely } from "kysely";
import type {
  Database,
  NoticesTable,
  OrganisationWebhookRow,
  OrganisationWebhooksTable,
  WebhookDeliveriesTable,
  WebhookDeliveryAttemptsTable,
  WebhookDeliveryRow,
} from "../../db/schema.js";

/** Stores notices. */
export async function insertNotices(db: Kysely<Database>, rows: NoticesTable[]): Promise<void> {
  if (rows.length > 0) await db.insertInto("notices").values(rows).execute();
}

/** The latest notices of a unit with their rounds' titles. */
export function listUnitNotices(db: Kysely<Database>, organisationId: string, limit: number) {
  return db
    .selectFrom("notices")
    .innerJoin("rounds", "rounds.id", "notices.round_id")
    .select([
      "notices.id",
      "notices.round_id",
      "rounds.title as round_title",
      "notices.message",
      "notices.created_at",
      "notices.read_at",
    ])
    .where("notices.organisation_id", "=", organisationId)
    .orderBy("notices.created_at", "desc")
    .orderBy("notices.id")
    .limit(limit)
    .execute();
}

/** One notice. */
export function findNotice(db: Kysely<Database>, id: string) {
  return db.selectFrom("notices").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Marks a notice read once (a second call keeps the first time); whether it changed. */
export async function markNoticeRead(
  db: Kysely<Database>,
  id: string,
  at: string,
  userId: string,
): Promise<boolean> {
  const result = await db
    .updateTable("notices")
    .set({ read_at: at, read_by: userId })
    .where("id", "=", id)
    .where("read_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** How many notices of a unit are unread. */
export async function countUnreadNotices(
  db: Kysely<Database>,
  organisationId: string,
): Promise<number> {
  const rows = await db
    .selectFrom("notices")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where("read_at", "is", null)
    .execute();
  return rows.length;
}

/** The reminders of a round with the units' names, newest first. */
export function listRoundNotices(db: Kysely<Database>, roundId: string) {
  return db
    .selectFrom("notices")
    .innerJoin("organisations", "organisations.id", "notices.organisation_id")
    .select([
      "notices.id",
      "notices.organisation_id",
      "organisations.name as organisation_name",
      "notices.message",
      "notices.created_at",
      "notices.read_at",
    ])
    .where("notices.round_id", "=", roundId)
    .orderBy("notices.created_at", "desc")
    .orderBy("organisations.code")
    .limit(1000)
    .execute();
}

/** An organisation's webhook. */
export function findWebhook(
  db: Kysely<Database>,
  organisationId: string,
): Promise<OrganisationWebhookRow | undefined> {
  return db
    .selectFrom("organisation_webhooks")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
}

/** The enabled webhooks among some organisations. */
export function listEnabledWebhooks(
  db: Kysely<Database>,
  organisationIds: readonly string[],
): Promise<OrganisationWebhookRow[]> {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("organisation_webhooks")
    .selectAll()
    .where("organisation_id", "in", organisationIds)
    .where("enabled", "=", 1)
    .execute();
}

/** Stores the first webhook of an organisation. */
export async function insertWebhook(
  db: Kysely<Database>,
  row: OrganisationWebhooksTable,
): Promise<void> {
  await db.insertInto("organisation_webhooks").values(row).execute();
}

/** Changes a webhook at `expectedVersion`; whether it changed. */
export async function updateWebhook(
  db: Kysely<Database>,
  organisationId: string,
  expectedVersion: number,
  patch: Partial<Omit<OrganisationWebhooksTable, "organisation_id" | "version">>,
): Promise<boolean> {
  const result = await db
    .updateTable("organisation_webhooks")
    .set({ ...patch, version: expectedVersion + 1 })
    .where("organisation_id", "=", organisationId)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Queues webhook deliveries. */
export async function insertDeliveries(
  db: Kysely<Database>,
  rows: WebhookDeliveriesTable[],
): Promise<void> {
  if (rows.length > 0) await db.insertInto("webhook_deliveries").values(rows).execute();
}

/** The webhook deliveries of a round with the organisations' names. */
export function listRoundDeliveries(db: Kysely<Database>, roundId: string) {
  return db
    .selectFrom("webhook_deliveries")
    .innerJoin("organisations", "organisations.id", "webhook_deliveries.organisation_id")
    .select([
      "webhook_deliveries.id",
      "organisations.name as organisation_name",
      "webhook_deliveries.state",
      "webhook_deliveries.attempts",
      "webhook_deliveries.next_attempt_at",
      "webhook_deliveries.error",
      "webhook_deliveries.created_at",
      "webhook_deliveries.updated_at",
    ])
    .where("webhook_deliveries.round_id", "=", roundId)
    .orderBy("webhook_deliveries.created_at", "desc")
    .limit(500)
    .execute();
}

/** The attempts of some deliveries, in order. */
export function listDeliveryAttempts(db: Kysely<Database>, deliveryIds: string[]) {
  if (deliveryIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("webhook_delivery_attempts")
    .select(["delivery_id", "attempt", "started_at", "finished_at", "outcome", "error"])
    .where("delivery_id", "in", deliveryIds)
    .orderBy("delivery_id")
    .orderBy("attempt")
    .execute();
}

/** Records one attempt to send a delivery. */
export async function insertDeliveryAttempt(
  db: Kysely<Database>,
  row: WebhookDeliveryAttemptsTable,
): Promise<void> {
  await db.insertInto("webhook_delivery_attempts").values(row).execute();
}

/**
 * Deliveries waiting to be sent, retries due at `now`, or running ones whose process stopped
 * before `staleBefore`.
 */
export function listDueDeliveries(
  db: Kysely<Database>,
  now: string,
  staleBefore: string,
  limit: number,
): Promise<WebhookDeliveryRow[]> {
  return db
    .selectFrom("webhook_deliveries")
    .selectAll()
    .where((eb) =>
      eb.or([
        eb("state", "=", "queued"),
        eb.and([eb("state", "=", "retrying"), eb("next_attempt_at", "<=", now)]),
        eb.and([eb("state", "=", "running"), eb("updated_at", "<", staleBefore)]),
      ]),
    )
    .orderBy("created_at")
    .limit(limit)
    .execute();
}

/** Takes a delivery for this process (only one process wins); whether it did. */
export async function claimDelivery(
  db: Kysely<Database>,
  row: WebhookDeliveryRow,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable("webhook_deliveries")
    .set({ state: "running", attempts: row.attempts + 1, updated_at: at })
    .where("id", "=", row.id)
    .where("state", "=", row.state)
    .where("attempts", "=", row.attempts)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Records how a delivery ended. */
export async function finishDelivery(
  db: Kysely<Database>,
  id: string,
  patch: {
    state: "sent" | "retrying" | "failed";
    error: string | null;
    next_attempt_at: string | null;
    updated_at: string;
  },
): Promise<void> {
  await db.updateTable("webhook_deliveries").set(patch).where("id", "=", id).execute();
}
