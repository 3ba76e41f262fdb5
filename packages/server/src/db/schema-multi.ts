/** Kysely types of the tables several server processes share (migration 0004-multi-process). */
import type { Selectable } from "kysely";

/** A batch document job (a .zip of every unit's sheet or report) and, once done, its bytes. */
export interface DocumentJobsTable {
  id: string;
  owner_id: string;
  round_id: string;
  kind: string;
  /** 1 when the starter could see reviewed scores before publication (round-documents.ts). */
  reviewed_early: number;
  /** queued | running | done | failed */
  state: string;
  done: number;
  total: number;
  file_name: string;
  error: string | null;
  created_at: string;
  /** Last sign of life of the process running it; a stale one lets another process take over. */
  heartbeat_at: string;
  attempts: number;
  result: Buffer | null;
}

/** Hits of one rate-limit key in its current window. */
export interface RateLimitHitsTable {
  key: string;
  hits: number;
  window_ends_at: string;
}

/** Evidence bytes by their SHA-256 (KAOPING_EVIDENCE_STORE=database). */
export interface EvidenceBlobsTable {
  sha256: string;
  size: number;
  bytes: Buffer;
}

/** How often an item's facts of a round were written (migration 0006, decision 0181). */
export interface RoundFactStampsTable {
  round_id: string;
  item_code: string;
  stamp: number;
}

/** A notice to a unit (催报, migration 0008, decision 0213). */
export interface NoticesTable {
  id: string;
  round_id: string;
  /** The unit the notice is for. */
  organisation_id: string;
  /** `reminder` */
  kind: string;
  message: string;
  created_by: string | null;
  created_at: string;
  read_at: string | null;
  read_by: string | null;
}

/** An organisation's group-bot webhook (政务钉钉 / 企业微信); off unless enabled. */
export interface OrganisationWebhooksTable {
  organisation_id: string;
  /** `dingtalk` | `wecom` */
  kind: string;
  url: string;
  /** The DingTalk signing secret (加签); never answered back. */
  secret: string | null;
  enabled: number;
  /** 1: the administrator allowed an intranet (private or loopback) target. */
  allow_intranet: number;
  version: number;
  updated_by: string | null;
  updated_at: string;
}

/** One webhook message to send for a notice (the job queue's work). */
export interface WebhookDeliveriesTable {
  id: string;
  round_id: string;
  /** The organisation whose group bot receives the message. */
  organisation_id: string;
  /** The text sent (no secret in it). */
  message: string;
  /** queued | running | retrying | sent | failed */
  state: string;
  attempts: number;
  /** The last failure's reason (Chinese). */
  error: string | null;
  created_at: string;
  updated_at: string;
  /** When a `retrying` delivery is due again (decision 0258, migration 0013). */
  next_attempt_at?: string | null;
}

/** One attempt to send a webhook delivery and how it ended (decision 0258). */
export interface WebhookDeliveryAttemptsTable {
  id: string;
  delivery_id: string;
  /** 1 for the first attempt. */
  attempt: number;
  started_at: string;
  finished_at: string;
  /** sent | failed */
  outcome: string;
  error: string | null;
}

/** Notice, webhook and delivery rows. */
export type OrganisationWebhookRow = Selectable<OrganisationWebhooksTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveriesTable>;

/** A job row. */
export type DocumentJobRow = Selectable<DocumentJobsTable>;

/** The shared tables of `Database`. */
export interface MultiProcessTables {
  document_jobs: DocumentJobsTable;
  rate_limit_hits: RateLimitHitsTable;
  evidence_blobs: EvidenceBlobsTable;
  round_fact_stamps: RoundFactStampsTable;
  notices: NoticesTable;
  organisation_webhooks: OrganisationWebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_delivery_attempts: WebhookDeliveryAttemptsTable;
}
