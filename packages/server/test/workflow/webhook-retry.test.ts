/**
 * Decision 0258 (issue 14 催报): a group-bot message that failed for a passing reason is sent
 * again 1, 5 and 15 minutes after the attempt before — four attempts at most, each recorded with
 * its reason and shown in the round's 催报记录 — and one that cannot succeed (the bot refuses the
 * token, a 4xx) is not retried. The fake sender answers as told; the injected clock moves time.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../../src/testing/database.js";
import { buildUser, sessionCookieFor } from "../../src/testing/factories.js";
import { createTestApp, type TestApp } from "../../src/testing/test-app.js";
import { type WebhookTarget } from "../../src/modules/notices/webhook.js";
import {
  buildCountyWithPeople,
  caller,
  createTownshipRound,
  moveRound,
  type County,
} from "./county.js";

class WebhookError extends Error {
  constructor(
    m: string,
    readonly retryable: boolean,
  ) {
    super(m);
  }
}
const START = new Date("2026-03-01T02:00:00.000Z");
const minutes = (n: number) => n * 60_000;

describe(`webhook retries (${testDialect})`, () => {
  let t: TestApp;
  let c: County;
  let call: ReturnType<typeof caller>;
  /** What the fake bot does with each message: the next answers in turn, then "ok". */
  const answers: (Error | "ok")[] = [];
  const sent: { target: WebhookTarget; text: string; at: number }[] = [];

  beforeAll(async () => {
    t = await createTestApp({
      // The clock moves hours here; sessions must outlive it.
      configure: (config) => {
        config.session.idleTimeoutMinutes = 24 * 60;
        config.session.absoluteTimeoutHours = 24;
      },
      webhookSender: async (target, text) => {
        sent.push({ target, text, at: t.clock.now().getTime() });
        const answer = answers.shift() ?? "ok";
        if (answer !== "ok") throw answer;
      },
    });
    t.clock.set(START);
    c = await buildCountyWithPeople(t, 2);
    call = caller(t);
    const sys = await buildUser(t.db, {
      organisation: c.county,
      roles: [{ role: "system_admin" }],
    });
    const systemAdmin = await sessionCookieFor(t.app, t.db, sys.user, t.clock.now());
    const saved = await call(systemAdmin, "PUT", `/api/organisations/${c.units[0]!.id}/webhook`, {
      version: 0,
      kind: "wecom",
      url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=0123456789abcdef",
      enabled: true,
      allowIntranet: false,
    });
    expect(saved.status, saved.text).toBe(200);
  });
  afterAll(async () => t.close());

  /** Sends a reminder to unit 0 and lets the queue make its first attempt. */
  async function remind(roundId: string): Promise<void> {
    const response = await call(c.admin, "POST", `/api/rounds/${roundId}/reminders`, {
      unitIds: [c.units[0]!.id],
    });
    expect(response.body).toMatchObject({ webhooksQueued: 1 });
    await t.app.webhookQueue.drain();
  }
  async function delivery(roundId: string) {
    const record = await call(c.admin, "GET", `/api/rounds/${roundId}/reminders`);
    expect(record.status).toBe(200);
    expect(record.body?.deliveries).toHaveLength(1);
    return record.body?.deliveries[0];
  }
  /** Moves the clock and lets the queue look. */
  async function after(ms: number): Promise<void> {
    t.clock.set(new Date(t.clock.now().getTime() + ms));
    await t.app.webhookQueue.drain();
  }

  it("retries a passing failure after 1 min, then succeeds; each attempt is recorded", async () => {
    const round = await createTownshipRound(t, c, { selfAssessment: "2026-03-20" });
    await moveRound(t, c, round.id, "self_assessment");
    sent.length = 0;
    answers.push(new WebhookError("机器人服务返回 HTTP 502", true));
    await remind(round.id);
    expect(sent).toHaveLength(1);
    const waiting = await delivery(round.id);
    expect(waiting).toMatchObject({
      state: "retrying",
      attempts: 1,
      error: "机器人服务返回 HTTP 502",
      nextAttemptAt: new Date(START.getTime() + minutes(1)).toISOString(),
    });
    expect(waiting.attemptLog).toEqual([
      expect.objectContaining({ attempt: 1, sent: false, error: "机器人服务返回 HTTP 502" }),
    ]);

    await after(minutes(1) - 1); // not yet due
    expect(sent).toHaveLength(1);
    await after(1);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.text).toBe(sent[0]!.text);
    const done = await delivery(round.id);
    expect(done).toMatchObject({ state: "sent", attempts: 2, nextAttemptAt: null });
    expect(done.attemptLog.map((a: { sent: boolean }) => a.sent)).toEqual([false, true]);
    await after(minutes(30));
    expect(sent).toHaveLength(2); // a sent message is never sent again
  });

  it("gives up after four attempts at +1, +5 and +15 minutes, the reason of each kept", async () => {
    const round = await createTownshipRound(t, c, { selfAssessment: "2026-03-21" });
    await moveRound(t, c, round.id, "self_assessment");
    sent.length = 0;
    const first = t.clock.now().getTime();
    answers.push(
      new Error("无法连接机器人服务"), // not a WebhookError: counted as passing
      new WebhookError("机器人服务 5 秒内无响应", true),
      new WebhookError("机器人服务拒绝：45009 api freq out of limit", true),
      new WebhookError("机器人服务返回 HTTP 503", true),
    );
    await remind(round.id);
    for (const wait of [1, 5, 15]) {
      await after(minutes(wait));
      expect((await delivery(round.id)).attempts).toBe([1, 5, 15].indexOf(wait) + 2);
    }
    expect(sent.map((s) => (s.at - first) / minutes(1))).toEqual([0, 1, 6, 21]);
    const failed = await delivery(round.id);
    expect(failed).toMatchObject({
      state: "failed",
      attempts: 4,
      nextAttemptAt: null,
      error: "机器人服务返回 HTTP 503",
    });
    expect(failed.attemptLog.map((a: { error: string }) => a.error)).toEqual([
      "无法连接机器人服务",
      "机器人服务 5 秒内无响应",
      "机器人服务拒绝：45009 api freq out of limit",
      "机器人服务返回 HTTP 503",
    ]);
    await after(minutes(60));
    expect(sent).toHaveLength(4); // bounded
  });

  it("does not retry what cannot succeed (the bot refuses the key)", async () => {
    const round = await createTownshipRound(t, c, { selfAssessment: "2026-03-22" });
    await moveRound(t, c, round.id, "self_assessment");
    sent.length = 0;
    answers.push(new WebhookError("机器人服务拒绝：93000 invalid webhook url", false));
    await remind(round.id);
    await after(minutes(60));
    expect(sent).toHaveLength(1);
    expect(await delivery(round.id)).toMatchObject({
      state: "failed",
      attempts: 1,
      error: "机器人服务拒绝：93000 invalid webhook url",
    });
  });
});
