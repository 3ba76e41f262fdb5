/**
 * CSRF protection (docs/spec/security.md row 17): every state-changing request with a session must carry
 * the session's CSRF token in the `x-csrf-token` header, and no state-changing request may come
 * from another site at all.
 *
 * The token is derived from the session token — SHA-256 of a fixed label and the token — so it
 * needs no storage, changes whenever the session id changes (login, role switch, password
 * change) and tells nothing about the session token. The server hands it to the page in a
 * readable cookie, `kaoping_csrf` (SameSite=Strict, same Path and Secure as the session cookie):
 * a page of this origin can read it and echo it; another site can neither read the cookie nor
 * compute the value without the HttpOnly session token (docs/decisions/0070).
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";

/** The readable cookie that carries the token to the page. */
export const CSRF_COOKIE = "kaoping_csrf";
/** The request header the page echoes it in. */
export const CSRF_HEADER = "x-csrf-token";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** True for methods that must never change state (and so need no token). */
export function isSafeMethod(method: string): boolean {
  return safeMethods.has(method);
}

/** The CSRF token of a session token. */
export function csrfTokenOf(sessionToken: string): string {
  return createHash("sha256").update(`kaoping-csrf\0${sessionToken}`, "utf8").digest("base64url");
}

/** True when the request echoes the CSRF token of its session token. */
export function carriesCsrfToken(request: FastifyRequest, sessionToken: string): boolean {
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== "string" || sent.length > 128) return false;
  const expected = Buffer.from(csrfTokenOf(sessionToken), "utf8");
  const given = Buffer.from(sent, "utf8");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * True when the browser says the request was started by another site (Fetch Metadata:
 * `Sec-Fetch-Site` is `cross-site` or `same-site`). The browser computes it against the page's
 * own origin, so a reverse proxy that rewrites `Host` cannot make it wrong (a comparison of
 * `Origin` with `Host` could). Requests without it (old browsers, scripts) are judged by the
 * token alone.
 */
export function comesFromAnotherSite(request: FastifyRequest): boolean {
  const site = request.headers["sec-fetch-site"];
  return site === "cross-site" || site === "same-site";
}
