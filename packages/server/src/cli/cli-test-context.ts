/** A CLI context for tests that records what a command writes (test support, not shipped behaviour). */
import type { CliContext } from "./main.js";

/** A context writing into strings; `cwd` defaults to the process's. */
export function captureContext(
  cwd = process.cwd(),
): CliContext & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: { write: (chunk: string) => ((out += chunk), true) },
    stderr: { write: (chunk: string) => ((err += chunk), true) },
    env: {},
    cwd,
    out: () => out,
    err: () => err,
  };
}
