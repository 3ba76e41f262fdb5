/**
 * Security headers of docs/spec/security.md row 18 for the web app and the API. Scripts come only from
 * the server itself; Ant Design writes its CSS-in-JS `<style>` elements with the per-response
 * nonce (docs/decisions/0031); inline `style=""` attributes, which cannot run code, stay allowed.
 */
import { randomBytes } from "node:crypto";

/** A fresh CSP nonce (128 bits, base64). */
export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

/** The Content-Security-Policy of the app's HTML page. */
export function appPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    `style-src-elem 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join("; ");
}

/** The Content-Security-Policy of every other response (JSON, files): nothing may run. */
export const apiPolicy =
  "default-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

/** Cache policy of content-hashed assets: a changed file gets a new name. */
export const immutableCache = "public, max-age=31536000, immutable";

/** Cache policy of the HTML page: always revalidated (it names the current assets and its nonce). */
export const pageCache = "no-cache";
