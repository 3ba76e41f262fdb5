// Measuring aid (decision 0344, not run by `npm run bench`): the server CPU of a save's last two
// statements on PostgreSQL — a write, then a read of a unit's ~40 facts rows — sent as main sent
// them (the read after the write's answer, each on a connection of its own from the pool, whole
// rows) against as the save now sends them (pipelined on one connection, the values only), and
// each change alone. The four ways alternate in blocks in one process, so the machine's load
// falls on all of them alike.  PG=<url> N=<pairs per block> BLOCKS=<n>
//   node scripts/bench/saves/pipeline-pair.mjs
import pg from "pg";
import { sql } from "kysely";
import { openDatabase } from "../../../packages/server/dist/db/database.js";
import { runPipelined } from "../../../packages/server/dist/db/pipeline.js";

const url = process.env.PG ?? "postgres://postgres@127.0.0.1:5432/test";
const N = Number(process.env.N ?? 500);
const BLOCKS = Number(process.env.BLOCKS ?? 8);
const schema = `pair_${process.pid}`;
const admin = async (query) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(query);
  await client.end();
};
await admin(`create schema ${schema}`);
const db = openDatabase({ databaseUrl: url, databaseSchema: schema, dataDir: "/tmp" });
await sql`create table facts (id text primary key, round_unit_id text, item_code text, source text,
  value text, reason text, appeal_id text, updated_by text, updated_at text, version integer)`.execute(
  db,
);
for (let i = 0; i < 40; i++)
  await sql`insert into facts values (${`f${i}`}, 'u1', ${`${1 + (i % 9)}.${i}`}, 'self',
    ${JSON.stringify({ rate: `99.${i}`, count: i, done: true })}, null, null,
    '247039bc-789d-4eb5-a5a0-56ee69b61722', '2026-12-07T20:51:14.537Z', 1)`.execute(db);
const write = (v) =>
  sql`update facts set version = ${v}, updated_at = ${new Date().toISOString()} where id = 'f0'`.compile(
    db,
  );
const wide = sql`select id, round_unit_id, item_code, source, value, reason, appeal_id, updated_by,
  updated_at, version, null as stamp from facts where round_unit_id = ${"u1"}`.compile(db);
const narrow = sql`select item_code, source, value, null as stamp from facts
  where round_unit_id = ${"u1"}`.compile(db);
const ways = {
  "after the answer, whole rows (main)": async (v) => {
    await db.executeQuery(write(v));
    return db.executeQuery(wide);
  },
  "after the answer, values only": async (v) => {
    await db.executeQuery(write(v));
    return db.executeQuery(narrow);
  },
  "pipelined, whole rows": (v) => runPipelined(db, [write(v), wide]),
  "pipelined, values only (0344)": (v) => runPipelined(db, [write(v), narrow]),
};
const spent = Object.fromEntries(Object.keys(ways).map((name) => [name, []]));
let v = 1;
for (let block = -1; block < BLOCKS; block++)
  for (const [name, run] of Object.entries(ways)) {
    const before = process.cpuUsage();
    for (let i = 0; i < N; i++) await run(v++);
    const used = process.cpuUsage(before);
    if (block >= 0) spent[name].push((used.user + used.system) / N); // block -1 warms up
  }
for (const [name, list] of Object.entries(spent)) {
  list.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(38)} median ${list[Math.floor(list.length / 2)].toFixed(1)} µs CPU per pair (blocks ${list.map((x) => x.toFixed(0)).join(" ")})`,
  );
}
await db.destroy();
await admin(`drop schema ${schema} cascade`);
