/**
 * Two reviewers on one unit in a real browser (issue 14 defect 1, decision 0130): 评审员张 reviews
 * items 1–3 and 评审员李 items 4–9 of 新市镇. 张 confirms his part and presses 审核通过 — the unit
 * is not accepted, and the dialog and the status name 李's open items; 李 then finds his items
 * still editable, corrects one with a reason, approves, and only now is the unit 已审核通过.
 */
import { roundUnitStatusLabels } from "@kaoping/server/contract";
import type { Page } from "playwright-core";
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
import { button, confirmModal, loginToHome } from "./support/ui";

/** The two reviewers and their disjoint scopes (top-level items and everything below them). */
const reviewers = {
  zhang: { username: "reviewerzhang", name: "评审员张", itemCodes: ["1", "2", "3"] },
  li: { username: "reviewerli", name: "评审员李", itemCodes: ["4", "5", "6", "7", "9"] },
};

/** 评审员李's correction of 新市镇. */
const fix = { itemCode: "4.1", fact: "rate", value: "99.1", reason: "按省级平台年末数核减" };

/** The item codes of the review cards on the unit page, in order. */
async function cardCodes(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid^="review-item-"]')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-testid")!.slice(12)));
}

describe("two reviewers on one unit in Chromium", () => {
  let scenario: Scenario;
  let page: Page;
  let world: TestWorld;
  let roundId = "";
  let unitPath = "";
  let api: ApiUser;

  beforeAll(async () => {
    scenario = await startScenario();
    page = scenario.page;
    const url = scenario.server.url;
    const first = await buildWorldFromFirstStart(url);
    const { admin, secadmin } = first;
    world = first.world;
    for (const reviewer of Object.values(reviewers)) {
      const created = await admin.call<{ user: { id: string }; initialPassword: string }>(
        "POST",
        "/api/users",
        { username: reviewer.username, displayName: reviewer.name, organisationId: world.countyId },
      );
      await secadmin.call("POST", `/api/users/${created.user.id}/roles`, {
        role: "reviewer",
        organisationId: world.countyId,
        scope: { itemCodes: reviewer.itemCodes, departmentIds: [] },
      });
      await new ApiUser(url).login(reviewer.username, created.initialPassword, testPassword);
    }
    // buildWorld's reviewer (every item) would share both parts: his role is revoked.
    const other = await secadmin.call<{ roles: { id: string }[] }>(
      "GET",
      `/api/users/${world.users.reviewer}`,
    );
    for (const role of other.roles)
      await secadmin.call("DELETE", `/api/users/${world.users.reviewer}/roles/${role.id}`);

    const kp = new ApiUser(url);
    await kp.login("kpadmin", testPassword);
    roundId = await openTownshipRound(kp, world, "township-two-reviewers", {
      selfAssessment: "2099-03-31",
      review: "2099-04-30",
      rating: "2099-05-31",
    });
    const units = [
      { username: "unita", id: world.unitA.id, facts: { ...unitAFacts, "7": { findings: [] } } },
      { username: "unitb", id: world.unitB.id, facts: unitBFacts },
    ];
    for (const unit of units) {
      const user = new ApiUser(url);
      await user.login(unit.username, testPassword);
      const base = `/api/rounds/${roundId}/units/${unit.id}/self-assessment`;
      for (const [code, facts] of Object.entries(unit.facts))
        await user.call("PUT", `${base}/items/${code}/facts`, { version: 0, facts });
      const sa = await user.call<{ roundUnit: { version: number } }>("GET", base);
      await user.call("POST", `${base}/submit`, { version: sa.roundUnit.version });
    }
    const opened = await kp.call<{ version: number }>("GET", `/api/rounds/${roundId}`);
    await kp.call("POST", `/api/rounds/${roundId}/transitions`, {
      to: "review",
      version: opened.version,
    });
    unitPath = `/review/${roundId}/${world.unitB.id}`;
    api = kp;
  }, 300_000);

  afterAll(() => stopScenario(scenario));

  /** The unit's status as the administrator's API reports it. */
  const unitStatus = async (): Promise<string> => {
    const review = await api.call<{ status: string }>(
      "GET",
      `/api/rounds/${roundId}/units/${world.unitB.id}/review`,
    );
    return review.status;
  };

  it("keeps the unit open after the first reviewer's 审核通过 and names the other's open items", async () => {
    await loginToHome(page, reviewers.zhang.username, testPassword);
    await page.goto(unitPath);
    await page.getByTestId("review-item-1.1").waitFor();
    const own = await cardCodes(page);
    expect(own.length).toBeGreaterThan(0);
    expect(
      own.every((code) => /^[123]\./.test(code)),
      own.join(","),
    ).toBe(true);

    await page.getByRole("button", { name: /^全部确认/ }).click();
    await confirmModal(page, "全部确认");
    const accept = page.getByRole("button", { name: button("审核通过") });
    await expect.poll(() => accept.isEnabled()).toBe(true);
    await accept.click();
    const open = page.locator(".ant-modal-confirm").getByTestId("accept-open-list");
    await open.waitFor();
    const openText = await open.innerText();
    expect(openText).toContain(reviewers.li.name);
    expect(openText).toContain(fix.itemCode);
    expect(openText).not.toContain(reviewers.zhang.name);
    await screenshot(page, "18a-two-reviewers-accept-dialog", { fullPage: false });
    await confirmModal(page, "审核通过");

    const status = page.getByTestId("approval-status");
    await status.getByText("部分审核通过").waitFor();
    await status
      .getByText(new RegExp(`${reviewers.zhang.name}：已通过 ${own.length} 项`))
      .waitFor();
    const waiting = status.getByText(new RegExp(`^待 ${reviewers.li.name} 审核：`));
    await waiting.waitFor();
    expect(await waiting.innerText()).toContain(fix.itemCode);
    const tag = page.locator(".review-summary .ant-tag").first();
    expect(await tag.innerText()).toBe(roundUnitStatusLabels.submitted);
    expect(await unitStatus()).toBe("submitted");
    await screenshot(page, "18b-two-reviewers-first-part", { fullPage: false });
  });

  it("lets the second reviewer correct his items and approve; only then is the unit accepted", async () => {
    await loginToHome(page, reviewers.li.username, testPassword);
    await page.goto(unitPath);
    const card = page.getByTestId(`review-item-${fix.itemCode}`);
    await card.waitFor();
    const own = await cardCodes(page);
    expect(
      own.some((code) => /^[123]\./.test(code)),
      own.join(","),
    ).toBe(false);
    await page
      .getByTestId("approval-status")
      .getByText(new RegExp(`${reviewers.zhang.name}：已通过`))
      .waitFor();

    const input = card.locator(`[data-fact="${fix.itemCode}.${fix.fact}"] input`);
    expect(await input.isEditable()).toBe(true);
    await input.fill(fix.value);
    await card.getByLabel(`${fix.itemCode} 修正原因`).fill(fix.reason);
    await card.getByRole("button", { name: /保存修正/ }).click();
    await page
      .getByTestId(`review-item-${fix.itemCode}`)
      .locator(".ant-tag", { hasText: "已修正" })
      .waitFor();
    expect(await unitStatus()).toBe("submitted");

    await page.getByRole("button", { name: /^全部确认/ }).click();
    await confirmModal(page, "全部确认");
    const accept = page.getByRole("button", { name: button("审核通过") });
    await expect.poll(() => accept.isEnabled()).toBe(true);
    await accept.click();
    const dialog = page.locator(".ant-modal-confirm");
    await dialog.getByText("其他评审员负责的部分均已通过").waitFor();
    await confirmModal(page, "审核通过");

    const status = page.getByTestId("approval-status");
    await status.getByText("全部评审员的部分均已审核通过").waitFor();
    await status.getByText(new RegExp(`${reviewers.li.name}：已通过 ${own.length} 项`)).waitFor();
    await page
      .locator(".review-summary .ant-tag", { hasText: roundUnitStatusLabels.accepted })
      .waitFor();
    expect(await unitStatus()).toBe("accepted");
    await screenshot(page, "18c-two-reviewers-accepted", { fullPage: false });
  });
});
