/**
 * The scheme's 说明 in a real browser (decision 0335): an imported 细则's note that says nothing of
 * scoring is told once in the import's account («已作为方案说明保留»), shown under the review
 * list and in the editor as plain text the administrator edits, saved with the draft, and shown
 * under the score sheet preview as the printed sheet has it. No English on these screens.
 */
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { startScenario, stopScenario, type Scenario } from "./support/scenario";
import { buildWorldFromFirstStart, testPassword } from "./support/setup";
import { button, loginToHome, openRubricImport } from "./support/ui";

const note = "注：本细则由县医疗保障局负责解释，考核数据截至当年11月30日。";

/** A two-item 细则 with a note row under its table, merged across. */
async function rubricXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("评分细则");
  sheet.addRows([
    ["序号", "项目", "分值", "评分标准"],
    ["1", "档案管理", "5", "档案缺失的，每份扣1分。"],
    ["2", "业务培训", "5", "缺席县级业务培训一次扣0.5分。"],
    [note, "", "", ""],
  ]);
  sheet.mergeCells("A4:D4");
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const descriptionBox = (page: Page) =>
  page.getByTestId("scheme-description").filter({ visible: true }).getByLabel("方案说明");

describe("the scheme's 说明 in Chromium", () => {
  let scenario: Scenario;
  let page: Page;

  beforeAll(async () => {
    scenario = await startScenario();
    page = scenario.page;
    await buildWorldFromFirstStart(scenario.server.url);
  });

  afterAll(() => stopScenario(scenario));

  it("keeps an imported note as the 说明, edits it as text, saves it and shows it under the score sheet", async () => {
    await loginToHome(page, "kpadmin", testPassword);
    const dialog = await openRubricImport(page, "notes-2027");
    await dialog.locator("input[type=file]").setInputFiles({
      name: "评分细则.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await rubricXlsx(),
    });
    await dialog.getByRole("button", { name: button("导入") }).click();
    const notes = page.locator(".ant-modal").getByTestId("import-notes");
    await notes.getByText(/已作为方案说明保留（1条）：注：本细则由县医疗保障局负责解释/).waitFor();
    expect(await notes.innerText()).not.toContain("未导入");
    await page.getByRole("button", { name: /打开方案，逐项复核/ }).click();
    await page.waitForURL(/\/schemes\/[0-9a-f-]{36}$/);

    // Under the review list: the note as written, editable.
    await expect.poll(() => descriptionBox(page).inputValue()).toBe(note);
    await screenshot(page, "44-scheme-description-review");
    const tabs = await page.locator(".ant-tabs").first().innerText();
    expect(tabs.match(/[A-Za-z]+/g) ?? [], "English on the review tab").toEqual([]);

    // In the editor: a line added, saved with the draft, read back after a reload.
    await page.getByRole("tab", { name: "编辑" }).click();
    const edited = `${note}\n各乡镇于12月10日前报送自评表。`;
    await descriptionBox(page).fill(edited);
    await page.getByRole("button", { name: button("保存草稿") }).click();
    await page.getByText("草稿已保存").waitFor();
    await page.reload();
    await page.getByRole("tab", { name: "编辑" }).click();
    await expect.poll(() => descriptionBox(page).inputValue()).toBe(edited);
    await screenshot(page, "45-scheme-description-editor");

    // The score sheet preview prints it under the table, a line a paragraph.
    await page.getByRole("tab", { name: "评分表预览" }).click();
    const printed = page.getByTestId("sheet-description");
    await printed.getByText(note).waitFor();
    await printed.getByText("各乡镇于12月10日前报送自评表。").waitFor();
    await screenshot(page, "46-scheme-description-sheet", { fullPage: true });
  });
});
