/**
 * Rows of a table printed without lines whose cells are centred vertically (decision 0330): the
 * points column holds one figure per row, printed at the row's middle; every other column's text
 * stands in blocks of lines (a cell's wrapped lines), each block the cell of the row whose figure
 * is nearest its middle. A level column's cell merged down over several rows (基金监管（30分）
 * printed once, in the middle of its rows) is read as a .docx's merge: its text in the first row
 * of the rows it is centred on, the others continuing it. Used only where reading rows by their
 * first column leaves rows without points (stream.ts). A table with no points column is placed
 * by its column of row numbers, printed the same way (decision 0336).
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

/** A row number alone in its cell (1, 2, 一, 二、). */
const ROW_NUMBER = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[、.．]?$/;

/**
 * Without a points column (each item's points in its text, 参保扩面（20分）), the column of row
 * numbers, each printed once at its row's middle, places the rows as the figures do (0336).
 */
function numbersColumn(chunks: readonly Placed[], columns: number): number | undefined {
  for (let c = 0; c < columns; c++) {
    const own = chunks.filter((k) => k.column === c);
    if (own.length >= 2 && own.every((k) => ROW_NUMBER.test(k.text.replace(/\s+/g, "")))) return c;
  }
  return undefined;
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
 * A block over several figures' rows is cells whose lines touch: cut before each line on a figure
 * when its first line is on one (cells at the top of their rows), after each when its last is (at
 * the bottom), else each line to its nearest figure.
 */
function cellsOf(block: readonly Placed[], anchors: readonly number[], size: number): Placed[][] {
  const on = (k: Placed | undefined) =>
    k !== undefined && anchors.some((a) => Math.abs(a - k.y) <= 0.3 * size);
  const cut = (before: boolean) => {
    const cells: Placed[][] = [];
    block.forEach((k, i) => {
      const starts = before ? on(k) : i > 0 && on(block[i - 1]);
      if (starts || cells.length === 0) cells.push([k]);
      else cells[cells.length - 1]?.push(k);
    });
    return cells;
  };
  if (on(block[0])) return cut(true);
  if (on(block[block.length - 1])) return cut(false);
  return centredCuts(block, anchors);
}

/**
 * Cells centred on their rows whose lines touch (no padding between rows): the block cut into
 * one run of lines per row it spans, each run's middle as near its row's figure as can be (the
 * cuts that make the sum of the distances least; 0336).
 */
function centredCuts(block: readonly Placed[], anchors: readonly number[]): Placed[][] {
  const spanned = [...new Set(block.map((k) => nearest(anchors, k.y)))].sort((p, q) => p - q);
  const n = block.length;
  const m = spanned.length;
  if (m < 2 || m > n) return block.map((k) => [k]);
  const cost = (from: number, to: number, row: number) =>
    Math.abs(middle(block.slice(from, to)) - (anchors[spanned[row] ?? 0] ?? 0));
  // best[j][i]: the least distance cutting the first i lines into j runs, and the last cut.
  const best = Array.from({ length: m + 1 }, () =>
    Array.from({ length: n + 1 }, () => ({ sum: Infinity, from: 0 })),
  );
  (best[0] as { sum: number; from: number }[])[0] = { sum: 0, from: 0 };
  for (let j = 1; j <= m; j++)
    for (let i = j; i <= n; i++)
      for (let f = j - 1; f < i; f++) {
        const sum = (best[j - 1]?.[f]?.sum ?? Infinity) + cost(f, i, j - 1);
        if (sum < (best[j]?.[i]?.sum ?? Infinity))
          (best[j] as { sum: number; from: number }[])[i] = { sum, from: f };
      }
  const cells: Placed[][] = [];
  let end = n;
  for (let j = m; j >= 1; j--) {
    const from = best[j]?.[end]?.from ?? 0;
    cells.unshift(block.slice(from, end));
    end = from;
  }
  return cells;
}

/** A cell's first and last lines' baselines. */
interface Edges {
  top: number;
  bottom: number;
}

/**
 * The row of a cell's lines: the row whose figure stands on its first line (cells printed at the
 * top of their rows) or on its last (at the bottom), else the one nearest its middle (centred).
 */
function rowOf(anchors: readonly number[], part: readonly Placed[], size: number): number {
  const on = (y: number) => anchors.findIndex((a) => Math.abs(a - y) <= 0.3 * size);
  const top = on(part[0]?.y ?? 0);
  if (top >= 0) return top;
  const bottom = on(part[part.length - 1]?.y ?? 0);
  return bottom >= 0 ? bottom : nearest(anchors, middle(part));
}

/**
 * A level column's labels spread over their rows: printed at the top of their rows, each runs to
 * the next label; at the bottom, from the one before; centred, over the rows from the one after the
 * last label's whose middle keeps the label nearest the centre.
 */
function spread(
  rows: TableRow[],
  c: number,
  anchors: readonly number[],
  edges: readonly Edges[],
  size: number,
): void {
  const labelled = rows.map((r, i) => (r.cells[c] !== "" ? i : -1)).filter((i) => i >= 0);
  const on = (y: number, r: number) => Math.abs((anchors[r] ?? 0) - y) <= 0.3 * size;
  const atTop = labelled.every((r) => on(edges[r]?.top ?? 0, r));
  const atBottom = !atTop && labelled.every((r) => on(edges[r]?.bottom ?? 0, r));
  let start = 0;
  labelled.forEach((at, n) => {
    const limit = (labelled[n + 1] ?? rows.length) - 1;
    const first = atTop ? at : Math.min(start, at);
    let end = at;
    const centre = ((edges[at]?.top ?? 0) + (edges[at]?.bottom ?? 0)) / 2;
    const off = (e: number) => Math.abs(((anchors[first] ?? 0) + (anchors[e] ?? 0)) / 2 - centre);
    if (atTop) end = limit;
    else if (!atBottom) for (let e = at; e <= limit; e++) if (off(e) < off(end)) end = e;
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
  const figured = pointsColumn(chunks, columns);
  const points = figured ?? numbersColumn(chunks, columns);
  if (points === undefined) return undefined;
  const figures = chunks.filter(
    (k) => k.column === points && (figured === undefined || looksLikePoints(k.text)),
  );
  const anchors = figures.map((k) => k.y);
  const rows: TableRow[] = anchors.map(() => ({
    cells: Array.from({ length: columns }, () => ""),
    continued: Array.from({ length: columns }, () => false),
  }));
  figures.forEach((k, i) => ((rows[i] as TableRow).cells[points] = k.text));
  for (let c = 0; c < columns; c++) {
    if (c === points) continue;
    const edges: Edges[] = anchors.map(() => ({ top: 0, bottom: 0 }));
    const own = chunks.filter((k) => k.column === c);
    const texts: string[][] = rows.map(() => []);
    const blocks = blocksOf(own, 1.6 * size);
    // Fewer cells than rows: a level column with cells merged down, each centred on its rows.
    const merged = c < points && blocks.length < anchors.length;
    for (const block of blocks) {
      const spans = new Set(block.map((k) => nearest(anchors, k.y))).size > 1;
      const whole = spans && !merged ? cellsOf(block, anchors, size) : [block];
      for (const part of whole) {
        const r = rowOf(anchors, part, size);
        texts[r]?.push(...part.map((k) => k.text));
        edges[r] = { top: part[0]?.y ?? 0, bottom: part[part.length - 1]?.y ?? 0 };
      }
    }
    texts.forEach((t, r) => ((rows[r] as TableRow).cells[c] = joinLines(t)));
    if (merged && c < points && rows.some((r) => r.cells[c] !== ""))
      spread(rows, c, anchors, edges, size);
  }
  return rows;
}
