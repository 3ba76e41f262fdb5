/**
 * The job queue of webhook messages (decision 0213): a reminder queues one delivery per enabled
 * webhook in its transaction; any server process sends it — at once when the reminder was made
 * here, else when it next looks (every few seconds) — and records 已发送 or 发送失败 with the
 * reason, which the round's 催报记录 shows. A delivery left running by a stopped process is
 * taken over after a minute. A passing failure is retried 1, 5 and 15 minutes after the attempt
 * before (decision 0258: four attempts at most, each kept with its reason); a failure that
 * cannot pass (refused URL, another 4xx, the bot refusing the message) ends at once.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database.js";
import {
  claimDelivery,
  findWebhook,
  finishDelivery,
  insertDeliveryAttempt,
  listDueDeliveries,
} from "./repository.js";
import { isRetryable, type WebhookSender } from "./webhook.js";

const pollMs = 5_000;
const staleMs = 60_000;

/** The waits before the 1st, 2nd and 3rd retry (decision 0258). */
export const webhookRetryDelaysMs: readonly number[] = [60_000, 5 * 60_000, 15 * 60_000];

/** The webhook queue of this process. */
export interface WebhookQueue {
  /** Sends what is due now (without waiting for the next look); resolves when done. */
  drain(): Promise<void>;
  /** Starts looking every few seconds. */
  start(): void;
  stop(): void;
}

/** Builds the queue; `send` is the HTTP sender (tests pass their own). */
export function createWebhookQueue(deps: {
  db: Db;
  clock: () => Date;
  send: WebhookSender;
}): WebhookQueue {
  const { db, clock, send } = deps;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function runDue(): Promise<void> {
    for (;;) {
      const now = clock();
      const due = await listDueDeliveries(
        db,
        now.toISOString(),
        new Date(now.getTime() - staleMs).toISOString(),
        20,
      );
      if (due.length === 0 || stopped) return;
      for (const delivery of due) {
        const startedAt = clock().toISOString();
        if (!(await claimDelivery(db, delivery, startedAt))) continue;
        const attempt = delivery.attempts + 1;
        const webhook = await findWebhook(db, delivery.organisation_id);
        let error: string | null = null;
        let retryable = false;
        if (webhook === undefined || webhook.enabled !== 1) error = "机器人已停用，未发送";
        else {
          try {
            await send(
              {
                kind: webhook.kind,
                url: webhook.url,
                secret: webhook.secret,
                allowIntranet: webhook.allow_intranet === 1,
              },
              delivery.message,
            );
          } catch (e) {
            error = (e instanceof Error ? e.message : "发送失败").slice(0, 500);
            retryable = isRetryable(e);
          }
        }
        const finishedAt = clock();
        const wait = retryable ? webhookRetryDelaysMs[attempt - 1] : undefined;
        await db.transaction().execute(async (trx) => {
          await insertDeliveryAttempt(trx, {
            id: randomUUID(),
            delivery_id: delivery.id,
            attempt,
            started_at: startedAt,
            finished_at: finishedAt.toISOString(),
            outcome: error === null ? "sent" : "failed",
            error,
          });
          await finishDelivery(trx, delivery.id, {
            state: error === null ? "sent" : wait === undefined ? "failed" : "retrying",
            error,
            next_attempt_at:
              wait === undefined ? null : new Date(finishedAt.getTime() + wait).toISOString(),
            updated_at: finishedAt.toISOString(),
          });
        });
      }
    }
  }

  function drain(): Promise<void> {
    running ??= runDue()
      .catch(() => undefined)
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  return {
    drain,
    start() {
      if (timer !== undefined) return;
      timer = setInterval(() => void drain(), pollMs);
      timer.unref();
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearInterval(timer);
    },
  };
}
