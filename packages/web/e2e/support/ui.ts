/** Steps in the browser shared by the scenarios: login and filling one fact of the generated form. */
import { expect } from "vitest";
import type { Page } from "playwright-core";

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
