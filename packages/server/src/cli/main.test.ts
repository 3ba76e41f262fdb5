import { describe, expect, it } from "vitest";
import { main, type CliContext } from "./main.js";

/** A CLI context that records what the command writes. */
function captureContext(): CliContext & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: { write: (chunk: string) => ((out += chunk), true) },
    stderr: { write: (chunk: string) => ((err += chunk), true) },
    env: {},
    cwd: process.cwd(),
    out: () => out,
    err: () => err,
  };
}

describe("kaoping command line", () => {
  it("refuses an unknown command with status 2 and a Chinese message", async () => {
    const ctx = captureContext();
    expect(await main(["no-such-command"], ctx)).toBe(2);
    expect(ctx.err()).toContain("未知命令：no-such-command");
    expect(ctx.out()).toBe("");
  });

  it("prints help with status 0", async () => {
    const ctx = captureContext();
    expect(await main(["help"], ctx)).toBe(0);
    expect(ctx.out()).toContain("用法");
  });

  it("does not treat inherited object keys as commands", async () => {
    const ctx = captureContext();
    expect(await main(["toString"], ctx)).toBe(2);
  });
});
