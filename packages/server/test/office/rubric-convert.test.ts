/**
 * Older formats (.doc, .wps, .et) through LibreOffice, and the message when it is not installed.
 * The conversion tests run only where LibreOffice (soffice) is installed — skipped otherwise,
 * because without it there is nothing to convert with (the message test still runs).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertLegacy } from "../../src/office/rubric/convert.js";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { staffWorkbook } from "./heldout/sheet-cells.js";
import { docxOf } from "./layout-files.js";
import { sofficeConvert, sofficeInstalled } from "./legacy-files.js";

/** code, title, max and rule kind of every item, depth first. */
function outline(
  items: readonly {
    code: string;
    title: string;
    max: string;
    rule?: { kind: string };
    children?: unknown[];
  }[],
): string[] {
  return items.flatMap((i) => [
    `${i.code} ${i.title} ${i.max}${i.rule !== undefined ? ` ${i.rule.kind}` : ""}`,
    ...outline((i.children ?? []) as typeof items),
  ]);
}

const installed = sofficeInstalled;

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

  it.skipIf(!installed)(
    "a .doc (and the same bytes as .wps) saved by LibreOffice from a .docx imports like the .docx: merged group cells, a captioned 加分 table",
    async () => {
      const docx = await docxOf([
        "平川县医保工作考核细则",
        [
          ["考核项目", "考核内容", "分值", "评分标准"],
          [
            { text: "一、基金监管（10分）", rowSpan: 2 },
            "1.内控制度健全",
            "4",
            "未建立内控制度的扣4分。",
          ],
          ["2.违规查处", "6", "发现违规使用基金的，每起扣2分，扣完为止。"],
          ["二、经办服务（6分）", "1.办理时限", "6", "超时办结的，每件扣1分。"],
        ],
        "加分项目（最多加2分）",
        [
          ["序号", "项目", "评分标准"],
          ["1", "经验推广", "工作经验被市级以上推广的，每次加1分。"],
        ],
      ]);
      const fromDocx = await importRubric(docx, "docx");
      if (!fromDocx.ok) throw new Error(fromDocx.message);
      const doc = sofficeConvert(docx, "docx", "doc", "doc:MS Word 97");
      // A Word 97 file: the OLE compound-document signature, not a zip.
      expect(doc.subarray(0, 4).toString("hex")).toBe("d0cf11e0");
      for (const kind of ["doc", "wps"] as const) {
        const result = await importRubric(doc, kind);
        if (!result.ok) throw new Error(result.message);
        expect(outline(result.document.items as never)).toEqual(
          outline(fromDocx.document.items as never),
        );
      }
      expect(outline(fromDocx.document.items as never)).toEqual([
        "1 基金监管 10",
        "1.1 内控制度健全 4 checklist",
        "1.2 违规查处 6 occurrences",
        "2 经办服务 6 occurrences",
        "3 加分项目 2",
        "3.1 经验推广 2 occurrences",
      ]);
    },
    300_000,
  );

  it.skipIf(!installed)(
    "an .et written by LibreOffice from a staff workbook (its MS Excel 97 filter) imports like the .xlsx: percent shares, a hidden row, the file's name (decision 0323)",
    async () => {
      const xlsx = await staffWorkbook([
        {
          name: "Sheet1",
          rows: [
            ["序号", "考核指标", "分值", "评分标准"],
            [1, "参保扩面", { v: 0.6, fmt: "0%" }, "参保率每低1个百分点扣1分。"],
            [2, "已停用指标", { v: 0.1, fmt: "0%" }, "未完成的扣5分。"],
            [3, "经办服务", { v: 0.4, fmt: "0.0%" }, "超时办结的，每件扣1分。"],
          ],
          hiddenRows: [3],
        },
      ]);
      const options = { fileName: "石门县医保考核表.et" };
      const fromXlsx = await importRubric(xlsx, "xlsx", options);
      if (!fromXlsx.ok) throw new Error(fromXlsx.message);
      const et = sofficeConvert(xlsx, "xlsx", "et", "et");
      // LibreOffice has no WPS writer: «et» is its Excel 97 filter (an OLE compound document).
      expect(et.subarray(0, 4).toString("hex")).toBe("d0cf11e0");
      const result = await importRubric(et, "et", options);
      if (!result.ok) throw new Error(result.message);
      expect(result.document.title).toBe("石门县医保考核表");
      expect(outline(result.document.items as never)).toEqual(
        outline(fromXlsx.document.items as never),
      );
      expect(outline(result.document.items as never)).toEqual([
        "1 参保扩面 60 steps",
        "3 经办服务 40 occurrences",
      ]);
      expect(result.summary.warnings.join("|")).toContain("隐藏的行未导入：第3行");
    },
    300_000,
  );
});
