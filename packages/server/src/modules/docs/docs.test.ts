/** The OpenAPI 3 document and docs page: generated from the zod schemas, switchable off. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../../testing/database.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";

describe(`API documentation (${testDialect})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it("publishes an OpenAPI 3 document with every API route and its schemas", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/docs/json" });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\./);
    const apiRoutes = t.app.routeKeys.filter(
      (key) => key.includes(" /api/") && !key.includes("/api/docs"),
    );
    for (const key of apiRoutes) {
      const [method, url] = key.split(" ") as [string, string];
      const path = url.replace(/:([A-Za-z]+)/g, "{$1}");
      expect(doc.paths[path]?.[method.toLowerCase()], key).toBeDefined();
    }
    const login = doc.paths["/api/auth/login"].post;
    expect(login.requestBody.content["application/json"].schema.properties.password.maxLength).toBe(
      128,
    );
    expect(login.responses["200"]).toBeDefined();
    const list = doc.paths["/api/organisations"].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["page", "pageSize", "sort", "q"]),
    );
  });

  it("serves the docs page with everything local (works offline and over plain HTTP)", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/docs" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toContain("base-uri 'self'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(response.body).not.toMatch(/https?:\/\/(?!localhost)/);
    const initializer = await t.app.inject({
      method: "GET",
      url: "/api/docs/static/swagger-initializer.js",
    });
    expect(initializer.body).toMatch(/validatorUrl: null/);
  });

  it("can be switched off", async () => {
    const off = await createTestApp({ configure: (c) => (c.apiDocs = false) });
    expect((await off.app.inject({ method: "GET", url: "/api/docs/json" })).statusCode).toBe(404);
    expect((await off.app.inject({ method: "GET", url: "/api/docs" })).statusCode).toBe(404);
    await off.close();
  });
});
