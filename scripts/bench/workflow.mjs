// Workflow benchmark (issue 4), on the built server (run `npm run build` first), for SQLite and
// PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test, in a schema
// the bench creates and drops):
//  (a) GET /api/rounds/:id/results for a round of 1,500 townships — live (state `results`,
//      computed from effective facts) and from the publication snapshot — over a real HTTP
//      server on 127.0.0.1; p50/p99 over several runs;
//  (b) facts saves under load: autocannon (on a worker thread, ./workflow/load.mjs), 100
//      connections = 100 fillers each saving their own
//      unit's facts (with the version they got back), 10 s; requests/s, p99, errors.
// Writes its section of BENCHMARKS.md.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import pg from "pg";
import { buildApp } from "../../packages/server/dist/app.js";
import { defaultConfig } from "../../packages/server/dist/config.js";
import { openDatabase } from "../../packages/server/dist/db/database.js";
import { migrateToLatest } from "../../packages/server/dist/db/migrate.js";
import { percentile, writeSection } from "./lib.mjs";
import { seedRound, townshipFacts, userWithSession } from "./workflow/seed.mjs";

const UNITS = 1500;
const RUNS = 15;
const LOAD_USERS = 100;
const LOAD_SECONDS = 10;
const pgUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** A fresh database (SQLite in a temp dir, or a new PostgreSQL schema) and a server on loopback. */
async function startServer(dialect) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "kaoping-bench-"));
  const config = defaultConfig(dataDir);
  config.dataDir = dataDir;
  config.logLevel = "silent";
  config.host = "127.0.0.1";
  let dropSchema = async () => {};
  if (dialect === "postgres") {
    const schema = `bench_workflow_${process.pid}`;
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(`create schema ${schema}`);
    await client.end();
    config.databaseUrl = pgUrl;
    config.databaseSchema = schema;
    dropSchema = async () => {
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    };
  }
  const db = openDatabase(config);
  await migrateToLatest(db);
  const app = await buildApp(config, { db });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const { port } = app.server.address();
  return {
    db,
    config,
    base: `http://127.0.0.1:${port}`,
    async stop() {
      await app.close();
      await db.destroy();
      await dropSchema();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function timeGet(url, headers) {
  const start = performance.now();
  const response = await fetch(url, { headers });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${body.slice(0, 300)}`);
  return { ms: performance.now() - start, bytes: Buffer.byteLength(body) };
}

async function timeRuns(url, headers, before = async () => {}) {
  for (let i = 0; i < 2; i++) await timeGet(url, headers);
  const times = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    await before(i);
    const run = await timeGet(url, headers);
    times.push(run.ms);
    bytes = run.bytes;
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), bytes };
}

/** (a) Results of a 1,500-unit round, live and from the snapshot. */
async function benchResults(dialect) {
  const server = await startServer(dialect);
  try {
    const seedStart = performance.now();
    const { roundId, admin, roundUnits } = await seedRound(server.db, server.config, {
      units: UNITS,
      state: "results",
      withFacts: true,
      tag: `r${process.pid}`,
    });
    const seedMs = performance.now() - seedStart;
    const url = `${server.base}/api/rounds/${roundId}/results`;
    // Cold: one fact changes before every run (as a save would), so the round is scored again.
    const changeOneFact = (i) =>
      server.db
        .updateTable("facts")
        .set({ value: JSON.stringify({ volume: 4000 + i, previousVolume: 3500 }) })
        .where("round_unit_id", "=", roundUnits[i % roundUnits.length].id)
        .where("item_code", "=", "5.6")
        .where("source", "=", "self")
        .execute();
    const first = (await timeGet(url, admin.headers)).ms;
    const live = await timeRuns(url, admin.headers, changeOneFact);
    const warm = await timeRuns(url, admin.headers);
    const round = await (
      await fetch(`${server.base}/api/rounds/${roundId}`, { headers: admin.headers })
    ).json();
    const publishStart = performance.now();
    const published = await fetch(`${server.base}/api/rounds/${roundId}/transitions`, {
      method: "POST",
      headers: { ...admin.headers, "content-type": "application/json" },
      body: JSON.stringify({ to: "published", version: round.version }),
    });
    if (published.status !== 200)
      throw new Error(`publish: ${published.status} ${await published.text()}`);
    const publishMs = performance.now() - publishStart;
    const snapshot = await timeRuns(url, admin.headers);
    const sheet = await timeRuns(
      `${server.base}/api/rounds/${roundId}/units/${(await (await fetch(url, { headers: admin.headers })).json()).units[0].unitId}/results`,
      admin.headers,
    );
    return { dialect, seedMs, first, live, warm, snapshot, publishMs, sheet };
  } finally {
    await server.stop();
  }
}

/** (b) 100 fillers saving their own unit's facts for LOAD_SECONDS. */
async function benchSaves(dialect) {
  const server = await startServer(dialect);
  try {
    const { roundId, orgRows } = await seedRound(server.db, server.config, {
      units: LOAD_USERS,
      state: "self_assessment",
      withFacts: false,
      tag: `s${process.pid}`,
    });
    const users = [];
    for (const [i, org] of orgRows.entries())
      users.push({
        ...(await userWithSession(server.db, server.config, {
          organisationId: org.id,
          role: "unit_filler",
          name: `filler${process.pid}-${i}`,
        })),
        unitId: org.id,
        seed: i,
      });
    // Each unit starts with the rest of its facts, so every save scores a realistic unit against the round context.
    for (const user of users) {
      for (const [code, facts] of Object.entries(townshipFacts(user.seed))) {
        if (code === "1.3") continue;
        const r = await fetch(
          `${server.base}/api/rounds/${roundId}/units/${user.unitId}/self-assessment/items/${code}/facts`,
          {
            method: "PUT",
            headers: { ...user.headers, "content-type": "application/json" },
            body: JSON.stringify({ version: 0, facts }),
          },
        );
        if (r.status !== 200) throw new Error(`seed save ${code}: ${r.status} ${await r.text()}`);
      }
    }
    const result = await new Promise((resolve, reject) => {
      const worker = new Worker(new URL("./workflow/load.mjs", import.meta.url), {
        workerData: {
          base: server.base,
          roundId,
          users: users.map(({ unitId, headers }) => ({ unitId, headers })),
          connections: LOAD_USERS,
          seconds: LOAD_SECONDS,
        },
      });
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    // autocannon's `errors` already counts its timeouts.
    const errors = result.errors + result.non2xx;
    return {
      dialect,
      rps: result.requests.average,
      total: result.requests.total,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors,
      non2xx: result.non2xx,
      timeouts: result.timeouts,
    };
  } finally {
    await server.stop();
  }
}

const fmt = (ms) => `${ms.toFixed(1)} ms`;
const loadAtStart = os.loadavg()[0];
// For profiling one part: WORKFLOW_PARTS=results|saves and WORKFLOW_DATABASES=sqlite|postgres
// (comma-separated) run only those and print the figures without writing BENCHMARKS.md.
const parts = (process.env.WORKFLOW_PARTS ?? "results,saves").split(",");
const dialects = (process.env.WORKFLOW_DATABASES ?? "sqlite,postgres").split(",");
const partial = parts.length < 2 || dialects.length < 2;
const results = [];
const saves = [];
for (const dialect of dialects) {
  if (parts.includes("results")) {
    console.log(`results bench (${dialect}) …`);
    results.push(await benchResults(dialect));
    console.log(results.at(-1));
  }
  if (parts.includes("saves")) {
    console.log(`saves bench (${dialect}) …`);
    saves.push(await benchSaves(dialect));
    console.log(saves.at(-1));
  }
}
if (partial) {
  console.log(`partial run (load ${loadAtStart.toFixed(1)}): BENCHMARKS.md not written`);
  process.exit(0);
}

writeSection(
  "workflow",
  `## Workflow API — results of a province round, facts saves under load

(a) \`GET /api/rounds/:id/results\` for a round of ${UNITS.toLocaleString("en")} townships on \`township-2022\` (self facts for every item, one unit in ten with a reviewed correction, five raters' ratings each), over HTTP on 127.0.0.1, ${RUNS} timed runs after 2 warm-ups. State \`results\`, computed from effective facts (3 queries — the facts as one text per unit, docs/decisions/0056 —, one engine \`prepareRound\` that checks every unit's facts once for the round context and scores the units not in the per-unit memo, self scores only for reviewed units; the summary sent with \`JSON.stringify\`). *First* = the first request after start, nothing memoised: every unit scored. *After a save* = one unit's fact changed before every run (as a save does): the round is recomputed, units whose inputs and round context are unchanged come from the per-unit memo (keyed by a SHA-256 of their inputs). *Unchanged* = no change in between: the round memo answers. *Snapshot* = after publication, read from the frozen snapshot.

| database | first | after a save p50 / p99 | unchanged p50 / p99 | snapshot p50 / p99 | publish (freeze snapshot 1) | one unit's sheet p50 (snapshot) | response size |
|---|---|---|---|---|---|---|---|
${results.map((r) => `| ${r.dialect} | ${fmt(r.first)} | ${fmt(r.live.p50)} / ${fmt(r.live.p99)} | ${fmt(r.warm.p50)} / ${fmt(r.warm.p99)} | ${fmt(r.snapshot.p50)} / ${fmt(r.snapshot.p99)} | ${fmt(r.publishMs)} | ${fmt(r.sheet.p50)} | ${(r.live.bytes / 1024).toFixed(0)} KiB |`).join("\n")}

(b) Facts saves under load: autocannon, ${LOAD_USERS} connections = ${LOAD_USERS} unit fillers of one round, each saving its own unit's item 1.3 with the version it last got back (each save validates, stores and audits in one transaction, then answers the live score against the round context, computed after the commit — docs/decisions/0054), ${LOAD_SECONDS} s. autocannon runs on a worker thread of the bench process, so it does not share the server's event loop; errors are non-2xx answers plus requests without an answer after autocannon's 10 s timeout (counted once). Node accepts one new connection per turn of its event loop; on SQLite (queries run synchronously on that loop) the connection is granted to one query per turn (docs/decisions/0055), so turns stay short, the opening burst of 100 connections is accepted at once and every user waits about the same: latency ≈ 100 users / throughput.

| database | requests/s | requests | p50 | p99 | errors (non-2xx, timeouts) | of which timeouts |
|---|---|---|---|---|---|---|
${saves.map((s) => `| ${s.dialect} | ${s.rps.toFixed(0)} | ${s.total} | ${s.p50} ms | ${s.p99} ms | ${s.errors} | ${s.timeouts} |`).join("\n")}

The first request checks every unit's facts once since docs/decisions/0057 (twice before: 821–983 → 728–788 ms back to back on SQLite). Before 0055/0056 (commit 69c1fda, same method, load 1.2 — compare at equal load: docs/decisions/0055 and 0056 give back-to-back runs of both builds): results first 678.0 / 614.6 ms (SQLite / PostgreSQL), after a save p50 291.8 / 302.1 ms, unchanged p50 159.9 / 165.8 ms; saves SQLite 219/s, p99 3526 ms, 32 timeouts; PostgreSQL 141/s, p99 853 ms, 0 errors. Those figures come from the slower machines of earlier sessions (2 × Intel Xeon; this build, in the third session: first 692–835 ms on SQLite, 521 ms on PostgreSQL). On the fourth session's machine (2 × AMD EPYC), 69c1fda gave first 414 / 232 ms, after a save p50 185 / 188 ms, unchanged p50 104 / 98 ms; saves SQLite 552/s, p99 1884 ms; PostgreSQL 388/s, p99 362 ms — compare builds on one machine, not across sessions. Goal: the whole round's results well under a second. 1-minute load average when the bench started: ${loadAtStart.toFixed(1)} on ${os.cpus().length} cores (other work on the machine inflates every figure).`,
);
