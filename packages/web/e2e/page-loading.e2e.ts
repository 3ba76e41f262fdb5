/**
 * Issue 14 defect 11: pages were blank for a moment after login — a page opened directly (a
 * reload, a bookmark, the next page after logging in) showed a lone spinner on a white screen
 * until the session check answered, then an empty content area until the page's data came.
 * With the API held back, the app must show its frame and 正在加载… at once (decision 0255).
 */
import type { Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiUser } from "./support/api-client";
import { screenshot } from "./support/browser";
import { startScenario, stopScenario, type Scenario } from "./support/scenario";
import { buildWorldFromFirstStart, createTownshipRound, testPassword } from "./support/setup";
import { loginToHome } from "./support/ui";

/** A gate the routed API requests wait at until `open()` is called. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = () => {};
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

describe("a page opened on a slow network in Chromium", () => {
  let scenario: Scenario;
  let page: Page;
  let roundId = "";
  const title = "2026年度乡镇医保工作目标考核";

  beforeAll(async () => {
    scenario = await startScenario();
    page = scenario.page;
    const url = scenario.server.url;
    const { world } = await buildWorldFromFirstStart(url);
    const kp = new ApiUser(url);
    await kp.login("kpadmin", testPassword);
    roundId = (await createTownshipRound(kp, world, "township-loading", {})).id;
  }, 300_000);

  afterAll(() => stopScenario(scenario));

  it("shows the frame and 正在加载… while the session and the page's data are on the way", async () => {
    await loginToHome(page, "kpadmin", testPassword);
    const session = gate();
    const rest = gate();
    await page.route("**/api/**", async (route: Route) => {
      const path = new URL(route.request().url()).pathname;
      await (path === "/api/auth/session" ? session.wait : rest.wait);
      await route.continue();
    });
    const loading = page.getByRole("status").filter({ hasText: "正在加载" });

    // Nothing has answered yet: the frame (logo, system name) and the loading words.
    await page.goto(`/rounds/${roundId}`);
    await loading.waitFor();
    await page.locator(".app-sider .app-logo", { hasText: "考评" }).waitFor();
    expect(await page.getByTestId("system-name").innerText()).not.toBe("");
    await screenshot(page, "19a-loading-before-session", { fullPage: false });

    // The session is known, the round is not: the menu is there and the page still says so.
    session.open();
    await page.locator(".app-sider").getByRole("link", { name: "考核任务" }).waitFor();
    await loading.waitFor();
    expect(await page.getByText(title).count()).toBe(0);
    await screenshot(page, "19b-loading-page-data", { fullPage: false });

    rest.open();
    await page.getByText(title).first().waitFor();
    await expect.poll(() => loading.count()).toBe(0);
    await page.unroute("**/api/**");
  });
});
