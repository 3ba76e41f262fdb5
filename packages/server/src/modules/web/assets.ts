/**
 * The built web app (`packages/web/dist`) read into memory on first use, with a gzip copy of
 * each compressible file. The folder is a few megabytes; serving from memory keeps the first
 * page load fast on small intranet servers and keeps path handling in one place.
 */
import { readFile, readdir } from "node:fs/promises";
import { extname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** One file of the app. */
export interface WebFile {
  body: Buffer;
  gzip: Buffer | undefined;
  contentType: string;
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".txt": "text/plain; charset=utf-8",
};
const compressible = new Set([".html", ".js", ".css", ".json", ".svg", ".txt"]);

/** Where the built app is by default: `packages/web/dist` beside this package (src/ and dist/ alike). */
export const defaultWebRoot = fileURLToPath(new URL("../../../../web/dist/", import.meta.url));

async function filesUnder(root: string, dir: string, out: string[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await filesUnder(root, path, out);
    else if (entry.isFile()) out.push(relative(root, path).split(sep).join("/"));
  }
}

/** The app's files by URL path (`/assets/index-abc.js`); `undefined` when the app is not built. */
export async function loadWebFiles(root: string): Promise<Map<string, WebFile> | undefined> {
  const names: string[] = [];
  try {
    await filesUnder(root, root, names);
  } catch {
    return undefined;
  }
  if (!names.includes("index.html")) return undefined;
  const files = new Map<string, WebFile>();
  for (const name of names) {
    // The manifest describes the build for tooling; it is not part of the app.
    if (name.startsWith(".vite/")) continue;
    const body = await readFile(join(root, name));
    const ext = extname(name).toLowerCase();
    files.set(`/${name}`, {
      body,
      gzip: compressible.has(ext) && body.length > 1024 ? gzipSync(body, { level: 9 }) : undefined,
      contentType: contentTypes[ext] ?? "application/octet-stream",
    });
  }
  return files;
}

/** The HTML page with the response's nonce in place of the build's placeholder. */
export function pageWithNonce(index: WebFile, nonce: string): string {
  return index.body.toString("utf8").replaceAll("__CSP_NONCE__", nonce);
}
