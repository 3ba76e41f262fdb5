/**
 * Importing a 评分细则 by pasting it, in a real browser (decision 0317): the assessment
 * administrator opens 从评分细则导入, chooses 粘贴表格 and pastes a table copied from a county's
 * web page (a paste event whose DataTransfer holds `text/html` with a merged cell, &nbsp; and <br>,
 * and `text/plain`); the box says what it received, 读取粘贴内容 reads it into the same proposals
 * and the same review as an upload. An empty paste is refused in Chinese before anything is sent.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { startScenario, stopScenario, type Scenario } from "./support/scenario";
import { buildWorldFromFirstStart, testPassword } from "./support/setup";
import { button, loginToHome, openRubricImport } from "./support/ui";

/** A county's 细则 as its web page shows it: a caption paragraph, a header, a group merged over two rows. */
const pageHtml = `<meta charset="utf-8"><div class="article-content">
<p style="text-align:center"><strong>东坡县2026年度医疗保障工作考核评分细则</strong></p>
<table border="1" cellspacing="0" style="border-collapse:collapse">
<tbody>
<tr><th>序号</th><th>项目</th><th>考核内容</th><th>分值</th><th>评分标准</th></tr>
<tr><td rowspan="2">一</td><td rowspan="2">参保扩面（7分）</td><td>基本医疗保险参保率</td><td>5</td>
<td>参保率达到99.8%得5分，每下降0.1%扣0.5分，扣完为止。<br>以省级平台数据为准。</td></tr>
<tr><td>业务培训</td><td>2</td><td>认真参加县级组织的业务培训和会议，缺席一次扣0.5分。&nbsp;</td></tr>
<tr><td>二</td><td>工作创新</td><td>工作创新</td><td>3</td><td>工作有创新，群众满意度高，形成良好口碑。</td></tr>
</tbody></table></div>`;

const pageText = [
  "东坡县2026年度医疗保障工作考核评分细则",
  "序号\t项目\t考核内容\t分值\t评分标准",
  "一\t参保扩面（7分）\t基本医疗保险参保率\t5\t参保率达到99.8%得5分，每下降0.1%扣0.5分，扣完为止。",
].join("\n");

/** Pastes into the focused box as the browser does on Ctrl+V: a paste event carrying a DataTransfer. */
async function pasteInto(page: Page, testId: string, data: Record<string, string>): Promise<void> {
  const box = page.getByTestId(testId);
  await box.focus();
  await box.evaluate((element, items) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(items)) transfer.setData(type, value);
    element.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, data);
}

describe("importing a rubric by pasting it, in Chromium", () => {
  let scenario: Scenario;
  let page: Page;

  beforeAll(async () => {
    scenario = await startScenario();
    page = scenario.page;
    await buildWorldFromFirstStart(scenario.server.url);
  });

  afterAll(() => stopScenario(scenario));

  it("says what was pasted, reads it and reaches the same review as an upload", async () => {
    await loginToHome(page, "kpadmin", testPassword);
    const dialog = await openRubricImport(page, "pasted-2026");
    await dialog.getByRole("tab", { name: "粘贴表格" }).click();

    // Nothing pasted yet: refused in Chinese, nothing sent.
    await dialog.getByRole("button", { name: button("读取粘贴内容") }).click();
    await page
      .locator(".ant-message")
      .getByText(/粘贴的内容是空的/)
      .waitFor();

    await pasteInto(page, "rubric-paste-box", { "text/html": pageHtml, "text/plain": pageText });
    const summary = dialog.getByTestId("rubric-paste-summary");
    await summary.getByText("已粘贴：表格 1 个，共 4 行").waitFor();
    // The box shows the pasted text, so the administrator sees what will be read.
    expect(await page.getByTestId("rubric-paste-box").inputValue()).toContain("基本医疗保险参保率");
    await screenshot(page, "44-rubric-paste", { fullPage: false });
    // In the new part, only the names of programs and a unit are not Chinese.
    const words = (await dialog.locator(".ant-tabs").innerText()).match(/[A-Za-z]+/g) ?? [];
    expect(words.filter((w) => !["Word", "WPS", "Excel", "PDF", "MB"].includes(w))).toEqual([]);

    await dialog.getByRole("button", { name: button("读取粘贴内容") }).click();
    const notes = page.locator(".ant-modal").getByTestId("import-notes");
    await notes.getByText(/共 3 项计分规则/).waitFor();
    const proposals = page.getByTestId("rubric-proposals");
    await proposals.getByText("基本医疗保险参保率").first().waitFor();
    await proposals.getByText("业务培训").first().waitFor();
    await page.getByText("已创建方案草稿：东坡县2026年度医疗保障工作考核评分细则").waitFor();
    await page.getByRole("button", { name: /打开方案，逐项复核/ }).click();
    await page.waitForURL(/\/schemes\/[0-9a-f-]{36}$/);
    const list = page.getByTestId("review-list");
    await list.locator("tbody tr.ant-table-row").nth(2).waitFor();
    await page.getByTestId("unconfirmed-count").getByText("未确认 3 项").waitFor();
    await list
      .locator("tbody tr.ant-table-row")
      .first()
      .getByText(/参保率低于 99\.8% 时，每低 0\.1 个百分点扣 0\.5 分/)
      .waitFor();
  });
});
