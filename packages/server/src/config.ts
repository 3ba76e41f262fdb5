/**
 * The server's configuration: one object built from flags, environment and defaults, documented
 * in docs/configuration.md. Everything time-dependent reads `clock`, so tests inject a fake one.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { hasDisguisingCharacter } from "./contract/common.js";
import { defaultTimeZone, isValidTimeZone } from "./contract/time-zone.js";

/** Where an HTTP session cookie's `Secure` attribute comes from. */
export type CookieSecureMode = "auto" | "always" | "never";

/** The whole configuration of one server process. */
export interface ServerConfig {
  /** TCP port (`--port`, `PORT`; 8080). */
  port: number;
  /** Interface to listen on (`--host`, `HOST`; 0.0.0.0). */
  host: string;
  /** Data directory: the SQLite database and, later, evidence files (`--data-dir`, `KAOPING_DATA_DIR`; ./data). */
  dataDir: string;
  /** PostgreSQL connection string (`DATABASE_URL`); absent: SQLite in `dataDir`. */
  databaseUrl: string | undefined;
  /** PostgreSQL schema to use (`DATABASE_SCHEMA`); absent: the server's default (`public`). */
  databaseSchema: string | undefined;
  /** pino log level (`--log-level`, `LOG_LEVEL`; info). */
  logLevel: string;
  /** The time source; `() => new Date()` in production, a fake clock in tests. */
  clock: () => Date;
  /** Trust `X-Forwarded-*` from a reverse proxy (`TRUST_PROXY=true`; false). */
  trustProxy: boolean;
  /** Serve the OpenAPI document and docs page at /api/docs (`KAOPING_API_DOCS=false` turns off). */
  apiDocs: boolean;
  /** 系统名称 on the login page and in the header (`KAOPING_SYSTEM_NAME`; changeable in 系统设置). */
  systemName: string;
  /** The bureau's IANA time zone (`KAOPING_TIME_ZONE`; Asia/Shanghai; changeable in 系统设置). */
  timeZone: string;
  session: {
    /** Minutes without a request after which a session ends (30). */
    idleTimeoutMinutes: number;
    /** Hours after login after which a session ends whatever happens (12). */
    absoluteTimeoutHours: number;
    cookieName: string;
    /** `auto`: Secure when the request came over TLS (`KAOPING_COOKIE_SECURE`). */
    cookieSecure: CookieSecureMode;
  };
  passwordPolicy: {
    minLength: number;
    maxLength: number;
    /** How many of the four character classes (lower, upper, digit, symbol) a password needs (3). */
    minCharacterClasses: number;
    /** Days after which a password must be changed (90). */
    maxAgeDays: number;
    /** How many previous passwords cannot be reused (5). */
    historySize: number;
  };
  lockout: {
    /** Consecutive failed logins that lock an account (5). */
    maxFailures: number;
    /** Minutes an account stays locked (15). */
    lockMinutes: number;
  };
  /** Login attempts allowed per client IP per window (30 per 60 s). */
  loginRateLimit: { max: number; windowSeconds: number };
  /** scrypt cost as log2(N) (17 = 2^17, the required minimum); lower only in tests. */
  passwordHashCost: number;
  /**
   * Where evidence bytes are kept (`KAOPING_EVIDENCE_STORE`): `files` under `dataDir/evidence`
   * (several servers: on a shared mount), or `database` (table evidence_blobs; decision 0180).
   */
  evidenceStore: "files" | "database";
  /** Evidence uploads (docs/spec/security.md row 19). */
  evidence: {
    /** Largest file accepted (`KAOPING_EVIDENCE_MAX_FILE_MB`; 20 MB). */
    maxFileBytes: number;
    /** Files per item of one unit (`KAOPING_EVIDENCE_MAX_FILES_PER_ITEM`; 20). */
    maxFilesPerItem: number;
    /** Total unpacked size allowed inside a docx/xlsx/ofd/zip (200 MB). */
    maxUnpackedBytes: number;
    /** Entries allowed inside an archive (5,000). */
    maxArchiveEntries: number;
  };
  totp: {
    /** Require a TOTP second factor for the three administrator roles (`KAOPING_TOTP_REQUIRED_FOR_ADMINS`). */
    requiredForAdministrators: boolean;
    /** Issuer shown in authenticator apps. */
    issuer: string;
  };
}

/** The defaults every deployment starts from. */
export function defaultConfig(cwd: string): ServerConfig {
  return {
    port: 8080,
    host: "0.0.0.0",
    dataDir: path.resolve(cwd, "data"),
    databaseUrl: undefined,
    databaseSchema: undefined,
    logLevel: "info",
    clock: () => new Date(),
    trustProxy: false,
    apiDocs: true,
    systemName: "医疗保障工作目标考核与绩效评价系统",
    timeZone: defaultTimeZone,
    session: {
      idleTimeoutMinutes: 30,
      absoluteTimeoutHours: 12,
      cookieName: "kaoping_sid",
      cookieSecure: "auto",
    },
    passwordPolicy: {
      minLength: 8,
      maxLength: 128,
      minCharacterClasses: 3,
      maxAgeDays: 90,
      historySize: 5,
    },
    lockout: { maxFailures: 5, lockMinutes: 15 },
    loginRateLimit: { max: 30, windowSeconds: 60 },
    passwordHashCost: 17,
    evidenceStore: "files",
    evidence: {
      maxFileBytes: 20 * 1024 * 1024,
      maxFilesPerItem: 20,
      maxUnpackedBytes: 200 * 1024 * 1024,
      maxArchiveEntries: 5000,
    },
    totp: { requiredForAdministrators: false, issuer: "kaoping" },
  };
}

/** A configuration problem found while reading flags or environment. */
export class ConfigError extends Error {}

function positiveInt(value: string, name: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0)
    throw new ConfigError(`${name} 应为正整数：${value}`);
  return parsed;
}

function flag(value: string | undefined, name: string): boolean | undefined {
  if (value === undefined || value === "") return undefined;
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  throw new ConfigError(`${name} 应为 true 或 false：${value}`);
}

/**
 * Builds the configuration from command-line flags (`--port`, `--host`, `--data-dir`,
 * `--log-level`) and environment variables; flags win over environment, environment over defaults.
 */
export function loadConfig(
  args: string[],
  env: Record<string, string | undefined>,
  cwd: string,
): ServerConfig {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      "data-dir": { type: "string" },
      "log-level": { type: "string" },
    },
    strict: true,
  });
  const config = defaultConfig(cwd);
  const port = values.port ?? env.PORT;
  if (port !== undefined && port !== "") config.port = positiveInt(port, "端口");
  config.host = values.host ?? env.HOST ?? config.host;
  const dataDir = values["data-dir"] ?? env.KAOPING_DATA_DIR;
  if (dataDir !== undefined && dataDir !== "") config.dataDir = path.resolve(cwd, dataDir);
  config.databaseUrl = env.DATABASE_URL === "" ? undefined : env.DATABASE_URL;
  config.databaseSchema = env.DATABASE_SCHEMA === "" ? undefined : env.DATABASE_SCHEMA;
  config.logLevel = values["log-level"] ?? env.LOG_LEVEL ?? config.logLevel;
  config.trustProxy = flag(env.TRUST_PROXY, "TRUST_PROXY") ?? config.trustProxy;
  config.apiDocs = flag(env.KAOPING_API_DOCS, "KAOPING_API_DOCS") ?? config.apiDocs;
  const systemName = env.KAOPING_SYSTEM_NAME?.trim();
  if (systemName !== undefined && systemName !== "") {
    if (systemName.length > 64) throw new ConfigError("KAOPING_SYSTEM_NAME 最长 64 个字符");
    if (hasDisguisingCharacter(systemName))
      throw new ConfigError("KAOPING_SYSTEM_NAME 不能包含控制字符、换行、文字方向控制符或零宽字符");
    config.systemName = systemName;
  }
  const timeZone = env.KAOPING_TIME_ZONE?.trim();
  if (timeZone !== undefined && timeZone !== "") {
    if (!isValidTimeZone(timeZone))
      throw new ConfigError(`KAOPING_TIME_ZONE 应为标准时区名称（如 Asia/Shanghai）：${timeZone}`);
    config.timeZone = timeZone;
  }
  const secure = env.KAOPING_COOKIE_SECURE;
  if (secure !== undefined && secure !== "") {
    if (secure !== "auto" && secure !== "always" && secure !== "never") {
      throw new ConfigError(`KAOPING_COOKIE_SECURE 应为 auto、always 或 never：${secure}`);
    }
    config.session.cookieSecure = secure;
  }
  const store = env.KAOPING_EVIDENCE_STORE;
  if (store !== undefined && store !== "") {
    if (store !== "files" && store !== "database")
      throw new ConfigError(`KAOPING_EVIDENCE_STORE 应为 files 或 database：${store}`);
    config.evidenceStore = store;
  }
  const intSettings: [string, (value: number) => void][] = [
    ["KAOPING_SESSION_IDLE_MINUTES", (v) => (config.session.idleTimeoutMinutes = v)],
    ["KAOPING_SESSION_ABSOLUTE_HOURS", (v) => (config.session.absoluteTimeoutHours = v)],
    ["KAOPING_PASSWORD_MAX_AGE_DAYS", (v) => (config.passwordPolicy.maxAgeDays = v)],
    ["KAOPING_PASSWORD_HISTORY", (v) => (config.passwordPolicy.historySize = v)],
    ["KAOPING_LOCKOUT_FAILURES", (v) => (config.lockout.maxFailures = v)],
    ["KAOPING_LOCKOUT_MINUTES", (v) => (config.lockout.lockMinutes = v)],
    ["KAOPING_LOGIN_RATE_LIMIT", (v) => (config.loginRateLimit.max = v)],
    ["KAOPING_EVIDENCE_MAX_FILE_MB", (v) => (config.evidence.maxFileBytes = v * 1024 * 1024)],
    ["KAOPING_EVIDENCE_MAX_FILES_PER_ITEM", (v) => (config.evidence.maxFilesPerItem = v)],
  ];
  for (const [name, apply] of intSettings) {
    const value = env[name];
    if (value !== undefined && value !== "") apply(positiveInt(value, name));
  }
  config.totp.requiredForAdministrators =
    flag(env.KAOPING_TOTP_REQUIRED_FOR_ADMINS, "KAOPING_TOTP_REQUIRED_FOR_ADMINS") ?? false;
  return config;
}
