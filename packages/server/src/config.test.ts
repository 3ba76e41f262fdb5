import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, defaultConfig, loadConfig } from "./config.js";

describe("configuration", () => {
  it("has the documented defaults", () => {
    const config = defaultConfig("/srv/kaoping");
    expect(config).toMatchObject({
      port: 8080,
      dataDir: path.resolve("/srv/kaoping", "data"),
      databaseUrl: undefined,
      session: { idleTimeoutMinutes: 30, absoluteTimeoutHours: 12, cookieSecure: "auto" },
      passwordPolicy: {
        minLength: 8,
        maxLength: 128,
        minCharacterClasses: 3,
        maxAgeDays: 90,
        historySize: 5,
      },
      lockout: { maxFailures: 5, lockMinutes: 15 },
      passwordHashCost: 17,
      totp: { requiredForAdministrators: false },
      apiDocs: true,
    });
  });

  it("reads flags over environment over defaults", () => {
    const env = {
      PORT: "9000",
      DATABASE_URL: "postgres://db/kaoping",
      KAOPING_DATA_DIR: "/var/kp",
      KAOPING_LOCKOUT_MINUTES: "30",
      KAOPING_TOTP_REQUIRED_FOR_ADMINS: "true",
    };
    const config = loadConfig(["--port", "9100", "--data-dir", "rel"], env, "/srv");
    expect(config.port).toBe(9100);
    expect(config.dataDir).toBe(path.resolve("/srv", "rel"));
    expect(config.databaseUrl).toBe("postgres://db/kaoping");
    expect(config.lockout.lockMinutes).toBe(30);
    expect(config.totp.requiredForAdministrators).toBe(true);
    expect(loadConfig([], env, "/srv").port).toBe(9000);
    expect(loadConfig([], env, "/srv").dataDir).toBe("/var/kp");
  });

  it.each([
    [["--port", "http"], {}],
    [[], { PORT: "-1" }],
    [[], { KAOPING_COOKIE_SECURE: "sometimes" }],
    [[], { KAOPING_API_DOCS: "maybe" }],
  ])("refuses invalid settings %j %j", (args, env) => {
    expect(() => loadConfig(args, env, "/srv")).toThrow(ConfigError);
  });

  it("refuses unknown flags", () => {
    expect(() => loadConfig(["--prot", "1"], {}, "/srv")).toThrow();
  });
});
