// Commit stalls of SQLite (docs/decisions/0309; not run by `npm run bench`): 20,000 small
// commits shaped like a facts save (one update of a 69,000-row table, one 600-byte audit insert)
// on WAL with synchronous NORMAL, first with SQLite's own checkpoints (inside the commit that
// passes 1,000 pages), then with the server's background checkpointer — alternated twice, one run.
//   npm run build && node scripts/bench/saves/commit-stalls.mjs
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { checkpointInBackground } from "../../../packages/server/dist/db/sqlite-checkpoints.js";

async function run(background) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kaoping-stalls-"));
  const file = path.join(dir, "k.sqlite");
  const db = new SqliteDatabase(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec(
    "create table f (id integer primary key, v text); create table a (id integer primary key, d text)",
  );
  const insert = db.prepare("insert into f (id, v) values (?, ?)");
  db.transaction(() => {
    for (let i = 0; i < 69_000; i++)
      insert.run(i, JSON.stringify({ x: i, y: "abcdefghij".repeat(5) }));
  })();
  db.pragma("wal_checkpoint(TRUNCATE)");
  const checkpoints = background ? checkpointInBackground(db, file) : undefined;
  if (checkpoints) await checkpoints.started;
  const update = db.prepare("update f set v = ? where id = ?");
  const audit = db.prepare("insert into a (d) values (?)");
  const save = db.transaction((i) => {
    update.run(JSON.stringify({ x: i }), (i * 7919) % 69_000);
    audit.run("x".repeat(600));
  });
  const times = [];
  for (let i = 0; i < 20_000; i++) {
    const start = process.hrtime.bigint();
    save(i);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    // Let the worker's timer run now and then, as a server's event loop does between requests.
    if (i % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await checkpoints?.stop();
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  times.sort((x, y) => x - y);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
  return `${background ? "background checkpoints" : "SQLite's own checkpoints"}: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, p99.9 ${at(0.999)} ms, max ${times.at(-1).toFixed(1)} ms, commits over 5 ms: ${times.filter((t) => t > 5).length}`;
}

// The checkpointer's worker does not keep a process alive (a server's listening socket does).
const alive = setInterval(() => {}, 1000);
for (const background of [false, true, false, true]) console.log(await run(background));
clearInterval(alive);
