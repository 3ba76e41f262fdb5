/**
 * After kill -9 (issue 15, finding 11): staged uploads and stored files no record names are
 * removed — by the store, when older than a quarter of an hour (another process may be uploading)
 * — at `kaoping serve` start; a referenced file always stays.
 */
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../../testing/database.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { LEFTOVER_AGE_MS, removeEvidenceLeftovers } from "./leftovers.js";
import { createLocalEvidenceStore } from "./store.js";

describe(`evidence leftovers after a crash (${testDialect})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it("removes old staged and unreferenced files, keeps fresh and referenced ones", async () => {
    const store = createLocalEvidenceStore(t.config.dataDir);
    const stage = (text: string) => store.stage(Readable.from([Buffer.from(text)]));
    // File times are the file system's: "now" is when the first file was written.
    const probe = await stage("probe");
    const now = fs.statSync(probe.tempPath).mtime;
    await store.discard(probe);
    const old = new Date(now.getTime() - LEFTOVER_AGE_MS - 60_000);
    const age = (file: string) => fs.utimesSync(file, old, old);

    const crashedUpload = await stage("staged, never committed");
    age(crashedUpload.tempPath);
    const freshUpload = await stage("staged a moment ago");
    const orphan = await store.commit(await stage("committed, row never written"), t.db);
    age(store.pathOf(orphan));
    const kept = await store.commit(await stage("committed and referenced"), t.db);
    age(store.pathOf(kept));
    const freshOrphan = await store.commit(await stage("committed a moment ago"), t.db);

    const removed = await store.removeLeftovers(new Set([kept]), new Date(old.getTime() + 1000));
    expect(removed).toEqual({ staged: 1, orphans: 1 });
    expect(fs.existsSync(crashedUpload.tempPath)).toBe(false);
    expect(fs.existsSync(store.pathOf(orphan))).toBe(false);
    expect(fs.existsSync(freshUpload.tempPath)).toBe(true);
    expect(fs.existsSync(store.pathOf(kept))).toBe(true);
    expect(fs.existsSync(store.pathOf(freshOrphan))).toBe(true);

    // Through the database: no evidence row names `kept`, so once old it goes too.
    const later = new Date(now.getTime() + LEFTOVER_AGE_MS + 60_000);
    const swept = await removeEvidenceLeftovers(t.db, store, later);
    expect(swept).toEqual({ staged: 1, orphans: 2 });
    expect(fs.readdirSync(path.join(t.config.dataDir, "evidence", "tmp"))).toEqual([]);
  });
});
