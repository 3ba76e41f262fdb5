/**
 * Decision 0052 and issue 15, finding 3: while 评议 is open no response shows a rater's rating,
 * how many ratings a unit has, or their mean — not the results, the unit's score sheet and its
 * trace, the review page, the unit's history, nor the Word and Excel documents. Once the stage
 * closes, the same responses show the aggregate.
 */
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../../src/testing/database.js";
import { createTestApp, type TestApp } from "../../src/testing/test-app.js";
import { buildCountyWithPeople, caller, moveRound, type County } from "./county.js";
import { driveRound } from "./drive.js";

/** A rating value no other number of the round has. */
const MARKER = "13.37";

describe(`ratings stay private while 评议 is open (${testDialect})`, () => {
  let t: TestApp;
  let c: County;
  let call: ReturnType<typeof caller>;
  beforeAll(async () => {
    t = await createTestApp();
    c = await buildCountyWithPeople(t, 2);
    call = caller(t);
  });
  afterAll(async () => t.close());

  /** Every text a person can get about the round and unit 0: JSON bodies and document XML. */
  async function everythingSeenBy(cookie: string, rid: string): Promise<string> {
    const unit = c.units[0]!.id;
    const urls = [
      `/api/rounds/${rid}/results`,
      `/api/rounds/${rid}/units/${unit}/results`,
      `/api/rounds/${rid}/review`,
      `/api/rounds/${rid}/units/${unit}/review`,
      `/api/rounds/${rid}/snapshots`,
      `/api/units/${unit}/history`,
    ];
    let seen = "";
    for (const url of urls) seen += (await call(cookie, "GET", url)).text;
    for (const url of [
      `/api/rounds/${rid}/units/${unit}/documents/score-sheet`,
      `/api/rounds/${rid}/documents/workbook`,
    ]) {
      const response = await t.app.inject({ method: "GET", url, headers: { cookie } });
      if (response.statusCode !== 200) continue;
      const zip = await JSZip.loadAsync(response.rawPayload);
      for (const file of Object.values(zip.files)) seen += await file.async("string");
    }
    return seen;
  }

  it("hides every rating, count and mean from every role until the stage closes", async () => {
    const { id: rid } = await driveRound(t, c, "rating");
    const ru = c.units[0]!.id;
    const mine = await call(c.raters[0]!, "PUT", `/api/rounds/${rid}/units/${ru}/ratings/8`, {
      version: 1,
      value: MARKER,
    });
    expect(mine.status, mine.text).toBe(200);

    const admin = await call(c.admin, "GET", `/api/rounds/${rid}/units/${ru}/results`);
    expect(admin.status, admin.text).toBe(200);
    const item8 = admin.body?.items.find((i: { code: string }) => i.code === "8");
    expect(item8.score).toBeNull();
    for (const cookie of [c.admin, c.reviewer, c.viewer, c.heads[0]!, c.raters[1]!]) {
      const seen = await everythingSeenBy(cookie, rid);
      expect(seen).not.toContain(MARKER);
      expect(seen).not.toContain("人平均");
    }
    for (const cookie of [c.admin, c.reviewer, c.viewer]) {
      const view = await call(cookie, "GET", `/api/rounds/${rid}/ratings`);
      if (cookie === c.admin) expect(view.status, view.text).toBe(200); // others: 403
      if (view.status === 200)
        expect(view.body).toMatchObject({ visibility: "none", ratings: [], progress: [] });
      expect(view.text).not.toContain('"count"');
    }
    for (const rater of c.raters) {
      // Every rater rated every unit (driveRound): each counts only his own rating, 1 per unit.
      const own = await call(rater, "GET", `/api/rounds/${rid}/ratings`);
      expect(own.body?.progress).toHaveLength(c.units.length);
      for (const p of own.body?.progress ?? []) expect(p.count).toBe(1);
    }

    expect((await moveRound(t, c, rid, "results")).status).toBe(200);
    const after = await everythingSeenBy(c.admin, rid);
    expect(after).toContain(MARKER);
    expect(after).toContain("人平均");
  });
});
