/**
 * Headers of a file download (docs/spec/security.md row 20): always an attachment, the name encoded per
 * RFC 5987/6266 (an ASCII fallback plus `filename*=UTF-8''…`), no sniffing, and a sandbox CSP so
 * a file opened in the browser can run nothing.
 */

/** `Content-Disposition: attachment` with an ASCII fallback name and the UTF-8 name. */
export function attachmentDisposition(fileName: string): string {
  const fallback =
    fileName
      .replace(/[^\x20-\x7e]/g, "_")
      .replace(/["\\;]/g, "_")
      .trim() || "download";
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** The headers every file download carries besides its type and disposition. */
export const downloadSecurityHeaders = {
  "x-content-type-options": "nosniff",
  // The API's policy (row 18: object-src, base-uri, frame-ancestors) plus a sandbox.
  "content-security-policy":
    "sandbox; default-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'",
  "cache-control": "private, no-store",
} as const;
