/** Steps in the browser shared by the scenarios: login and filling one fact of the generated form. */
import { expect } from "vitest";
import type { Locator, Page } from "playwright-core";

/** Logs in through the login page (cookies cleared first, so each user starts fresh). */
export async function login(page: Page, username: string, password: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: /登\s*录/ }).click();
}

/** Logs in and waits for the home page. */
export async function loginToHome(page: Page, username: string, password: string): Promise<void> {
  await login(page, username, password);
  await page.getByText(/您好/).waitFor();
}

/** Types one scalar fact into the generated form, by its path (`4.1.rate`). */
export async function fillFact(page: Page, path: string, value: unknown): Promise<void> {
  const row = page.locator(`[data-fact="${path}"]`);
  await row.scrollIntoViewIfNeeded();
  if (typeof value === "boolean") {
    await row
      .locator("label", { hasText: value ? "是" : "否" })
      .first()
      .click();
    return;
  }
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const input = row.locator("input").first();
    await input.click();
    await input.fill(value);
    await input.press("Enter");
    return;
  }
  const input = row.locator("input").first();
  await input.fill(String(value));
  await input.blur();
}

/** Reads a number shown in an element (the live total, a subtotal). */
export async function numberIn(page: Page, testId: string): Promise<string> {
  const text = (await page.getByTestId(testId).first().innerText()).trim();
  const match = /-?\d+(\.\d+)?/.exec(text);
  expect(match, `${testId} shows a number: ${text}`).not.toBeNull();
  return match?.[0] ?? "";
}

/** A button's accessible name as a pattern: Ant Design spaces two-character labels (确 定). */
export const button = (name: string): RegExp => new RegExp(`^${name.split("").join("\\s*")}$`);

/** Clicks the named button of the confirmation dialog (or modal) on top. */
export async function confirmModal(page: Page, okName: string): Promise<void> {
  await page
    .locator(".ant-modal-confirm, .ant-modal")
    .last()
    .getByRole("button", { name: button(okName) })
    .click();
}

/**
 * Picks an option of an Ant Design select (`select`: its input, e.g. `#fact-0-type`) and checks
 * that the select then shows it. The option gets its click event directly rather than a mouse
 * click at coordinates: on a loaded machine the popup may still be sliding into place, and a
 * click at the option's old position lands on its neighbour (seen in CI: 百分比 chosen, 是/否 taken).
 */
export async function chooseOption(
  page: Page,
  select: Locator,
  option: string | RegExp,
): Promise<void> {
  const pattern = typeof option === "string" ? new RegExp(`^${escapeRegExp(option)}$`) : option;
  const root = select.locator(
    "xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' ant-select ')][1]",
  );
  for (let attempt = 1; ; attempt++) {
    await select.click();
    const item = page
      .locator(".ant-select-item-option")
      .filter({ visible: true, hasText: pattern })
      .first();
    await item.waitFor();
    await item.dispatchEvent("click");
    const shows = async () => pattern.test((await root.innerText()).trim());
    for (let wait = 0; wait < 10 && !(await shows()); wait++) await page.waitForTimeout(200);
    if (await shows()) return;
    const shown = (await root.innerText()).trim();
    if (attempt === 3) throw new Error(`选择框没有选中「${String(option)}」，显示的是「${shown}」`);
  }
}

/** A text as a pattern that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The schemes page's 从评分细则导入 dialog, opened with the new scheme's 方案编号 filled in. */
export async function openRubricImport(page: Page, code: string): Promise<Locator> {
  await page.goto("/schemes");
  await page.getByRole("button", { name: /从评分细则导入/ }).click();
  const dialog = page.locator(".ant-modal").filter({ hasText: "从评分细则导入考核方案" });
  await dialog.getByLabel("方案编号").fill(code);
  return dialog;
}
