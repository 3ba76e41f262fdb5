/**
 * WAL checkpoints of the server's SQLite database on a worker thread (issue 17, docs/decisions/0309).
 *
 * SQLite's own checkpoint runs inside the COMMIT that pushes the WAL past 1,000 pages: it copies
 * the WAL into the database file and syncs it — on the event loop, since better-sqlite3 is
 * synchronous. Measured here (20,000 small commits, WAL, synchronous NORMAL): p99.9 of a commit
 * 10–14 ms with those checkpoints, 0.2–0.3 ms without; under a rush that stall is every queued
 * request's. So `kaoping serve` turns the commit-time checkpoint off and a worker thread with its
 * own connection runs a PASSIVE checkpoint several times a second: it never blocks the server's
 * connection (nor waits for it). The WAL starts again from its beginning only when a write finds
 * all of it in the database file — under a steady rush never after a worker's checkpoint, since
 * saves commit while it runs — so the server's connection keeps a commit-time checkpoint at
 * 4,000 pages: the worker has copied all but the last fraction of a second's pages by then, so
 * that checkpoint is short, and the WAL (which every read searches) stays bounded. Should the
 * worker stop, SQLite's own 1,000 pages are back.
 */
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type SqliteDatabase from "better-sqlite3";

/** SQLite's default: a commit checkpoints once the WAL is past this many pages. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000;
/** With the worker: the commit-time checkpoint that restarts the WAL, rarely and briefly. */
export const RESTART_AUTOCHECKPOINT_PAGES = 4000;

/** The worker (CommonJS, evaluated): opens the database and checkpoints it every interval. */
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
const checkpoint = () => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch (error) {
    // SQLITE_BUSY and the like: the next interval tries again.
    if (!/busy|locked/i.test(String(error && error.message))) throw error;
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on("message", (message) => {
  if (message !== "stop") return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
parentPort.postMessage("ready");
`;

/** A running background checkpointer. */
export interface BackgroundCheckpoints {
  /** Resolves once the worker runs (or has failed: the commit-time checkpoint is then on again). */
  readonly started: Promise<boolean>;
  /** Stops the worker after a last checkpoint; the commit-time checkpoint is on again. */
  stop(): Promise<void>;
}

/** Moves the checkpoints of `sqlite` (the database file `file`) to a worker thread. */
export function checkpointInBackground(
  sqlite: SqliteDatabase.Database,
  file: string,
  intervalMs = 200,
): BackgroundCheckpoints {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: { driver, file, intervalMs },
  });
  worker.unref();
  let stopping = false;
  const commitTimeCheckpoints = () => {
    if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
  };
  const exited = new Promise<void>((resolve) => {
    worker.once("exit", () => {
      commitTimeCheckpoints();
      resolve();
    });
  });
  const started = new Promise<boolean>((resolve) => {
    worker.once("message", () => {
      if (!stopping && sqlite.open)
        sqlite.pragma(`wal_autocheckpoint = ${RESTART_AUTOCHECKPOINT_PAGES}`);
      resolve(true);
    });
    worker.once("error", () => resolve(false));
    void exited.then(() => resolve(false));
  });
  // A worker that failed is not retried: SQLite's own checkpoints are back on (above).
  worker.on("error", () => undefined);
  return {
    started,
    async stop() {
      stopping = true;
      commitTimeCheckpoints();
      worker.postMessage("stop");
      await exited;
    },
  };
}
