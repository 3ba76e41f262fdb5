/**
 * What round.e2e checks on the published results, as steps of its story: the downloads and the
 * print view of the ranking, the score sheet with its 计分说明 and Word files, and a unit's own
 * view of the ranking. Each takes the values the engine computed, never written-down figures.
 */
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { screenshot } from "./browser";
import { clickDownload, docxDocumentXml, openWorkbook, rowsOf } from "./downloads";

/** A unit as the ranking shows it, in rank order. */
export interface RankedUnit {
  name: string;
  total: string;
}

/**
 * The published ranking: its rows in rank order with the engine's totals, the 得分汇总表 and
 * 排名表 downloads, then the ranking in print (table shown, charts and buttons not).
 */
export async function checkRanking(page: Page, ranked: RankedUnit[]) {
  await page.getByTestId("chart-ranking").locator("canvas").waitFor();
  const rows = page.getByTestId("ranking-table").locator("tbody tr.ant-table-row");
  await expect.poll(() => rows.count()).toBe(ranked.length);
  const shown = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      name: tr.querySelector("a")?.textContent ?? "",
      total: tr.querySelector('[data-testid="ranking-total"]')?.textContent ?? "",
    })),
  );
  expect(shown).toEqual(ranked);
  await screenshot(page, "14-ranking");

  // 得分汇总表: a workbook with every unit and its published total.
  const summary = await clickDownload(page, page.getByTestId("download-workbook"));
  expect(summary.name).toMatch(/得分汇总\.xlsx$/);
  const summaryRows = (await openWorkbook(summary.bytes)).worksheets.flatMap(rowsOf);
  for (const unit of ranked) {
    const row = summaryRows.find((r) => r.includes(unit.name));
    expect(row, `${unit.name} has a row in the 得分汇总表`).toBeDefined();
    expect(row?.some((cell) => cell !== "" && Number(cell) === Number(unit.total))).toBe(true);
  }

  // 排名表 alone: one sheet, the units in the order shown, each with its total.
  const rankingFile = await clickDownload(page, page.getByTestId("download-ranking"));
  expect(rankingFile.name).toMatch(/排名表\.xlsx$/);
  const rankingBook = await openWorkbook(rankingFile.bytes);
  expect(rankingBook.worksheets.map((w) => w.name)).toEqual(["排名"]);
  const rankingRows = rankingBook.worksheets.flatMap(rowsOf).slice(2);
  expect(rankingRows.map((r) => [r[1], Number(r[2])])).toEqual(
    ranked.map((u) => [u.name, Number(u.total)]),
  );

  // 打印排名表: in print, the ranking table shows and the charts and buttons do not.
  await page.emulateMedia({ media: "print" });
  expect(await page.getByTestId("ranking-table").isVisible()).toBe(true);
  expect(await page.getByTestId("chart-ranking").isVisible()).toBe(false);
  expect(await page.getByTestId("print-ranking").isVisible()).toBe(false);
  // Every column is on the page: the table is not wider than the page's content box.
  const overflow = await page.getByTestId("ranking-table").evaluate((wrapper) => {
    const table = wrapper.querySelector("table");
    return table === null ? Infinity : table.scrollWidth - wrapper.clientWidth;
  });
  expect(overflow, "the printed ranking is cut at the right").toBeLessThanOrEqual(1);
  await screenshot(page, "14-ranking-print");
  await page.emulateMedia({ media: "screen" });
}

/**
 * The open score sheet: the total and one item's score as the engine gave them, that item's
 * 计分说明 popover wholly inside the window (issue 14 defect 11: it was clipped at the right
 * edge), and the 评分表 and 自评报告 Word files naming the unit.
 */
export async function checkScoreSheet(
  page: Page,
  sheet: { unitName: string; total: string; itemCode: string; itemScore: string },
) {
  await expect.poll(() => page.getByTestId("sheet-total").innerText()).toBe(sheet.total);
  const row = page.locator(`tr[data-code="${sheet.itemCode}"]`);
  expect((await row.locator("td").last().innerText()).trim()).toBe(sheet.itemScore);
  await screenshot(page, "15-score-sheet");

  // On a small laptop window (1024 px) the score column is near the window's
  // right edge and the explanation up to 420 px wide.
  const screen = page.viewportSize();
  await page.setViewportSize({ width: 1024, height: 768 });
  await row.locator(".sheet-score-link").click();
  const popover = page.locator(".ant-popover", { hasText: "计分说明" });
  await popover.locator(".sheet-trace").waitFor();
  const box = await popover.locator(".ant-popover-container").boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x, "the 计分说明 is cut at the left").toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, "the 计分说明 is cut at the right").toBeLessThanOrEqual(1024);
  await screenshot(page, "15b-score-sheet-trace", { fullPage: false });
  await row.locator(".sheet-score-link").click();
  await popover.waitFor({ state: "hidden" });
  if (screen !== null) await page.setViewportSize(screen);

  for (const [testId, kind] of [
    ["download-score-sheet", "评分表"],
    ["download-self-report", "自评报告"],
  ] as const) {
    const doc = await clickDownload(page, page.getByTestId(testId));
    expect(doc.name).toContain(kind);
    expect(doc.name).toMatch(/\.docx$/);
    expect(doc.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(await docxDocumentXml(doc.bytes)).toContain(sheet.unitName);
  }
  await page.emulateMedia({ media: "print" });
  await screenshot(page, "16-score-sheet-print");
  await page.emulateMedia({ media: "screen" });
}

/**
 * A unit's view of the ranking (issue 14 defect 9): only its own name opens a sheet (another
 * unit's ended in 被考核单位不存在) and every 总分 is on screen, not right of columns of —.
 */
export async function checkUnitRankingView(page: Page, own: string, others: string[]) {
  const rows = page.getByTestId("ranking-table").locator("tbody tr.ant-table-row");
  await expect.poll(() => rows.count()).toBe(others.length + 1);
  await rows.filter({ hasText: own }).getByRole("link", { name: own }).waitFor();
  for (const other of others) {
    expect(await rows.filter({ hasText: other }).getByRole("link").count()).toBe(0);
  }
  const width = page.viewportSize()?.width ?? 0;
  for (const total of await page.getByTestId("ranking-total").all()) {
    const box = await total.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
  }
  await screenshot(page, "17b-results-unit-view", { fullPage: false });
}
