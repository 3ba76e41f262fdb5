/**
 * The guard lets a request to no route through to the 404 answer (access-guard.ts): a path the API
 * does not have is 「接口不存在」, never 「尚未配置访问权限」 (403) — issue 15, a surviving mutant of
 * the guard's route key. A registered route missing from the matrix is refused: access-matrix.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../testing/database.js";
import { createTestApp, type TestApp } from "../testing/test-app.js";

describe(`a request to no route (${testDialect})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it.each(["POST", "PUT", "DELETE"] as const)("%s answers 404 「接口不存在」", async (method) => {
    const response = await t.app.inject({ method, url: "/api/no-such-route" });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({ code: "NOT_FOUND", message: "接口不存在。" });
  });
});
