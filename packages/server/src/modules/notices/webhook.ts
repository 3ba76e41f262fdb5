/**
 * Group-bot webhooks (政务钉钉 / 企业微信, decision 0213): the URL check when the system
 * administrator saves one, the masked URL shown back, and the sending itself — HTTPS only, no
 * loopback, private, link-local or otherwise internal target (checked on the saved URL and
 * again on every address the host resolves to, at connection time) unless the administrator
 * allowed intranet targets for that organisation; a timeout; no redirects followed.
 */
import { createHmac } from "node:crypto";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";

const internal = new BlockList();
for (const [prefix, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
] as const)
  internal.addSubnet(prefix, bits, "ipv4");
for (const [prefix, bits] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["64:ff9b::", 96],
] as const)
  internal.addSubnet(prefix, bits, "ipv6");

/** Whether an IP address is loopback, private, link-local, shared, multicast or unspecified. */
export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return internal.check(address, "ipv4");
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped !== null) return internal.check(mapped[1]!, "ipv4");
    return internal.check(address, "ipv6");
  }
  return true;
}

/** Why a webhook URL cannot be saved (Chinese), or undefined when it can. */
export function webhookUrlProblem(text: string, allowIntranet: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "机器人地址格式不正确，应形如 https://oapi.dingtalk.com/robot/send?access_token=…";
  }
  if (url.protocol !== "https:" && !(allowIntranet && url.protocol === "http:"))
    return allowIntranet
      ? "机器人地址应以 https:// 或 http:// 开头"
      : "机器人地址应以 https:// 开头（内网地址须先勾选“允许内网地址”）";
  if (url.username !== "" || url.password !== "") return "机器人地址不能包含用户名或密码";
  if (url.hash !== "") return "机器人地址不能包含 # 部分";
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (allowIntranet) return undefined;
  if (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    host.endsWith(".local") ||
    host.endsWith(".internal") ||
    (isIP(host) === 0 && !host.includes(".")) ||
    (isIP(host) !== 0 && isInternalAddress(host))
  )
    return "机器人地址指向本机或内网，已拒绝；如确需发送到内网机器人，请勾选“允许内网地址”";
  return undefined;
}

/** The URL with every query value and the last path part masked to its last 4 characters. */
export function maskWebhookUrl(text: string): string {
  const url = new URL(text);
  const mask = (value: string) => (value.length <= 4 ? "****" : `****${value.slice(-4)}`);
  const params = [...url.searchParams.entries()].map(([k, v]) => `${k}=${mask(v)}`);
  const parts = url.pathname.split("/");
  const last = parts.length - 1;
  if (parts[last] !== undefined && parts[last]!.length > 16) parts[last] = mask(parts[last]!);
  return `${url.protocol}//${url.host}${parts.join("/")}${params.length > 0 ? `?${params.join("&")}` : ""}`;
}

/** A webhook to send to. */
export interface WebhookTarget {
  kind: string;
  url: string;
  secret: string | null;
  allowIntranet: boolean;
}

/**
 * Why a message was not sent (Chinese). `retryable` says whether the same message may succeed
 * later (decision 0258): timeouts, lost connections, 5xx, 408/429 and the bots' rate limits are;
 * a refused or malformed URL, another 4xx, or the bot refusing the message (token, signature,
 * keyword) are not — those need the administrator.
 */
export class WebhookError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

/**
 * Whether a failed send may be tried again: only an error that says `retryable: false` (a
 * `WebhookError`, told by shape so a second copy of this module still counts) is final.
 */
export function isRetryable(error: unknown): boolean {
  return !(
    typeof error === "object" &&
    error !== null &&
    (error as { retryable?: unknown }).retryable === false
  );
}

/** 钉钉 "send too fast" and 企业微信 "api freq out of limit": the bot may take it later. */
const rateLimitErrcodes = new Set([130101, 45009]);

/** Whether an HTTP status may turn out differently later. */
const retryableStatus = (status: number) => status >= 500 || status === 408 || status === 429;

/**
 * Sends one text message; resolves when the bot accepted it, else throws an Error with a Chinese
 * message (a `WebhookError` says whether to retry; any other error counts as passing).
 */
export type WebhookSender = (target: WebhookTarget, text: string) => Promise<void>;

/** The URL to post to: DingTalk's signed URL when a secret is set (加签). */
function signedUrl(target: WebhookTarget, now: number): string {
  if (target.kind !== "dingtalk" || target.secret === null) return target.url;
  const sign = createHmac("sha256", target.secret)
    .update(`${now}\n${target.secret}`)
    .digest("base64");
  const url = new URL(target.url);
  url.searchParams.set("timestamp", String(now));
  url.searchParams.set("sign", sign);
  return url.toString();
}

/** A DNS lookup that refuses internal addresses (checked where the connection is made). */
function guardedLookup(allowIntranet: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 4);
      const list = addresses;
      if (!allowIntranet && list.some((a) => isInternalAddress(a.address)))
        return callback(new Error("INTERNAL_ADDRESS"), "", 4);
      if (options.all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      const first = list[0]!;
      callback(null, first.address, first.family);
    });
  };
}

/** The real sender: one POST with a timeout; DingTalk and WeCom both answer `{ errcode: 0 }`. */
export function createHttpSender(options: { timeoutMs: number; clock: () => Date }): WebhookSender {
  return (target, text) =>
    new Promise<void>((resolve, reject) => {
      const problem = webhookUrlProblem(target.url, target.allowIntranet);
      if (problem !== undefined) return reject(new WebhookError(problem, false));
      const url = new URL(signedUrl(target, options.clock().getTime()));
      const host = url.hostname.replace(/^\[|\]$/g, "");
      if (!target.allowIntranet && isIP(host) !== 0 && isInternalAddress(host))
        return reject(new WebhookError("机器人地址指向本机或内网，已拒绝发送", false));
      const body = JSON.stringify({ msgtype: "text", text: { content: text } });
      const request = (url.protocol === "https:" ? https : http).request(
        url,
        {
          method: "POST",
          headers: {
            "content-type": "application/json; charset=utf-8",
            "content-length": Buffer.byteLength(body),
          },
          lookup: guardedLookup(target.allowIntranet),
          timeout: options.timeoutMs,
        },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on("data", (chunk: Buffer) => {
            size += chunk.length;
            if (size <= 64 * 1024) chunks.push(chunk);
          });
          response.on("end", () => {
            const status = response.statusCode ?? 0;
            if (status < 200 || status >= 300)
              return reject(
                new WebhookError(`机器人服务返回 HTTP ${status}`, retryableStatus(status)),
              );
            let answer: { errcode?: unknown; errmsg?: unknown } = {};
            try {
              answer = JSON.parse(Buffer.concat(chunks).toString("utf8")) as typeof answer;
            } catch {
              return reject(new WebhookError("机器人服务的答复无法识别", true));
            }
            if (answer.errcode !== 0)
              return reject(
                new WebhookError(
                  `机器人服务拒绝：${String(answer.errcode)} ${String(answer.errmsg ?? "").slice(0, 100)}`,
                  typeof answer.errcode === "number" && rateLimitErrcodes.has(answer.errcode),
                ),
              );
            resolve();
          });
          response.on("error", () => reject(new WebhookError("读取机器人服务的答复时出错", true)));
        },
      );
      request.on("timeout", () => request.destroy(new Error("TIMEOUT")));
      request.on("error", (error) => {
        const message = error.message;
        reject(
          message === "INTERNAL_ADDRESS"
            ? new WebhookError("机器人地址解析为内网地址，已拒绝发送", false)
            : new WebhookError(
                message === "TIMEOUT"
                  ? `机器人服务 ${options.timeoutMs / 1000} 秒内无响应`
                  : "无法连接机器人服务",
                true,
              ),
        );
      });
      request.end(body);
    });
}
