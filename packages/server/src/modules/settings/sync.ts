/**
 * Settings saved in one server process reach every other at once (issue 17, docs/decisions/0180):
 * a save sends `NOTIFY` in its transaction (delivered at commit) and every process `LISTEN`s on a
 * connection of its own; as the fallback (no PostgreSQL, or the listening connection lost) a
 * request first compares the saved versions when the last comparison is older than a moment.
 */
import { createHash } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { DatabaseLocation, Db } from "../../db/database.js";
import { isPostgres } from "../../db/dialect.js";
import { notifyChannel } from "./repository.js";

/** The channel of settings changes (one per schema, so instances in other schemas stay apart). */
export function settingsChannel(schema: string | undefined): string {
  const channel = `kaoping_settings_${schema ?? "public"}`;
  // PostgreSQL names are at most 63 bytes; a long schema name is shortened to a digest.
  return channel.length <= 63
    ? channel
    : `kaoping_settings_${createHash("sha256").update(channel).digest("hex").slice(0, 32)}`;
}

/** Tells every process listening that a settings group changed (at the transaction's commit). */
export async function notifySettingsChanged(trx: Db, location: DatabaseLocation): Promise<void> {
  if (!isPostgres(trx)) return;
  await notifyChannel(trx, settingsChannel(location.databaseSchema));
}

/** How often (monotonic milliseconds, not the clock) a request checks the versions: with a listening connection, and without one. */
const checkMs = { listening: 5_000, alone: 1_000 };

/** Keeps a process's settings current; `stop` ends the listening connection. */
export function startSettingsSync(
  db: Db,
  location: DatabaseLocation,
  refresh: () => Promise<void>,
): { beforeRead: () => Promise<void>; stop: () => Promise<void> } {
  let listening = false;
  let stopped = false;
  let lastCheck = performance.now();
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const refreshNow = async () => {
    lastCheck = performance.now();
    await refresh();
  };

  async function listen(): Promise<void> {
    if (stopped || location.databaseUrl === undefined || !isPostgres(db)) return;
    const next = new pg.Client({ connectionString: location.databaseUrl });
    client = next;
    const lost = () => {
      listening = false;
      next.removeAllListeners();
      void next.end().catch(() => undefined);
      if (!stopped) retry = setTimeout(() => void listen(), 1_000).unref();
    };
    next.on("error", lost);
    next.on("notification", () => void refreshNow().catch(() => (lastCheck = 0)));
    try {
      await next.connect();
      await next.query(`listen ${settingsChannel(location.databaseSchema)}`);
      listening = true;
      // Whatever changed while not listening.
      await refreshNow();
    } catch {
      lost();
    }
  }
  void listen();

  return {
    async beforeRead() {
      const age = performance.now() - lastCheck;
      if (age >= (listening ? checkMs.listening : checkMs.alone)) await refreshNow();
    },
    async stop() {
      stopped = true;
      if (retry !== undefined) clearTimeout(retry);
      listening = false;
      await client?.end().catch(() => undefined);
    },
  };
}
