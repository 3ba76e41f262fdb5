/**
 * Evidence reuse in Chromium (issue 18): 练市镇 uploads its meeting minutes in last year's round,
 * then in this year's round attaches the same file to two items from its material library
 * (从已有材料选择) — no second upload, the same stored content.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { startScenario, stopScenario, type Scenario } from "./support/scenario";
import { apiAs, buildWorldFromFirstStart, testPassword, type TestWorld } from "./support/setup";
import { tinyPng } from "./support/tiny-png";
import { button, loginToHome } from "./support/ui";

interface Evidence {
  id: string;
  itemCode: string;
  sha256: string;
  originalName: string;
}

describe("evidence reuse from the unit's material library", () => {
  let scenario: Scenario;
  let page: Page;
  let world: TestWorld;
  const rounds: Record<number, string> = {};

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
    for (const year of [2025, 2026]) {
      const round = await kpadmin.call<{ id: string; version: number }>("POST", "/api/rounds", {
        assessingOrganisationId: world.countyId,
        schemeVersionId: published.versions[0]?.id,
        title: `${year}年度乡镇医保工作考核`,
        year,
        period: `${year}年度`,
        unitIds: [world.unitA.id],
      });
      await kpadmin.call("POST", `/api/rounds/${round.id}/transitions`, {
        to: "self_assessment",
        version: round.version,
      });
      rounds[year] = round.id;
    }
    // Six accounts with memory-hard password hashes and two rounds: slow on a loaded machine.
  }, 300_000);

  afterAll(() => stopScenario(scenario));

  const panel = (code: string) => page.locator(`[data-testid="evidence-${code}"]`);

  it("attaches last year's file to two items of this year without uploading it again", async () => {
    await loginToHome(page, "unita", testPassword);
    await page.goto(`/self-assessment/${rounds[2025]}`);
    await panel("1.2").locator("input[type=file]").setInputFiles({
      name: "专题会议纪要.png",
      mimeType: "image/png",
      buffer: tinyPng(),
    });
    await panel("1.2").getByText("专题会议纪要.png").waitFor();

    await page.goto(`/self-assessment/${rounds[2026]}`);
    await panel("1.1").getByRole("button", { name: "从已有材料选择" }).click();
    const picker = page.locator(".ant-modal", { hasText: "从已有材料选择" });
    await picker.getByText("专题会议纪要.png").waitFor();
    await picker.getByText("2025年").waitFor();
    await picker.getByLabel("查找材料").fill("纪要");
    await picker.getByLabel("查找材料").press("Enter");
    await screenshot(page, "60-evidence-library", { fullPage: false });
    await picker.getByRole("button", { name: button("选用") }).click();
    await picker.getByText("本项已有").waitFor();
    await picker
      .locator(".ant-modal-footer")
      .getByRole("button", { name: button("关闭") })
      .click();
    await panel("1.1").getByText("专题会议纪要.png").waitFor();

    // The same file on a second item of this year, found by its item this time.
    await panel("1.3").getByRole("button", { name: "从已有材料选择" }).click();
    const second = page.locator(".ant-modal", { hasText: "评分项 1.3" });
    await second.getByLabel("查找材料").fill("1.2");
    await second.getByLabel("查找材料").press("Enter");
    await second.getByRole("button", { name: button("选用") }).click();
    await second.getByText("本项已有").waitFor();
    await second
      .locator(".ant-modal-footer")
      .getByRole("button", { name: button("关闭") })
      .click();
    await panel("1.3").getByText("专题会议纪要.png").waitFor();
    await screenshot(page, "61-evidence-reused", { fullPage: false });

    const unita = await apiAs(scenario.server.url, "unita");
    const listOf = (year: number) =>
      unita.call<Evidence[]>("GET", `/api/rounds/${rounds[year]}/units/${world.unitA.id}/evidence`);
    const [before] = await listOf(2025);
    const now = await listOf(2026);
    expect(now.map((file) => file.itemCode).sort()).toEqual(["1.1", "1.3"]);
    for (const file of now) {
      expect(file.sha256).toBe(before?.sha256);
      expect(file.id).not.toBe(before?.id);
    }
  });
});
