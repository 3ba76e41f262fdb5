/** Starts a real `kaoping serve` on a free port with a fresh data directory, and stops it. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** A running server. */
export interface RunningServer {
  url: string;
  dataDir: string;
  log: () => string;
  stop: () => Promise<void>;
}

/** The built command line (`kaoping`). */
export const bin = fileURLToPath(new URL("../../../server/bin/kaoping.js", import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the server (the built one: `npm run build` first) with known first-start passwords;
 * `prepare` fills the fresh data directory first (e.g. `kaoping demo`).
 */
export async function startServer(
  env: Record<string, string>,
  prepare?: (dataDir: string) => void,
): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "kaoping-e2e-"));
  prepare?.(dataDir);
  const port = await freePort();
  let output = "";
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, "serve", "--port", String(port), "--host", "127.0.0.1", "--data-dir", dataDir],
    {
      env: { ...process.env, ...env, LOG_LEVEL: "warn", KAOPING_LOGIN_RATE_LIMIT: "1000" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  // A loaded 2-core machine may take tens of seconds to start Node and migrate a new database.
  const giveUpAt = performance.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`kaoping serve exited:\n${output}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (performance.now() > giveUpAt) {
      child.kill("SIGKILL");
      throw new Error(`kaoping serve did not start within 90 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    dataDir,
    log: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
