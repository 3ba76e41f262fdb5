/**
 * Walks the whole route table (docs/spec/security.md rows 15 and 18): every API route has a
 * schema — params, query and body bounded, unknown body properties refused, its answers
 * described — and every GET route, with and without a session, answers with the security
 * headers. A new route fails here until it has both.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizationMatrix } from "../../src/access-matrix.js";
import type { RouteAccess, RouteKey } from "../../src/authz/types.js";
import { testDialect } from "../../src/testing/database.js";
import { buildOrganisation, buildUser, sessionCookieFor } from "../../src/testing/factories.js";
import { createTestApp, type TestApp } from "../../src/testing/test-app.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** Writes that take no body at all (the action is the URL). */
const bodiless = new Set([
  "POST /api/auth/logout",
  "POST /api/auth/totp/setup",
  "POST /api/users/:id/password-reset",
  "POST /api/users/:id/unlock",
  "POST /api/users/:id/totp-reset",
]);
/** Uploads: one multipart file field, read with size and content limits by the upload reader. */
const uploads = new Set([
  "POST /api/rounds/:roundId/units/:unitId/items/:itemCode/evidence",
  "POST /api/rounds/:roundId/units/:unitId/documents/facts-import",
  "POST /api/rounds/:roundId/documents/facts-import",
  "POST /api/rubric-imports",
  "POST /api/users/import",
]);

const isApi = (key: string) => / \/api\//.test(key) && !key.includes("/api/docs");

/** Whether a JSON schema bounds a value: strings by length, pattern, format or choices; numbers by range. */
function isBounded(schema: Json | undefined): boolean {
  if (schema === undefined) return false;
  const options = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(options)) return options.every((s: Json) => s.type === "null" || isBounded(s));
  if (schema.enum !== undefined || schema.const !== undefined) return true;
  if (schema.type === "string")
    return (
      schema.maxLength !== undefined || schema.format !== undefined || schema.pattern !== undefined
    );
  if (schema.type === "integer" || schema.type === "number") return schema.maximum !== undefined;
  if (schema.type === "boolean") return true;
  if (schema.type === "array") return schema.maxItems !== undefined && isBounded(schema.items);
  return false;
}

describe(`every route has a schema (row 15) and security headers (row 18) (${testDialect})`, () => {
  let t: TestApp;
  let doc: Json;
  const cookies = new Map<string, string>();
  beforeAll(async () => {
    t = await createTestApp();
    doc = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json();
    const org = await buildOrganisation(t.db, { type: "county" });
    const roles = new Set(
      Object.values(authorizationMatrix).flatMap((e) => (e?.access === "roles" ? e.roles : [])),
    );
    for (const role of [...roles, "viewer" as const]) {
      const built = await buildUser(t.db, { organisation: org, roles: [{ role }] });
      cookies.set(role, await sessionCookieFor(t.app, t.db, built.user, t.clock.now()));
    }
  });
  afterAll(async () => t.close());

  const apiKeys = () => t.app.routeKeys.filter(isApi);
  const operation = (key: string): Json | undefined => {
    const [method, url] = key.split(" ") as [string, string];
    return doc.paths[url.replace(/:([A-Za-z]+)/g, "{$1}")]?.[method.toLowerCase()];
  };

  it("documents every API route's parameters, body and answers with bounds", () => {
    const faults: string[] = [];
    for (const key of apiKeys()) {
      const op = operation(key);
      if (op === undefined) {
        faults.push(`${key}: no schema`);
        continue;
      }
      const params = (op.parameters ?? []) as Json[];
      for (const name of key.match(/:([A-Za-z]+)/g) ?? []) {
        const p = params.find((x) => x.in === "path" && x.name === name.slice(1));
        if (!isBounded(p?.schema)) faults.push(`${key}: path ${name} unbounded`);
      }
      for (const p of params.filter((x) => x.in === "query"))
        if (!isBounded(p.schema)) faults.push(`${key}: query ${p.name} unbounded`);
      if (/^(POST|PUT|PATCH) /.test(key)) {
        const content = op.requestBody?.content ?? {};
        const json = content["application/json"]?.schema;
        const classified = bodiless.has(key) || uploads.has(key);
        if (json === undefined && content["multipart/form-data"] === undefined && !classified)
          faults.push(`${key}: no body schema (or classify it as bodiless / upload)`);
        if (json !== undefined && json.type === "object" && json.additionalProperties !== false)
          faults.push(`${key}: unknown body properties accepted`);
      }
      const answers = Object.keys(op.responses ?? {});
      if (!answers.some((code) => /^2\d\d$/.test(code))) faults.push(`${key}: no success answer`);
    }
    expect(faults).toEqual([]);
    expect(apiKeys().length).toBeGreaterThan(60);
  });

  /** Who calls a GET route in this test: nobody, and (unless public) a role the matrix allows. */
  function callersOf(entry: RouteAccess): (string | undefined)[] {
    if (entry.access === "public") return [undefined];
    if (entry.access === "authenticated") return [undefined, cookies.get("viewer")];
    return [undefined, cookies.get(entry.roles[0] as string)];
  }

  it("sends the security headers on every GET route, with and without a session", async () => {
    const faults: string[] = [];
    const gets = t.app.routeKeys.filter((key) => key.startsWith("GET "));
    for (const key of gets) {
      const entry = authorizationMatrix[key as RouteKey] as RouteAccess;
      const url = key
        .slice(4)
        .replace(/:[A-Za-z]+/g, () => randomUUID())
        .replace("*", "index.html");
      for (const cookie of callersOf(entry)) {
        const response = await t.app.inject({
          method: "GET",
          url,
          ...(cookie === undefined ? {} : { headers: { cookie } }),
        });
        const h = response.headers;
        const who = `${key} (${cookie === undefined ? "no session" : "session"}, ${response.statusCode})`;
        if (response.statusCode >= 500) faults.push(`${who}: server error`);
        const csp = String(h["content-security-policy"] ?? "");
        for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'self'"])
          if (!csp.includes(directive)) faults.push(`${who}: CSP lacks ${directive}`);
        if (h["x-content-type-options"] !== "nosniff") faults.push(`${who}: no nosniff`);
        if (h["referrer-policy"] === undefined) faults.push(`${who}: no Referrer-Policy`);
        if ((cookie !== undefined || isApi(key)) && h["cache-control"] !== "no-store")
          faults.push(`${who}: cache-control ${String(h["cache-control"])}`);
      }
    }
    expect(faults).toEqual([]);
    expect(gets.length).toBeGreaterThan(40);
  });
});
