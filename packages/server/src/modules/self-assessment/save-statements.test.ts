/**
 * What a facts save sends to the database (issue 17, docs/decisions/0251): once the scheme
 * version is cached, a save never reads the scheme document again (tens of kilobytes on every
 * request before), and it stays within a fixed number of statements (a regression guard, counted,
 * not timed: docs/decisions/0266).
 */
import Sqlite from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.js";
import { CSRF_HEADER, csrfTokenOf } from "../auth/csrf.js";
import { createFakeClock } from "../../testing/clock.js";
import { createTestDatabase, testDialect, type TestDatabase } from "../../testing/database.js";
import { buildUser, sessionCookieFor } from "../../testing/factories.js";
import { testConfig } from "../../testing/test-app.js";
import { buildCounty, buildRound, buildSchemeVersion } from "../../testing/workflow-factories.js";

/**
 * Records the text of every statement the drivers send (better-sqlite3's statements run,
 * PostgreSQL's queries sent) — below Kysely, so a statement compiled once and run again
 * (docs/decisions/0296) is counted every time it runs.
 */
function recordStatements(): {
  texts: string[];
  named: Set<string>;
  sends: Send[];
  stop: () => void;
} {
  const texts: string[] = [];
  // PostgreSQL: each query's connection and how many queries it had unanswered then (0344).
  const sends: Send[] = [];
  const unanswered = new Map<number, number>();
  // PostgreSQL: the texts sent as named prepared statements (docs/decisions/0307).
  const named = new Set<string>();
  const undo: (() => void)[] = [];
  const probe = new Sqlite(":memory:");
  const statement = Object.getPrototypeOf(probe.prepare("select 1")) as Record<string, unknown>;
  probe.close();
  for (const method of ["run", "all", "get", "iterate"]) {
    const original = statement[method] as (...args: unknown[]) => unknown;
    statement[method] = function recorded(this: { source: string }, ...args: unknown[]) {
      texts.push(this.source);
      return original.apply(this, args);
    };
    undo.push(() => (statement[method] = original));
  }
  const client = pg.Client.prototype as unknown as Record<string, unknown>;
  const query = client.query as (...args: unknown[]) => unknown;
  client.query = function recorded(
    this: { processID: number },
    config: unknown,
    ...rest: unknown[]
  ) {
    const text = typeof config === "string" ? config : (config as { text?: unknown })?.text;
    if (typeof text === "string") texts.push(text);
    if (typeof text === "string" && typeof (config as { name?: unknown }).name === "string")
      named.add(text);
    const pid = this.processID;
    const waiting = unanswered.get(pid) ?? 0;
    if (typeof text === "string") sends.push({ text, pid, waiting });
    unanswered.set(pid, waiting + 1);
    const answered = () => unanswered.set(pid, (unanswered.get(pid) ?? 1) - 1);
    const result = query.call(this, config, ...rest) as Promise<unknown>;
    void result?.then?.(answered, answered);
    return result;
  };
  undo.push(() => (client.query = query));
  return { texts, named, sends, stop: () => undo.forEach((restore) => restore()) };
}

/** A query sent: its text, its connection's backend and the queries it had unanswered then. */
interface Send {
  text: string;
  pid: number;
  waiting: number;
}

const readsSchemeDocument = (text: string) => text.includes('"document"');
const isTransactionControl = (text: string) => /^\s*(begin|commit|rollback)\b/i.test(text);

/** Statements not of the request: batch jobs' claims, settings checks, webhook and audit sweeps, the chainer's runs. */
function background(text: string): boolean {
  if (
    /document_jobs|"settings"|webhook_deliveries|select "id" from "audit_pending" limit/.test(text)
  )
    return true;
  if (testDialect !== "postgres") return false;
  return isChaining(text);
}

/** PostgreSQL: a statement of the audit chaining run (docs/decisions/0250, 0266). */
const isChaining = (text: string) =>
  text.includes("pg_advisory_xact_lock") ||
  /insert into "audit_log"/.test(text) ||
  /delete from "audit_pending"/.test(text);

describe(`statements of a facts save (${testDialect})`, () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let cookie: string;
  let url: string;
  const recorded = recordStatements();

  beforeAll(async () => {
    database = await createTestDatabase();
    const clock = createFakeClock();
    app = await buildApp(testConfig(database.dataDir, clock, database), { db: database.db });
    const { county, units } = await buildCounty(database.db, 1);
    const versionId = await buildSchemeVersion(database.db, county);
    const roundId = await buildRound(database.db, {
      assessing: county,
      units,
      schemeVersionId: versionId,
      state: "self_assessment",
      selfAssessmentDeadline: "2026-03-10T00:00:00.000Z",
    });
    // Creating the round cached its scheme version (its fact stamps, decision 0308): the round
    // moves to a version of the same template not read yet, so the first save must read it.
    await database.db
      .updateTable("rounds")
      .set({ scheme_version_id: await buildSchemeVersion(database.db, county) })
      .where("id", "=", roundId)
      .execute();
    const filler = await buildUser(database.db, {
      organisation: units[0]!,
      roles: [{ role: "unit_filler" }],
    });
    cookie = await sessionCookieFor(app, database.db, filler.user, clock.now());
    url = `/api/rounds/${roundId}/units/${units[0]!.id}/self-assessment/items/4.1/facts`;
  });
  afterAll(async () => {
    recorded.stop();
    await app.close();
    await database.destroy();
  });

  it("reads the scheme document only while its version is not cached, and stays within 8 statements (4 and a 3-statement chaining run on PostgreSQL)", async () => {
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
    recorded.texts.length = 0;
    let version = await save(0);
    // The first request reads the version's document (so the check below can see one).
    expect(recorded.texts.filter(readsSchemeDocument)).toHaveLength(1);
    for (let i = 0; i < 3; i++) {
      recorded.texts.length = 0;
      recorded.sends.length = 0;
      version = await save(version);
      expect(recorded.texts.filter(readsSchemeDocument)).toHaveLength(0);
      // Counted at the driver, begin and commit aside: the session; the round with the round
      // unit (one statement, decision 0266); the unit's lock, the fact read and write (its
      // stamp by trigger, 0252), the audit record (SQLite: the chain's end and the record;
      // PostgreSQL: the waiting record); the unit's facts with the stamps of the cross-unit
      // items for the live score (one statement since 0296; was two). PostgreSQL reads and
      // updates the fact in one statement (0296). Was 10 / 9 before 0266, 9 / 8 before 0296.
      const own = recorded.texts.filter((text) => !background(text) && !isTransactionControl(text));
      expect(own.length, own.join("\n")).toBeLessThanOrEqual(testDialect === "postgres" ? 4 : 8);
      // PostgreSQL: the unit's lock, the fact's versioned write and its waiting audit record go
      // as one statement, its own transaction (decision 0327): the only begin and commit are the
      // chaining run's, and the row written over is read with the round and unit. Was 6, and
      // the save's own begin and commit, before.
      if (testDialect === "postgres")
        expect(recorded.texts.filter(isTransactionControl)).toEqual(["begin", "commit"]);
      // PostgreSQL: the chaining run that the answer waits for — the chain's lock, the waiting
      // records with the chain's end (one statement since 0266; was two), the insert.
      if (testDialect === "postgres")
        expect(recorded.texts.filter(isChaining).length).toBeLessThanOrEqual(3);
      // PostgreSQL: the live score's read goes right behind the save's statement, on its
      // connection, before the statement has answered (decision 0344: one wait and one
      // acquisition of a connection fewer); it runs after the statement's commit.
      if (testDialect === "postgres") {
        const sends = recorded.sends.filter((send) => !background(send.text));
        const write = sends.findIndex((send) => send.text.startsWith('with "locked"'));
        expect(write, sends.map((send) => send.text).join("\n")).toBeGreaterThanOrEqual(0);
        const read = sends[write + 1]!;
        expect(read.text).toMatch(/from "facts"/);
        expect(read.pid).toBe(sends[write]!.pid);
        expect(read.waiting).toBe(1);
      }
      // PostgreSQL: each of them goes as a named prepared statement, parsed and planned once per
      // connection (0307; before, all unnamed).
      if (testDialect === "postgres") {
        const unnamed = [...own, ...recorded.texts.filter(isChaining)].filter(
          (text) => !recorded.named.has(text),
        );
        expect(unnamed, unnamed.join("\n")).toEqual([]);
      }
    }
  });
});
