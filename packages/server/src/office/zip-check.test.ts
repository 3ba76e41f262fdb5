/**
 * Zip bombs inspected by streaming (issue 15, finding 9): the unpacked bytes are counted and
 * thrown away on the thread pool, so the event loop keeps turning while a bomb is inspected,
 * memory does not grow by what the bombs unpack to, and across the server only a few archives
 * are inflated at once — eight concurrent 190 MiB bombs leave `/healthz` answering.
 */
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildZip } from "../testing/zip.js";
import { archiveInspections, checkArchive, INSPECTIONS_AT_ONCE } from "./zip-check.js";

const limits = { maxUnpackedBytes: 200 * 1024 * 1024, maxEntries: 5000 };

/** A ~190 KB zip whose one entry unpacks to 190 MiB of zeros (headers tell the truth). */
function bomb(): Buffer {
  return buildZip([{ name: "zeros.bin", data: Buffer.alloc(190 * 1024 * 1024) }]);
}

describe("archive inspection by streaming", () => {
  const zip = bomb();

  it("lets the event loop turn while a bomb is inspected, and refuses it", async () => {
    let turns = 0;
    const tick = () => {
      turns += 1;
      if (!done) setImmediate(tick);
    };
    let done = false;
    setImmediate(tick);
    const result = await checkArchive(zip, limits);
    done = true;
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("压缩炸弹") });
    expect(turns).toBeGreaterThan(0);
  });

  it("inflates at most a few archives at once across the server", async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => checkArchive(zip, limits)));
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(archiveInspections().peak).toBeLessThanOrEqual(INSPECTIONS_AT_ONCE);
    expect(archiveInspections().active).toBe(0);
  });

  it("still accepts an honest archive and counts past a truthful large entry", async () => {
    const text = Buffer.from("医保考评佐证材料。".repeat(20_000));
    const result = await checkArchive(
      buildZip([
        { name: "a.txt", data: text },
        { name: "b.bin", data: zlib.deflateRawSync(text) },
      ]),
      limits,
    );
    expect(result).toEqual({ ok: true, entries: ["a.txt", "b.bin"] });
  });
});
