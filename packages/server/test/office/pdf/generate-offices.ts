/**
 * Prints the blind set of decision 0330 (offices-docx.ts by LibreOffice, offices-html.ts by
 * Chromium) into office-*.pdf beside this file; the stamp is a red seal drawn by Chromium. Also
 * the lineless table with its cells at the top and at the bottom of their rows and with no padding,
 * and the outline on one page with the browser's header and footer (written after the fix, not
 * blind: they keep the general forms read).
 * Run: npx tsx packages/server/test/office/pdf/generate-offices.ts
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { furniture, landscape, redHead } from "./offices-docx.js";
import { officeVariants } from "./offices-expected.js";
import { landscapeRepeated, linelessMerged, outline } from "./offices-html.js";

const here = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(tmpdir(), "kaoping-office-pdfs-"));

const chromium = (...args: string[]) =>
  execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", ...args], {
    stdio: "ignore",
  });

/** Chromium's print of an HTML page; `furniture` keeps the browser's own header and footer. */
function printHtml(name: string, html: string, furniture = false) {
  const file = join(work, `${name}.html`);
  writeFileSync(file, html);
  const pdf = join(here, `${name}.pdf`);
  chromium(
    ...(furniture ? [] : ["--no-pdf-header-footer"]),
    `--print-to-pdf=${pdf}`,
    pathToFileURL(file).href,
  );
}

/** LibreOffice's PDF export of a .docx. */
function printDocx(name: string, docx: Buffer) {
  const file = join(work, `${name}.docx`);
  writeFileSync(file, docx);
  execFileSync("soffice", [
    `-env:UserInstallation=${pathToFileURL(join(work, "profile")).href}`,
    "--headless",
    "--convert-to",
    "pdf",
    "--outdir",
    work,
    file,
  ]);
  copyFileSync(join(work, `${name}.pdf`), join(here, `${name}.pdf`));
}

function stamp(): Buffer {
  const svg = join(work, "stamp.html");
  writeFileSync(
    svg,
    `<body style="margin:0"><svg width="200" height="200"><circle cx="100" cy="100" r="90" fill="none" stroke="red" stroke-width="8"/><text x="100" y="115" font-size="48" text-anchor="middle" fill="red">★</text></svg></body>`,
  );
  const png = join(work, "stamp.png");
  chromium(
    `--screenshot=${png}`,
    "--window-size=200,200",
    "--default-background-color=00000000",
    pathToFileURL(svg).href,
  );
  return readFileSync(png);
}

try {
  printDocx("office-furniture", await furniture());
  printDocx("office-landscape", await landscape());
  printDocx("office-red-head", await redHead(stamp()));
  printHtml("office-outline", outline(), true);
  printHtml("office-lineless-merged", linelessMerged());
  printHtml("office-landscape-repeated", landscapeRepeated());
  for (const [name, align, padding] of officeVariants)
    printHtml(name, linelessMerged(align, padding));
  printHtml("office-outline-one-page", outline(true), true);
  console.log("office-*.pdf");
} finally {
  rmSync(work, { recursive: true, force: true });
}
