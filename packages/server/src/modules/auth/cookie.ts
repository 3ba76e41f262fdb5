/**
 * The session cookie (docs/spec/security.md row 6): HttpOnly, SameSite=Strict, Path=/, Secure over TLS
 * (or always/never by configuration), no Max-Age — the server decides when a session ends.
 * Beside it, the readable CSRF cookie with the token derived from the session (row 17, csrf.ts).
 */
import type {} from "@fastify/cookie";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { ServerConfig } from "../../config.js";
import { CSRF_COOKIE, csrfTokenOf } from "./csrf.js";

function isSecure(request: FastifyRequest, config: ServerConfig): boolean {
  const mode = config.session.cookieSecure;
  return mode === "always" || (mode === "auto" && request.protocol === "https");
}

/** Sets the session cookie to a new token, and the CSRF cookie to that token's CSRF token. */
export function setSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  config: ServerConfig,
  token: string,
): void {
  reply.setCookie(config.session.cookieName, token, {
    httpOnly: true,
    sameSite: "strict",
    secure: isSecure(request, config),
    path: "/",
  });
  setCsrfCookie(reply, request, config, token);
}

/** Sets the readable CSRF cookie for a session token (the page echoes it in `x-csrf-token`). */
export function setCsrfCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  config: ServerConfig,
  token: string,
): void {
  reply.setCookie(CSRF_COOKIE, csrfTokenOf(token), {
    httpOnly: false,
    sameSite: "strict",
    secure: isSecure(request, config),
    path: "/",
  });
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  config: ServerConfig,
): void {
  reply.clearCookie(config.session.cookieName, {
    httpOnly: true,
    sameSite: "strict",
    secure: isSecure(request, config),
    path: "/",
  });
  reply.clearCookie(CSRF_COOKIE, {
    httpOnly: false,
    sameSite: "strict",
    secure: isSecure(request, config),
    path: "/",
  });
}

/** The session token a request carries, if any. */
export function sessionTokenOf(request: FastifyRequest, config: ServerConfig): string | undefined {
  const token = request.cookies[config.session.cookieName];
  return token === undefined || token === "" || token.length > 128 ? undefined : token;
}
