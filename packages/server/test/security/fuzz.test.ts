/**
 * A bounded fuzzer in the suite (docs/spec/security.md rows 15 and 16): random and hostile JSON
 * bodies — wrong types, unknown keys, huge numbers, deep nesting, `__proto__` and `constructor`
 * keys, malformed text — sent to every write route of the API as a role the matrix allows.
 * No answer is a server error; every refusal is the one error body with a Chinese message and a
 * request id; a refusal changes nothing in the database; nothing pollutes Object.prototype.
 */
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizationMatrix } from "../../src/access-matrix.js";
import type { RouteAccess, RouteKey } from "../../src/authz/types.js";
import { testDialect } from "../../src/testing/database.js";
import { buildOrganisation, buildUser, sessionCookieFor } from "../../src/testing/factories.js";
import { createTestApp, type TestApp } from "../../src/testing/test-app.js";
import { multipartBody } from "../../src/testing/zip.js";

/** Tables a refused request may still write: the audit trail, sessions and rate-limit counters. */
const mayChange = new Set([
  "audit_log",
  "sessions",
  "rate_limit_hits",
  "kysely_migration",
  "kysely_migration_lock",
]);
const chinese = /[\u4e00-\u9fff]/;

const hostileKey = fc.constantFrom(
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "",
  "a".repeat(300),
  "\u202e名称",
  "x\u0000y",
);
const leaf = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("\ud800", '=HYPERLINK("x")', "1e400", "-0", "NaN", "9".repeat(400)),
  fc.double(),
  fc.integer(),
  fc.constantFrom(1e21, -1, 0, Number.MAX_SAFE_INTEGER + 2, true, false, null),
);
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("array"), tie("object")),
  array: fc.array(tie("any"), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(fc.string({ maxLength: 12 }), hostileKey), tie("any"), {
    maxKeys: 5,
  }),
})).any;
/** A raw body: JSON of a random value, a hostile object, deep nesting, or text that is not JSON. */
const rawBody = fc.oneof(
  value.map((v) => JSON.stringify(v)),
  fc.tuple(hostileKey, value).map(([k, v]) => `{"${k}": ${JSON.stringify(v)}, "version": 1}`),
  fc.integer({ min: 60, max: 3000 }).map((n) => "[".repeat(n) + "]".repeat(n)),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '{"version": 9007199254740993, "value": 1e400, "rate": 99.79999999999999999999}',
    '{"version": 1, "facts": {"rate": -0.0}, "value": 1E21}',
    '{"a": "\\ud800", "b": "\\u0000"}',
  ),
);

describe(`fuzzing every write route (${testDialect})`, () => {
  let t: TestApp;
  const cookies = new Map<string, string>();
  let orgId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const org = await buildOrganisation(t.db, { type: "county" });
    orgId = org.id;
    const roles = new Set(
      Object.values(authorizationMatrix).flatMap((e) => (e?.access === "roles" ? e.roles : [])),
    );
    for (const role of [...roles, "viewer" as const]) {
      const built = await buildUser(t.db, { organisation: org, roles: [{ role }] });
      cookies.set(role, await sessionCookieFor(t.app, t.db, built.user, t.clock.now()));
    }
  });
  afterAll(async () => t.close());

  /** Row counts, and the sum of versions where a table has them: changes show up here. */
  async function fingerprint(): Promise<string> {
    const schema = t.database.databaseSchema; // PostgreSQL: this file's schema only
    const tables = (await t.db.introspection.getTables()).filter(
      (table) => !mayChange.has(table.name) && (schema === undefined || table.schema === schema),
    );
    const parts: string[] = [];
    for (const table of tables) {
      const versioned = table.columns.some((c) => c.name === "version");
      const row = await sql<{
        n: string | number;
        v: string | number | null;
      }>`select count(*) as n, ${
        versioned ? sql`sum(version)` : sql`0`
      } as v from ${sql.table(table.name)}`.execute(t.db);
      parts.push(`${table.name}:${row.rows[0]?.n}:${row.rows[0]?.v}`);
    }
    return parts.join(" ");
  }

  const writes = () =>
    t.app.routeKeys.filter((key) => /^(POST|PUT|PATCH|DELETE) \/api\//.test(key)) as RouteKey[];
  const cookieFor = (entry: RouteAccess) =>
    entry.access === "public"
      ? undefined
      : cookies.get(entry.access === "roles" ? (entry.roles[0] as string) : "viewer");
  const urlOf = (key: RouteKey, ids: string[]) => {
    let i = 0;
    return key.replace(/^\S+ /, "").replace(/:[A-Za-z]+/g, () => ids[i++ % ids.length] as string);
  };

  it("never answers 5xx, refuses in Chinese with a request id, and a refusal changes nothing", async () => {
    const routes = writes();
    expect(routes.length).toBeGreaterThan(30);
    const ids = fc.array(
      fc.oneof(
        fc.uuid(),
        fc.constant(orgId),
        fc.constantFrom("1", "4.1", "%2e%2e", "x".repeat(80)),
      ),
      {
        minLength: 1,
        maxLength: 3,
      },
    );
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        ids,
        rawBody,
        fc.uint8Array({ maxLength: 64 }),
        async (key, params, body, bytes) => {
          const entry = authorizationMatrix[key] as RouteAccess;
          const cookie = cookieFor(entry);
          const before = await fingerprint();
          const method = key.split(" ")[0] as "POST";
          const multipart = multipartBody("材料.pdf", Buffer.from(bytes));
          const isUpload = /evidence$|facts-import$|rubric-imports$/.test(key);
          const response = await t.app.inject({
            method,
            url: urlOf(key, params),
            headers: {
              ...(cookie === undefined ? {} : { cookie }),
              ...(isUpload ? multipart.headers : { "content-type": "application/json" }),
            },
            payload: isUpload ? multipart.payload : body,
          });
          requests += 1;
          expect(
            response.statusCode,
            `${key} ${body.slice(0, 200)}\n${response.body}`,
          ).toBeLessThan(500);
          if (response.statusCode >= 400) {
            const error = response.json().error;
            expect(error.message, `${key}: ${response.body}`).toMatch(chinese);
            expect(error.requestId).toBe(response.headers["x-request-id"]);
            expect(
              await fingerprint(),
              `${key} changed data while refusing (${response.statusCode})`,
            ).toBe(before);
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200), interruptAfterTimeLimit: 120_000 },
    );
    expect(requests).toBeGreaterThan(0);
  }, 180_000);

  it("refuses __proto__ and constructor keys anywhere in a body, and ignores them in a query", async () => {
    const sys = cookies.get("system_admin") as string;
    const org = (extra: string) =>
      `{${extra}"code":"PROTO${randomUUID().slice(0, 4)}","name":"原型镇","type":"township","parentId":"${orgId}"}`;
    const before = await fingerprint();
    const factsUrl = `/api/rounds/${randomUUID()}/units/${randomUUID()}/self-assessment/items/4.1/facts`;
    const filler = cookies.get("unit_filler") as string;
    for (const [method, url, cookie, payload] of [
      ["POST", "/api/organisations", sys, org(`"__proto__":{"polluted":"yes"},`)],
      ["POST", "/api/organisations", sys, org(`"constructor":{"prototype":{"polluted":"yes"}},`)],
      ["PUT", factsUrl, filler, `{"version":0,"facts":{"__proto__":{"polluted":"yes"}}}`],
      ["PUT", factsUrl, filler, `{"version":0,"facts":{"rate":"1","constructor":{"a":1}}}`],
      ["POST", "/api/organisations", sys, `[{"__proto__":{"polluted":"yes"}}]`],
    ] as const) {
      const response = await t.app.inject({
        method,
        url,
        headers: { cookie, "content-type": "application/json" },
        payload,
      });
      expect(response.statusCode, `${url} ${payload}: ${response.body}`).toBe(400);
      expect(response.json().error.message).toMatch(chinese);
    }
    const query = await t.app.inject({
      method: "GET",
      url: "/api/organisations?__proto__[polluted]=yes&constructor[prototype][polluted]=yes",
      headers: { cookie: sys },
    });
    expect(query.statusCode).toBeLessThan(500);
    expect(await fingerprint()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
  });
});
