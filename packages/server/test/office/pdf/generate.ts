/**
 * Regenerates the committed test PDFs (README.md): each layout's .docx printed by LibreOffice
 * (`soffice --convert-to pdf`) and, through LibreOffice's HTML of it, by Chromium
 * (`chromium --headless --print-to-pdf`). Run: npx tsx packages/server/test/office/pdf/generate.ts
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { pdfLayouts } from "./layouts.js";

const here = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(tmpdir(), "kaoping-pdfs-"));
const soffice = (to: string, file: string) =>
  execFileSync("soffice", [
    `-env:UserInstallation=${pathToFileURL(join(work, "profile")).href}`,
    "--headless",
    "--convert-to",
    to,
    "--outdir",
    work,
    file,
  ]);
try {
  for (const layout of pdfLayouts) {
    const docx = join(work, `${layout.file}.docx`);
    writeFileSync(docx, await layout.build());
    soffice("pdf", docx);
    copyFileSync(join(work, `${layout.file}.pdf`), join(here, `${layout.file}.libreoffice.pdf`));
    soffice("html", docx);
    execFileSync(
      "chromium",
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-pdf-header-footer",
        `--print-to-pdf=${join(here, `${layout.file}.chromium.pdf`)}`,
        pathToFileURL(join(work, `${layout.file}.html`)).href,
      ],
      { stdio: "ignore" },
    );
    console.log(layout.file);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
