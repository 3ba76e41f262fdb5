/**
 * The one error shape (docs/spec/security.md row 24): a forced exception answers a generic body with
 * the request id and no internals; bad JSON and oversize bodies map to stable codes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.js";
import { authorizationMatrix } from "../access-matrix.js";
import { errorBodySchema, errorCodes } from "../contract/errors.js";
import { testDialect } from "../testing/database.js";
import { createTestApp, type TestApp } from "../testing/test-app.js";
import { AppError } from "./app-error.js";

describe(`error responses (${testDialect})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it("answers a forced exception with a generic body, the request id and no stack trace", async () => {
    const app = await buildApp(t.config, {
      db: t.db,
      matrix: { ...authorizationMatrix, "GET /boom": { access: "public" } },
    });
    app.get("/boom", async () => {
      throw new Error("secret table users_pw at /srv/kaoping/src/x.ts:12");
    });
    const response = await app.inject({ method: "GET", url: "/boom" });
    expect(response.statusCode).toBe(500);
    const body = response.json();
    expect(errorBodySchema.parse(body)).toEqual(body);
    expect(body.error).toEqual({
      code: "INTERNAL",
      message: errorCodes.INTERNAL.message,
      requestId: response.headers["x-request-id"],
    });
    expect(response.body).not.toMatch(/secret|\.ts|at /);
  });

  it.each(["/api/organisations/%E0%A4%A", "/api/rounds/%ED%A0%80/results", "/api/users/%"])(
    "answers the malformed URL %s in the one error shape with the request id",
    async (url) => {
      const response = await t.app.inject({ method: "GET", url });
      expect(response.statusCode).toBe(400);
      const body = response.json();
      expect(errorBodySchema.parse(body)).toEqual(body);
      expect(body.error.code).toBe("VALIDATION_FAILED");
      expect(body.error.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(body.error.requestId).toBe(response.headers["x-request-id"]);
    },
  );

  it("answers malformed JSON with VALIDATION_FAILED", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("VALIDATION_FAILED");
  });

  it("answers an oversize body with 413 and an unsupported content type with 415", async () => {
    const big = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ username: "x".repeat(2 * 1024 * 1024), password: "y" }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe("PAYLOAD_TOO_LARGE");
    const xml = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/xml" },
      payload: "<a/>",
    });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("maps every AppError code to the status of the one table", () => {
    for (const [code, { status }] of Object.entries(errorCodes)) {
      expect(new AppError(code as keyof typeof errorCodes).status).toBe(status);
    }
  });
});
