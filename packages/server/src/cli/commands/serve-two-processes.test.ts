/**
 * Two server processes over one PostgreSQL (issue 17, docs/decisions/0180), started at the same
 * moment on an empty database, as replicas behind a load balancer: both come up, one set of
 * administrators; what is done through A — a session, a facts save, an evidence upload, a
 * settings change, a batch job, a lockout — is seen through B. Runs on PostgreSQL (.ci/run).
 */
import { afterAll, describe, expect, it } from "vitest";
import { samplePdf } from "../../modules/demo/sample-files.js";
import { createTestDatabase, testDialect, type TestDatabase } from "../../testing/database.js";
import { buildUser } from "../../testing/factories.js";
import { loginAt, request, type HttpSession } from "../../testing/http-client.js";
import { startServerProcess, type ServerProcess } from "../../testing/server-process.js";
import { townshipFacts } from "../../testing/township-facts.js";
import { buildCounty, buildRound, buildSchemeVersion } from "../../testing/workflow-factories.js";
import { multipartBody } from "../../testing/zip.js";

const passwords = {
  KAOPING_ADMIN_PASSWORD: "Kp-first-2026-a1",
  KAOPING_SECADMIN_PASSWORD: "Kp-first-2026-s2",
  KAOPING_AUDITADMIN_PASSWORD: "Kp-first-2026-u3",
};

describe.runIf(testDialect === "postgres")("two server processes over one PostgreSQL", () => {
  let database: TestDatabase | undefined;
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await database?.destroy();
  });

  /** Polls `read` on B until `ok`, for at most `ms`; the last answer. */
  async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms: number) {
    const start = performance.now();
    let value = await read();
    while (!ok(value) && performance.now() - start < ms) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      value = await read();
    }
    return value;
  }

  it(
    "shares sessions, facts, evidence, settings, jobs and lockouts",
    { timeout: 180_000 },
    async () => {
      database = await createTestDatabase({ migrate: false });
      const db = database.db;
      const where = {
        dataDir: database.dataDir,
        databaseUrl: database.databaseUrl,
        databaseSchema: database.databaseSchema,
        extra: passwords,
      };
      servers.push(...(await Promise.all([startServerProcess(where), startServerProcess(where)])));
      const [a, b] = servers.map((server) => server.base) as [string, string];
      for (const base of [a, b]) expect((await request(base, "GET", "/healthz")).status).toBe(200);
      expect(servers.filter((s) => s.output().includes("首次启动"))).toHaveLength(1);
      const admins = await db.selectFrom("users").select("username").execute();
      expect(admins.map((u) => u.username).sort()).toEqual(["admin", "auditadmin", "secadmin"]);

      // A session made (and rotated by the first password change) through A works on B.
      const first = await loginAt(a, "admin", passwords.KAOPING_ADMIN_PASSWORD);
      expect(first.json.stage).toBe("password_change_required");
      const changed = await request(a, "POST", "/api/auth/password", {
        session: first.session,
        json: {
          currentPassword: passwords.KAOPING_ADMIN_PASSWORD,
          newPassword: "County-Boss-2026",
        },
      });
      expect(changed.status).toBe(200);
      const admin = changed.session as HttpSession;
      const onB = await request(b, "GET", "/api/auth/session", { session: admin });
      expect([onB.status, onB.json.stage]).toEqual([200, "active"]);

      // A setting saved through A is in force on B within a second.
      const saved = await request(a, "PUT", "/api/system/settings/system", {
        session: admin,
        json: { version: 1, systemName: "甲市医保考评系统" },
      });
      expect(saved.status).toBe(200);
      const name = await until(
        async () => (await request(b, "GET", "/api/system/name")).json.systemName,
        (value) => value === "甲市医保考评系统",
        1_000,
      );
      expect(name).toBe("甲市医保考评系统");

      // A round with a filler and an assessment administrator (written straight to the database).
      const { county, units } = await buildCounty(db, 2);
      const roundId = await buildRound(db, {
        assessing: county,
        units,
        schemeVersionId: await buildSchemeVersion(db, county),
        state: "self_assessment",
      });
      const now = new Date();
      const filler = await buildUser(db, {
        organisation: units[0]!,
        roles: [{ role: "unit_filler" }],
        passwordChangedAt: now,
      });
      const manager = await buildUser(db, {
        organisation: county,
        roles: [{ role: "assessment_admin" }],
        passwordChangedAt: now,
      });
      const fillerSession = (await loginAt(a, filler.user.username, filler.password)).session;
      const unitUrl = `/api/rounds/${roundId}/units/${units[0]!.id}`;

      // A facts save through A is read through B.
      const facts = townshipFacts(1)["1.3"];
      const save = await request(a, "PUT", `${unitUrl}/self-assessment/items/1.3/facts`, {
        session: fillerSession,
        json: { version: 0, facts },
      });
      expect(save.status).toBe(200);
      const read = await request(b, "GET", `${unitUrl}/self-assessment`, {
        session: fillerSession,
      });
      expect(read.status).toBe(200);
      expect(JSON.stringify(read.json)).toContain(JSON.stringify(facts));

      // An evidence upload through A is downloaded through B, byte for byte.
      const pdf = samplePdf("参保率 99.65%");
      const form = multipartBody("参保率统计表.pdf", pdf);
      const upload = await request(a, "POST", `${unitUrl}/items/4.1/evidence`, {
        session: fillerSession,
        body: form.payload,
        headers: form.headers,
      });
      expect(upload.status).toBe(201);
      const download = await request(b, "GET", `/api/evidence/${String(upload.json.id)}/download`, {
        session: fillerSession,
      });
      expect(download.status).toBe(200);
      expect(download.bytes.equals(pdf)).toBe(true);

      // A batch job started through A is followed and downloaded through B.
      const managerSession = (await loginAt(a, manager.user.username, manager.password)).session;
      const started = await request(a, "POST", `/api/rounds/${roundId}/documents/batch`, {
        session: managerSession,
        json: { kind: "score-sheets" },
      });
      expect(started.status).toBe(202);
      const jobUrl = `/api/document-jobs/${String(started.json.id)}`;
      const job = await until(
        async () => (await request(b, "GET", jobUrl, { session: managerSession })).json.state,
        (state) => state !== "running",
        60_000,
      );
      expect(job).toBe("done");
      const zip = await request(b, "GET", `${jobUrl}/download`, { session: managerSession });
      expect([zip.status, zip.bytes.subarray(0, 2).toString("latin1")]).toEqual([200, "PK"]);

      // Five wrong passwords on A lock the account on B too.
      const victim = await buildUser(db, { roles: [{ role: "viewer" }], passwordChangedAt: now });
      for (let i = 0; i < 5; i++)
        expect((await loginAt(a, victim.user.username, `Wrong-guess-${i}`)).status).toBe(401);
      expect((await loginAt(b, victim.user.username, victim.password)).status).toBe(401);
    },
  );
});
