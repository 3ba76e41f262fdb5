import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.js";
import { createFakeClock } from "../../testing/clock.js";
import { createTestDatabase, testDialect, type TestDatabase } from "../../testing/database.js";
import { testConfig } from "../../testing/test-app.js";

const page = `<!doctype html><html lang="zh-CN"><head><meta property="csp-nonce" nonce="__CSP_NONCE__"><script type="module" nonce="__CSP_NONCE__" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>`;
const script = `console.log(${JSON.stringify("考评".repeat(2000))});`;

describe(`web app serving (${testDialect})`, () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "kaoping-web-"));
    mkdirSync(join(root, "assets"));
    mkdirSync(join(root, ".vite"));
    writeFileSync(join(root, "index.html"), page);
    writeFileSync(join(root, "assets", "index-abc123.js"), script);
    writeFileSync(join(root, ".vite", "manifest.json"), "{}");
    writeFileSync(join(root, "robots.txt"), "User-agent: *\nDisallow: /\n");
    database = await createTestDatabase();
    const clock = createFakeClock();
    app = await buildApp(testConfig(database.dataDir, clock, database), {
      db: database.db,
      webRoot: root,
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.destroy();
    rmSync(root, { recursive: true, force: true });
  });

  it("serves the page at / with a fresh nonce in the page and in its CSP", async () => {
    const first = await app.inject({ method: "GET", url: "/" });
    const second = await app.inject({ method: "GET", url: "/" });
    expect(first.statusCode).toBe(200);
    expect(first.headers["content-type"]).toBe("text/html; charset=utf-8");
    const nonce = /nonce="([^"]+)"/.exec(first.body)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(first.body).not.toContain("__CSP_NONCE__");
    expect(second.body).not.toContain(`nonce="${nonce}"`);
    const csp = String(first.headers["content-security-policy"]);
    expect(csp).toContain(`'nonce-${nonce}'`);
    for (const directive of [
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'self'",
      "script-src 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(first.headers["cache-control"]).toBe("no-cache");
    expect(first.headers["x-content-type-options"]).toBe("nosniff");
    expect(first.headers["referrer-policy"]).toBeDefined();
  });

  it("answers unknown paths outside /api/ with the page (SPA fallback)", async () => {
    const response = await app.inject({ method: "GET", url: "/rounds/123/units?tab=2" });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<div id="root">');
  });

  it("serves hashed assets with a year-long immutable cache, gzipped when accepted", async () => {
    const plain = await app.inject({ method: "GET", url: "/assets/index-abc123.js" });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(plain.body).toBe(script);
    const zipped = await app.inject({
      method: "GET",
      url: "/assets/index-abc123.js",
      headers: { "accept-encoding": "gzip, br" },
    });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(zipped.rawPayload).toString("utf8")).toBe(script);
    expect(zipped.rawPayload.length).toBeLessThan(script.length / 4);
  });

  it("serves other root files with revalidation and keeps the build manifest private", async () => {
    const robots = await app.inject({ method: "GET", url: "/robots.txt" });
    expect(robots.body).toContain("Disallow");
    expect(robots.headers["cache-control"]).toBe("no-cache");
    const manifest = await app.inject({ method: "GET", url: "/.vite/manifest.json" });
    expect(manifest.body).not.toBe("{}");
  });

  it("answers a missing asset and unknown API paths with 404 in the one error shape", async () => {
    for (const url of ["/assets/gone-000.js", "/api/no-such-thing", "/api"]) {
      const response = await app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code).toBe("NOT_FOUND");
    }
  });

  it("puts a restrictive CSP on API responses and no-store on authenticated ones stays untouched", async () => {
    const response = await app.inject({ method: "GET", url: "/healthz" });
    expect(response.headers["content-security-policy"]).toBe(
      "default-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'",
    );
  });

  it("says the app is not built when the folder is missing, in Chinese", async () => {
    const other = await createTestDatabase();
    const bare = await buildApp(testConfig(other.dataDir, createFakeClock(), other), {
      db: other.db,
      webRoot: join(root, "missing"),
    });
    const response = await bare.inject({ method: "GET", url: "/" });
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain("npm run build");
    await bare.close();
    await other.destroy();
  });
});
