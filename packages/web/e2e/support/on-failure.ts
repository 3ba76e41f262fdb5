/**
 * The browser tests' setup file: when a test fails, the page of the running scenario is saved as
 * `failed-<file>-<test>.png` beside the other screenshots, so a failure in CI shows what the
 * browser showed, not only the locator that timed out.
 */
import { join } from "node:path";
import { afterEach } from "vitest";
import { screenshotDir } from "./browser";
import { currentPage } from "./scenario";

afterEach(async (context) => {
  const page = currentPage();
  if (context.task.result?.state !== "fail" || page === undefined || page.isClosed()) return;
  const file = context.task.file.name.replace(/^.*\//, "").replace(/\.e2e\.ts$/, "");
  const test = context.task.name.replace(/[^\p{L}\p{N}]+/gu, "-").slice(0, 60);
  await page
    .screenshot({ path: join(screenshotDir, `failed-${file}-${test}.png`), fullPage: true })
    .catch(() => undefined);
});
