// Saves under a deadline rush (issue 17), on the built server (`npm run build` first): a round of
// 1,500 townships in self-assessment with every unit's facts, 400 fillers with sessions; the
// facts save (PUT …/items/1.3/facts: validate, store, audit, then the live score against the
// round context) through real `kaoping serve` processes, and side by side in the same run the
// ceiling — a bare Fastify route doing one insert into the same database (./saves/ceiling-server.mjs).
// Open-loop at fixed rates and closed-loop with N clients (./saves/load.mjs, on a worker
// thread), on SQLite, PostgreSQL, and two server processes over one PostgreSQL.
// Partial runs: SAVES_SETUPS=sqlite,postgres,postgres2  SAVES_SECONDS=30  (not written);
// SAVES_LOADS=open500,closed200 runs only those loads (any rate or count: open300,closed50),
// SAVES_CLIENTS=50,400 sets the closed-loop client counts (100,200), SAVES_CEILING=0 skips the
// ceiling's loads (its columns then repeat the save's) — none written; each row printed as JSON
// has serverCpuPerOk, the serving processes' CPU per answered request (decision 0344);
// SAVES_PERF=<prefix> records the servers' on-CPU profile during each save load (perf record); SAVES_PROFILE_DIR=<dir> writes a CPU profile of each
// server process (node --cpu-prof) when it stops; SAVES_TIMELINE=1 prints each load's latency
// second by second (./saves/load.mjs).
import { spawn } from "node:child_process";
import fs, { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { defaultConfig } from "../../packages/server/dist/config.js";
import { openDatabase } from "../../packages/server/dist/db/database.js";
import { migrateToLatest } from "../../packages/server/dist/db/migrate.js";
import { writeSection } from "./lib.mjs";
import { createCeilingTable } from "./saves/ceiling.mjs";
import { seedRound, userWithSession } from "./workflow/seed.mjs";

const UNITS = 1500;
const FILLERS = 400;
const RATES = [200, 500, 1000];
const CLIENTS = (process.env.SAVES_CLIENTS ?? "100,200").split(",").map(Number);
const OPEN_SECONDS = Number(process.env.SAVES_SECONDS ?? 30);
const CLOSED_SECONDS = Math.min(10, OPEN_SECONDS);
const pgUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const setups = (process.env.SAVES_SETUPS ?? "sqlite,postgres,postgres2").split(",");
const repo = fileURLToPath(new URL("../../", import.meta.url));
const profileArgs = [
  ...(process.env.SAVES_PROFILE_DIR === undefined
    ? []
    : ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.SAVES_PROFILE_DIR)}`]),
  ...(process.env.SAVES_NODE_ARGS?.split(" ").filter(Boolean) ?? []),
];

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Spawns a process and waits until it prints `ready` (a regular expression). */
async function spawnReady(args, env, ready) {
  const port = await freePort();
  const child = spawn(process.execPath, args(port), {
    env: { PATH: process.env.PATH, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise((resolve, reject) => {
    const seen = (chunk) => {
      if (process.env.SAVES_SERVER_LOG) fs.appendFileSync(process.env.SAVES_SERVER_LOG, chunk);
      output += chunk;
      if (ready.test(output)) resolve();
    };
    child.stdout.on("data", seen);
    child.stderr.on("data", seen);
    child.once("exit", () => reject(new Error(`exited before ready:\n${output}`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", resolve);
        child.kill("SIGTERM");
      }),
  };
}

/** A fresh database with the round, the fillers and the ceiling's table. */
async function prepare(dialect) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "kaoping-saves-"));
  const env = { KAOPING_DATA_DIR: dataDir, LOG_LEVEL: "warn", HOST: "127.0.0.1" };
  let drop = async () => {};
  if (dialect === "postgres") {
    const schema = `bench_saves_${process.pid}`;
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.query(`create schema ${schema}`);
    await client.end();
    Object.assign(env, { DATABASE_URL: pgUrl, DATABASE_SCHEMA: schema });
    drop = async () => {
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    };
  }
  const config = defaultConfig(dataDir);
  const db = openDatabase({
    databaseUrl: env.DATABASE_URL,
    databaseSchema: env.DATABASE_SCHEMA,
    dataDir,
  });
  await migrateToLatest(db);
  await createCeilingTable(db);
  const { roundId, orgRows } = await seedRound(db, config, {
    units: UNITS,
    state: "self_assessment",
    withFacts: true,
    unitStatus: "draft",
    tag: `s${process.pid}`,
  });
  const users = [];
  for (const [i, org] of orgRows.slice(0, FILLERS).entries()) {
    const { headers } = await userWithSession(db, config, {
      organisationId: org.id,
      role: "unit_filler",
      name: `filler${process.pid}-${i}`,
    });
    users.push({ unitId: org.id, headers, version: 1 });
  }
  await db.destroy();
  return {
    env,
    roundId,
    users,
    async cleanup() {
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** CPU time of the whole machine (every process, every core) so far: busy and total, in ms. */
function machineCpu() {
  let busy = 0;
  let total = 0;
  for (const { times } of os.cpus()) {
    const all = times.user + times.nice + times.sys + times.idle + times.irq;
    total += all;
    busy += all - times.idle;
  }
  return { busy, total };
}

/**
 * CPU time (user + system) of processes so far, in ms, from /proc (clock ticks of 10 ms): the
 * servers' own cost of a load, far less sensitive to other work on the machine than latency
 * (decision 0344). Undefined off Linux.
 */
function processCpu(pids) {
  try {
    let ticks = 0;
    for (const pid of pids) {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks * 10;
  } catch {
    return undefined;
  }
}

/**
 * One load on the worker thread; `cpuBusy`: the share of the machine's CPU in use meanwhile;
 * `serverCpuPerOk`: the CPU the serving processes used per answered request, in ms.
 */
async function runLoad(spec, pids) {
  const before = machineCpu();
  const serverBefore = processCpu(pids);
  const result = await new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./saves/load.mjs", import.meta.url), { workerData: spec });
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  const after = machineCpu();
  const serverAfter = processCpu(pids);
  const serverCpuPerOk =
    serverBefore === undefined || serverAfter === undefined || result.ok === 0
      ? undefined
      : (serverAfter - serverBefore) / result.ok;
  return {
    ...result,
    cpuBusy: (after.busy - before.busy) / (after.total - before.total),
    serverCpuPerOk,
  };
}

/**
 * SAVES_PERF=<prefix>: an on-CPU profile of the servers during each save load (`perf record`;
 * start the servers with SAVES_NODE_ARGS=--perf-basic-prof-only-functions for JavaScript's
 * names), written to <prefix>-<n>.data (decision 0344).
 */
let perfRuns = 0;
function perfRecord(pids) {
  if (process.env.SAVES_PERF === undefined) return undefined;
  perfRuns += 1;
  const out = `${process.env.SAVES_PERF}-${perfRuns}.data`;
  const child = spawn("perf", ["record", "-F", "999", "-g", "-p", pids.join(","), "-o", out], {
    stdio: "ignore",
  });
  return {
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", resolve);
        child.kill("SIGINT");
      }),
  };
}

/** One setup: servers and ceilings up, every load on both, servers down. */
async function benchSetup(setup) {
  const dialect = setup === "sqlite" ? "sqlite" : "postgres";
  const processes = setup === "postgres2" ? 2 : 1;
  const db = await prepare(dialect);
  const bin = path.join(repo, "packages/server/bin/kaoping.js");
  const ceilingScript = fileURLToPath(new URL("./saves/ceiling-server.mjs", import.meta.url));
  const servers = [];
  const ceilings = [];
  try {
    for (let i = 0; i < processes; i++) {
      servers.push(
        await spawnReady(
          (port) => [...profileArgs, bin, "serve", "--port", String(port)],
          db.env,
          /kaoping 已启动/,
        ),
      );
      ceilings.push(await spawnReady(() => [ceilingScript], db.env, /ready/));
    }
    const versions = Object.fromEntries(db.users.map((u) => [u.unitId, u.version]));
    const load = async (kind, spec) => {
      const users = db.users.map((u) => ({ ...u, version: versions[u.unitId] }));
      const serving = kind === "save" ? servers : ceilings;
      const bases = serving.map((s) => s.base);
      const result = await runLoad(
        { bases, kind, roundId: db.roundId, users, ...spec },
        serving.map((s) => s.pid),
      );
      if (kind === "save") Object.assign(versions, result.versions);
      delete result.versions;
      return result;
    };
    // Warm-up (JIT, pools) of both, not counted; SAVES_WARMUP=<seconds> (3) — longer lets the
    // JIT settle, so less of a load's CPU is compilation (decision 0344).
    const warmup = Number(process.env.SAVES_WARMUP ?? 3);
    await load("save", { mode: "closed", clients: 20, seconds: warmup });
    await load("ceiling", { mode: "closed", clients: 20, seconds: warmup });
    const rows = [];
    const only = process.env.SAVES_LOADS?.split(",");
    // SAVES_LOADS names the loads to run (any rate: open300; any count: closed50).
    const specs =
      only === undefined
        ? [
            ...RATES.map((rate) => ({ mode: "open", rate, seconds: OPEN_SECONDS })),
            ...CLIENTS.map((clients) => ({ mode: "closed", clients, seconds: CLOSED_SECONDS })),
          ]
        : only.map((name) => {
            const [, mode, n] = /^(open|closed)(\d+)$/.exec(name) ?? [];
            if (mode === undefined) throw new Error(`SAVES_LOADS: not a load: ${name}`);
            return mode === "open"
              ? { mode, rate: Number(n), seconds: OPEN_SECONDS }
              : { mode, clients: Number(n), seconds: CLOSED_SECONDS };
          });
    for (const spec of specs) {
      const perf = perfRecord(servers.map((s) => s.pid));
      const save = await load("save", spec);
      await perf?.stop();
      const ceiling = process.env.SAVES_CEILING === "0" ? save : await load("ceiling", spec);
      const row = { setup, spec, save, ceiling, load: os.loadavg()[0] };
      console.log(JSON.stringify(row));
      rows.push(row);
    }
    return rows;
  } finally {
    for (const s of [...servers, ...ceilings]) await s.stop();
    await db.cleanup();
  }
}

const setupNames = {
  sqlite: "SQLite, 1 process",
  postgres: "PostgreSQL, 1 process",
  postgres2: "PostgreSQL, 2 processes",
};
const loadAtStart = os.loadavg();
const started = new Date();
const all = [];
for (const setup of setups) {
  console.log(`saves bench (${setup}) …`);
  all.push(...(await benchSetup(setup)));
}
const loadAtEnd = os.loadavg();
const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : "—");
const loadName = (spec) =>
  spec.mode === "open" ? `open ${spec.rate}/s` : `closed ${spec.clients} clients`;
const table = all
  .map(
    (r) =>
      `| ${setupNames[r.setup]} | ${loadName(r.spec)} | ${r.save.throughput.toFixed(0)} | ${ms(r.save.p50)} / ${ms(r.save.p99)} | ${r.save.errors} | ${r.ceiling.throughput.toFixed(0)} | ${ms(r.ceiling.p50)} / ${ms(r.ceiling.p99)} | ${r.ceiling.errors} | ${((100 * r.save.throughput) / r.ceiling.throughput).toFixed(0)} % | ${(100 * r.save.cpuBusy).toFixed(0)} % / ${(100 * r.ceiling.cpuBusy).toFixed(0)} % | ${r.load.toFixed(1)} |`,
  )
  .join("\n");
const find = (setup, mode, n) =>
  all.find(
    (r) => r.setup === setup && r.spec.mode === mode && (r.spec.rate ?? r.spec.clients) === n,
  );
const targets = ["sqlite", "postgres"].map((setup) => {
  const at500 = find(setup, "open", 500);
  const closed = find(setup, "closed", 200);
  return `${setupNames[setup]}: p99 at 500 saves/s open-loop ${ms(at500?.save.p99)} (target < 50 ms: ${at500 && at500.save.p99 < 50 && at500.save.errors === 0 ? "met" : "not met"}); closed-loop 200 clients ${closed ? ((100 * closed.save.throughput) / closed.ceiling.throughput).toFixed(0) : "—"} % of the ceiling (target ≥ 50 %: ${closed && closed.save.throughput >= 0.5 * closed.ceiling.throughput ? "met" : "not met"})`;
});
const one = find("postgres", "closed", 200);
const two = find("postgres2", "closed", 200);
if (one && two)
  targets.push(
    `Two processes on PostgreSQL, closed-loop 200 clients: ${two.save.throughput.toFixed(0)} saves/s against ${one.save.throughput.toFixed(0)} with one (target: more than one serves: ${two.save.throughput > one.save.throughput ? "met" : "not met"})`,
  );
console.log(table);
console.log(targets.join("\n"));
const partial =
  setups.length < 3 ||
  process.env.SAVES_LOADS !== undefined ||
  process.env.SAVES_CLIENTS !== undefined ||
  (OPEN_SECONDS !== 30 && process.env.SAVES_WRITE !== "1");
if (partial) {
  console.log("partial run: BENCHMARKS.md not written");
  process.exit(0);
}
writeSection(
  "saves",
  `## Saves under a deadline rush — facts save against the ceiling (\`scripts/bench/saves.mjs\`)

A round of ${UNITS.toLocaleString("en")} townships on \`township-2022\` in self-assessment, every unit with its facts; ${FILLERS} unit fillers with sessions, each saving its own unit's item 1.3 with the version it last got back. **Save** = \`PUT …/self-assessment/items/1.3/facts\` on real \`kaoping serve\` processes (validate, store, audit in one transaction, then the live score against the round context). **Ceiling** = a bare Fastify route doing one insert into the same database, opened by the same code, measured right after the save with the same load in the same run. Open-loop: requests sent at a fixed rate for ${OPEN_SECONDS} s whatever the answers, latency counted from when each was due (a server that falls behind shows its queue); a save due while all fillers wait for an answer counts as an error. Closed-loop: N clients for ${CLOSED_SECONDS} s, each sending its next request when answered. Two processes: requests alternate between them (as nginx round robin), and two ceiling processes likewise. Each load opens its connections before its clock starts (one per client; open-loop: a second's requests), as browsers keep theirs open to nginx and nginx to the servers. The load generator runs on a worker thread of the bench process on the same 2-core machine. Ratio = save throughput / ceiling throughput. Machine CPU busy = the share of both cores in use during the load (every process: servers, PostgreSQL, the load generator).

${targets.map((line) => `- ${line}`).join("\n")}

| setup | load | saves/s | save p50 / p99 | save errors | ceiling/s | ceiling p50 / p99 | ceiling errors | ratio | machine CPU busy, save / ceiling | load avg |
|---|---|---|---|---|---|---|---|---|---|---|
${table}

Run ${started.toISOString().slice(0, 16)}Z; 1-minute load average ${loadAtStart[0].toFixed(1)} at the start, ${loadAtEnd[0].toFixed(1)} at the end, on ${os.cpus().length} cores (other work on the machine inflates every figure; compare save and ceiling within a row).`,
);
