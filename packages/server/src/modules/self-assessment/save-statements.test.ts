/**
 * What a facts save sends to the database (issue 17, docs/decisions/0251): once the scheme
 * version is cached, a save never reads the scheme document again (tens of kilobytes on every
 * request before), and it stays within a fixed number of statements (a regression guard, counted,
 * not timed: docs/decisions/0266).
 */
import type { KyselyPlugin, RootOperationNode } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.js";
import { CSRF_HEADER, csrfTokenOf } from "../auth/csrf.js";
import type { Db } from "../../db/database.js";
import { createFakeClock } from "../../testing/clock.js";
import { createTestDatabase, testDialect, type TestDatabase } from "../../testing/database.js";
import { buildUser, sessionCookieFor } from "../../testing/factories.js";
import { testConfig } from "../../testing/test-app.js";
import { buildCounty, buildRound, buildSchemeVersion } from "../../testing/workflow-factories.js";

/** Records every statement Kysely sends (as its operation tree, which names every column). */
function recorder(): { plugin: KyselyPlugin; statements: RootOperationNode[] } {
  const statements: RootOperationNode[] = [];
  return {
    statements,
    plugin: {
      transformQuery: ({ node }) => {
        statements.push(node);
        return node;
      },
      transformResult: async ({ result }) => result,
    },
  };
}

const readsSchemeDocument = (node: RootOperationNode) =>
  JSON.stringify(node).includes('"name":"document"');

/** Statements not of the request: batch jobs' claims, settings checks, the audit chainer's runs and sweeps. */
function background(node: RootOperationNode): boolean {
  const text = JSON.stringify(node);
  if (/document_jobs|"name":"settings"/.test(text)) return true;
  if (testDialect !== "postgres") return false;
  return (
    text.includes("pg_advisory_xact_lock") ||
    (node.kind !== "InsertQueryNode" && text.includes('"name":"audit_pending"')) ||
    text.includes('"name":"audit_log"')
  );
}

describe(`statements of a facts save (${testDialect})`, () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let cookie: string;
  let url: string;
  const recorded = recorder();

  beforeAll(async () => {
    database = await createTestDatabase();
    const clock = createFakeClock();
    const db: Db = database.db.withPlugin(recorded.plugin);
    app = await buildApp(testConfig(database.dataDir, clock, database), { db });
    const { county, units } = await buildCounty(database.db, 1);
    const versionId = await buildSchemeVersion(database.db, county);
    const roundId = await buildRound(database.db, {
      assessing: county,
      units,
      schemeVersionId: versionId,
      state: "self_assessment",
      selfAssessmentDeadline: "2026-03-10T00:00:00.000Z",
    });
    const filler = await buildUser(database.db, {
      organisation: units[0]!,
      roles: [{ role: "unit_filler" }],
    });
    cookie = await sessionCookieFor(app, database.db, filler.user, clock.now());
    url = `/api/rounds/${roundId}/units/${units[0]!.id}/self-assessment/items/4.1/facts`;
  });
  afterAll(async () => {
    await app.close();
    await database.destroy();
  });

  it("reads the scheme document only while its version is not cached, and stays within 9 statements (8 and a 3-statement chaining run on PostgreSQL)", async () => {
    const save = async (version: number) => {
      const response = await app.inject({
        method: "PUT",
        url,
        headers: {
          cookie,
          [CSRF_HEADER]: csrfTokenOf(/kaoping_sid=([^;]+)/.exec(cookie)![1]!),
          "content-type": "application/json",
        },
        payload: JSON.stringify({ version, facts: { rate: `99.${version}` } }),
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json().item.version as number;
    };
    let version = await save(0);
    for (let i = 0; i < 3; i++) {
      recorded.statements.length = 0;
      version = await save(version);
      expect(recorded.statements.filter(readsSchemeDocument)).toHaveLength(0);
      // The session; the round with the round unit (one statement, decision 0266); the unit's
      // lock, the fact read and write (its stamp by trigger, 0252), the audit record (SQLite:
      // the chain's end and the record; PostgreSQL: the waiting record); the unit's facts and
      // the stamps of the cross-unit items for the live score. Was 10 / 9 before 0266.
      const own = recorded.statements.filter((node) => !background(node));
      expect(own.length).toBeLessThanOrEqual(testDialect === "postgres" ? 8 : 9);
      // PostgreSQL: the chaining run that the answer waits for — the chain's lock, the waiting
      // records with the chain's end (one statement since 0266; was two), the insert.
      if (testDialect === "postgres") {
        const chaining = recorded.statements.filter((node) => {
          const text = JSON.stringify(node);
          return (
            text.includes("pg_advisory_xact_lock") ||
            text.includes('"name":"audit_log"') ||
            (text.includes('"name":"audit_pending"') && text.includes("DeleteQueryNode"))
          );
        });
        expect(chaining.length).toBeLessThanOrEqual(3);
      }
    }
  });
});
