/**
 * Regenerates the committed test PDFs (README.md): each layout's .docx printed by LibreOffice
 * (`soffice --convert-to pdf`) and, through LibreOffice's HTML of it, by Chromium
 * (`chromium --headless --print-to-pdf`); the plain table also printed by Chromium with its lines
 * taken out; an image-only PDF (a scan) and a password-protected one.
 * Run: npx tsx packages/server/test/office/pdf/generate.ts [layout file names…]
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { pdfLayouts, type PdfLayout } from "./layouts.js";

const here = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(tmpdir(), "kaoping-pdfs-"));
const only = process.argv.slice(2);

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

const chromium = (...args: string[]) =>
  execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", ...args], {
    stdio: "ignore",
  });

const print = (html: string, pdf: string) =>
  chromium("--no-pdf-header-footer", `--print-to-pdf=${pdf}`, pathToFileURL(html).href);

try {
  for (const layout of pdfLayouts.filter((l) => only.length === 0 || only.includes(l.file))) {
    const docx = join(work, `${layout.file}.docx`);
    writeFileSync(docx, await layout.build());
    soffice("pdf", docx);
    copyFileSync(join(work, `${layout.file}.pdf`), join(here, `${layout.file}.libreoffice.pdf`));
    soffice("html", docx);
    const html = join(work, `${layout.file}.html`);
    print(html, join(here, `${layout.file}.chromium.pdf`));
    if (layout.file === "plain") {
      const lineless = join(work, "plain-lineless.html");
      writeFileSync(
        lineless,
        readFileSync(html, "utf8").replace(/border[-a-z]*:[^;"]*/g, "border: none"),
      );
      print(lineless, join(here, "plain.lineless.pdf"));
    }
    console.log(layout.file);
  }
  if (only.length === 0 || only.includes("scan")) {
    // A scan: a rubric's page as a picture, in a PDF with no text.
    const sample = join(work, "sample.docx");
    writeFileSync(sample, await (pdfLayouts[0] as PdfLayout).build());
    soffice("html", sample);
    const page = join(work, "page.png");
    chromium(
      `--screenshot=${page}`,
      "--window-size=800,600",
      pathToFileURL(join(work, "sample.html")).href,
    );
    writeFileSync(join(work, "scan.html"), `<img src="page.png" style="width:100%">`);
    print(join(work, "scan.html"), join(here, "scan.pdf"));
    // Encrypted: LibreOffice's export with a password to open it.
    soffice(
      `pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"kaoping"}}`,
      sample,
    );
    copyFileSync(join(work, "sample.pdf"), join(here, "encrypted.pdf"));
    console.log("scan, encrypted");
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
