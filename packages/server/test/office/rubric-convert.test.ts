/** Older formats (.doc, .wps, .et) through LibreOffice, and the message when it is not installed. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertLegacy } from "../../src/office/rubric/convert.js";
import { importRubric } from "../../src/office/rubric/import-rubric.js";

const installed = (() => {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
})();

describe("older office formats", () => {
  it("names what to install when LibreOffice is missing", async () => {
    const r = await convertLegacy(Buffer.from("x"), "wps", "/nonexistent/soffice");
    expect(r).toEqual({
      ok: false,
      message: expect.stringContaining("安装 LibreOffice") as string,
    });
    expect(r.ok ? "" : r.message).toContain(".wps");
  });

  it.runIf(installed)(
    "imports a .doc (Word 97) converted by LibreOffice",
    async () => {
      // A .doc written by LibreOffice from an HTML table, as a county's old file would be.
      const dir = mkdtempSync(join(tmpdir(), "kaoping-doc-"));
      writeFileSync(
        join(dir, "rubric.html"),
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>某县医保考核细则</p><table border="1">' +
          "<tr><td>序号</td><td>项目</td><td>分值</td><td>评分标准</td></tr>" +
          "<tr><td>1</td><td>基金监管</td><td>10</td><td>发现违规使用基金的，每起扣2分，扣完为止。</td></tr>" +
          "</table></body></html>",
      );
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${dir}/p`,
          "--headless",
          "--convert-to",
          "doc:MS Word 97",
          "--outdir",
          dir,
          join(dir, "rubric.html"),
        ],
        { stdio: "ignore", timeout: 120_000 },
      );
      const result = await importRubric(readFileSync(join(dir, "rubric.doc")), "doc");
      rmSync(dir, { recursive: true, force: true });
      if (!result.ok) throw new Error(result.message);
      expect(result.proposals.map((p) => [p.code, p.title, p.kind])).toEqual([
        ["1", "基金监管", "occurrences"],
      ]);
    },
    180_000,
  );
});
