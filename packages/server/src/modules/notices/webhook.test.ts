/**
 * Decision 0258: the HTTP sender says which failures may pass (5xx, 408, 429, the bots' rate
 * limits, an unreachable host) and which need the administrator (another 4xx, the bot refusing
 * the message, a refused URL). A local bot answers as told.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpSender, isRetryable } from "./webhook.js";

describe("webhook sender: retryable or final", () => {
  let bot: Server;
  let url: string;
  let reply = { status: 200, body: '{"errcode":0}' };
  beforeAll(async () => {
    bot = createServer((request, response) => {
      request.resume();
      request.on("end", () => {
        response.statusCode = reply.status;
        response.end(reply.body);
      });
    });
    await new Promise<void>((resolve) => bot.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(bot.address() as AddressInfo).port}/robot/send?access_token=x`;
  });
  afterAll(() => new Promise((resolve) => bot.close(resolve)));

  const send = createHttpSender({ timeoutMs: 2_000, clock: () => new Date() });
  const target = (u: string, allowIntranet = true) => ({
    kind: "dingtalk",
    url: u,
    secret: null,
    allowIntranet,
  });
  async function outcome(status: number, body: string): Promise<[string, boolean] | "sent"> {
    reply = { status, body };
    try {
      await send(target(url), "【催报】测试");
      return "sent";
    } catch (e) {
      return [(e as Error).message, isRetryable(e)];
    }
  }

  it.each([
    [502, "", "机器人服务返回 HTTP 502", true],
    [503, "", "机器人服务返回 HTTP 503", true],
    [429, "", "机器人服务返回 HTTP 429", true],
    [408, "", "机器人服务返回 HTTP 408", true],
    [404, "", "机器人服务返回 HTTP 404", false],
    [401, "", "机器人服务返回 HTTP 401", false],
    [200, "<html>", "机器人服务的答复无法识别", true],
    [
      200,
      '{"errcode":130101,"errmsg":"send too fast"}',
      "机器人服务拒绝：130101 send too fast",
      true,
    ],
    [
      200,
      '{"errcode":45009,"errmsg":"api freq out of limit"}',
      "机器人服务拒绝：45009 api freq out of limit",
      true,
    ],
    [
      200,
      '{"errcode":310000,"errmsg":"sign not match"}',
      "机器人服务拒绝：310000 sign not match",
      false,
    ],
    [
      200,
      '{"errcode":93000,"errmsg":"invalid webhook url"}',
      "机器人服务拒绝：93000 invalid webhook url",
      false,
    ],
  ])("HTTP %i %s → %s, retryable %s", async (status, body, message, retryable) => {
    expect(await outcome(status, body)).toEqual([message, retryable]);
  });

  it("sends when the bot answers errcode 0", async () => {
    expect(await outcome(200, '{"errcode":0,"errmsg":"ok"}')).toBe("sent");
  });

  it("a refused URL is final; an unreachable bot may pass", async () => {
    await expect(send(target(url, false), "x")).rejects.toMatchObject({ retryable: false });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(send(target(`http://127.0.0.1:${port}/x`), "x")).rejects.toMatchObject({
      message: "无法连接机器人服务",
      retryable: true,
    });
  });
});
