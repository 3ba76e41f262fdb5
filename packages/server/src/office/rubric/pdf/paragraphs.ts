/**
 * A PDF's printed lines outside its tables joined into the paragraphs they were written as
 * (decisions 0324, 0330). A line goes on on the next when it runs from the text's left edge (or a
 * first-line indent) to its right edge, or stops after a comma, without a full stop; the next
 * line must then start at the left edge — an indented line, a numbered one (1. 一、) or one far
 * below (a gap of more than two lines) starts a paragraph of its own. A right-aligned line (a
 * signature, a date) or a centred one does not reach from the left edge, so it ends where it stops.
 */
import { NUMBERED } from "./text.js";

/** A printed line: its text, where it stands and how it starts. */
export interface PrintedLine {
  line: string;
  top: number;
  /** Its left and right edges, baseline and font size. */
  x: number;
  right: number;
  y: number;
  size: number;
  /** The page's text edges: the leftmost and rightmost any text reaches. */
  left: number;
  edge: number;
  /** True when it starts with spaces printed as its indent (a Word paragraph's full-width spaces). */
  spaced: boolean;
  page: number;
}

/** Terminal punctuation: a line ending with it ends its paragraph. */
export const ENDS = /[。；;！!？?：:]\s*$/;

/** True when a line starts at the text's left edge, not indented. */
const atLeft = (l: PrintedLine) => !l.spaced && l.x <= l.left + 0.5 * l.size;

/** True when a line fills its measure: from the left edge or an indent of a few characters to the right edge. */
const fills = (l: PrintedLine) => l.x <= l.left + 4 * l.size && l.right >= l.edge - 2 * l.size;

/** Paragraphs of printed lines, in order. */
export function paragraphsOf(lines: readonly PrintedLine[]): string[] {
  const out: string[] = [];
  let previous: PrintedLine | undefined;
  for (const l of lines) {
    const open =
      previous !== undefined &&
      !ENDS.test(previous.line) &&
      (fills(previous) || /[，,、]$/.test(previous.line));
    const near =
      previous === undefined || previous.page !== l.page || previous.y - l.y <= 3.2 * l.size;
    if (open && near && atLeft(l) && !NUMBERED.test(l.line) && out.length > 0)
      out[out.length - 1] += l.line;
    else out.push(l.line);
    previous = l;
  }
  return out;
}
