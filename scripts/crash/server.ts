/**
 * A `kaoping serve` child process the crash test can kill with SIGKILL, and the `kaoping` command
 * line run to completion (audit verify, evidence verify) — both the built command
 * (packages/server/bin/kaoping.js: `npm run build` first), as a user runs it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { fileURLToPath } from "node:url";

const entry = fileURLToPath(new URL("../../packages/server/bin/kaoping.js", import.meta.url));

/** Where the data lives, as `kaoping`'s environment. */
export interface Location {
  dataDir: string;
  databaseUrl: string | undefined;
  databaseSchema: string | undefined;
}

function environment(where: Location): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    KAOPING_DATA_DIR: where.dataDir,
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    ...(where.databaseUrl === undefined ? {} : { DATABASE_URL: where.databaseUrl }),
    ...(where.databaseSchema === undefined ? {} : { DATABASE_SCHEMA: where.databaseSchema }),
  };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== "object" || address === null) throw new Error("no free port");
  return address.port;
}

/** A running server: its address, and SIGKILL. */
export interface Served {
  base: string;
  kill: () => Promise<void>;
  output: () => string;
}

/** Starts `kaoping serve` and resolves when it listens. */
export async function startServe(where: Location): Promise<Served> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [entry, "serve", "--port", String(port)], {
    env: environment(where),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error(`kaoping serve exited:\n${output}`);
    const up = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up)
      return {
        base,
        output: () => output,
        async kill() {
          child.kill("SIGKILL");
          await exited;
        },
      };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`kaoping serve did not answer /healthz:\n${output}`);
}

/** Runs `kaoping <args>` to completion; returns its exit code and output. */
export function runKaoping(
  where: Location,
  args: string[],
): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [entry, ...args], {
      env: environment(where),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    child.once("exit", (code) => resolve({ code: code ?? 1, out }));
  });
}
