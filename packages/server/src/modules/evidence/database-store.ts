/**
 * Evidence bytes in the database (`KAOPING_EVIDENCE_STORE=database`, decision 0180): every
 * server process reaches them without a shared mount. Content-addressed like the file store
 * (same stored names), and written in the transaction that records the evidence row, so a
 * crash never leaves bytes without a row or a row without bytes. Uploads are still staged in
 * the local data directory while they are hashed and checked.
 */
import fs from "node:fs";
import type { ServerConfig } from "../../config.js";
import type { Db } from "../../db/database.js";
import { findEvidenceBlob, insertEvidenceBlob } from "./blobs-repository.js";
import { createLocalEvidenceStore, type EvidenceStore } from "./store.js";

/** The SHA-256 of a stored name (`ab/cd/abcd…`). */
const digestOf = (storedName: string) => storedName.slice(storedName.lastIndexOf("/") + 1);

/** The database store. */
export function createDatabaseEvidenceStore(db: Db, dataDir: string): EvidenceStore {
  const local = createLocalEvidenceStore(dataDir);
  return {
    stage: local.stage,
    readStaged: local.readStaged,
    discard: local.discard,
    // Staged files left by a crash; the bytes themselves are never orphaned (same transaction).
    removeLeftovers: local.removeLeftovers,
    async commit(staged, trx) {
      const bytes = await fs.promises.readFile(staged.tempPath);
      await insertEvidenceBlob(trx, { sha256: staged.sha256, size: bytes.length, bytes });
      await fs.promises.rm(staged.tempPath, { force: true });
      return `${staged.sha256.slice(0, 2)}/${staged.sha256.slice(2, 4)}/${staged.sha256}`;
    },
    read: (storedName) => findEvidenceBlob(db, digestOf(storedName)),
    pathOf() {
      throw new Error("evidence kept in the database has no file path");
    },
  };
}

/** The evidence store the configuration chooses. */
export function createConfiguredEvidenceStore(config: ServerConfig, db: Db): EvidenceStore {
  return config.evidenceStore === "database"
    ? createDatabaseEvidenceStore(db, config.dataDir)
    : createLocalEvidenceStore(config.dataDir);
}
