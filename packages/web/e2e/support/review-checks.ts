/**
 * The reviewer's round facts template, as a step of round.e2e's story: the 审核事实 workbook
 * downloaded from the review list lists every unit with a column per fact, and a workbook with
 * one bad cell is refused as a whole, the cell named in the problems table.
 */
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { screenshot } from "./browser";
import { clickDownload, openWorkbook, rowsOf } from "./downloads";
import { button } from "./ui";

export async function checkRoundFactsTemplate(
  page: Page,
  check: { column: string; itemCode: string; units: [string, ...string[]] },
) {
  const [first, ...others] = check.units;
  const template = await clickDownload(page, page.getByTestId("round-facts-template"));
  expect(template.name).toMatch(/事实导入模板\.xlsx$/);
  const workbook = await openWorkbook(template.bytes);
  const main = workbook.getWorksheet("事实填报");
  expect(main, "the template has the 事实填报 sheet").toBeDefined();
  const rows = rowsOf(main!);
  const column = rows[1]?.indexOf(check.column) ?? -1;
  const firstRow = rows.findIndex((r) => r[1] === first);
  expect(column).toBeGreaterThan(1);
  expect(firstRow).toBeGreaterThan(1);
  for (const unit of others) expect(rows.some((r) => r[1] === unit)).toBe(true);

  // A bad cell is refused as a whole, with the cell named in the table.
  main!.getRow(firstRow + 1).getCell(column + 1).value = "很多";
  const bad = Buffer.from(await workbook.xlsx.writeBuffer());
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByTestId("round-facts-import").click(),
  ]);
  await chooser.setFiles({
    name: "审核事实.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: bad,
  });
  const problems = page.getByTestId("import-problems");
  await problems.locator("tbody tr.ant-table-row").first().waitFor();
  const refused = await problems.innerText();
  expect(refused).toContain(`${check.itemCode} `);
  expect(refused).toContain(first);
  await screenshot(page, "11a-round-import-refused", { fullPage: false });
  await page
    .locator(".ant-modal-footer")
    .getByRole("button", { name: button("关闭") })
    .click();
}
