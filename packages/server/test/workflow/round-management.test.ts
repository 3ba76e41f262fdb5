/**
 * Issue 14 (decisions 0210–0213): a deadline day ends at 24:00 in the bureau's time zone; a
 * draft round is deleted only without data and a started round keeps its structure; 撤回 before
 * review; 催报 reaches the unit (notice, read/unread, the bell) and the group bot through the
 * job queue, with the webhook URL checked and its token never answered back.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../../src/testing/database.js";
import { buildUser, sessionCookieFor } from "../../src/testing/factories.js";
import { createTestApp, type TestApp } from "../../src/testing/test-app.js";
import { townshipFacts } from "../../src/testing/township-facts.js";
import {
  buildCountyWithPeople,
  caller,
  createTownshipRound,
  moveRound,
  saveAllFacts,
  submitUnit,
  type County,
  type Json,
} from "./county.js";

// Fifteen minutes before the end of 2026-03-01 in Asia/Shanghai (UTC+8): sessions stay fresh.
const START = new Date("2026-03-01T15:45:00.000Z");

describe(`round management, 撤回 and 催报 (${testDialect})`, () => {
  let t: TestApp;
  let c: County;
  let call: ReturnType<typeof caller>;
  let systemAdmin: string;
  let bot: Server;
  let botUrl: string;
  const botReceived: { url: string; body: string }[] = [];
  let botAnswer = { errcode: 0, errmsg: "ok" };

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(START);
    c = await buildCountyWithPeople(t, 3);
    call = caller(t);
    const sys = await buildUser(t.db, {
      organisation: c.county,
      roles: [{ role: "system_admin" }],
    });
    systemAdmin = await sessionCookieFor(t.app, t.db, sys.user, t.clock.now());
    bot = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      request.on("end", () => {
        botReceived.push({ url: request.url ?? "", body });
        response.setHeader("content-type", "application/json");
        response.end(JSON.stringify(botAnswer));
      });
    });
    await new Promise<void>((resolve) => bot.listen(0, "127.0.0.1", resolve));
    botUrl = `http://127.0.0.1:${(bot.address() as AddressInfo).port}/robot/send?access_token=abcdef0123456789`;
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => bot.close(resolve));
  });

  const unitPath = (rid: string, unit: number) => `/api/rounds/${rid}/units/${c.units[unit]!.id}`;
  const save = (rid: string, unit: number) =>
    call(c.fillers[unit]!, "PUT", `${unitPath(rid, unit)}/self-assessment/items/1.3/facts`, {
      version: 0,
      facts: { absences: 0 },
    });

  it("a deadline day ends at 23:59:59.999 in Asia/Shanghai: a save at that instant is accepted, the next millisecond refused", async () => {
    const round = await createTownshipRound(t, c, {
      selfAssessment: "2026-03-01",
      review: "2026-03-10",
    });
    const detail = await call(c.admin, "GET", `/api/rounds/${round.id}`);
    expect(detail.body?.deadlines).toMatchObject({
      selfAssessment: "2026-03-01T15:59:59.999Z",
      review: "2026-03-10T15:59:59.999Z",
    });
    expect((await moveRound(t, c, round.id, "self_assessment")).status).toBe(200);
    t.clock.set(new Date("2026-03-01T15:59:59.999Z"));
    expect((await save(round.id, 0)).status).toBe(200);
    t.clock.set(new Date("2026-03-01T16:00:00.000Z"));
    const late = await save(round.id, 1);
    expect(late.status).toBe(409);
    expect(late.body?.error.message).toContain("自评截止时间已过");
    t.clock.set(START);

    const bad = await call(c.admin, "PUT", `/api/rounds/${round.id}/deadlines`, {
      version: (await call(c.admin, "GET", `/api/rounds/${round.id}`)).body?.version,
      selfAssessment: "2026-02-30",
    });
    expect(bad.status).toBe(400);
    expect(bad.body?.error.fields[0].path).toBe("body.selfAssessment");
  });

  it("the time zone is a validated system setting that deadline days follow", async () => {
    const settings = await call(systemAdmin, "GET", "/api/system/settings");
    const version = settings.body?.system.version as number;
    const refused = await call(systemAdmin, "PUT", "/api/system/settings/system", {
      version,
      timeZone: "Mars/Olympus",
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain("时区应为标准时区名称");
    const saved = await call(systemAdmin, "PUT", "/api/system/settings/system", {
      version,
      timeZone: "Asia/Urumqi",
    });
    expect(saved.status, saved.text).toBe(200);
    expect((await call(c.admin, "GET", "/api/system/name")).body?.timeZone).toBe("Asia/Urumqi");
    const round = await createTownshipRound(t, c, { selfAssessment: "2026-03-31" });
    expect(round).toMatchObject({ deadlines: { selfAssessment: "2026-03-31T17:59:59.999Z" } });
    const back = await call(systemAdmin, "PUT", "/api/system/settings/system", {
      version: saved.body?.system?.version ?? saved.body?.version,
      timeZone: null,
    });
    expect(back.status, back.text).toBe(200);
  });

  it("deletes a draft round without data (audited), never a started one or one with data; a started round keeps its structure", async () => {
    const draft = await createTownshipRound(t, c, { selfAssessment: "2026-03-31" });
    const deleted = await call(
      c.admin,
      "DELETE",
      `/api/rounds/${draft.id}?version=${draft.version}`,
    );
    expect(deleted.status, deleted.text).toBe(204);
    expect((await call(c.admin, "GET", `/api/rounds/${draft.id}`)).status).toBe(404);
    const audit = await t.db
      .selectFrom("audit_log")
      .select("object_id")
      .where("action", "=", "round.delete")
      .execute();
    expect(audit.map((a) => a.object_id)).toEqual([draft.id]);

    const withData = await createTownshipRound(t, c, { selfAssessment: "2026-03-31" });
    await t.db
      .insertInto("round_fact_stamps")
      .values({ round_id: withData.id, item_code: "1.3", stamp: 1 })
      .execute();
    const refused = await call(
      c.admin,
      "DELETE",
      `/api/rounds/${withData.id}?version=${withData.version}`,
    );
    expect(refused.status).toBe(409);
    expect(refused.body?.error.message).toBe("考核任务中已有填报或审核数据，不能删除。");

    const started = await createTownshipRound(t, c, { selfAssessment: "2026-03-31" });
    await moveRound(t, c, started.id, "self_assessment");
    const now = await call(c.admin, "GET", `/api/rounds/${started.id}`);
    expect(
      (await call(c.admin, "DELETE", `/api/rounds/${started.id}?version=${now.body?.version}`))
        .status,
    ).toBe(409);
    const renamed = await call(c.admin, "PATCH", `/api/rounds/${started.id}`, {
      version: now.body?.version,
      title: "2022年度乡镇医保工作目标考核（更正）",
      period: "2022年1月—12月",
    });
    expect(renamed.status, renamed.text).toBe(200);
    expect(renamed.body).toMatchObject({ title: "2022年度乡镇医保工作目标考核（更正）" });
    const structural = await call(c.admin, "PATCH", `/api/rounds/${started.id}`, {
      version: renamed.body?.version,
      year: 2023,
    });
    expect(structural.status).toBe(409);
    expect(structural.body?.error.fields[0].path).toBe("body.year");
  });

  it("撤回: the unit head withdraws before review (audited); refused once a reviewer decided an item", async () => {
    const round = await createTownshipRound(t, c, { selfAssessment: "2026-03-31" });
    await moveRound(t, c, round.id, "self_assessment");
    await saveAllFacts(t, c.fillers[0]!, round.id, c.units[0]!.id, townshipFacts(1));
    await submitUnit(t, c.heads[0]!, round.id, c.units[0]!.id);
    const view = await call(c.heads[0]!, "GET", `${unitPath(round.id, 0)}/self-assessment`);
    expect(view.body).toMatchObject({ canWithdraw: true, editable: false });
    const filler = await call(
      c.fillers[0]!,
      "POST",
      `${unitPath(round.id, 0)}/self-assessment/withdraw`,
      {
        version: view.body?.roundUnit.version,
      },
    );
    expect(filler.status).toBe(403);
    const withdrawn = await call(
      c.heads[0]!,
      "POST",
      `${unitPath(round.id, 0)}/self-assessment/withdraw`,
      {
        version: view.body?.roundUnit.version,
      },
    );
    expect(withdrawn.status, withdrawn.text).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: "draft", submittedAt: null });
    const again = await call(c.fillers[0]!, "GET", `${unitPath(round.id, 0)}/self-assessment`);
    expect(again.body).toMatchObject({ editable: true, canWithdraw: false });
    const rows = await t.db
      .selectFrom("audit_log")
      .select("object_id")
      .where("action", "=", "self_assessment.withdraw")
      .execute();
    expect(rows).toHaveLength(1);

    // Submitted again, then review starts and a reviewer confirms one item.
    await submitUnit(t, c.heads[0]!, round.id, c.units[0]!.id);
    await moveRound(t, c, round.id, "review");
    const before = await call(c.heads[0]!, "GET", `${unitPath(round.id, 0)}/self-assessment`);
    expect(before.body).toMatchObject({ canWithdraw: false });
    expect(before.body?.withdrawProblem).toContain("审核阶段已开始");
    const confirmed = await call(c.reviewer, "PUT", `${unitPath(round.id, 0)}/review/items/1.1`, {
      version: 0,
      action: "confirm",
    });
    expect(confirmed.status, confirmed.text).toBe(200);
    const refused = await call(
      c.heads[0]!,
      "POST",
      `${unitPath(round.id, 0)}/self-assessment/withdraw`,
      {
        version: before.body?.roundUnit.version,
      },
    );
    expect(refused.status).toBe(409);
    expect(refused.body?.error.message).toContain("审核人员已开始审核，不能撤回");
  });

  it("催报 reaches the units that have not submitted: a notice, read/unread, the bell; the group bot through the queue", async () => {
    const round = await createTownshipRound(t, c, { selfAssessment: "2026-03-03" });
    await moveRound(t, c, round.id, "self_assessment");
    await saveAllFacts(t, c.fillers[2]!, round.id, c.units[2]!.id, townshipFacts(3));
    await submitUnit(t, c.heads[2]!, round.id, c.units[2]!.id);

    // The webhook: loopback refused unless intranet targets are allowed; the token never shown.
    const webhookPath = `/api/organisations/${c.units[0]!.id}/webhook`;
    const loopback = await call(systemAdmin, "PUT", webhookPath, {
      version: 0,
      kind: "dingtalk",
      url: botUrl,
      enabled: true,
      allowIntranet: false,
    });
    expect(loopback.status).toBe(400);
    expect(loopback.body?.error.fields[0]).toMatchObject({ path: "body.url" });
    const saved = await call(systemAdmin, "PUT", webhookPath, {
      version: 0,
      kind: "dingtalk",
      url: botUrl,
      secret: "SECabcdef",
      enabled: true,
      allowIntranet: true,
    });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.text).not.toContain("abcdef0123456789");
    expect(saved.text).not.toContain("SECabcdef");
    expect(saved.body).toMatchObject({ hasSecret: true, enabled: true });
    expect(saved.body?.maskedUrl).toMatch(/access_token=\*\*\*\*6789$/);
    expect((await call(c.admin, "PUT", webhookPath, { version: 1 })).status).toBe(403);

    expect((await call(c.reviewer, "POST", `/api/rounds/${round.id}/reminders`, {})).status).toBe(
      403,
    );
    const submittedUnit = await call(c.admin, "POST", `/api/rounds/${round.id}/reminders`, {
      unitIds: [c.units[2]!.id],
    });
    expect(submittedUnit.status).toBe(400);
    const sent = await call(c.admin, "POST", `/api/rounds/${round.id}/reminders`, {
      message: "请于本周内完成。",
    });
    expect(sent.status, sent.text).toBe(200);
    expect(sent.body).toEqual({ reminded: 2, webhooksQueued: 1 });
    await t.app.webhookQueue.drain();
    expect(botReceived).toHaveLength(1);
    expect(botReceived[0]!.url).toMatch(/access_token=abcdef0123456789&timestamp=\d+&sign=/);
    expect(JSON.parse(botReceived[0]!.body)).toMatchObject({ msgtype: "text" });
    expect(botReceived[0]!.body).toContain("尚未提交自评");

    const notices = await call(c.fillers[0]!, "GET", "/api/notices");
    expect(notices.body).toHaveLength(1);
    expect(notices.body?.[0]).toMatchObject({ roundId: round.id, read: false });
    expect(notices.body?.[0].message).toContain("自评截止时间为2026年3月3日 24:00 前");
    expect(notices.body?.[0].message).toContain("请于本周内完成。");
    expect((await call(c.fillers[2]!, "GET", "/api/notices")).body).toEqual([]);
    const otherUnit = await call(
      c.fillers[1]!,
      "POST",
      `/api/notices/${notices.body?.[0].id}/read`,
      {},
    );
    expect(otherUnit.status).toBe(404);

    const bell = await call(c.fillers[0]!, "GET", "/api/me/todos");
    const kinds = (bell.body?.items as { kind: string; count: number }[]).map((i) => i.kind);
    expect(kinds).toEqual(expect.arrayContaining(["fill", "deadline", "notice"]));
    // 自评截止 is 2026-03-03 24:00 北京时间 (stored 15:59:59.999Z):
    // listed from exactly 3 days before, not a millisecond earlier.
    const deadlineListed = async (at: string) => {
      t.clock.set(new Date(at));
      const items = (await call(c.fillers[0]!, "GET", "/api/me/todos")).body?.items as Json[];
      const deadline = items.find((i) => i.kind === "deadline" && i.roundId === round.id);
      // Worded as every other deadline on screen (the bell said "将于 2026年3月3日 23:59 截止").
      if (deadline) expect(deadline.label).toBe("自评截止：2026年3月3日 24:00 前");
      return deadline !== undefined;
    };
    expect(await deadlineListed("2026-02-28T15:59:59.998Z")).toBe(false);
    expect(await deadlineListed("2026-02-28T15:59:59.999Z")).toBe(true);
    t.clock.set(START);
    const read = await call(c.fillers[0]!, "POST", `/api/notices/${notices.body?.[0].id}/read`, {});
    expect(read.status).toBe(200);
    expect((await call(c.fillers[0]!, "GET", "/api/notices")).body?.[0]).toMatchObject({
      read: true,
    });
    const after = await call(c.fillers[0]!, "GET", "/api/me/todos");
    expect((after.body?.items as { kind: string }[]).map((i) => i.kind)).not.toContain("notice");

    // The administrator's bell counts the two units; his 催报记录 shows the bot's failure.
    const adminBell = await call(c.admin, "GET", "/api/me/todos");
    expect(adminBell.body?.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "remind", roundId: round.id, count: 2 }),
      ]),
    );
    botAnswer = { errcode: 310000, errmsg: "keywords not in content" };
    await call(c.admin, "POST", `/api/rounds/${round.id}/reminders`, { unitIds: [c.units[0]!.id] });
    await t.app.webhookQueue.drain();
    const record = await call(c.admin, "GET", `/api/rounds/${round.id}/reminders`);
    expect(record.body?.reminders).toHaveLength(3);
    expect(record.body?.deliveries.map((d: { state: string }) => d.state).sort()).toEqual([
      "failed",
      "sent",
    ]);
    expect(record.text).toContain("机器人服务拒绝：310000");
    expect(record.text).not.toContain("abcdef0123456789");
    const audited = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "in", ["round.remind", "notice.read", "organisation.webhook"])
      .execute();
    expect(audited.map((a) => a.action).sort()).toEqual([
      "notice.read",
      "organisation.webhook",
      "round.remind",
      "round.remind",
    ]);
  });
});
