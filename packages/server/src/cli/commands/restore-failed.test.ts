/**
 * A failed restore leaves nothing behind (issue 15, finding 11): opening SQLite creates
 * `kaoping.sqlite`; when the restore is refused, the file it created (and its -wal/-shm) goes,
 * so the next `kaoping serve` does not start on an empty database by mistake.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main, type CliContext } from "../main.js";

function capture(): CliContext & { err: () => string } {
  let err = "";
  return {
    stdout: { write: () => true },
    stderr: { write: (chunk: string) => ((err += chunk), true) },
    env: {},
    cwd: os.tmpdir(),
    err: () => err,
  };
}

describe("kaoping restore that fails (SQLite)", () => {
  it("leaves no database file it created", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kaoping-restore-fail-"));
    const notABackup = fs.mkdtempSync(path.join(os.tmpdir(), "kaoping-not-backup-"));
    try {
      const ctx = capture();
      expect(await main(["restore", notABackup, "--data-dir", dataDir], ctx)).toBe(1);
      expect(ctx.err()).toMatch(/恢复失败/);
      expect(fs.readdirSync(dataDir).filter((name) => name.startsWith("kaoping.sqlite"))).toEqual(
        [],
      );
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(notABackup, { recursive: true, force: true });
    }
  });
});
