/** Shared by the server's commands: configuration from flags and environment, and the database. */
import { ConfigError, loadConfig, type ServerConfig } from "../../config.js";
import { openDatabase, type Db } from "../../db/database.js";
import type { CliContext } from "../main.js";

/** The configuration, or undefined after printing why it is invalid. */
export function configure(args: string[], ctx: CliContext): ServerConfig | undefined {
  try {
    return loadConfig(args, ctx.env, ctx.cwd);
  } catch (error) {
    if (error instanceof ConfigError || (error instanceof TypeError && "code" in error)) {
      ctx.stderr.write(`配置错误：${error.message}\n`);
      return undefined;
    }
    throw error;
  }
}

/** Where the database is, for messages. */
export function describeDatabase(config: ServerConfig): string {
  return config.databaseUrl === undefined
    ? `SQLite（数据目录 ${config.dataDir}）`
    : "PostgreSQL（DATABASE_URL）";
}

/** Opens the configured database (`serving`: for `kaoping serve`, which runs for weeks). */
export function openConfiguredDatabase(config: ServerConfig, serving = false): Db {
  return openDatabase(config, { backgroundCheckpoints: serving });
}

/** Splits a command's arguments: `--data-dir` goes to the configuration; the rest are its own. */
export function splitConfigArgs(args: string[]): { own: string[]; configArgs: string[] } {
  const own: string[] = [];
  const configArgs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--data-dir") configArgs.push(a, args[++i] ?? "");
    else if (a.startsWith("--data-dir=")) configArgs.push(a);
    else own.push(a);
  }
  return { own, configArgs };
}
