/**
 * 考核进度 in a real browser (issue 18 part 3, decision 0260): the assessment administrator's
 * round page shows the units' required facts filled, and the numbers change when a unit saves —
 * on regaining focus, and by itself within the 20-second poll.
 */
import { roundUnitStatusLabels, unitPhaseLabels } from "@kaoping/server/contract";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unitAFacts, unitBFacts } from "./fixtures";
import { ApiUser } from "./support/api-client";
import { screenshot } from "./support/browser";
import { startScenario, stopScenario, type Scenario } from "./support/scenario";
import {
  buildWorldFromFirstStart,
  openTownshipRound,
  testPassword,
  type TestWorld,
} from "./support/setup";
import { loginToHome } from "./support/ui";

/** The number shown by the statistic titled `title` in the progress card. */
async function statistic(card: Locator, title: string): Promise<string> {
  return (
    (await card
      .locator(".ant-statistic")
      .filter({ hasText: title })
      .locator(".ant-statistic-content-value")
      .textContent()) ?? ""
  );
}

/** "已填 3/30 项" of a unit's row as [filled, required]. */
async function filledOf(card: Locator, unitName: string): Promise<[number, number]> {
  const text = (await card.locator("tr", { hasText: unitName }).textContent()) ?? "";
  const match = /已填 (\d+)\/(\d+) 项/.exec(text);
  return match === null ? [-1, -1] : [Number(match[1]), Number(match[2])];
}

describe("round progress in Chromium", () => {
  let scenario: Scenario;
  let page: Page;
  let world: TestWorld;
  let roundId = "";
  let unitA: ApiUser;
  let unitB: ApiUser;

  beforeAll(async () => {
    scenario = await startScenario();
    page = scenario.page;
    const url = scenario.server.url;
    ({ world } = await buildWorldFromFirstStart(url));
    const kp = new ApiUser(url);
    await kp.login("kpadmin", testPassword);
    roundId = await openTownshipRound(kp, world, "township-progress", {
      selfAssessment: "2099-03-31",
      review: "2099-04-30",
      rating: "2099-05-31",
    });
    unitA = new ApiUser(url);
    await unitA.login("unita", testPassword);
    unitB = new ApiUser(url);
    await unitB.login("unitb", testPassword);
  }, 300_000);

  afterAll(() => stopScenario(scenario));

  const save = async (user: ApiUser, unitId: string, facts: Record<string, unknown>) => {
    const base = `/api/rounds/${roundId}/units/${unitId}/self-assessment`;
    for (const [code, value] of Object.entries(facts))
      await user.call("PUT", `${base}/items/${code}/facts`, { version: 0, facts: value });
  };

  it("shows the units' progress and follows a unit's saves", async () => {
    await loginToHome(page, "kpadmin", testPassword);
    await page.goto(`/rounds/${roundId}`);
    const card = page.locator(".ant-card").filter({ hasText: "考核进度" }).first();
    await card
      .getByText(/已填 0\/\d+ 项，0%/)
      .first()
      .waitFor();
    expect(await statistic(card, unitPhaseLabels.not_started)).toBe("2");
    expect(await statistic(card, unitPhaseLabels.in_progress)).toBe("0");
    await card
      .getByTestId("countdown-self_assessment")
      .getByText(/还剩 \d+ 天/)
      .waitFor();
    const [, required] = await filledOf(card, world.unitA.name);
    expect(required).toBeGreaterThan(10);

    // 练市镇 saves three items; the page regains focus and asks again.
    await save(unitA, world.unitA.id, {
      "1.3": unitAFacts["1.3"],
      "4.1": unitAFacts["4.1"],
      "5.2": unitAFacts["5.2"],
    });
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await expect
      .poll(() => statistic(card, unitPhaseLabels.in_progress), { timeout: 15_000 })
      .toBe("1");
    const [filled, same] = await filledOf(card, world.unitA.name);
    // 1.3 absences, 4.1 rate, 5.2 villagesServed + villagesTotal: four required facts.
    expect([filled, same]).toEqual([4, required]);
    // One word for one thing (decision 0254): its status 自评中 in the units table, its
    // progress 填写中 in the panel — neither word is used for the other.
    const progressRow = card.locator("tr", { hasText: world.unitA.name });
    expect(await progressRow.innerText()).toContain(unitPhaseLabels.in_progress);
    expect(await progressRow.innerText()).not.toContain(roundUnitStatusLabels.draft);
    const statusRow = page
      .locator(".ant-card")
      .filter({ has: page.locator(".ant-card-head-title", { hasText: /^被考核单位$/ }) })
      .locator("tr", { hasText: world.unitA.name });
    await statusRow.getByText(roundUnitStatusLabels.draft).first().waitFor();
    expect(await statusRow.first().innerText()).not.toContain(unitPhaseLabels.in_progress);
    expect(await statistic(card, unitPhaseLabels.not_started)).toBe("1");

    // 新市镇 saves everything: the 20-second poll shows it without any click.
    await save(
      unitB,
      world.unitB.id,
      Object.fromEntries(Object.entries(unitBFacts).filter(([code]) => code !== "8")),
    );
    await expect
      .poll(() => statistic(card, unitPhaseLabels.not_started), {
        timeout: 35_000,
        interval: 1_000,
      })
      .toBe("0");
    await card
      .locator("tr", { hasText: world.unitB.name })
      .getByText(/已填 \d+\/\d+ 项，100%/)
      .waitFor();
    await card.getByText("评议人丙").waitFor();
    await card.getByText("0/2 份").first().waitFor();
    await screenshot(page, "60-round-progress");
  }, 120_000);
});
