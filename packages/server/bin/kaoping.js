#!/usr/bin/env node
// The `kaoping` command line; the code lives in ../dist (built by `npm run build`, run by `npm ci`).
import { main } from "../dist/cli/main.js";

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
