/**
 * What every browser scenario starts from: a fresh `kaoping serve` whose three administrators
 * have known first passwords, and Chromium with one page on it (15 s per step at the most).
 */
import type { Page } from "playwright-core";
import { launchBrowser, type TestBrowser } from "./browser";
import { startServer, type RunningServer } from "./server";

/** The administrators' initial passwords (each scenario changes them at its first login). */
export const firstPasswords = {
  admin: "First-Pw-One-1!",
  secadmin: "First-Pw-Two-2!",
  auditadmin: "First-Pw-Three-3!",
};

/** A running server, the browser and its page. */
export interface Scenario {
  server: RunningServer;
  browser: TestBrowser;
  page: Page;
}

let running: Page | undefined;

/** The page of the scenario running now (for the failure screenshot). */
export const currentPage = (): Page | undefined => running;

/** Starts the server and the browser (`prepare` fills the data directory first). */
export async function startScenario(prepare?: (dataDir: string) => void): Promise<Scenario> {
  const server = await startServer(
    {
      KAOPING_ADMIN_PASSWORD: firstPasswords.admin,
      KAOPING_SECADMIN_PASSWORD: firstPasswords.secadmin,
      KAOPING_AUDITADMIN_PASSWORD: firstPasswords.auditadmin,
    },
    prepare,
  );
  const browser = await launchBrowser(server.url);
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  running = page;
  return { server, browser, page };
}

/** Closes the browser and stops the server (either may not have started). */
export async function stopScenario(scenario: Scenario | undefined): Promise<void> {
  await scenario?.browser.close();
  await scenario?.server.stop();
}
