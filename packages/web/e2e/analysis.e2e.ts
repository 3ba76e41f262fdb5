/**
 * 得分提升 and 失分分析 in a real browser (issue 18): a first round of the township scheme is run to
 * publication through the API; in the second round 练市镇 sees its 提分空间 on its
 * self-assessment and tries one (试算: the new total is the old plus the gain, nothing saved);
 * the administrator sees the loss analysis with its charts and the year-over-year view.
 */
import { getTemplate, parseDecimal } from "@kaoping/engine";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unitAFacts, unitBFacts } from "./fixtures";
import type { ApiUser } from "./support/api-client";
import { join } from "node:path";
import { screenshot, screenshotDir } from "./support/browser";
import { startScenario, stopScenario, type Scenario } from "./support/scenario";
import { apiAs, buildWorldFromFirstStart, testPassword, type TestWorld } from "./support/setup";
import { loginToHome } from "./support/ui";

const scheme = getTemplate("township-2022")!;

interface Round {
  id: string;
  version: number;
}

describe("improvements and loss analysis in Chromium", () => {
  let scenario: Scenario;
  let page: Page;
  let world: TestWorld;
  let kpadmin: ApiUser;
  let second = "";

  /** Moves a round to `to`. */
  const move = async (roundId: string, to: string) => {
    const round = await kpadmin.call<Round>("GET", `/api/rounds/${roundId}`);
    await kpadmin.call("POST", `/api/rounds/${roundId}/transitions`, {
      to,
      version: round.version,
      reason: `转到${to}`,
    });
  };

  /** Saves a unit's facts item by item as its head. */
  const saveFacts = async (
    head: ApiUser,
    roundId: string,
    unitId: string,
    facts: Record<string, Record<string, unknown>>,
  ) => {
    for (const [code, value] of Object.entries(facts))
      await head.call(
        "PUT",
        `/api/rounds/${roundId}/units/${unitId}/self-assessment/items/${code}/facts`,
        { version: 0, facts: value },
      );
  };

  beforeAll(async () => {
    scenario = await startScenario();
    page = scenario.page;
    const url = scenario.server.url;
    ({ world } = await buildWorldFromFirstStart(url));
    kpadmin = await apiAs(url, "kpadmin");
    const created = await kpadmin.call<{ id: string; version: number }>("POST", "/api/schemes", {
      assessingOrganisationId: world.countyId,
      from: { template: scheme.id },
      code: "township-2022-sx",
    });
    const published = await kpadmin.call<{ versions: { id: string }[] }>(
      "POST",
      `/api/schemes/${created.id}/versions`,
      { version: created.version, note: "年度方案" },
    );
    const versionId = published.versions[0]!.id;
    const units = [world.unitA, world.unitB];
    const heads = [await apiAs(url, "unita"), await apiAs(url, "unitb")];
    const reviewer = await apiAs(url, "reviewer");
    const raters = [await apiAs(url, "rater1"), await apiAs(url, "rater2")];
    const newRound = (year: number) =>
      kpadmin.call<Round>("POST", "/api/rounds", {
        assessingOrganisationId: world.countyId,
        schemeVersionId: versionId,
        title: `${year}年度乡镇医保工作目标考核`,
        year,
        period: `${year}年度`,
        deadlines: {},
        unitIds: units.map((u) => u.id),
      });

    // The first round, to publication: 练市镇 a little worse than in the second round.
    const first = await newRound(2022);
    await move(first.id, "self_assessment");
    const lastYear = [
      { ...unitAFacts, "1.3": { absences: 3 }, "4.1": { rate: "99.4" } },
      { ...unitBFacts, "4.1": { rate: "99.7" } },
    ];
    for (const [i, unit] of units.entries()) {
      await saveFacts(heads[i]!, first.id, unit.id, lastYear[i]!);
      const view = await heads[i]!.call<{ roundUnit: { version: number } }>(
        "GET",
        `/api/rounds/${first.id}/units/${unit.id}/self-assessment`,
      );
      await heads[i]!.call(
        "POST",
        `/api/rounds/${first.id}/units/${unit.id}/self-assessment/submit`,
        { version: view.roundUnit.version },
      );
    }
    await move(first.id, "review");
    for (const unit of units) {
      const base = `/api/rounds/${first.id}/units/${unit.id}/review`;
      await reviewer.call("POST", `${base}/confirm-all`, {});
      const review = await reviewer.call<{ version: number }>("GET", base);
      await reviewer.call("POST", `${base}/accept`, { version: review.version });
    }
    await move(first.id, "rating");
    for (const rater of raters)
      for (const unit of units)
        await rater.call("PUT", `/api/rounds/${first.id}/units/${unit.id}/ratings/8`, {
          version: 0,
          value: "14",
        });
    await move(first.id, "results");
    await move(first.id, "published");

    // The second round, open for self-assessment, both units' facts saved.
    const next = await newRound(2023);
    second = next.id;
    await move(second, "self_assessment");
    for (const [i, unit] of units.entries())
      await saveFacts(heads[i]!, second, unit.id, [unitAFacts, unitBFacts][i]!);
  }, 400_000);

  afterAll(() => stopScenario(scenario));

  it("shows 练市镇 its 提分空间 on the self-assessment, and 试算 gives the old total plus the gain without saving", async () => {
    await loginToHome(page, "unita", testPassword);
    await page.goto(`/self-assessment/${second}`);
    const card = page.getByTestId("improvements");
    await card.getByText("提分空间").first().waitFor();
    const first = card.getByTestId("improvement-0");
    await first.waitFor();
    await card.getByText(/参保率由 99\.65% 提高到 99\.7%，可多得 0\.5 分/).waitFor();
    const before = (await page.getByTestId("server-total").innerText()).trim();
    // Try the 参保率 one: its row's 试算 button.
    const row = card.locator(".ant-list-item", { hasText: "参保率由 99.65% 提高到 99.7%" });
    await row.getByRole("button", { name: /试\s*算/ }).click();
    const trial = page.getByTestId("trial");
    await expect.poll(() => trial.locator("input").first().inputValue()).toBe("99.7");
    await trial.locator("button.ant-btn-primary:not(.ant-btn-loading)").click();
    const result = page.getByTestId("trial-result");
    await result.waitFor();
    const expected = parseDecimal(before)!.plus("0.5").toFixed();
    await result.getByText(new RegExp(`试算总分 ${expected.replace(".", "\\.")} 分`)).waitFor();
    await result.getByText(/名次在结果公示后可见/).waitFor();
    await result.getByText(/4\.1 基本医疗保险参保率：4 → 4\.5/).waitFor();
    await card.screenshot({ path: join(screenshotDir, "50-improvements-trial.png") });
    // Change the value by hand: 99.8 reaches the threshold (+1 over the current score).
    await trial.locator("input").first().fill("99.8");
    await trial.locator("button.ant-btn-primary:not(.ant-btn-loading)").click();
    await result
      .getByText(
        new RegExp(`试算总分 ${parseDecimal(before)!.plus("1").toFixed().replace(".", "\\.")} 分`),
      )
      .waitFor();
    // A value the form would refuse is refused here too, at the field.
    await trial.locator("input").first().fill("100.5");
    // The primary button (its accessible name gains "loading" while a trial runs).
    await trial.locator("button.ant-btn-primary:not(.ant-btn-loading)").click();
    await trial.getByText(/超过上限 100/).waitFor();
    // Nothing was saved.
    await page.reload();
    expect((await page.getByTestId("server-total").innerText()).trim()).toBe(before);
    const text = await card.innerText();
    expect(text.match(/[A-Za-z]{2,}/g) ?? [], "English in 提分空间").toEqual([]);
  });

  it("试算 of a list fact: 练市镇 takes one 督查发现 entry out (少一条) and sees item 7 rise, nothing saved", async () => {
    // 练市镇 reports one 县级 finding under item 7 (1 point off) in the second round.
    const head = await apiAs(scenario.server.url, "unita");
    await saveFacts(head, second, world.unitA.id, { "7": { findings: [{ level: "county" }] } });
    await loginToHome(page, "unita", testPassword);
    await page.goto(`/self-assessment/${second}`);
    const card = page.getByTestId("improvements");
    await card.getByTestId("improvement-0").waitFor();
    const before = (await page.getByTestId("server-total").innerText()).trim();
    const trial = page.getByTestId("trial");
    // Add the list fact to the 试算 from the select: its entries as the unit filled them.
    await trial.locator(".ant-select").first().click();
    await page.keyboard.type("督查发现");
    await page.locator(".ant-select-item-option", { hasText: "督查发现" }).first().click();
    const list = trial.getByTestId("trial-list-7.findings");
    await list.getByText("第 1 条：发现部门级别：县级").waitFor();
    await list.getByText("共 1 条").waitFor();
    await list.getByRole("button", { name: "少一条" }).click();
    await list.getByText("由 1 条改为 0 条").waitFor();
    await trial.locator("button.ant-btn-primary:not(.ant-btn-loading)").click();
    const result = page.getByTestId("trial-result");
    await result.getByText(/试算总分/).waitFor();
    const text = await result.innerText();
    const total = /试算总分\s*([0-9.]+)\s*分/.exec(text)?.[1];
    expect(parseDecimal(total ?? "")!.greaterThan(parseDecimal(before)!), text).toBe(true);
    expect(text).toMatch(/7 [^：]+：[0-9.]+ → [0-9.]+/);
    await card.screenshot({ path: join(screenshotDir, "53-improvements-trial-list.png") });
    // The list taken out of the 试算 again; after a reload the unit's total is as before (nothing saved).
    await list.getByRole("button", { name: /移\s*除/ }).click();
    await page.reload();
    expect((await page.getByTestId("server-total").innerText()).trim()).toBe(before);
  });

  it("shows the administrator the loss analysis and the year-over-year view", async () => {
    await loginToHome(page, "kpadmin", testPassword);
    await page.goto(`/results/${second}/loss-analysis`);
    await page.getByTestId("chart-loss-bar").locator("canvas").first().waitFor();
    await page.getByTestId("chart-loss-heatmap").locator("canvas").first().waitFor();
    const items = page.getByTestId("loss-items");
    await items.getByText("基本医疗保险参保率").first().waitFor();
    const yoy = page.getByTestId("year-over-year");
    await yoy.getByText(/与上一轮比较：2022年度乡镇医保工作目标考核/).waitFor();
    await yoy.getByTestId("chart-rank-slope").locator("canvas").first().waitFor();
    // 练市镇: 4.1 rose from 3.5 (99.4%) to 4.5 (99.65%), 1.3 from 0.5 to 1.5.
    await yoy.getByText(/4\.1 基本医疗保险参保率 \+1/).waitFor();
    await screenshot(page, "51-loss-analysis");
    await yoy.screenshot({ path: join(screenshotDir, "52-year-over-year.png") });
    const text = await page.locator("main").innerText();
    expect(text.match(/[A-Za-z]{2,}/g) ?? [], "English in 失分分析").toEqual([]);
  });
});
