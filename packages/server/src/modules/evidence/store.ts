/**
 * Where evidence bytes live: content-addressed files under `<dataDir>/evidence/` named by their
 * SHA-256 (`ab/cd/abcd…`), never by the user's file name, outside any served folder. Uploads are
 * streamed to `tmp/` while hashed and counted, then moved into place. The other store keeps the
 * bytes in the database (database-store.ts, chosen by KAOPING_EVIDENCE_STORE).
 */
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/** A file streamed to temporary storage. */
export interface StagedFile {
  tempPath: string;
  sha256: string;
  size: number;
  /** Whether the stream was cut at the size limit. */
  truncated: boolean;
}

/** The evidence store. */
export interface EvidenceStore {
  /** Streams an upload to a temporary file, hashing and counting it. */
  stage(stream: Readable & { truncated?: boolean }): Promise<StagedFile>;
  /** Reads a staged file (for content checks). */
  readStaged(staged: StagedFile): Promise<Buffer>;
  /**
   * Moves a staged file to its content address; returns the stored name. Same content = same
   * file. Called inside the transaction that records the evidence row (`trx`: the database
   * store writes the bytes in it; the file store moves the file).
   */
  commit(staged: StagedFile, trx: Kysely<Database>): Promise<string>;
  /** Removes a staged file that was refused. */
  discard(staged: StagedFile): Promise<void>;
  /** The bytes of a stored file, or undefined when it is missing. */
  read(storedName: string): Promise<Buffer | undefined>;
  /** The absolute path of a stored file (tests flip bytes in it). */
  pathOf(storedName: string): string;
  /**
   * Removes what a crash leaves (issue 15, finding 11): staged uploads, and stored files not in
   * `referenced`, both only when last written before `olderThan`. Returns how many went.
   */
  removeLeftovers(
    referenced: ReadonlySet<string>,
    olderThan: Date,
  ): Promise<{ staged: number; orphans: number }>;
}

const storedNamePattern = /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/;

/** The local-disk store under `<dataDir>/evidence`. */
export function createLocalEvidenceStore(dataDir: string): EvidenceStore {
  const root = path.join(dataDir, "evidence");
  const tmp = path.join(root, "tmp");
  const pathOf = (storedName: string) => {
    // Stored names come from our own digests; anything else is a programmer error, never a path.
    if (!storedNamePattern.test(storedName))
      throw new Error(`invalid stored evidence name: ${storedName}`);
    return path.join(root, storedName);
  };
  return {
    async stage(stream) {
      await fs.promises.mkdir(tmp, { recursive: true });
      const tempPath = path.join(tmp, randomBytes(16).toString("hex"));
      const hash = createHash("sha256");
      let size = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      });
      await pipeline(stream, counter, fs.createWriteStream(tempPath, { flags: "wx", mode: 0o600 }));
      return { tempPath, sha256: hash.digest("hex"), size, truncated: stream.truncated === true };
    },
    readStaged: (staged) => fs.promises.readFile(staged.tempPath),
    async commit(staged) {
      const storedName = `${staged.sha256.slice(0, 2)}/${staged.sha256.slice(2, 4)}/${staged.sha256}`;
      const target = pathOf(storedName);
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      const existing = fs.existsSync(target) ? await fs.promises.readFile(target) : undefined;
      // Same content already stored: keep it — unless it was damaged on disk, then the upload repairs it.
      if (
        existing !== undefined &&
        createHash("sha256").update(existing).digest("hex") === staged.sha256
      ) {
        await fs.promises.rm(staged.tempPath, { force: true });
      } else {
        await fs.promises.rename(staged.tempPath, target);
      }
      return storedName;
    },
    discard: (staged) => fs.promises.rm(staged.tempPath, { force: true }),
    async read(storedName) {
      try {
        return await fs.promises.readFile(pathOf(storedName));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
      }
    },
    pathOf,
    async removeLeftovers(referenced, olderThan) {
      const removed = { staged: 0, orphans: 0 };
      const oldFile = async (file: string) => {
        const stat = await fs.promises.stat(file).catch(() => undefined);
        return stat !== undefined && stat.isFile() && stat.mtime < olderThan;
      };
      if (!fs.existsSync(root)) return removed;
      for (const entry of await fs.promises.readdir(root, { recursive: true })) {
        const name = entry.split(path.sep).join("/");
        const file = path.join(root, entry);
        if (name.startsWith("tmp/")) {
          if (await oldFile(file)) {
            await fs.promises.rm(file, { force: true });
            removed.staged += 1;
          }
        } else if (storedNamePattern.test(name) && !referenced.has(name) && (await oldFile(file))) {
          await fs.promises.rm(file, { force: true });
          removed.orphans += 1;
        }
      }
      return removed;
    },
  };
}
