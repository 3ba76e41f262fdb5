/**
 * docs/spec/security.md row 13 for the workflow: every scheme, round, self-assessment, evidence,
 * review, rating, results and appeal action through the API yields exactly one audit row of its
 * action name on the object acted on (issue 15: 20 of these names appeared in no test, so removing
 * an audit write went unnoticed). `test/security/audit-coverage.test.ts` checks that every action
 * name in the code appears in some test.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplePdf } from "../../src/modules/demo/sample-files.js";
import { expectOneAuditRow } from "../../src/testing/audit-rows.js";
import { testDialect } from "../../src/testing/database.js";
import { createTestApp, type TestApp } from "../../src/testing/test-app.js";
import { townshipFacts } from "../../src/testing/township-facts.js";
import { multipartBody } from "../../src/testing/zip.js";
import {
  buildCountyWithPeople,
  moveRound,
  saveAllFacts,
  type County,
  type Json,
} from "./county.js";

describe(`one audit row per workflow action (${testDialect})`, () => {
  let t: TestApp;
  let c: County;
  let schemeId: string;
  let roundId: string;
  beforeAll(async () => {
    t = await createTestApp();
    c = await buildCountyWithPeople(t, 2);
  });
  afterAll(async () => t.close());

  const send = (
    cookie: string,
    method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
    url: string,
    payload?: unknown,
  ) =>
    t.app.inject({
      method,
      url,
      headers: { cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const ok = async (response: Awaited<ReturnType<typeof send>>, status = 200) => {
    expect(response.statusCode, response.body).toBe(status);
    return response.json() as Json;
  };
  const unitUrl = (i: number) => `/api/rounds/${roundId}/units/${c.units[i]!.id}`;
  const roundUnitId = async (i: number) =>
    (
      await t.db
        .selectFrom("round_units")
        .select("id")
        .where("round_id", "=", roundId)
        .where("unit_id", "=", c.units[i]!.id)
        .executeTakeFirstOrThrow()
    ).id;
  const unitVersionOf = async (i: number) =>
    (await ok(await send(c.reviewer, "GET", `${unitUrl(i)}/review`))).version as number;

  it("audits a scheme's draft update and its publication", async () => {
    const created = await ok(
      await send(c.admin, "POST", "/api/schemes", {
        assessingOrganisationId: c.county.id,
        from: { template: "township-2022" },
        code: "audit-actions",
      }),
      201,
    );
    schemeId = created.id;
    const draft = await send(c.admin, "PUT", `/api/schemes/${schemeId}/draft`, {
      version: created.version,
      document: { ...created.draft, title: `${created.draft.title}（修订）` },
    });
    const updated = await ok(draft);
    await expectOneAuditRow(t.db, draft, "scheme.update_draft", { objectId: schemeId });
    const publish = await send(c.admin, "POST", `/api/schemes/${schemeId}/versions`, {
      version: updated.version,
      note: "2022年度",
    });
    const published = await ok(publish, 201);
    await expectOneAuditRow(t.db, publish, "scheme.publish", {
      objectId: published.versions[0].id,
    });
  });

  it("audits a round's creation, update and deadlines", async () => {
    const scheme = await ok(await send(c.admin, "GET", `/api/schemes/${schemeId}`));
    const create = await send(c.admin, "POST", "/api/rounds", {
      assessingOrganisationId: c.county.id,
      schemeVersionId: scheme.versions[0].id,
      title: "审计测试考核",
      year: 2022,
      period: "2022年度",
      deadlines: {},
      unitIds: c.units.map((u) => u.id),
    });
    const round = await ok(create, 201);
    roundId = round.id;
    await expectOneAuditRow(t.db, create, "round.create", { objectId: roundId });
    const update = await send(c.admin, "PATCH", `/api/rounds/${roundId}`, {
      version: round.version,
      title: "审计测试考核（改）",
    });
    const updated = await ok(update);
    await expectOneAuditRow(t.db, update, "round.update", { objectId: roundId });
    const deadlines = await send(c.admin, "PUT", `/api/rounds/${roundId}/deadlines`, {
      version: updated.version,
      rating: "2099-12-31T00:00:00Z",
    });
    await ok(deadlines);
    await expectOneAuditRow(t.db, deadlines, "round.deadlines", { objectId: roundId });
    expect((await moveRound(t, c, roundId, "self_assessment")).status).toBe(200);
  });

  it("audits a narrative, evidence upload, download and delete, a reopening and a submission", async () => {
    const facts = townshipFacts(1);
    for (const i of [0, 1]) await saveAllFacts(t, c.fillers[i]!, roundId, c.units[i]!.id, facts);
    const narrative = await send(
      c.fillers[0]!,
      "PUT",
      `${unitUrl(0)}/self-assessment/items/4.1/narrative`,
      {
        version: 0,
        text: "参保率逐月核对。",
      },
    );
    await ok(narrative);
    await expectOneAuditRow(t.db, narrative, "self_assessment.save_narrative");

    const body = multipartBody("参保统计.pdf", samplePdf("audit"));
    const upload = await t.app.inject({
      method: "POST",
      url: `${unitUrl(0)}/items/4.1/evidence`,
      headers: { cookie: c.fillers[0]!, ...body.headers },
      payload: body.payload,
    });
    const evidence = await ok(upload, 201);
    await expectOneAuditRow(t.db, upload, "evidence.upload", { objectId: evidence.id });
    const download = await send(c.fillers[0]!, "GET", `/api/evidence/${evidence.id}/download`);
    expect(download.statusCode).toBe(200);
    await expectOneAuditRow(t.db, download, "evidence.download", { objectId: evidence.id });
    const remove = await send(c.fillers[0]!, "DELETE", `/api/evidence/${evidence.id}`);
    expect(remove.statusCode, remove.body).toBeLessThan(300);
    await expectOneAuditRow(t.db, remove, "evidence.delete", { objectId: evidence.id });

    const reopen = await send(c.admin, "POST", `${unitUrl(1)}/reopen`, {
      version: 1,
      reason: "补报材料",
    });
    await ok(reopen);
    await expectOneAuditRow(t.db, reopen, "round_unit.reopen", { objectId: await roundUnitId(1) });

    for (const i of [0, 1]) {
      const view = await ok(await send(c.heads[i]!, "GET", `${unitUrl(i)}/self-assessment`));
      const submit = await send(c.heads[i]!, "POST", `${unitUrl(i)}/self-assessment/submit`, {
        version: view.roundUnit.version,
      });
      await ok(submit);
      await expectOneAuditRow(t.db, submit, "self_assessment.submit", {
        objectId: await roundUnitId(i),
      });
    }
    expect((await moveRound(t, c, roundId, "review")).status).toBe(200);
  });

  it("audits a reviewer's confirmation, comment, return and acceptance", async () => {
    const confirm = await send(c.reviewer, "PUT", `${unitUrl(0)}/review/items/4.1`, {
      version: 0,
      action: "confirm",
    });
    await ok(confirm);
    await expectOneAuditRow(t.db, confirm, "review.confirm");
    const comment = await send(c.reviewer, "POST", `${unitUrl(0)}/review/comments`, {
      itemCode: "4.1",
      text: "请补充台账。",
    });
    expect(comment.statusCode, comment.body).toBeLessThan(300);
    await expectOneAuditRow(t.db, comment, "review.comment");
    const back = await send(c.reviewer, "POST", `${unitUrl(1)}/review/return`, {
      version: await unitVersionOf(1),
      comment: "数据有误，请核对。",
    });
    await ok(back);
    await expectOneAuditRow(t.db, back, "review.return", { objectId: await roundUnitId(1) });
    const view = await ok(await send(c.heads[1]!, "GET", `${unitUrl(1)}/self-assessment`));
    await ok(
      await send(c.heads[1]!, "POST", `${unitUrl(1)}/self-assessment/submit`, {
        version: view.roundUnit.version,
      }),
    );
    for (const i of [0, 1]) {
      await ok(await send(c.reviewer, "POST", `${unitUrl(i)}/review/confirm-all`, {}));
      const accept = await send(c.reviewer, "POST", `${unitUrl(i)}/review/accept`, {
        version: await unitVersionOf(i),
      });
      await ok(accept);
      await expectOneAuditRow(t.db, accept, "review.accept", { objectId: await roundUnitId(i) });
    }
    expect((await moveRound(t, c, roundId, "rating")).status).toBe(200);
  });

  it("audits every rating, the results snapshot at publication, an appeal and its answer", async () => {
    for (const [r, rater] of c.raters.entries()) {
      for (const i of [0, 1]) {
        const rate = await send(rater, "PUT", `${unitUrl(i)}/ratings/8`, {
          version: 0,
          value: `${12 + r}`,
        });
        await ok(rate);
        await expectOneAuditRow(t.db, rate, "rating.save");
      }
    }
    expect((await moveRound(t, c, roundId, "results")).status).toBe(200);
    const current = await ok(await send(c.admin, "GET", `/api/rounds/${roundId}`));
    const publish = await send(c.admin, "POST", `/api/rounds/${roundId}/transitions`, {
      to: "published",
      version: current.version,
      reason: "公布",
    });
    await ok(publish);
    await expectOneAuditRow(t.db, publish, "results.snapshot");
    await expectOneAuditRow(t.db, publish, "round.transition", { objectId: roundId });
    expect((await moveRound(t, c, roundId, "appeals")).status).toBe(200);

    const appeal = await send(c.fillers[0]!, "POST", `${unitUrl(0)}/appeals`, {
      itemCode: "4.1",
      text: "参保率计算口径有误。",
    });
    const submitted = await ok(appeal, 201);
    await expectOneAuditRow(t.db, appeal, "appeal.submit", { objectId: submitted.id });
    const answer = await send(c.admin, "PUT", `/api/appeals/${submitted.id}/answer`, {
      version: submitted.version,
      decision: "rejected",
      answer: "口径符合细则。",
    });
    await ok(answer);
    await expectOneAuditRow(t.db, answer, "appeal.answer", { objectId: submitted.id });
  });
});
