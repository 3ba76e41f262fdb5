/**
 * Page furniture (decision 0330): what a printer or a Word file's header and footer put on every
 * page — a unit's name, «第 1 页 共 3 页», a browser's date, title and address — is not the
 * rubric's text. It is known by where it stands and that it repeats: a line in a page's top or
 * bottom band found, with its numbers masked, at the same height on another page. On a single
 * page too: a page number alone in the band, a line at the page's very edge set smaller than any
 * of the page's own text (a browser's date, title and address), and — set at the body's own size
 * — a line at the very edge standing apart from all the page's other lines, by more than two and
 * a half of its lines (a Word header or footer in the margin, above or below the text; 0336).
 */
import type { PdfPage } from "./extract.js";
import { lineText, linesOf, placedRuns, type Line } from "./text.js";

/** A page number or running number in the margin ("- 2 -", "第 2 页 共 5 页", "2/5"). */
export const PAGE_NUMBER =
  /^[-—–\s]*(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+(?:\s*\/\s*\d+)?|共\s*\d+\s*页\s*第\s*\d+\s*页)[-—–\s]*$/;

/** The share of a page's height at its top and at its bottom where headers and footers stand. */
const BAND = 0.12;

/** The share of a page's height at its very edges, where only a printer's own lines stand. */
const EDGE = 0.06;

/** How far, in lines of its own size, a header or footer stands from the page's text. */
const APART = 2.5;

/** A line of a page's band: its height and its text with numbers masked. */
interface BandLine {
  y: number;
  size: number;
  key: string;
}

const keyOf = (text: string) => text.replace(/\s+/g, "").replace(/\d+/g, "#");

/** The box of a page: its bottom and top. */
function boxOf(page: PdfPage): { bottom: number; top: number } {
  const [, bottom = 0, , top = 842] = page.view;
  return { bottom, top };
}

/** True when a line stands in the page's top or bottom band. */
function inBand(line: Line, box: { bottom: number; top: number }): boolean {
  const band = (box.top - box.bottom) * BAND;
  return line.y < box.bottom + band || line.y + line.size > box.top - band;
}

function bandLines(page: PdfPage): BandLine[] {
  const box = boxOf(page);
  return linesOf(placedRuns(page.runs))
    .filter((l) => inBand(l, box))
    .map((l) => ({ y: l.y, size: l.size, key: keyOf(lineText(l)) }));
}

/** Tells, for a page's line, whether it is furniture. */
export type IsFurniture = (line: Line, page: PdfPage) => boolean;

/** The furniture of a document's pages: band lines repeated across pages, and page numbers. */
export function furnitureOf(pages: readonly PdfPage[]): IsFurniture {
  const bands = pages.map(bandLines);
  const lines = pages.map((page) => linesOf(placedRuns(page.runs)));
  const smallest = pages.map((page, p) => {
    const box = boxOf(page);
    const own = (lines[p] ?? []).filter((l) => !inBand(l, box));
    return Math.min(...own.map((l) => l.size));
  });
  // True when no other line of the page stands within APART of the line's own size.
  const apart = (line: Line, p: number) => {
    // The line itself, as the page's lines hold it: the same baseline and text.
    const itself = (l: Line) => Math.abs(l.y - line.y) < 0.1 && lineText(l) === lineText(line);
    const others = (lines[p] ?? []).filter((l) => !itself(l));
    return (
      others.length > 0 &&
      others.every((l) => Math.abs(l.y - line.y) >= APART * Math.max(line.size, l.size))
    );
  };
  return (line, page) => {
    const box = boxOf(page);
    if (!inBand(line, box)) return false;
    const text = lineText(line);
    if (PAGE_NUMBER.test(text)) return true;
    const edge = (box.top - box.bottom) * EDGE;
    const atEdge = line.y < box.bottom + edge || line.y + line.size > box.top - edge;
    if (atEdge && line.size < 0.85 * (smallest[pages.indexOf(page)] ?? 0)) return true;
    if (atEdge && apart(line, pages.indexOf(page))) return true;
    const key = keyOf(text);
    const own = pages.indexOf(page);
    return bands.some(
      (band, p) =>
        p !== own &&
        band.some((b) => b.key === key && Math.abs(b.y - line.y) <= 0.5 * Math.max(b.size, 1)),
    );
  };
}
