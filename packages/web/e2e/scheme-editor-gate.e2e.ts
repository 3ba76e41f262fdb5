/**
 * An item's 否决条件 (gate) in the scheme editor, in Chromium (decision 0342). An imported item
 * may carry a gate («达到100%的得4分，未达到的不得分» read as a 已达到 fact that zeroes the item):
 * before, the editor showed no control for it — the administrator saw «未达到的，本项得 0 分» in the
 * rule's sentence and could neither change nor remove it, and every township had to answer 已达到
 * besides its rate (in the walk, 新市镇's one mis-click zeroed the item until an appeal). Now the
 * gate is a form: its fact (a 是/否 fact, by label), when it applies, its effect in words, its
 * reason; removable, and addable to an item that has none (弄虚作假的，该项不得分).
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { startScenario, stopScenario, type Scenario } from "./support/scenario";
import { apiAs, buildWorldFromFirstStart, testPassword } from "./support/setup";
import { choose, type } from "./support/scheme-editor";
import { loginToHome } from "./support/ui";

/** Two items: 1 with an imported gate on 已达到, 2 with a 弄虚作假 fact and no gate yet. */
const document = {
  id: "gate-2027",
  title: "否决条件测试方案",
  items: [
    {
      code: "1",
      title: "举报投诉处理",
      max: "4",
      standard: "举报投诉在规定时限内办结率达到100%的得4分，未达到的不得分。",
      facts: [
        { name: "rate", type: "pct", label: "办结率" },
        { name: "clear", type: "bool", label: "已达到" },
      ],
      gate: { fact: "clear", pass: true, effect: "zero", reason: "未达到，本项不得分" },
      rule: { kind: "bands", value: { fact: "rate" }, bands: [{ gte: "100", points: "4" }] },
    },
    {
      code: "2",
      title: "档案管理",
      max: "2",
      facts: [
        { name: "met", type: "bool", label: "资料齐全" },
        { name: "fraud", type: "bool", label: "弄虚作假" },
      ],
      rule: { kind: "checklist", mode: "award", items: [{ fact: "met", points: "2" }] },
    },
  ],
};

const sentence = (page: Page) => page.getByTestId("rule-sentence");
const gate = (page: Page) => page.getByTestId("gate-control");

describe("an item's 否决条件 in the scheme editor", () => {
  let scenario: Scenario;
  let page: Page;

  beforeAll(async () => {
    scenario = await startScenario();
    page = scenario.page;
    await buildWorldFromFirstStart(scenario.server.url);
  });
  afterAll(() => stopScenario(scenario));

  it("shows an imported gate as a form, changes and removes it, and adds one to another item", async () => {
    const kp = await apiAs(scenario.server.url, "kpadmin");
    const orgs = await kp.call<{ items: { id: string; name: string }[] }>(
      "GET",
      "/api/organisations?pageSize=100",
    );
    const county = orgs.items.find((o) => o.name === "示例县");
    const scheme = await kp.call<{ id: string }>("POST", "/api/schemes", {
      assessingOrganisationId: county?.id,
      from: { document },
    });

    await loginToHome(page, "kpadmin", testPassword);
    await page.goto(`/schemes/${scheme.id}`);
    await page.getByRole("tab", { name: /编辑/ }).click();
    await page.locator(".ant-tree-treenode", { hasText: "举报投诉处理" }).first().click();

    // The imported gate, in words: its fact by label, when it applies, its effect and reason.
    await gate(page).waitFor();
    await expect.poll(() => gate(page).innerText()).toContain("已达到");
    expect(await gate(page).innerText()).toContain("“已达到”为否时");
    expect(await gate(page).innerText()).toContain("本项得 0 分");
    expect(await page.locator("#gate-reason").inputValue()).toBe("未达到，本项不得分");
    const text = await gate(page).innerText();
    expect(text.match(/[A-Za-z]+/g) ?? [], "English in the gate form").toEqual([]);
    await gate(page).scrollIntoViewIfNeeded();
    await screenshot(page, "scheme-editor-gate", { fullPage: false });

    // Its effect is changed from a select, and the rule's sentence follows.
    await choose(page, "gate-effect", /一票否决/);
    await type(page, "gate-reason", "办结率未达到100%");
    await expect.poll(() => sentence(page).innerText()).toContain("实行一票否决（总分为 0 分）");

    // Removed: the sentence no longer names it.
    await gate(page)
      .getByRole("button", { name: /删除否决条件/ })
      .click();
    await expect.poll(() => sentence(page).innerText()).not.toContain("否决");
    expect(await sentence(page).innerText()).not.toContain("本项得 0 分");
    expect(await page.locator("#gate-fact").count()).toBe(0);

    // Item 2 has none: one is added through the form (弄虚作假 为是时，本项得 0 分).
    await page.locator(".ant-tree-treenode", { hasText: "档案管理" }).first().click();
    await page
      .getByTestId("item-editor")
      .getByText(/编辑 2 档案管理/)
      .waitFor();
    await gate(page)
      .getByRole("button", { name: /设置否决条件/ })
      .click();
    await choose(page, "gate-fact", "弄虚作假");
    await choose(page, "gate-when", "“弄虚作假”为是时");
    await choose(page, "gate-effect", /本项得 0 分/);
    await type(page, "gate-reason", "弄虚作假的，该项不得分");
    await expect.poll(() => sentence(page).innerText()).toContain("弄虚作假的，本项得 0 分");
    await page.getByText("校验通过").waitFor();
    await page.getByRole("button", { name: /保存草稿/ }).click();
    await page.getByText("草稿已保存").waitFor();

    const saved = await kp.call<{ draft: { items: Record<string, unknown>[] } }>(
      "GET",
      `/api/schemes/${scheme.id}`,
    );
    expect(saved.draft.items[0]?.gate).toBeUndefined();
    expect(saved.draft.items[1]?.gate).toEqual({
      fact: "fraud",
      pass: false,
      effect: "zero",
      reason: "弄虚作假的，该项不得分",
    });
  });

  it("rests a new gate on the item's only 是/否 fact and asks for its reason in Chinese", async () => {
    await page.locator(".ant-tree-treenode", { hasText: "举报投诉处理" }).first().click();
    await page
      .getByTestId("item-editor")
      .getByText(/编辑 1 举报投诉处理/)
      .waitFor();
    await gate(page)
      .getByRole("button", { name: /设置否决条件/ })
      .click();
    await expect.poll(() => gate(page).innerText()).toMatch(/请填写否决理由/);
    expect(await gate(page).innerText()).toContain("“已达到”为否时");
    // Without a reason the draft is not valid (no silent pass); the sentence turns the label round.
    await expect.poll(() => page.getByText("校验通过").count()).toBe(0);
    expect(await sentence(page).innerText()).toContain("未达到的，本项得 0 分");
    await gate(page)
      .getByRole("button", { name: /删除否决条件/ })
      .click();
    await page.getByText("校验通过").waitFor();
  });
});
