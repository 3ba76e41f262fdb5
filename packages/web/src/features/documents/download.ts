/**
 * Downloads of Word/Excel documents with the session cookie: fetch → blob → object URL, saved
 * under the file name the server gives in Content-Disposition (RFC 6266 / RFC 5987).
 */
import { api, ApiError, errorOf } from "../../api/client";

/**
 * The file name in a Content-Disposition header: `filename*=UTF-8''…` (percent-encoded, preferred)
 * over the plain `filename="…"`; undefined when the header names none.
 */
export function fileNameOfDisposition(header: string | null | undefined): string | undefined {
  if (header === null || header === undefined) return undefined;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2] !== undefined) {
    const charset = (extended[1] ?? "").trim().toLowerCase();
    const value = extended[2].trim().replace(/^"(.*)"$/, "$1");
    try {
      // Only UTF-8 is decodable by decodeURIComponent; other charsets fall back to `filename`.
      if (charset === "utf-8" || charset === "") return safeName(decodeURIComponent(value));
    } catch {
      // A malformed escape: fall back to the plain parameter below.
    }
  }
  const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
  if (quoted?.[1] !== undefined) return safeName(quoted[1].replace(/\\(.)/g, "$1"));
  const bare = /filename\s*=\s*([^;]+)/i.exec(header);
  if (bare?.[1] !== undefined) return safeName(bare[1].trim());
  return undefined;
}

/** Drops any folder part a hostile header might carry; empty names become undefined. */
function safeName(name: string): string | undefined {
  const base = name.split(/[/\\]/).pop()?.trim() ?? "";
  return base === "" ? undefined : base;
}

/** Saves a blob through a temporary object URL and a clicked link. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** GETs a document with the session cookie and saves it; failures are ApiErrors with Chinese messages. */
export async function downloadDocument(path: string, fallbackName: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "NETWORK", "下载失败：无法连接服务器，请检查网络后重试。");
  }
  if (!response.ok) {
    const error = await errorOf(response);
    // A lost session: the session check through the shared client sends the app back to login.
    if (response.status === 401) void api.get("/api/auth/session").catch(() => undefined);
    throw error;
  }
  const fileName =
    fileNameOfDisposition(response.headers.get("content-disposition")) ?? fallbackName;
  saveBlob(await response.blob(), fileName);
  return fileName;
}
