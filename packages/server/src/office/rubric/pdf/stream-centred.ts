/**
 * Rows of a table printed without lines whose cells are centred vertically (decision 0330): the
 * points column holds one figure per row, printed at the row's middle; every other column's text
 * stands in blocks of lines (a cell's wrapped lines), each block the cell of the row whose figure
 * is nearest its middle. A level column's cell merged down over several rows (基金监管（30分）
 * printed once, in the middle of its rows) is read as a .docx's merge: its text in the first row
 * of the rows it is centred on, the others continuing it. Used only where reading rows by their
 * first column leaves rows without points (stream.ts).
 */
import { looksLikePoints } from "../columns.js";
import type { TableRow } from "../table.js";
import { joinLines } from "./text.js";

/** A chunk of a line placed in its column: its text, baseline and the line it is on. */
export interface Placed {
  column: number;
  text: string;
  y: number;
  line: number;
}

/** The column holding a points figure on most lines that hold it; undefined when none. */
function pointsColumn(chunks: readonly Placed[], columns: number): number | undefined {
  let best: { column: number; count: number } | undefined;
  for (let c = 1; c < columns; c++) {
    const own = chunks.filter((k) => k.column === c);
    const count = own.filter((k) => looksLikePoints(k.text)).length;
    if (count >= 2 && count >= 0.8 * own.length && (best === undefined || count > best.count))
      best = { column: c, count };
  }
  return best?.column;
}

/** A column's chunks in blocks: lines closer than `gap` to the one before are one cell's. */
function blocksOf(chunks: readonly Placed[], gap: number): Placed[][] {
  const blocks: Placed[][] = [];
  for (const k of chunks) {
    const block = blocks[blocks.length - 1];
    const last = block?.[block.length - 1];
    if (block !== undefined && last !== undefined && last.y - k.y <= gap) block.push(k);
    else blocks.push([k]);
  }
  return blocks;
}

const middle = (block: readonly Placed[]) =>
  ((block[0]?.y ?? 0) + (block[block.length - 1]?.y ?? 0)) / 2;

/** The index of the anchor nearest to `y`. */
function nearest(anchors: readonly number[], y: number): number {
  let best = 0;
  anchors.forEach((a, i) => {
    if (Math.abs(a - y) < Math.abs((anchors[best] ?? 0) - y)) best = i;
  });
  return best;
}

/**
 * A level column's labels spread over the rows each is centred on: the rows from the one after
 * the last label's to the last whose middle with the first keeps the label nearest the centre.
 */
function spread(rows: TableRow[], c: number, anchors: readonly number[], centres: number[]): void {
  const labelled = rows.map((r, i) => (r.cells[c] !== "" ? i : -1)).filter((i) => i >= 0);
  let start = 0;
  labelled.forEach((at, n) => {
    const limit = (labelled[n + 1] ?? rows.length) - 1;
    const first = Math.min(start, at);
    let end = at;
    const off = (e: number) =>
      Math.abs(((anchors[first] ?? 0) + (anchors[e] ?? 0)) / 2 - (centres[at] ?? 0));
    for (let e = at; e <= limit; e++) if (off(e) < off(end)) end = e;
    if (n === labelled.length - 1) end = rows.length - 1;
    const text = rows[at]?.cells[c] ?? "";
    for (let r = first; r <= end; r++) {
      const row = rows[r] as TableRow;
      row.cells[c] = r === first ? text : "";
      row.continued[c] = r !== first;
    }
    start = end + 1;
  });
}

/**
 * The data rows of a table whose cells are centred: one per points figure; undefined when it has
 * no points column or a line's text cannot be placed.
 */
export function centredRows(
  chunks: readonly Placed[],
  columns: number,
  size: number,
): TableRow[] | undefined {
  const points = pointsColumn(chunks, columns);
  if (points === undefined) return undefined;
  const figures = chunks.filter((k) => k.column === points && looksLikePoints(k.text));
  const anchors = figures.map((k) => k.y);
  const rows: TableRow[] = anchors.map(() => ({
    cells: Array.from({ length: columns }, () => ""),
    continued: Array.from({ length: columns }, () => false),
  }));
  figures.forEach((k, i) => ((rows[i] as TableRow).cells[points] = k.text));
  for (let c = 0; c < columns; c++) {
    if (c === points) continue;
    const centres = anchors.map(() => 0);
    const own = chunks.filter((k) => k.column === c);
    const texts: string[][] = rows.map(() => []);
    const blocks = blocksOf(own, 1.6 * size);
    // Fewer cells than rows: a level column with cells merged down, each centred on its rows.
    const merged = blocks.length < anchors.length;
    for (const block of blocks) {
      // A block over two figures' rows is two cells whose lines touch: each line to its nearest.
      const spans = new Set(block.map((k) => nearest(anchors, k.y))).size > 1;
      const whole = spans && !merged ? block.map((k) => [k]) : [block];
      for (const part of whole) {
        const r = nearest(anchors, middle(part));
        texts[r]?.push(...part.map((k) => k.text));
        centres[r] = middle(part);
      }
    }
    texts.forEach((t, r) => ((rows[r] as TableRow).cells[c] = joinLines(t)));
    if (merged && c < points && rows.some((r) => r.cells[c] !== ""))
      spread(rows, c, anchors, centres);
  }
  return rows;
}
