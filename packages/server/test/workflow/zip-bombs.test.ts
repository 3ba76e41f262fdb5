/**
 * Issue 15, finding 9: eight concurrent uploads of a ~190 KB zip that unpacks to 190 MiB are all
 * refused while `/healthz` keeps answering, and the server never holds what they unpack to (the
 * inspection streams and throws the bytes away; see zip-check.test.ts for the event loop and
 * the server-wide limit).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../../src/testing/database.js";
import { createTestApp, type TestApp } from "../../src/testing/test-app.js";
import { buildZip } from "../../src/testing/zip.js";
import { buildCountyWithPeople, type County } from "./county.js";
import { driveRound } from "./drive.js";

describe(`eight concurrent zip bombs through the API (${testDialect})`, () => {
  let t: TestApp;
  let c: County;
  beforeAll(async () => {
    t = await createTestApp();
    c = await buildCountyWithPeople(t, 1);
  });
  afterAll(async () => t.close());

  it("refuses them all, keeps /healthz answering and memory flat", async () => {
    const { id: rid } = await driveRound(t, c, "self_assessment");
    const url = `/api/rounds/${rid}/units/${c.units[0]!.id}/items/2.1/evidence`;
    const boundary = "----kaopingBomb";
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="b.zip"\r\n` +
          "Content-Type: application/zip\r\n\r\n",
      ),
      buildZip([{ name: "zeros.bin", data: Buffer.alloc(190 * 1024 * 1024) }]),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    expect(body.length).toBeLessThan(400 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().arrayBuffers);
    }, 2);
    const uploads = Array.from({ length: 8 }, () =>
      t.app.inject({
        method: "POST",
        url,
        headers: {
          cookie: c.fillers[0]!,
          "content-type": `multipart/form-data; boundary=${boundary}`,
        },
        payload: body,
      }),
    );
    const health = Array.from({ length: 5 }, () =>
      t.app.inject({ method: "GET", url: "/healthz" }),
    );
    const answers = await Promise.all([...uploads, ...health]);
    clearInterval(sampler);
    expect(answers.slice(8).map((r) => r.statusCode)).toEqual(Array(5).fill(200));
    for (const upload of answers.slice(0, 8)) {
      expect(upload.statusCode, upload.body).toBe(415);
      expect(upload.json().error.message).toContain("压缩炸弹");
    }
    // The eight bombs unpack to 1.5 GiB; none of it is ever held.
    expect(peak - before).toBeLessThan(64 * 1024 * 1024);
    expect(await t.db.selectFrom("evidence_files").select("id").execute()).toEqual([]);
  });
});
