/**
 * Results, snapshots, appeals and the final lock, rules that can fail: unit A never reads unit
 * B's results (nor its own before publication); snapshots are append-only, their digest
 * matches, later edits never change them; appeals change results only through review facts;
 * the appeal deadline; every write route on a final round answers 409.
 */
import { createHash } from "node:crypto";
import { getTemplate, scoreRound } from "@kaoping/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplePdf } from "../../src/modules/demo/sample-files.js";
import { testDialect } from "../../src/testing/database.js";
import { multipartBody } from "../../src/testing/zip.js";
import { createTestApp, type TestApp } from "../../src/testing/test-app.js";
import { buildCountyWithPeople, caller, moveRound, type County } from "./county.js";
import { driveRound } from "./drive.js";

describe(`results, snapshots, appeals and the final lock (${testDialect})`, () => {
  let t: TestApp;
  let c: County;
  let call: ReturnType<typeof caller>;
  beforeAll(async () => {
    t = await createTestApp();
    c = await buildCountyWithPeople(t, 3);
    call = caller(t);
  });
  afterAll(async () => t.close());

  it("never lets unit A read unit B's results, nor its own before publication", async () => {
    const { id: rid } = await driveRound(t, c, "results", {}, 1);
    const [a, b] = [c.units[0]!.id, c.units[1]!.id];
    for (const url of [
      `/api/rounds/${rid}/results`,
      `/api/rounds/${rid}/units/${a}/results`,
      `/api/rounds/${rid}/snapshots`,
    ]) {
      expect((await call(c.fillers[0]!, "GET", url)).status, url).toBe(409);
    }
    expect((await call(c.fillers[0]!, "GET", `/api/rounds/${rid}/units/${b}/results`)).status).toBe(
      404,
    );
    expect((await call(c.fillers[0]!, "GET", `/api/units/${b}/history`)).status).toBe(404);
    expect((await moveRound(t, c, rid, "published")).status).toBe(200);
    expect((await call(c.fillers[0]!, "GET", `/api/rounds/${rid}/units/${b}/results`)).status).toBe(
      404,
    );
    const own = await call(c.fillers[0]!, "GET", `/api/rounds/${rid}/units/${a}/results`);
    expect(own.status).toBe(200);
    const round = await call(c.heads[0]!, "GET", `/api/rounds/${rid}/results`);
    const rows = new Map(round.body?.units.map((u: { unitId: string }) => [u.unitId, u]));
    expect(rows.get(a)).toMatchObject({ total: own.body?.total, selfTotal: own.body?.selfTotal });
    expect(rows.get(b)).toMatchObject({ selfTotal: null, subtotals: null, difference: null });
    // Issue 14 defect 9: only the unit's own row opens (the others' sheets answer 404), and the
    // round's category averages are the same as the administrator's — over every unit, not the
    // unit's own line.
    expect(rows.get(a)).toMatchObject({ canOpen: true });
    expect(rows.get(b)).toMatchObject({ canOpen: false });
    const full = await call(c.admin, "GET", `/api/rounds/${rid}/results`);
    expect(full.body?.units.every((u: { canOpen: boolean }) => u.canOpen)).toBe(true);
    type Sub = { code: string; score: string | null };
    const scoresOf = (code: string) =>
      (full.body?.units as { subtotals: Sub[] }[]).map((u) =>
        Number(u.subtotals.find((s) => s.code === code)?.score ?? Number.NaN),
      );
    expect(round.body?.averages).toEqual(full.body?.averages);
    for (const { code, average } of round.body?.averages as { code: string; average: string }[]) {
      const scores = scoresOf(code).filter((s) => !Number.isNaN(s));
      expect(Number(average), code).toBeCloseTo(
        scores.reduce((x, y) => x + y, 0) / scores.length,
        2,
      );
    }
    const snapshot = await call(c.fillers[0]!, "GET", `/api/rounds/${rid}/snapshots/1`);
    expect(snapshot.body?.sheets.map((s: { unitId: string }) => s.unitId)).toEqual([a]);
    expect(snapshot.body?.ranking).toHaveLength(3);
  });

  it("freezes append-only snapshots that later appeals never change; an upheld appeal acts only through review facts", async () => {
    const { id: rid, self, ratings } = await driveRound(t, c, "appeals", {}, 2);
    const unit = c.units[1]!.id;
    const stored1 = await t.db
      .selectFrom("result_snapshots")
      .selectAll()
      .where("round_id", "=", rid)
      .executeTakeFirstOrThrow();
    expect(createHash("sha256").update(stored1.results).digest("hex")).toBe(stored1.results_sha256);
    await expect(
      t.db
        .updateTable("result_snapshots")
        .set({ reason: "改" })
        .where("id", "=", stored1.id)
        .execute(),
    ).rejects.toThrow();
    await expect(
      t.db.deleteFrom("result_snapshots").where("id", "=", stored1.id).execute(),
    ).rejects.toThrow();
    const before = await call(c.admin, "GET", `/api/rounds/${rid}/snapshots/1`);

    const appeal = await call(c.fillers[1]!, "POST", `/api/rounds/${rid}/units/${unit}/appeals`, {
      itemCode: "4.2",
      text: "违规记录已撤销",
    });
    expect(appeal.status, appeal.text).toBe(201);
    // The bell (issue 14): the assessment administrator counts the appeals still to answer.
    const toAnswer = async () =>
      (
        ((await call(c.admin, "GET", "/api/me/todos")).body?.items ?? []) as {
          kind: string;
          roundId: string | null;
          count: number;
        }[]
      ).find((i) => i.kind === "appeal" && i.roundId === rid)?.count ?? 0;
    expect(await toAnswer()).toBe(1);
    const upload = multipartBody("违规撤销通知.pdf", samplePdf("appeal evidence"));
    const attached = await t.app.inject({
      method: "POST",
      url: `/api/rounds/${rid}/units/${unit}/items/4.2/evidence?appealId=${appeal.body?.id}`,
      headers: { cookie: c.fillers[1]!, ...upload.headers },
      payload: upload.payload,
    });
    expect(attached.statusCode, attached.body).toBe(201);
    const listed = await call(c.admin, "GET", `/api/rounds/${rid}/appeals`);
    expect(listed.body?.find((a: { id: string }) => a.id === appeal.body?.id).evidence).toEqual([
      expect.objectContaining({ id: attached.json().id, name: "违规撤销通知.pdf" }),
    ]);
    expect(
      (
        await call(c.fillers[1]!, "POST", `/api/rounds/${rid}/units/${unit}/appeals`, {
          itemCode: "4.2",
          text: "再次申诉",
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await call(c.fillers[0]!, "POST", `/api/rounds/${rid}/units/${unit}/appeals`, {
          itemCode: "4.2",
          text: "代申诉",
        })
      ).status,
    ).toBe(404);
    expect((await call(c.fillers[0]!, "GET", `/api/rounds/${rid}/appeals`)).body).toEqual([]);
    const noReason = await call(c.admin, "PUT", `/api/appeals/${appeal.body?.id}/answer`, {
      version: 1,
      decision: "rejected",
      answer: "",
    });
    expect(noReason.body?.error.fields[0].path).toBe("body.answer");
    const badFacts = await call(c.admin, "PUT", `/api/appeals/${appeal.body?.id}/answer`, {
      version: 1,
      decision: "upheld",
      answer: "属实",
      facts: { violations: -1 },
    });
    expect(badFacts.body?.error.fields[0].path).toBe("body.facts.violations");
    const upheld = await call(c.admin, "PUT", `/api/appeals/${appeal.body?.id}/answer`, {
      version: 1,
      decision: "upheld",
      answer: "属实",
      facts: { violations: 0 },
    });
    expect(upheld.body).toMatchObject({ state: "upheld", version: 2, snapshotSequence: 2 });
    expect(await toAnswer()).toBe(0);
    expect(
      (
        await call(c.admin, "PUT", `/api/appeals/${appeal.body?.id}/answer`, {
          version: 2,
          decision: "rejected",
          answer: "x",
        })
      ).body?.error.message,
    ).toContain("已答复");
    const other = await call(
      c.heads[2]!,
      "POST",
      `/api/rounds/${rid}/units/${c.units[2]!.id}/appeals`,
      { itemCode: "1", text: "工作重视得分偏低" },
    );
    expect(
      (
        await call(c.admin, "PUT", `/api/appeals/${other.body?.id}/answer`, {
          version: 7,
          decision: "rejected",
          answer: "x",
        })
      ).body?.error.code,
    ).toBe("VERSION_CONFLICT");
    const onGroup = await call(c.admin, "PUT", `/api/appeals/${other.body?.id}/answer`, {
      version: 1,
      decision: "upheld",
      answer: "属实",
      facts: { met: true },
    });
    expect(onGroup.status).toBe(409);

    const facts = await t.db
      .selectFrom("facts")
      .innerJoin("round_units", "round_units.id", "facts.round_unit_id")
      .select(["facts.source", "facts.value", "facts.appeal_id"])
      .where("round_units.round_id", "=", rid)
      .where("round_units.unit_id", "=", unit)
      .where("facts.item_code", "=", "4.2")
      .execute();
    expect(facts.map((f) => [f.source, JSON.parse(f.value), f.appeal_id]).sort()).toEqual([
      ["review", { violations: 0 }, appeal.body?.id],
      ["self", self[1]!["4.2"], null],
    ]);
    const effective = c.units.map((u, i) => ({
      id: u.id,
      name: u.name,
      facts: {
        ...self[i],
        ...(i === 1 ? { "4.2": { violations: 0 } } : {}),
        "8": { ratings: ratings[i] },
      },
    }));
    const engine = scoreRound(getTemplate("township-2022")!, effective);
    if (!engine.ok) throw new Error("engine refused the facts");
    const now = await call(c.viewer, "GET", `/api/rounds/${rid}/results`);
    for (const e of engine.result.units)
      expect(now.body?.units.find((u: { unitId: string }) => u.unitId === e.id)).toMatchObject({
        total: e.total,
        rank: e.rank,
      });
    expect((await call(c.admin, "GET", `/api/rounds/${rid}/snapshots/1`)).body).toEqual(
      before.body,
    );
    expect(
      await t.db
        .selectFrom("result_snapshots")
        .select("results")
        .where("id", "=", stored1.id)
        .executeTakeFirstOrThrow(),
    ).toEqual({ results: stored1.results });
  });

  it("closes appeals at the appeal deadline, and every write on a final round answers 409", async () => {
    const { id: rid } = await driveRound(t, c, "appeals", {}, 4);
    const unit = c.units[0]!.id;
    const open = await call(c.heads[0]!, "POST", `/api/rounds/${rid}/units/${unit}/appeals`, {
      itemCode: "5.1",
      text: "窗口已设置",
    });
    const round = await call(c.admin, "GET", `/api/rounds/${rid}`);
    await call(c.admin, "PUT", `/api/rounds/${rid}/deadlines`, {
      version: round.body?.version,
      appeal: "2026-02-01T00:00:00Z",
    });
    const late = await call(c.heads[0]!, "POST", `/api/rounds/${rid}/units/${unit}/appeals`, {
      itemCode: "5.2",
      text: "迟到的申诉",
    });
    expect(late.status).toBe(409);
    expect(late.body?.error.message).toContain("申诉截止时间");

    expect((await moveRound(t, c, rid, "final")).status).toBe(200);
    const version = (await call(c.admin, "GET", `/api/rounds/${rid}`)).body?.version;
    const writes: [string, "PUT" | "POST", string, unknown][] = [
      [
        c.reviewer,
        "PUT",
        `/api/rounds/${rid}/units/${unit}/review/items/1.1`,
        { version: 0, action: "confirm" },
      ],
      [c.reviewer, "POST", `/api/rounds/${rid}/units/${unit}/review/comments`, { text: "意见" }],
      [c.reviewer, "POST", `/api/rounds/${rid}/units/${unit}/review/accept`, { version: 3 }],
      [
        c.raters[0]!,
        "PUT",
        `/api/rounds/${rid}/units/${unit}/ratings/8`,
        { version: 1, value: "12" },
      ],
      [
        c.heads[0]!,
        "POST",
        `/api/rounds/${rid}/units/${unit}/appeals`,
        { itemCode: "5.1", text: "再申诉" },
      ],
      [
        c.admin,
        "PUT",
        `/api/appeals/${open.body?.id}/answer`,
        { version: 1, decision: "rejected", answer: "逾期" },
      ],
      [
        c.fillers[0]!,
        "PUT",
        `/api/rounds/${rid}/units/${unit}/self-assessment/items/1.1/facts`,
        { version: 1, facts: { met: false } },
      ],
      [c.admin, "PUT", `/api/rounds/${rid}/deadlines`, { version, appeal: null }],
      [c.admin, "POST", `/api/rounds/${rid}/transitions`, { version, to: "appeals" }],
    ];
    for (const [cookie, method, url, body] of writes) {
      const response = await call(cookie, method, url, body);
      expect(response.status, `${method} ${url}: ${response.text}`).toBe(409);
    }
    expect((await call(c.viewer, "GET", `/api/rounds/${rid}/results`)).status).toBe(200);
  });

  it("lists a unit's published results across rounds of one scheme lineage, never unpublished ones", async () => {
    const first = await driveRound(t, c, "published", {}, 5);
    const second = await driveRound(t, c, "final", {}, 6);
    const open = await driveRound(t, c, "results", {}, 7);
    const unit = c.units[2]!.id;
    const history = await call(c.viewer, "GET", `/api/units/${unit}/history`);
    expect(history.status, history.text).toBe(200);
    const lineage = history.body?.lineages.find(
      (l: { lineage: string }) => l.lineage === "township-2022",
    );
    const rounds = lineage.rounds as {
      roundId: string;
      total: string;
      rank: number;
      snapshotKind: string;
    }[];
    expect(rounds.some((r) => r.roundId === open.id)).toBe(false);
    for (const driven of [first, second]) {
      const sheet = await call(c.admin, "GET", `/api/rounds/${driven.id}/units/${unit}/results`);
      expect(rounds.find((r) => r.roundId === driven.id)).toMatchObject({
        total: sheet.body?.total,
        rank: sheet.body?.rank,
      });
    }
    expect((await call(c.heads[2]!, "GET", `/api/units/${unit}/history`)).body).toEqual(
      history.body,
    );
    expect((await call(c.heads[2]!, "GET", `/api/units/${c.units[0]!.id}/history`)).status).toBe(
      404,
    );
  });
});
