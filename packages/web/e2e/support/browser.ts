/** Debian's Chromium driven by playwright-core (never a downloaded browser), one fresh profile per run. */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Where screenshots go (gitignored). */
export const screenshotDir = fileURLToPath(
  new URL("../../../../artifacts/screenshots/", import.meta.url),
);

/** A browser with one page per user. */
export interface TestBrowser {
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
  /** Console errors and CSP violations seen so far. */
  problems: string[];
}

/** Launches Chromium with a fresh user-data-dir. */
export async function launchBrowser(baseURL: string): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "kaoping-chromium-"));
  mkdirSync(screenshotDir, { recursive: true });
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    baseURL,
    viewport: { width: 1440, height: 900 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    // The app turns its animations off for users who ask for less motion (decision 0253): a
    // popup still growing into place cannot take a click meant for where it ends up.
    reducedMotion: "reduce",
  });
  const problems: string[] = [];
  context.on("console", (message) => {
    const text = message.text();
    // 401 on the first session check is how the app learns nobody is logged in.
    if (message.type() === "error" && !/status of 401/.test(text)) problems.push(text);
  });
  context.on("weberror", (error) => problems.push(String(error.error())));
  return {
    newPage: async () => {
      // Each user gets a fresh cookie store: a separate context in the same browser.
      await context.clearCookies();
      return context.pages()[0] ?? context.newPage();
    },
    problems,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot `NN-name.png` (the whole page, or only the window for dialogs). */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  // Let message toasts and dialog animations settle so the picture shows the resting screen.
  await page.waitForTimeout(400);
  await page.screenshot({
    path: join(screenshotDir, `${name}.png`),
    fullPage: options.fullPage ?? true,
  });
}
