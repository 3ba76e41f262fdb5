/**
 * What the rubric import's route tests read back: how many schemes the database holds (nothing
 * saved on a refusal), and a scheme's draft as its administrator reads it.
 */
import { expect } from "vitest";
import type { TestApp } from "./test-app.js";

/** The number of schemes saved. */
export async function countSchemes(t: TestApp): Promise<number> {
  const row = await t.db
    .selectFrom("schemes")
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The draft of scheme `schemeId`, read through the API with `cookie`. */
export async function schemeDraft(
  t: TestApp,
  cookie: string,
  schemeId: string,
): Promise<{ title: string; description?: string; items: unknown[] }> {
  const res = await t.app.inject({
    method: "GET",
    url: `/api/schemes/${schemeId}`,
    headers: { cookie },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().draft as { title: string; description?: string; items: unknown[] };
}
