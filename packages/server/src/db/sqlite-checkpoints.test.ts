// WAL checkpoints on a worker thread (issue 17, docs/decisions/0309): the server's connection
// never checkpoints inside a commit; the worker copies the WAL into the database file; a worker
// that cannot run leaves SQLite's own checkpoints on.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { checkpointInBackground, RESTART_AUTOCHECKPOINT_PAGES } from "./sqlite-checkpoints.js";

const opened: SqliteDatabase.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

function newDatabase(): { db: SqliteDatabase.Database; file: string } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kaoping-ckpt-")), "k.sqlite");
  const db = new SqliteDatabase(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec("create table t (id integer primary key, v text not null)");
  opened.push(db);
  return { db, file };
}

const autocheckpoint = (db: SqliteDatabase.Database) =>
  db.pragma("wal_autocheckpoint", { simple: true });

describe("SQLite checkpoints on a worker thread", () => {
  it("moves the commit-time checkpoint to 4,000 pages and copies the WAL into the database file in the background", async () => {
    const { db, file } = newDatabase();
    const checkpoints = checkpointInBackground(db, file, 20);
    expect(await checkpoints.started).toBe(true);
    expect(autocheckpoint(db)).toBe(RESTART_AUTOCHECKPOINT_PAGES);
    const sizeBefore = fs.statSync(file).size;
    const insert = db.prepare("insert into t (v) values (?)");
    // ~3,000 pages of WAL, one commit each: past SQLite's 1,000-page checkpoint three times over.
    for (let i = 0; i < 3000; i++) insert.run("x".repeat(1500));
    let size = fs.statSync(file).size;
    for (let waited = 0; size <= sizeBefore + 1_000_000 && waited < 10_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      size = fs.statSync(file).size;
    }
    expect(size).toBeGreaterThan(sizeBefore + 1_000_000);
    await checkpoints.stop();
    expect(autocheckpoint(db)).toBe(1000);
    expect(db.prepare("select count(*) as n from t").get()).toEqual({ n: 3000 });
  });

  it("keeps the WAL bounded under writes that never pause (it restarts only at a commit-time checkpoint)", async () => {
    const { db, file } = newDatabase();
    const checkpoints = checkpointInBackground(db, file, 20);
    expect(await checkpoints.started).toBe(true);
    const insert = db.prepare("insert into t (v) values (?)");
    // 12,000 commits of about a page each, back to back while the worker checkpoints: a WAL
    // that never restarted would hold them all (24,429 pages with the commit-time checkpoint off).
    // Bounded, it restarts near 4,000 pages; when the machine is busy the worker falls behind and
    // the WAL reaches further before a restart (8,860 pages seen with other suites running), so
    // the bound is half of the unbounded WAL, not the restart point.
    for (let i = 0; i < 12_000; i++) insert.run("y".repeat(1500));
    const walPages = fs.statSync(`${file}-wal`).size / 4096;
    await checkpoints.stop();
    expect(walPages).toBeLessThan(RESTART_AUTOCHECKPOINT_PAGES * 3);
  });

  it("leaves SQLite's own checkpoints on when the worker cannot open the database", async () => {
    const { db } = newDatabase();
    const checkpoints = checkpointInBackground(
      db,
      path.join(os.tmpdir(), "kaoping-none", "x.sqlite"),
    );
    expect(await checkpoints.started).toBe(false);
    expect(autocheckpoint(db)).toBe(1000);
  });
});
