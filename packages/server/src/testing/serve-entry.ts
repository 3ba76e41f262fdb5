/** `kaoping` run from source in a child process (tests of several server processes). */
import { main } from "../cli/main.js";

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
