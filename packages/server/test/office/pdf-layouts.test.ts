/**
 * A 评分细则 as a PDF reads as its .docx does (decision 0324): for every layout (test/office/pdf)
 * and both printers — LibreOffice's export and Chromium's print — the draft from the PDF has the
 * same items, points, rules and warnings as the draft from the .docx. Plus a table printed with
 * no lines at all (read by its text's alignment).
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { draftOfFile } from "./pdf/compare.js";
import { pdfLayouts, PRODUCERS } from "./pdf/layouts.js";

const pdfOf = (name: string) => readFile(new URL(`./pdf/${name}.pdf`, import.meta.url));

describe("PDF rubrics read as their .docx", () => {
  const cases = pdfLayouts.flatMap((l) => PRODUCERS.map((p) => [l.file, p, l] as const));

  it.each(cases)("%s printed by %s", async (file, producer, layout) => {
    const docx = await draftOfFile(await layout.build(), "docx");
    expect(typeof docx).toBe("object");
    expect(await draftOfFile(await pdfOf(`${file}.${producer}`), "pdf")).toEqual(docx);
  });

  it("a table printed without lines (Chromium, borders taken out) reads as the .docx", async () => {
    const plain = pdfLayouts.find((l) => l.file === "plain");
    if (plain === undefined) throw new Error("no plain layout");
    const docx = await draftOfFile(await plain.build(), "docx");
    const pdf = await draftOfFile(await pdfOf("plain.lineless"), "pdf");
    expect(pdf).toEqual(docx);
    expect(typeof pdf === "object" && pdf.items).toHaveLength(4);
  });
});
