/**
 * A round whose scheme has no 评议 item, at its 评议 stage (decision 0342). In the walk a county's
 * 细则 had none (its one discretionary item is the assessor's 酌情打分), yet the round still passes
 * through 评议: the rater's page showed the units with «—» and nothing to type, with no word of
 * why. Now it says plainly there is nothing to rate and shows no table.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { startScenario, stopScenario, type Scenario } from "./support/scenario";
import { apiAs, buildWorldFromFirstStart, testPassword, type TestWorld } from "./support/setup";
import { loginToHome } from "./support/ui";

/** One item, filled by the unit; no 评议 (ratings) item. */
const document = {
  id: "no-ratings-2027",
  title: "无评议项的考核方案",
  items: [
    {
      code: "1",
      title: "会议培训",
      max: "3",
      facts: [{ name: "count", type: "int", label: "缺席次数", unit: "次" }],
      rule: { kind: "occurrences", mode: "deduct", terms: [{ fact: "count", points: "0.5" }] },
    },
  ],
};

describe("the 评议 page of a round with nothing to rate", () => {
  let scenario: Scenario;
  let page: Page;
  let world: TestWorld;
  let roundId = "";

  beforeAll(async () => {
    scenario = await startScenario();
    page = scenario.page;
    const url = scenario.server.url;
    ({ world } = await buildWorldFromFirstStart(url));
    // Up to 评议 through the API: the screen under test is the rater's.
    const kp = await apiAs(url, "kpadmin");
    const scheme = await kp.call<{ id: string; version: number }>("POST", "/api/schemes", {
      assessingOrganisationId: world.countyId,
      from: { document },
    });
    const published = await kp.call<{ versions: { id: string }[] }>(
      "POST",
      `/api/schemes/${scheme.id}/versions`,
      { version: scheme.version },
    );
    const round = await kp.call<{ id: string }>("POST", "/api/rounds", {
      assessingOrganisationId: world.countyId,
      schemeVersionId: published.versions[0]!.id,
      title: "2027年度无评议项考核",
      year: 2027,
      period: "2027年度",
      deadlines: {},
      unitIds: [world.unitA.id],
    });
    roundId = round.id;
    const move = async (to: string) => {
      const now = await kp.call<{ version: number }>("GET", `/api/rounds/${roundId}`);
      await kp.call("POST", `/api/rounds/${roundId}/transitions`, { to, version: now.version });
    };
    await move("self_assessment");
    const unit = await apiAs(url, "unita");
    const base = `/api/rounds/${roundId}/units/${world.unitA.id}/self-assessment`;
    await unit.call("PUT", `${base}/items/1/facts`, { version: 0, facts: { count: 1 } });
    const view = await unit.call<{ roundUnit: { version: number } }>("GET", base);
    await unit.call("POST", `${base}/submit`, { version: view.roundUnit.version });
    await move("review");
    const reviewer = await apiAs(url, "reviewer");
    const review = await reviewer.call<{ version: number }>(
      "POST",
      `/api/rounds/${roundId}/units/${world.unitA.id}/review/confirm-all`,
      {},
    );
    await reviewer.call("POST", `/api/rounds/${roundId}/units/${world.unitA.id}/review/accept`, {
      version: review.version,
    });
    await move("rating");
  }, 300_000);

  afterAll(() => stopScenario(scenario));

  it("tells the rater there is nothing to rate instead of a table of dashes", async () => {
    await loginToHome(page, "rater1", testPassword);
    await page.goto(`/rating/${roundId}`);
    await page.getByTestId("no-rating-items").waitFor();
    expect(await page.getByTestId("no-rating-items").innerText()).toContain(
      "本考核任务的方案没有评议项，无需评议打分",
    );
    expect(await page.locator(".ant-table").count()).toBe(0);
    expect(await page.getByText("离开输入框即保存").count()).toBe(0);
    await screenshot(page, "rating-none", { fullPage: false });
  });
});
