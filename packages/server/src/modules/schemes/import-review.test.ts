/**
 * The review of an imported draft kept on the server (issue 13, decision 0200): every scheme
 * administrator sees the same 确认 marks with who and when; a mark is reset when the item's rule
 * changes after confirming; publishing with unconfirmed low-confidence items is refused until the
 * administrator accepts their number; only assessment administrators of the organisation reach it.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganisationRow } from "../../db/schema.js";
import { expectOneAuditRow } from "../../testing/audit-rows.js";
import { testDialect } from "../../testing/database.js";
import { buildOrganisation, buildUser, sessionCookieFor } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { multipartBody } from "../../testing/zip.js";

/** A four-item 评分细则: a steps rule, two count rules, and a sentence no recogniser reads (low). */
async function rubricXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("评分细则").addRows([
    ["序号", "项目", "分值", "评分标准"],
    [
      "1",
      "基本医疗保险参保率",
      "5",
      "基本医疗保险参保率达到99.8%,得5分,每下降0.1%,扣0.5分,扣完为止。",
    ],
    ["2", "业务培训", "2", "认真参加县级组织的业务培训和会议,缺席一次扣0.5分。"],
    ["3", "工作创新", "3", "工作有创新，群众满意度高，形成良好口碑。"],
    ["4", "信息报送", "2", "按时报送医保信息,迟报一次扣0.5分。"],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface ReviewItem {
  code: string;
  level: "high" | "medium" | "low";
  confirmation: { by: string; byName: string; at: string } | null;
}
interface Review {
  summary: { items: number; high: number; medium: number; low: number } | null;
  items: ReviewItem[];
  unconfirmed: number;
  unconfirmedLow: string[];
}
type DocItem = { code: string; title: string; max: string; rule?: unknown; children?: DocItem[] };

function itemOf(items: DocItem[], code: string): DocItem | undefined {
  for (const item of items) {
    if (item.code === code) return item;
    const inner = itemOf(item.children ?? [], code);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

describe(`import review on the server (${testDialect})`, () => {
  let t: TestApp;
  let county: OrganisationRow;
  const cookies: Record<string, string> = {};
  const names: Record<string, string> = {};
  let schemeId: string;

  beforeAll(async () => {
    t = await createTestApp();
    county = await buildOrganisation(t.db, { type: "county", name: "示例县" });
    const otherCounty = await buildOrganisation(t.db, { type: "county" });
    const cookieOf = async (
      key: string,
      organisation: OrganisationRow,
      role: "assessment_admin" | "viewer" | "reviewer",
    ) => {
      const { user } = await buildUser(t.db, { organisation, roles: [{ role }] });
      names[key] = user.id;
      cookies[key] = await sessionCookieFor(t.app, t.db, user, t.clock.now());
    };
    await cookieOf("admin", county, "assessment_admin");
    await cookieOf("secondAdmin", county, "assessment_admin");
    await cookieOf("otherAdmin", otherCounty, "assessment_admin");
    await cookieOf("reviewer", county, "reviewer");
    const upload = multipartBody("评分细则.xlsx", await rubricXlsx());
    const imported = await t.app.inject({
      method: "POST",
      url: `/api/rubric-imports?assessingOrganisationId=${county.id}&code=township-imported`,
      headers: { cookie: cookies.admin ?? "", ...upload.headers },
      payload: upload.payload,
    });
    expect(imported.statusCode, imported.body).toBe(201);
    schemeId = imported.json().schemeId;
  });
  afterAll(async () => t.close());

  const call = (who: string, method: "GET" | "POST" | "PUT", url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: { cookie: cookies[who] ?? "" },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const reviewOf = async (who = "admin") => {
    const res = await call(who, "GET", `/api/schemes/${schemeId}/import-review`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Review;
  };
  const schemeNow = async () => (await call("admin", "GET", `/api/schemes/${schemeId}`)).json();
  const confirm = (who: string, code: string, version: number, confirmed = true) =>
    call(who, "PUT", `/api/schemes/${schemeId}/import-review/${code}`, { version, confirmed });

  it("keeps the import's proposals with the draft, none confirmed, for assessment administrators of the organisation only", async () => {
    const review = await reviewOf();
    expect(review.items.map((i) => i.code)).toEqual(["1", "2", "3", "4"]);
    expect(review.items.map((i) => i.level)).toEqual(["high", "high", "low", "high"]);
    // The import's notes on the whole document are kept with the review.
    expect(review.summary).toMatchObject({ items: 4, high: 3, low: 1 });
    expect(review.unconfirmed).toBe(review.items.length);
    expect(review.items.every((i) => i.confirmation === null)).toBe(true);
    expect(review.unconfirmedLow).toEqual(
      review.items.filter((i) => i.level === "low").map((i) => i.code),
    );
    expect(
      (await call("reviewer", "GET", `/api/schemes/${schemeId}/import-review`)).statusCode,
    ).toBe(403);
    expect(
      (await call("otherAdmin", "GET", `/api/schemes/${schemeId}/import-review`)).statusCode,
    ).toBe(404);
    const { version } = await schemeNow();
    const code = review.items[0]!.code;
    expect((await confirm("reviewer", code, version)).statusCode).toBe(403);
    expect((await confirm("otherAdmin", code, version)).statusCode).toBe(404);
    expect((await reviewOf()).unconfirmed).toBe(review.items.length);
  });

  it("records who confirmed an item and when, seen by a second administrator, audited", async () => {
    const { version } = await schemeNow();
    const [first, second] = (await reviewOf()).items;
    const res = await confirm("admin", first!.code, version);
    expect(res.statusCode, res.body).toBe(200);
    await expectOneAuditRow(t.db, res, "scheme.confirm_import_item", { objectId: schemeId });
    const seen = await reviewOf("secondAdmin");
    const mark = seen.items.find((i) => i.code === first!.code)?.confirmation;
    expect(mark).toMatchObject({ by: names.admin, at: t.clock.now().toISOString() });
    expect(mark?.byName).not.toBe("");
    expect(seen.unconfirmed).toBe(seen.items.length - 1);
    expect((await confirm("secondAdmin", second!.code, version)).statusCode).toBe(200);
    expect((await reviewOf()).items.find((i) => i.code === second!.code)?.confirmation?.by).toBe(
      names.secondAdmin,
    );
    // Withdrawn by the other administrator: unconfirmed again.
    expect((await confirm("admin", second!.code, version, false)).statusCode).toBe(200);
    expect((await reviewOf()).items.find((i) => i.code === second!.code)?.confirmation).toBeNull();
    // A draft version the administrator did not see: refused, nothing recorded.
    const stale = await confirm("admin", second!.code, version + 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("VERSION_CONFLICT");
    expect((await reviewOf()).items.find((i) => i.code === second!.code)?.confirmation).toBeNull();
    expect((await confirm("admin", "99.99", version)).statusCode).toBe(404);
    const bad = await call(
      "admin",
      "PUT",
      `/api/schemes/${schemeId}/import-review/${first!.code}`,
      {
        version,
      },
    );
    expect(bad.statusCode).toBe(400);
  });

  it("resets a confirmation when the item's rule changes after confirming, not when only its title does", async () => {
    let scheme = await schemeNow();
    const items = (await reviewOf()).items;
    expect(items.map((i) => i.code)).toContain("4");
    const [changed, kept] = ["4", "1"];
    for (const code of [changed, kept])
      expect((await confirm("admin", code, scheme.version)).statusCode).toBe(200);
    const draft = structuredClone(scheme.draft) as { items: DocItem[] };
    itemOf(draft.items, kept)!.title = `${itemOf(draft.items, kept)!.title}（改名）`;
    const target = itemOf(draft.items, changed)!;
    const rule = target.rule as { kind: string; terms: { points: string }[] };
    expect(rule.kind).toBe("occurrences");
    target.rule = { ...rule, terms: rule.terms.map((term) => ({ ...term, points: "1" })) };
    const saved = await call("admin", "PUT", `/api/schemes/${schemeId}/draft`, {
      version: scheme.version,
      document: draft,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const audit = await expectOneAuditRow(t.db, saved, "scheme.update_draft");
    expect(JSON.parse(audit.detail).after.importReviewReset).toEqual([changed]);
    const review = await reviewOf();
    expect(review.items.find((i) => i.code === changed)?.confirmation).toBeNull();
    expect(review.items.find((i) => i.code === kept)?.confirmation?.by).toBe(names.admin);
    scheme = await schemeNow();
    expect((await confirm("admin", changed, scheme.version)).statusCode).toBe(200);
  });

  it("refuses to publish with unconfirmed low-confidence items until their number is accepted, then closes the review", async () => {
    const scheme = await schemeNow();
    let review = await reviewOf();
    expect(review.unconfirmedLow).toEqual(["3"]);
    const refused = await call("admin", "POST", `/api/schemes/${schemeId}/versions`, {
      version: scheme.version,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe("UNCONFIRMED_IMPORT");
    expect(refused.json().error.message).toContain("还有 1 项把握低的导入规则未确认（编号 3）");
    const wrong = await call("admin", "POST", `/api/schemes/${schemeId}/versions`, {
      version: scheme.version,
      acceptUnconfirmed: 2,
    });
    expect(wrong.json().error.code).toBe("UNCONFIRMED_IMPORT");
    expect((await schemeNow()).latestVersionNumber).toBe(0);
    // Confirming the low item lifts the hold; withdrawing it brings it back.
    expect((await confirm("admin", "3", scheme.version)).statusCode).toBe(200);
    expect((await reviewOf()).unconfirmedLow).toEqual([]);
    expect((await confirm("admin", "3", scheme.version, false)).statusCode).toBe(200);
    review = await reviewOf();
    expect(review.unconfirmedLow).toEqual(["3"]);
    const published = await call("admin", "POST", `/api/schemes/${schemeId}/versions`, {
      version: scheme.version,
      acceptUnconfirmed: 1,
    });
    expect(published.statusCode, published.body).toBe(201);
    const audit = await expectOneAuditRow(t.db, published, "scheme.publish");
    expect(JSON.parse(audit.detail).after.unconfirmedImported).toEqual(
      review.items.filter((i) => i.confirmation === null).map((i) => i.code),
    );
    expect(await reviewOf()).toMatchObject({
      summary: null,
      items: [],
      unconfirmed: 0,
      unconfirmedLow: [],
    });
    const rows = await t.db
      .selectFrom("scheme_import_reviews")
      .select(["published_version_id", "confirmed_by"])
      .where("scheme_id", "=", schemeId)
      .execute();
    expect(rows.every((r) => r.published_version_id === published.json().versions[0].id)).toBe(
      true,
    );
  });
});
