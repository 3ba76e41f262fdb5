// Profiling aid for the facts save (not run by `npm run bench`): a 1,500-unit round seeded like
// scripts/bench/saves.mjs, then N sequential saves through app.inject on one process; prints
// wall and CPU milliseconds per save. PG=<url> for PostgreSQL (a temporary schema), N=<saves>,
// PROFILE=<file.cpuprofile> writes a CPU profile of the saves only, SQLTIME=1 (SQLite) prints
// the time per SQL statement per save (PostgreSQL: the statements sent, counted), GATE=<file>
// lets callgrind count the saves' instructions only (./callgrind-save.sh), FLOOR=1 then runs N
// requests of the ceiling's route (./ceiling-server.mjs: one insert) on the same database and
// prints the bound its figures set on the save's ratio to the ceiling (docs/decisions/0310).
//   node scripts/bench/saves/profile-save.mjs
import fs from "node:fs";
import inspector from "node:inspector/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Sqlite from "better-sqlite3";
import Fastify from "fastify";
import pg from "pg";
import { buildApp } from "../../../packages/server/dist/app.js";
import { defaultConfig } from "../../../packages/server/dist/config.js";
import { openDatabase } from "../../../packages/server/dist/db/database.js";
import { migrateToLatest } from "../../../packages/server/dist/db/migrate.js";
import { seedRound, userWithSession } from "../workflow/seed.mjs";
import { createCeilingTable, insertCeilingRow } from "./ceiling.mjs";

const N = Number(process.env.N ?? 300);
const pgUrl = process.env.PG;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kaoping-profile-"));
const schema = pgUrl === undefined ? undefined : `profile_${process.pid}`;
const admin = async (query) => {
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  await client.query(query);
  await client.end();
};
if (schema !== undefined) await admin(`create schema ${schema}`);
const db = openDatabase({ databaseUrl: pgUrl, databaseSchema: schema, dataDir });
await migrateToLatest(db);
const config = defaultConfig(dataDir);
Object.assign(config, { dataDir, logLevel: "silent", databaseUrl: pgUrl, databaseSchema: schema });
const round = await seedRound(db, config, {
  units: 1500,
  state: "self_assessment",
  withFacts: true,
  unitStatus: "draft",
  tag: "p",
});
const users = [];
for (let i = 0; i < 20; i++)
  users.push(
    await userWithSession(db, config, {
      organisationId: round.orgRows[i].id,
      role: "unit_filler",
      name: `filler${i}`,
    }),
  );
const app = await buildApp(config, { db });
const versions = users.map(() => 1);
async function save(i) {
  const response = await app.inject({
    method: "PUT",
    url: `/api/rounds/${round.roundId}/units/${round.orgRows[i].id}/self-assessment/items/1.3/facts`,
    headers: { ...users[i].headers, "content-type": "application/json" },
    payload: JSON.stringify({ version: versions[i], facts: { absences: versions[i] % 4 } }),
  });
  if (response.statusCode !== 200) throw new Error(response.body);
  versions[i] = response.json().item.version;
}

// PostgreSQL: the backends this process talks to, for their CPU (utime + stime in /proc) around
// the saves — the database server's share of a save (docs/decisions/0307).
const backends = new Set();
if (pgUrl !== undefined) {
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function noted(...args) {
    if (this.processID) backends.add(this.processID);
    return original.apply(this, args);
  };
}
/** Each backend's CPU so far, in clock ticks of 10 ms (USER_HZ 100 on Linux). */
const backendTicks = () => {
  const ticks = new Map();
  for (const pid of backends) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      ticks.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // not on this machine, or gone (a connection the pool closed: its CPU is not counted)
    }
  }
  return ticks;
};
// WARM=<saves> before the timed ones (40): more lets the JIT settle, so fewer of the timed
// saves' instructions are compilation (decision 0344).
const warm = Number(process.env.WARM ?? 40);
for (let k = 0; k < warm; k++) await save(k % users.length);

// SQLTIME: time every SQLite statement by its text.
const sqlTimes = new Map();
if (process.env.SQLTIME && pgUrl === undefined) {
  const probe = new Sqlite(":memory:");
  const statement = Object.getPrototypeOf(probe.prepare("select 1"));
  probe.close();
  for (const method of ["run", "all", "get", "iterate"]) {
    const original = statement[method];
    statement[method] = function timed(...args) {
      const start = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        const key = this.source.replace(/\s+/g, " ").slice(0, 110);
        const entry = sqlTimes.get(key) ?? [0, 0];
        entry[0] += 1;
        entry[1] += performance.now() - start;
        sqlTimes.set(key, entry);
      }
    };
  }
}
// PostgreSQL: count the round trips (statements sent) per save by their text.
if (process.env.SQLTIME && pgUrl !== undefined) {
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function counted(config, ...rest) {
    const text = typeof config === "string" ? config : config?.text;
    if (typeof text === "string") {
      // Named prepared statements (decision 0307) marked with their name's first letters.
      const named = typeof config?.name === "string" ? `[${config.name.slice(0, 7)}] ` : "";
      const key = named + text.replace(/\s+/g, " ").slice(0, 110);
      const entry = sqlTimes.get(key) ?? [0, 0];
      entry[0] += 1;
      sqlTimes.set(key, entry);
    }
    return original.call(this, config, ...rest);
  };
}
const session = new inspector.Session();
session.connect();
if (process.env.PROFILE) {
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
}
// GATE=<file>: before the timed saves write "ready" to the file and wait until it says "go";
// write "done" after them — so `valgrind --tool=callgrind --instr-atstart=no` can count the
// instructions of the saves only (scripts/bench/saves/callgrind-save.sh): load-independent.
const gate = process.env.GATE;
const gateSays = async (word) => {
  while (!fs.readFileSync(gate, "utf8").startsWith(word))
    await new Promise((resolve) => setTimeout(resolve, 100));
};
if (gate !== undefined) {
  fs.writeFileSync(gate, "ready");
  await gateSays("go");
}
// The event loop's sleeps: each voluntary context switch of the main thread is a wait (for an
// answer, mostly) and a wake-up after it (decision 0344). Linux only.
const switches = () => {
  try {
    return Number(
      /voluntary_ctxt_switches:\s+(\d+)/.exec(fs.readFileSync("/proc/self/status", "utf8"))[1],
    );
  } catch {
    return NaN;
  }
};
const switchesBefore = switches();
const ticksBefore = backendTicks();
const started = performance.now();
const cpuBefore = process.cpuUsage();
for (let k = 0; k < N; k++) await save(k % users.length);
const cpu = process.cpuUsage(cpuBefore);
const wall = performance.now() - started;
const waits = (switches() - switchesBefore) / N;
let backendSpent = 0;
for (const [pid, ticks] of backendTicks()) backendSpent += ticks - (ticksBefore.get(pid) ?? 0);
const backendMs = (backendSpent * 10) / N;
if (gate !== undefined) {
  fs.writeFileSync(gate, "done");
  await gateSays("stopped");
}
if (process.env.PROFILE) {
  const { profile } = await session.post("Profiler.stop");
  fs.writeFileSync(process.env.PROFILE, JSON.stringify(profile));
}
for (const [sql, [count, ms]] of [...sqlTimes]
  .sort((a, b) => b[1][1] - a[1][1] || b[1][0] - a[1][0])
  .slice(0, 30))
  console.log(`${(ms / N).toFixed(3)} ms/save  ${String(count).padStart(6)}  ${sql}`);
console.log(
  `${N} sequential saves (${pgUrl === undefined ? "SQLite" : "PostgreSQL"}): ${(wall / N).toFixed(2)} ms wall, ${((cpu.user + cpu.system) / 1000 / N).toFixed(2)} ms CPU each (user ${(cpu.user / 1000 / N).toFixed(2)}, system ${(cpu.system / 1000 / N).toFixed(2)}; ${waits.toFixed(1)} waits; server process; load average ${os.loadavg()[0].toFixed(1)})${pgUrl === undefined ? "" : `; PostgreSQL backends ${backendMs.toFixed(2)} ms CPU each (${backends.size} connections)`}`,
);
// The save's statements, as SQLTIME timed them on SQLite (each call into SQLite, without
// Kysely's own work).
const saveSql = [...sqlTimes.values()].reduce((sum, [, ms]) => sum + ms, 0) / N;
// FLOOR: the ceiling's route, timed the same way. A save cannot take less than the ceiling's
// request without its insert plus the save's own statements, whatever its own code costs.
if (process.env.FLOOR) {
  await createCeilingTable(db);
  const ceiling = Fastify({ logger: false });
  let insertMs = 0;
  ceiling.put("/bench/ceiling", async (request) => {
    const start = performance.now();
    await insertCeilingRow(db, request.body);
    insertMs += performance.now() - start;
    return { ok: true };
  });
  const inject = (k) =>
    ceiling.inject({
      method: "PUT",
      url: "/bench/ceiling",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ unit: round.orgRows[k % 20].id, value: { absences: k % 4 } }),
    });
  for (let k = 0; k < 200; k++) await inject(k);
  insertMs = 0;
  const ceilingStarted = performance.now();
  for (let k = 0; k < N; k++) await inject(k);
  const request = (performance.now() - ceilingStarted) / N;
  const insert = insertMs / N;
  console.log(
    `ceiling route: ${request.toFixed(3)} ms per request, its insert ${insert.toFixed(3)} ms` +
      (pgUrl !== undefined || sqlTimes.size === 0
        ? " (SQLTIME=1 on SQLite adds the bound)"
        : `; the save's statements (SQLite's own time) ${saveSql.toFixed(3)} ms: a save takes at least ${(request - insert + saveSql).toFixed(3)} ms, at most ${((100 * request) / (request - insert + saveSql)).toFixed(0)} % of the ceiling's rate`),
  );
  await ceiling.close();
}
await app.close();
await db.destroy();
if (schema !== undefined) await admin(`drop schema ${schema} cascade`);
fs.rmSync(dataDir, { recursive: true, force: true });
