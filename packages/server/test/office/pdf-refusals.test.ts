/**
 * PDFs the rubric reader refuses, in Chinese (decision 0324): a scan (no text), an encrypted file,
 * a file named .pdf that is not one, too many pages, a parse that does not finish in time.
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { readPdfRubric, SCANNED } from "../../src/office/rubric/pdf/read.js";
import { docxOf } from "./layout-files.js";

const pdfOf = (name: string) => readFile(new URL(`./pdf/${name}.pdf`, import.meta.url));

async function refusal(bytes: Buffer, limits?: { pages: number; millis: number }) {
  const read = await readPdfRubric(bytes, limits);
  if (typeof read !== "string") throw new Error("read");
  return read;
}

describe("PDF rubrics refused", () => {
  it("a scan (a page's picture, no text) → 扫描件: use the Word/Excel original or paste", async () => {
    const result = await importRubric(await pdfOf("scan"), "pdf");
    expect(result).toEqual({ ok: false, message: SCANNED });
    expect(SCANNED).toMatch(/扫描件/);
    expect(SCANNED).toMatch(/Word\/Excel/);
  });

  it("an encrypted PDF (a password to open it)", async () => {
    expect(await refusal(await pdfOf("encrypted"))).toMatch(/^PDF 文件已加密/);
  });

  it("a file named .pdf that is not one (a .docx; text)", async () => {
    const docx = await docxOf(["某县评分细则"]);
    expect(await refusal(docx)).toMatch(/不是有效的 PDF 文件（文件头不是 %PDF-）/);
    expect(await refusal(Buffer.from("hello"))).toMatch(/文件头不是 %PDF-/);
    expect(await refusal(Buffer.from("%PDF-1.7\n garbage"))).toMatch(/不是有效的 PDF 文件/);
  });

  it("more pages than the limit, saying how many", async () => {
    const two = await pdfOf("two-pages.libreoffice");
    expect(await refusal(two, { pages: 1, millis: 30_000 })).toMatch(
      /^PDF 文件共 \d+ 页，超过评分细则导入的上限 1 页/,
    );
  });

  it("a parse that does not finish in time is stopped and refused", async () => {
    const two = await pdfOf("two-pages.chromium");
    expect(await refusal(two, { pages: 60, millis: 1 })).toMatch(/未能读完.*已停止读取/);
  });
});
