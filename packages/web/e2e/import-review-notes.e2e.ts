/**
 * An imported item's 请核对 where it is corrected (decision 0342). In the walk, 7.1 经验推广 carried
 * «国家级的分值未写明：暂按下一级的分值计，请核对» on the review list; 修改 opened the item in the editor,
 * which did not repeat it — the administrator corrected the 国家级 field with the note out of
 * sight. Now every note the review list shows under an item is shown at the top of its editor.
 */
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { startScenario, stopScenario, type Scenario } from "./support/scenario";
import { buildWorldFromFirstStart, testPassword } from "./support/setup";
import { button, loginToHome, openRubricImport } from "./support/ui";

/** A 加分 item naming two levels of three (the third's points are the import's guess). */
async function rubricXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("评分细则");
  sheet.addRows([
    ["序号", "项目", "分值", "评分标准"],
    ["1", "会议培训", "3", "缺席县局会议一次扣0.5分，扣完为止。"],
    ["2", "经验推广", "3", "工作经验被省级医保部门推广的加3分，被市级推广的加2分。"],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("an imported item's 请核对 in its editor", () => {
  let scenario: Scenario;
  let page: Page;

  beforeAll(async () => {
    scenario = await startScenario();
    page = scenario.page;
    await buildWorldFromFirstStart(scenario.server.url);
  });
  afterAll(() => stopScenario(scenario));

  it("repeats the review list's notes of an item at the top of the item's editor", async () => {
    await loginToHome(page, "kpadmin", testPassword);
    const dialog = await openRubricImport(page, "notes-2027");
    await dialog.locator("input[type=file]").setInputFiles({
      name: "评分细则.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await rubricXlsx(),
    });
    await dialog.getByRole("button", { name: button("导入") }).click();
    await page.getByRole("button", { name: /打开方案，逐项复核/ }).click();
    await page.waitForURL(/\/schemes\/[0-9a-f-]{36}$/);

    const list = page.getByTestId("review-list");
    const row = list.locator("tbody tr.ant-table-row", { hasText: "经验推广" });
    await row.waitFor();
    const notes = (await row.locator(".fact-error").allInnerTexts()).map((n) => n.trim());
    expect(notes.length, "the import asks to check something of 经验推广").toBeGreaterThan(0);

    await row.getByRole("button", { name: button("修改") }).click();
    const shown = page.getByTestId("item-editor").getByTestId("item-import-notes");
    await shown.waitFor();
    for (const note of notes) expect(await shown.innerText()).toContain(note);
    await screenshot(page, "import-review-notes-in-editor", { fullPage: false });

    // An item the import had nothing to say about shows no such box.
    await page.locator(".ant-tree-treenode", { hasText: "会议培训" }).first().click();
    await page
      .getByTestId("item-editor")
      .getByText(/编辑 1 会议培训/)
      .waitFor();
    expect(await page.getByTestId("item-import-notes").count()).toBe(0);
  });
});
