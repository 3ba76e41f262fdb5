/**
 * List inputs and the unit's 自评说明 in Chromium (issue 14 defects 4 and 6): item 9.7's list of
 * records (信息 / 录用渠道 / 录用级别) keeps a readable 信息 column and stays inside its card on
 * the self-assessment page and on the review page; the form has a 自评说明 per top-level
 * indicator, and what is typed there is saved (read back through the API).
 */
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unitAFacts } from "./fixtures";
import { screenshot } from "./support/browser";
import { startScenario, stopScenario, type Scenario } from "./support/scenario";
import { apiAs, buildWorldFromFirstStart, testPassword, type TestWorld } from "./support/setup";
import { confirmModal, login } from "./support/ui";

/** The narrower the 信息 column gets, the fewer characters a line shows; 10 characters at 14 px. */
const minInfoWidth = 140;

const adoption = {
  info: "我镇医保经办服务下沉到村的做法被市政务信息录用",
  channel: "gov",
  level: "city",
};

/** Measures a list table against the card it sits in. */
async function measure(list: Locator, card: Locator) {
  const cardBox = await card.boundingBox();
  const tableBox = await list.locator(".ant-table").first().boundingBox();
  const header = list.locator("th", { hasText: /^信息/ }).first();
  const headerBox = await header.boundingBox();
  expect(cardBox, "the card is on screen").not.toBeNull();
  expect(tableBox, "the list table is on screen").not.toBeNull();
  expect(headerBox, "the 信息 column is on screen").not.toBeNull();
  return {
    cardRight: cardBox!.x + cardBox!.width,
    tableRight: tableBox!.x + tableBox!.width,
    infoWidth: headerBox!.width,
  };
}

/** Logs in; the password hash takes its time on a loaded machine, so the home page gets a minute. */
async function loginToHome(page: Page, username: string): Promise<void> {
  await login(page, username, testPassword);
  await page.getByText(/您好/).waitFor({ timeout: 60_000 });
}

describe("list inputs and the 自评说明 per top-level indicator", () => {
  let scenario: Scenario;
  let page: Page;
  let world: TestWorld;
  let roundId = "";

  beforeAll(async () => {
    scenario = await startScenario();
    page = scenario.page;
    const url = scenario.server.url;
    ({ world } = await buildWorldFromFirstStart(url));
    const kpadmin = await apiAs(url, "kpadmin");
    const scheme = await kpadmin.call<{ id: string; version: number }>("POST", "/api/schemes", {
      assessingOrganisationId: world.countyId,
      from: { template: "township-2022" },
    });
    const published = await kpadmin.call<{ versions: { id: string }[] }>(
      "POST",
      `/api/schemes/${scheme.id}/versions`,
      { version: scheme.version },
    );
    const round = await kpadmin.call<{ id: string; version: number }>("POST", "/api/rounds", {
      assessingOrganisationId: world.countyId,
      schemeVersionId: published.versions[0]?.id,
      title: "2026年度乡镇医保工作考核",
      year: 2026,
      period: "2026年度",
      deadlines: { selfAssessment: "2099-03-31", review: "2099-04-30" },
      unitIds: [world.unitA.id],
    });
    roundId = round.id;
    await kpadmin.call("POST", `/api/rounds/${roundId}/transitions`, {
      to: "self_assessment",
      version: round.version,
    });
    const unita = await apiAs(url, "unita");
    const base = `/api/rounds/${roundId}/units/${world.unitA.id}/self-assessment`;
    for (const [code, facts] of Object.entries(unitAFacts))
      await unita.call("PUT", `${base}/items/${code}/facts`, { version: 0, facts });
    await unita.call("PUT", `${base}/items/9.7/facts`, {
      version: 0,
      facts: { adoptions: [adoption] },
    });
  }, 300_000);

  afterAll(() => stopScenario(scenario));

  it("keeps 9.7's 信息 column readable and the table inside its card on the self-assessment page", async () => {
    await loginToHome(page, "unita");
    await page.goto(`/self-assessment/${roundId}`);
    const list = page.locator(`[data-fact="9.7.adoptions"]`);
    await list.locator("textarea").first().waitFor();
    await list.evaluate((el) => el.scrollIntoView({ block: "center" }));
    expect(await list.locator("textarea").first().inputValue()).toBe(adoption.info);
    const m = await measure(list, page.locator("#item-9\\.7"));
    expect(m.infoWidth).toBeGreaterThanOrEqual(minInfoWidth);
    expect(m.tableRight).toBeLessThanOrEqual(m.cardRight);
    await list.locator("textarea").first().focus();
    await screenshot(page, "61-list-inputs", { fullPage: false });
  });

  it("has a 自评说明 for each top-level indicator, saved when the field is left", async () => {
    const field = page.getByLabel("一、工作重视 自评说明");
    await field.evaluate((el) => el.scrollIntoView({ block: "center" }));
    const narrative = "全年召开党组会议研究医保工作4次，制度建设按要求完成。";
    await field.fill(narrative);
    await field.blur();
    await page.getByTestId("group-narrative-1").getByText("（已保存）").waitFor();
    await screenshot(page, "61b-group-narrative", { fullPage: false });
    const unita = await apiAs(scenario.server.url, "unita");
    const view = await unita.call<{ narratives: { itemCode: string; text: string }[] }>(
      "GET",
      `/api/rounds/${roundId}/units/${world.unitA.id}/self-assessment`,
    );
    expect(view.narratives.find((n) => n.itemCode === "1")?.text).toBe(narrative);
    // Kept after a reload: the field shows what was saved.
    await page.reload();
    await expect.poll(() => page.getByLabel("一、工作重视 自评说明").inputValue()).toBe(narrative);
  });

  it("keeps the same list inside the review card", async () => {
    const unita = await apiAs(scenario.server.url, "unita");
    const base = `/api/rounds/${roundId}/units/${world.unitA.id}/self-assessment`;
    const view = await unita.call<{ roundUnit: { version: number } }>("GET", base);
    await unita.call("POST", `${base}/submit`, { version: view.roundUnit.version });
    await loginToHome(page, "kpadmin");
    await page.goto(`/rounds/${roundId}`);
    await page.getByRole("button", { name: "结束自评，开始审核" }).click();
    await confirmModal(page, "确认");
    await page.locator(".ant-tag", { hasText: /^审核$/ }).waitFor();

    await loginToHome(page, "reviewer");
    await page.goto(`/review/${roundId}`);
    await page.getByRole("link", { name: world.unitA.name }).first().click();
    const card = page.getByTestId("review-item-9.7");
    const list = card.locator(`[data-fact="9.7.adoptions"]`);
    await list.locator("textarea").first().waitFor();
    await list.evaluate((el) => el.scrollIntoView({ block: "center" }));
    const m = await measure(list, card);
    expect(m.infoWidth).toBeGreaterThanOrEqual(minInfoWidth);
    expect(m.tableRight).toBeLessThanOrEqual(m.cardRight);
    await screenshot(page, "61c-list-inputs-review", { fullPage: false });
  });
});
