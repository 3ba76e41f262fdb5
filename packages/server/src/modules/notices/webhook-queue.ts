/**
 * The job queue of webhook messages (decision 0213): a reminder queues one delivery per enabled
 * webhook in its transaction; any server process sends it — at once when the reminder was made
 * here, else when it next looks (every few seconds) — and records 已发送 or 发送失败 with the
 * reason, which the round's 催报记录 shows. A delivery left running by a stopped process is
 * taken over after a minute. One attempt each: the administrator reminds again after a failure.
 */
import type { Db } from "../../db/database.js";
import { claimDelivery, findWebhook, finishDelivery, listDueDeliveries } from "./repository.js";
import type { WebhookSender } from "./webhook.js";

const pollMs = 5_000;
const staleMs = 60_000;

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
      const due = await listDueDeliveries(db, new Date(now.getTime() - staleMs).toISOString(), 20);
      if (due.length === 0 || stopped) return;
      for (const delivery of due) {
        if (!(await claimDelivery(db, delivery, clock().toISOString()))) continue;
        const webhook = await findWebhook(db, delivery.organisation_id);
        let error: string | null = null;
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
          }
        }
        await finishDelivery(db, delivery.id, {
          state: error === null ? "sent" : "failed",
          error,
          updated_at: clock().toISOString(),
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
