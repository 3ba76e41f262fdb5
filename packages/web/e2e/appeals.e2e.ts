/**
 * Appeals and snapshot history in a real browser (issue 14 defect 10, decisions 0280–0282):
 * 新市镇 sees the 申诉截止, appeals item 4.2 and attaches a file; the assessment administrator's
 * answer dialog shows what the unit asked for, its file and the item's current score, preselects
 * no decision, and upholds the appeal with a corrected fact; the results page then lists both
 * snapshots and the first opens read-only with its old total; past the deadline the unit's page
 * says so and the server refuses in Chinese.
 */
import { getTemplate, scoreRound } from "@kaoping/engine";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ratings, unitAFacts, unitBFacts } from "./fixtures";
import { screenshot } from "./support/browser";
import { startScenario, stopScenario, type Scenario } from "./support/scenario";
import {
  apiAs,
  buildWorldFromFirstStart,
  createTownshipRound,
  testPassword,
  type TestWorld,
} from "./support/setup";
import { tinyPng } from "./support/tiny-png";
import { button, loginToHome } from "./support/ui";

const scheme = getTemplate("township-2022")!;

describe("appeals and snapshot history in Chromium", () => {
  let scenario: Scenario;
  let page: Page;
  let world: TestWorld;
  let url = "";
  let roundId = "";

  beforeAll(async () => {
    scenario = await startScenario();
    page = scenario.page;
    url = scenario.server.url;
    ({ world } = await buildWorldFromFirstStart(url));
    // The round up to 申诉 through the API: the screens under test are the appeal and results pages.
    const kp = await apiAs(url, "kpadmin");
    const round = await createTownshipRound(kp, world, "township-appeals", {
      selfAssessment: "2099-03-31",
      review: "2099-04-30",
      rating: "2099-05-31",
      appeal: "2099-06-30",
    });
    roundId = round.id;
    const move = async (to: string) => {
      const now = await kp.call<{ version: number }>("GET", `/api/rounds/${roundId}`);
      await kp.call("POST", `/api/rounds/${roundId}/transitions`, { to, version: now.version });
    };
    await move("self_assessment");
    const reviewer = await apiAs(url, "reviewer");
    for (const [username, unit, facts] of [
      ["unita", world.unitA, unitAFacts],
      ["unitb", world.unitB, unitBFacts],
    ] as const) {
      const filler = await apiAs(url, username);
      const base = `/api/rounds/${roundId}/units/${unit.id}/self-assessment`;
      for (const [code, value] of Object.entries(facts))
        await filler.call("PUT", `${base}/items/${code}/facts`, { version: 0, facts: value });
      const view = await filler.call<{ roundUnit: { version: number } }>("GET", base);
      await filler.call("POST", `${base}/submit`, { version: view.roundUnit.version });
    }
    await move("review");
    for (const unit of [world.unitA, world.unitB]) {
      const review = await reviewer.call<{ version: number }>(
        "POST",
        `/api/rounds/${roundId}/units/${unit.id}/review/confirm-all`,
        {},
      );
      await reviewer.call("POST", `/api/rounds/${roundId}/units/${unit.id}/review/accept`, {
        version: review.version,
      });
    }
    await move("rating");
    for (const rater of ["rater1", "rater2"] as const) {
      const client = await apiAs(url, rater);
      for (const [unit, value] of [
        [world.unitA, ratings[rater].A],
        [world.unitB, ratings[rater].B],
      ] as const)
        await client.call("PUT", `/api/rounds/${roundId}/units/${unit.id}/ratings/8`, {
          version: 0,
          value,
        });
    }
    await move("results");
    await move("published");
    await move("appeals");
  }, 300_000);

  afterAll(() => stopScenario(scenario));

  it("shows 新市镇 the 申诉截止 and lets it appeal 4.2 with an attached file", async () => {
    await loginToHome(page, "unitb", testPassword);
    await page.goto(`/results/${roundId}`);
    await page
      .getByTestId("results-appeal-deadline")
      .getByText(/申诉截止：2099年6月30日/)
      .waitFor();
    await page.goto(`/appeals/${roundId}`);
    await expect
      .poll(() => page.getByTestId("appeal-deadline").innerText(), { timeout: 15_000 })
      .toMatch(/申诉截止：2099年6月30日/);
    await page.getByRole("combobox").first().click();
    await page.keyboard.type("4.2");
    await page.locator(".ant-select-item-option", { hasText: /^4\.2 / }).click();
    await page
      .getByPlaceholder("申诉理由")
      .fill("4.2 所列违规已于年内撤销处理，见附件县局撤销通知，不应扣分。");
    await page.getByRole("button", { name: "提交申诉" }).click();
    const row = page.locator("tr.ant-table-row", { hasText: "4.2" });
    await row.getByText("待答复").waitFor();
    await row
      .locator("input[type=file]")
      .setInputFiles({ name: "撤销通知.png", mimeType: "image/png", buffer: tinyPng() });
    await row.getByRole("link", { name: /撤销通知\.png/ }).waitFor();
  });

  it("opens the answer dialog with the unit's request, its file and the current score, and no decision chosen", async () => {
    await loginToHome(page, "kpadmin", testPassword);
    await page.goto(`/appeals/${roundId}`);
    await page
      .getByTestId("appeal-deadline")
      .getByText(/申诉截止/)
      .waitFor();
    const row = page.locator("tr.ant-table-row", { hasText: world.unitB.name });
    await row.getByText("撤销通知.png").waitFor();
    await row.getByText("答复", { exact: true }).click();
    const dialog = page.getByTestId("appeal-answer");
    await dialog.getByText("见附件县局撤销通知").waitFor();
    await dialog.getByRole("link", { name: /撤销通知\.png/ }).waitFor();
    // The current (reviewed) score of 4.2 for 新市镇, one violation: the engine's figure.
    const rated = (facts: Record<string, unknown>, a: string, b: string) => ({
      ...facts,
      "8": { ratings: [a, b] },
    });
    const scored = scoreRound(scheme, [
      {
        id: world.unitA.id,
        name: world.unitA.name,
        facts: rated(unitAFacts, ratings.rater1.A, ratings.rater2.A),
      },
      {
        id: world.unitB.id,
        name: world.unitB.name,
        facts: rated(unitBFacts, ratings.rater1.B, ratings.rater2.B),
      },
    ]);
    if (!scored.ok) throw new Error("test facts are invalid");
    const item42 = (code: string) =>
      scored.result.units
        .find((u) => u.id === world.unitB.id)
        ?.items.flatMap((i) => i.children)
        .find((i) => i.code === code);
    await expect
      .poll(() => dialog.getByTestId("appeal-current-score").innerText(), { timeout: 15_000 })
      .toContain(`${item42("4.2")?.score} / `);
    // No decision is preselected: both radios unchecked, and answering without one is refused at the field.
    expect(await dialog.getByRole("radio", { checked: true }).count()).toBe(0);
    const modal = page.locator(".ant-modal").last();
    await modal.getByRole("button", { name: button("答复") }).click();
    await dialog.getByText("请选择申诉成立或驳回").waitFor();
    await dialog.getByText("申诉成立（修正事实数据）").click();
    const corrected = dialog.locator(".ant-form-item", { hasText: "修正后" }).first();
    await corrected.locator("input").first().fill("0");
    await dialog.locator("textarea").fill("经核实违规已撤销，4.2 按无违规计分。");
    await screenshot(page, "62-appeal-dialog", { fullPage: false });
    await modal.getByRole("button", { name: button("答复") }).click();
    await row.getByText("申诉成立").waitFor();
  });

  it("lists both snapshots on the results page and opens the first one read-only", async () => {
    await page.goto(`/results/${roundId}`);
    const history = page.getByTestId("snapshot-history");
    const rows = history.locator("tr.ant-table-row");
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBe(2);
    await history.getByText("申诉更正").waitFor();
    await history.getByText("发布公示").waitFor();
    expect(await history.innerText()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
    await screenshot(page, "63-snapshot-history");
    const first = await apiAs(url, "kpadmin").then((kp) =>
      kp.call<{ ranking: { unitId: string; total: string }[] }>(
        "GET",
        `/api/rounds/${roundId}/snapshots/1`,
      ),
    );
    const second = await apiAs(url, "kpadmin").then((kp) =>
      kp.call<{ ranking: { unitId: string; total: string }[] }>(
        "GET",
        `/api/rounds/${roundId}/snapshots/2`,
      ),
    );
    const totalIn = (s: typeof first) => s.ranking.find((r) => r.unitId === world.unitB.id)?.total;
    expect(totalIn(first)).not.toBe(totalIn(second));
    await rows.filter({ hasText: "#1" }).getByRole("link", { name: "查看" }).click();
    await page.getByText(/结果快照 #1（发布公示/).waitFor();
    const ranking = page.getByTestId("snapshot-ranking");
    await ranking.locator("tr.ant-table-row", { hasText: world.unitB.name }).waitFor();
    expect(
      await ranking.locator("tr.ant-table-row", { hasText: world.unitB.name }).innerText(),
    ).toContain(totalIn(first) ?? "none");
    // Read-only: nothing on the page writes.
    expect(await page.getByRole("button", { name: /保存|提交|发布/ }).count()).toBe(0);
  });

  it("closes appeals after the 申诉截止 with a Chinese refusal", async () => {
    const kp = await apiAs(url, "kpadmin");
    const round = await kp.call<{ version: number }>("GET", `/api/rounds/${roundId}`);
    await kp.call("PUT", `/api/rounds/${roundId}/deadlines`, {
      version: round.version,
      selfAssessment: "2020-01-10",
      review: "2020-01-15",
      rating: "2020-01-20",
      appeal: "2020-01-31",
    });
    await loginToHome(page, "unitb", testPassword);
    await page.goto(`/appeals/${roundId}`);
    await page
      .getByTestId("appeal-deadline")
      .getByText(/已截止/)
      .waitFor();
    expect(await page.getByRole("button", { name: "提交申诉" }).count()).toBe(0);
    const unitB = await apiAs(url, "unitb");
    const late = await unitB
      .call("POST", `/api/rounds/${roundId}/units/${world.unitB.id}/appeals`, {
        itemCode: "5.4",
        text: "迟到的申诉",
      })
      .then(
        () => "accepted",
        (error: unknown) => String(error),
      );
    expect(late).toMatch(/申诉截止/);
  });
});
