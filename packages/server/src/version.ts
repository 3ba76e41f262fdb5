/** The server package's version (from its package.json, read once), e.g. for backup manifests. */
import fs from "node:fs";

/** This kaoping server's version. */
export const kaopingVersion: string = (
  JSON.parse(fs.readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  }
).version;
