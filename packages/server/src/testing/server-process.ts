/**
 * `kaoping serve` in child processes, run from source with tsx, for the tests of several server
 * processes over one database (docs/decisions/0180).
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { fileURLToPath } from "node:url";

const entry = fileURLToPath(new URL("./serve-entry.ts", import.meta.url));

/** A running server process. */
export interface ServerProcess {
  /** http://127.0.0.1:PORT */
  base: string;
  /** Everything it printed so far (stdout and stderr). */
  output: () => string;
  /** SIGTERM, then wait for the exit. */
  stop: () => Promise<void>;
}

/** Where the database is (as the environment of `kaoping serve`). */
export interface ServerEnvironment {
  dataDir: string;
  databaseUrl: string | undefined;
  databaseSchema: string | undefined;
  /** Further environment variables. */
  extra?: Record<string, string>;
}

/** A TCP port free on loopback right now. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== "object" || address === null) throw new Error("no free port");
  return address.port;
}

/** Starts `kaoping serve` on a free port and resolves once it listens (rejects when it exits first). */
export async function startServerProcess(where: ServerEnvironment): Promise<ServerProcess> {
  const port = await freePort();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    KAOPING_DATA_DIR: where.dataDir,
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    ...(where.databaseUrl === undefined ? {} : { DATABASE_URL: where.databaseUrl }),
    ...(where.databaseSchema === undefined ? {} : { DATABASE_SCHEMA: where.databaseSchema }),
    ...where.extra,
  };
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", entry, "serve", "--port", String(port)],
    { env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    const check = setInterval(() => {
      const port = /kaoping 已启动：http:\/\/localhost:(\d+)\//.exec(output)?.[1];
      if (port === undefined) return;
      clearInterval(check);
      resolve({
        base: `http://127.0.0.1:${port}`,
        output: () => output,
        async stop() {
          child.kill("SIGTERM");
          await exited;
        },
      });
    }, 50);
    void exited.then(() => {
      clearInterval(check);
      reject(new Error(`kaoping serve exited before listening:\n${output}`));
    });
  });
}
