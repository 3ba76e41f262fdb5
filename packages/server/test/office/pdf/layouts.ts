/**
 * The rubrics the PDF reader is measured on (decision 0324): every .docx layout of the blind
 * layout rounds (already read by the .docx reader; here printed as PDF, not new sentences) and
 * four written for it — a table printed over two pages, merged cells with a note row and notes
 * under the table, a plain table (also printed without lines), and a rubric of numbered
 * paragraphs with no table. Each is built as a .docx;
 * generate.ts prints it as a PDF with LibreOffice and, through LibreOffice's HTML, with Chromium.
 */
import { blindTables } from "../heldout/blind-2026-12-tables.js";
import { blindTablesSecond } from "../heldout/blind-2026-12b-tables.js";
import { blindLayouts } from "../heldout/blind-2026-12c-tables.js";
import { blindLayoutsSecond } from "../heldout/blind-2026-12e-tables.js";
import { blindLayoutsThird } from "../heldout/blind-2026-12f-tables.js";
import { writtenLayouts, type PdfLayout } from "./written.js";

export type { PdfLayout };

/** The two printers: LibreOffice's PDF export and Chromium's print. */
export const PRODUCERS = ["libreoffice", "chromium"] as const;

const blind = [
  ...blindTables,
  ...blindTablesSecond,
  ...blindLayouts,
  ...blindLayoutsSecond,
  ...blindLayoutsThird,
]
  .filter((l) => l.kind === "docx")
  .map((l, i) => ({
    file: `blind-${String(i + 1).padStart(2, "0")}`,
    name: l.name,
    build: l.build,
  }));

/** Every rubric measured, in a fixed order (the file names are the committed PDFs'). */
export const pdfLayouts: PdfLayout[] = [...writtenLayouts, ...blind];
