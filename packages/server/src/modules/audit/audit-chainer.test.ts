/**
 * The audit chain on PostgreSQL without the chain's lock in the action's transaction
 * (docs/decisions/0250): an action commits with its record waiting in `audit_pending` while
 * another transaction holds the chain's lock, and its answer waits until the record is in the
 * chain; records a crash left waiting are chained at the next start and by `kaoping audit
 * verify`; two processes' chainers keep one unbroken chain. SQLite keeps the record in the
 * action's transaction (one writer at a time): the same answers, nothing waiting.
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.js";
import { main, type CliContext } from "../../cli/main.js";
import type { OrganisationRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import { CSRF_HEADER, csrfTokenOf } from "../auth/csrf.js";
import { expectOneAuditRow } from "../../testing/audit-rows.js";
import { buildOrganisation, buildUser, sessionCookieFor } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { verifyAuditChain } from "./service.js";

const onPostgres = testDialect === "postgres";

function cliContext(t: TestApp): CliContext & { out: () => string } {
  let out = "";
  return {
    stdout: { write: (chunk: string) => ((out += chunk), true) },
    stderr: { write: (chunk: string) => ((out += chunk), true) },
    env: { DATABASE_URL: t.database.databaseUrl, DATABASE_SCHEMA: t.database.databaseSchema },
    cwd: process.cwd(),
    out: () => out,
  };
}

async function waitFor(check: () => Promise<boolean>, what: string, tries = 200): Promise<void> {
  for (let i = 0; !(await check()); i++) {
    if (i >= tries) throw new Error(`等待超时：${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe(`audit chain without the lock in the action's transaction (${testDialect})`, () => {
  let t: TestApp;
  let county: OrganisationRow;
  let cookie: string;

  beforeAll(async () => {
    t = await createTestApp();
    county = await buildOrganisation(t.db, { type: "county" });
    const admin = await buildUser(t.db, {
      organisation: county,
      roles: [{ role: "system_admin" }],
    });
    cookie = await sessionCookieFor(t.app, t.db, admin.user, t.clock.now());
  });
  afterAll(async () => t.close());

  const create = (app: TestApp["app"], code: string) =>
    app.inject({
      method: "POST",
      url: "/api/organisations",
      headers: { cookie, [CSRF_HEADER]: csrfTokenOf(/kaoping_sid=([^;]+)/.exec(cookie)![1]!) },
      payload: { code, name: `乡镇${code}`, type: "township", parentId: county.id },
    });

  it.skipIf(!onPostgres)(
    "commits an action while another transaction holds the chain's lock; answers once its record is chained",
    async () => {
      const holder = new pg.Client({
        connectionString: t.database.databaseUrl,
        options: `-c search_path=${t.database.databaseSchema}`,
      });
      await holder.connect();
      try {
        await holder.query("begin");
        await holder.query(
          "select pg_advisory_xact_lock(hashtext(current_schema() || '.audit_log'))",
        );
        let answered = false;
        const pending = create(t.app, "LOCK1").then((response) => {
          answered = true;
          return response;
        });
        // The action commits although the chain is locked (before: it waited for the lock).
        await waitFor(
          async () =>
            (await t.db
              .selectFrom("organisations")
              .select("id")
              .where("code", "=", "LOCK1")
              .executeTakeFirst()) !== undefined,
          "机构已提交",
        );
        const waiting = await t.db
          .selectFrom("audit_pending")
          .selectAll()
          .where("action", "=", "organisation.create")
          .execute();
        expect(waiting).toHaveLength(1);
        expect(answered).toBe(false);
        await holder.query("commit");
        const response = await pending;
        expect(response.statusCode).toBe(201);
        await expectOneAuditRow(t.db, response, "organisation.create");
        expect(await t.db.selectFrom("audit_pending").selectAll().execute()).toHaveLength(0);
        expect((await verifyAuditChain(t.db)).ok).toBe(true);
      } finally {
        await holder.query("rollback").catch(() => undefined);
        await holder.end();
      }
    },
  );

  it.skipIf(!onPostgres)(
    "chains the records a crash left waiting: at the next start, and in `kaoping audit verify`",
    async () => {
      const waitingRow = (action: string) => ({
        id: `${new Date().toISOString()}|crashed0|${randomUUID().slice(0, 12)}`,
        occurred_at: new Date().toISOString(),
        actor_user_id: null,
        actor_username: null,
        actor_role: null,
        ip: null,
        request_id: null,
        action,
        object_type: null,
        object_id: null,
        outcome: "success",
        detail: "{}",
      });
      await t.db.insertInto("audit_pending").values(waitingRow("test.left_by_crash_1")).execute();
      const ctx = cliContext(t);
      expect(await main(["audit", "verify", "--data-dir", t.database.dataDir], ctx)).toBe(0);
      expect(
        await t.db
          .selectFrom("audit_log")
          .select("seq")
          .where("action", "=", "test.left_by_crash_1")
          .execute(),
      ).toHaveLength(1);

      await t.db.insertInto("audit_pending").values(waitingRow("test.left_by_crash_2")).execute();
      const restarted = await buildApp(t.config, { db: t.db });
      try {
        await waitFor(
          async () =>
            (await t.db
              .selectFrom("audit_log")
              .select("seq")
              .where("action", "=", "test.left_by_crash_2")
              .executeTakeFirst()) !== undefined,
          "启动时入链",
        );
      } finally {
        await restarted.close();
      }
      expect(await t.db.selectFrom("audit_pending").selectAll().execute()).toHaveLength(0);
      expect((await verifyAuditChain(t.db)).ok).toBe(true);
    },
  );

  it.skipIf(!onPostgres)(
    "moves nothing when a run's insert fails, and chains the records at the next run",
    async () => {
      await sql`create function refuse_chain() returns trigger language plpgsql as $$
        begin raise exception 'refused for the test'; end $$`.execute(t.db);
      await sql`create trigger refuse_chain before insert on audit_log
        for each statement execute function refuse_chain()`.execute(t.db);
      const responses: Promise<{ statusCode: number }>[] = [];
      try {
        responses.push(create(t.app, "FAIL1"));
        // The action commits; its record waits while every run fails.
        await waitFor(
          async () =>
            (await t.db
              .selectFrom("audit_pending")
              .select("id")
              .where("action", "=", "organisation.create")
              .executeTakeFirst()) !== undefined,
          "记录等待入链",
        );
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(
          await t.db
            .selectFrom("audit_pending")
            .select("id")
            .where("action", "=", "organisation.create")
            .execute(),
        ).toHaveLength(1);
      } finally {
        await sql`drop trigger refuse_chain on audit_log`.execute(t.db);
        await sql`drop function refuse_chain()`.execute(t.db);
      }
      // The next run (a later request's, or the sweep) chains it on the same connection.
      await expectOneAuditRow(t.db, await create(t.app, "FAIL2"), "organisation.create");
      await waitFor(
        async () => (await t.db.selectFrom("audit_pending").select("id").execute()).length === 0,
        "入链",
      );
      expect((await Promise.all(responses)).map((r) => r.statusCode)).toEqual([201]);
      expect((await verifyAuditChain(t.db)).ok).toBe(true);
    },
  );

  it("keeps one unbroken chain when two server processes write at once", async () => {
    const otherDb = t.database.reopen();
    const other = await buildApp(t.config, { db: otherDb });
    try {
      const before = await t.db.selectFrom("audit_log").select("seq").execute();
      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, i) => create(i % 2 === 0 ? t.app : other, `TWO${i}`)),
      );
      expect(responses.map((r) => r.statusCode)).toEqual(Array(30).fill(201));
      for (const response of responses)
        await expectOneAuditRow(t.db, response, "organisation.create");
      const after = await t.db.selectFrom("audit_log").select("seq").execute();
      expect(after.length - before.length).toBe(30);
      expect(await t.db.selectFrom("audit_pending").selectAll().execute()).toHaveLength(0);
      expect((await verifyAuditChain(t.db)).ok).toBe(true);
    } finally {
      await other.close();
      await otherDb.destroy();
    }
  });
});
