/**
 * Evidence attached to an appeal (申诉材料): only during the appeal stage and only to the open
 * appeal's item, by the unit's own users, checked as any upload, audited, shown to the answerer
 * and not deleted once attached.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganisationRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import {
  buildEvidenceWorld,
  openAppeal,
  uploadEvidence,
  type EvidenceWorld,
} from "../../testing/evidence-setup.js";
import { roleCookie } from "../../testing/factories.js";
import type { TestApp } from "../../testing/test-app.js";
import { samplePdf } from "../demo/sample-files.js";

describe(`evidence attached to appeals (${testDialect})`, () => {
  let t: TestApp;
  let county: OrganisationRow;
  let units: OrganisationRow[];
  let cookies: EvidenceWorld["cookies"];

  beforeAll(async () => {
    ({ t, county, units, cookies } = await buildEvidenceWorld(3));
  });
  afterAll(async () => t.close());

  /** A new round in its appeal stage with an appeal of the first township on item 4.1. */
  const openAppealOf = (text: string) =>
    openAppeal(t, { county, units, cookie: cookies.fillerA }, text);

  it("attaches files to an open appeal during the appeal stage, and only there", async () => {
    const { roundId, appealId } = await openAppealOf("参保率统计口径有误，附补录名单。");
    const uploadTo = (cookie: string, itemCode: string, query: string, unit = units[0]!) =>
      uploadEvidence(
        t,
        { cookie, roundId, unitId: unit.id, itemCode, query },
        "补录名单.pdf",
        samplePdf(`appeal ${query}`),
      );
    const attached = await uploadTo(cookies.fillerA, "4.1", `?appealId=${appealId}`);
    expect(attached.statusCode, attached.body).toBe(201);
    expect(attached.json().appealId).toBe(appealId);
    expect((await uploadTo(cookies.fillerA, "4.1", "")).statusCode).toBe(409);
    expect((await uploadTo(cookies.fillerA, "1.1", `?appealId=${appealId}`)).statusCode).toBe(400);
    expect(
      (await uploadTo(cookies.fillerB, "4.1", `?appealId=${appealId}`, units[1]!)).statusCode,
    ).toBe(404);
    const refused = await t.app.inject({
      method: "DELETE",
      url: `/api/evidence/${attached.json().id}`,
      headers: { cookie: cookies.fillerA },
    });
    expect(refused.statusCode).toBe(409);
  });

  it("lets only the unit's own users attach appeal files, checks them as any upload, audits them and shows them to the answerer", async () => {
    const { roundId, appealId } = await openAppealOf("统计口径有误，附说明。");
    const admin = await roleCookie(t, county, "assessment_admin");
    const attach = (cookie: string, name: string, data: Buffer) =>
      uploadEvidence(
        t,
        { cookie, roundId, unitId: units[0]!.id, itemCode: "4.1", query: `?appealId=${appealId}` },
        name,
        data,
      );
    // Roles that do not write for a unit are refused (403); another unit does not see 练市镇's
    // round unit at all (404, docs/spec/security.md row 11).
    for (const cookie of [cookies.reviewer, admin]) {
      const refused = await attach(cookie, "说明.pdf", samplePdf("not theirs"));
      expect(refused.statusCode, refused.body).toBe(403);
    }
    const otherUnit = await attach(cookies.fillerB, "说明.pdf", samplePdf("not theirs"));
    expect(otherUnit.statusCode, otherUnit.body).toBe(404);
    // The evidence upload's checks: a renamed executable and an oversize file are refused.
    const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 1)]);
    expect((await attach(cookies.fillerA, "说明.pdf", exe)).statusCode).toBe(415);
    const big = Buffer.concat([samplePdf("x"), Buffer.alloc(70 * 1024, 0x20)]);
    expect((await attach(cookies.fillerA, "大文件.pdf", big)).statusCode).toBe(413);
    const stored = await t.db
      .selectFrom("evidence_files")
      .select("id")
      .where("appeal_id", "=", appealId)
      .execute();
    expect(stored).toEqual([]);

    const attached = await attach(cookies.fillerA, "说明.pdf", samplePdf("appeal note"));
    expect(attached.statusCode, attached.body).toBe(201);
    const fileId = attached.json().id as string;
    const audited = await t.db
      .selectFrom("audit_log")
      .select(["action", "actor_user_id", "detail"])
      .where("object_id", "=", fileId)
      .execute();
    expect(audited.map((a) => a.action)).toEqual(["evidence.upload"]);
    expect(audited[0]!.detail).toContain(appealId);
    const listed = await t.app.inject({
      method: "GET",
      url: `/api/rounds/${roundId}/appeals`,
      headers: { cookie: admin },
    });
    expect(
      listed
        .json()
        .find((a: { id: string }) => a.id === appealId)
        .evidence.map((e: { id: string; name: string }) => [e.id, e.name]),
    ).toEqual([[fileId, "说明.pdf"]]);
    const got = await t.app.inject({
      method: "GET",
      url: `/api/evidence/${fileId}/download`,
      headers: { cookie: admin },
    });
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(samplePdf("appeal note"))).toBe(true);
  });
});
