/**
 * Tables printed without ruling lines (stream): lines whose text stands in two or more chunks
 * apart, the chunks' left edges lining up from line to line, are the rows of a table whose
 * columns start at those edges. A line with nothing in the first column, printed close under the
 * one before, is that row's text wrapping. Kept as a table only when it has a rubric header;
 * otherwise its lines stay lines.
 */
import type { TableRow } from "../table.js";
import { looksLikePoints, looksLikeStandard } from "../columns.js";
import { hasRubricHeader } from "../table-header.js";
import { centredRows, type Placed } from "./stream-centred.js";
import { lineText, type Line } from "./text.js";

/** A table read from aligned lines: its top and rows. */
export interface AlignedTable {
  top: number;
  rows: TableRow[];
}

/** A line's chunks: its runs split where the gap is wider than one and a half characters. */
function chunksOf(line: Line): Line[] {
  const chunks: Line[] = [];
  for (const run of line.runs) {
    const last = chunks[chunks.length - 1];
    if (last !== undefined && run.x - last.right < 1.5 * line.size) {
      last.runs.push(run);
      last.right = Math.max(last.right, run.right);
    } else chunks.push({ runs: [run], x: run.x, right: run.right, y: line.y, size: line.size });
  }
  return chunks;
}

/** A line's chunks cut where one of its runs starts at a column's start. */
function splitAtStarts(chunks: readonly Line[], starts: readonly number[], size: number): Line[] {
  return chunks.flatMap((chunk) => {
    const out: Line[] = [];
    for (const run of chunk.runs) {
      const last = out[out.length - 1];
      if (last !== undefined && !starts.some((s) => Math.abs(run.x - s) <= size / 2)) {
        last.runs.push(run);
        last.right = Math.max(last.right, run.right);
      } else out.push({ ...chunk, runs: [run], x: run.x, right: run.right });
    }
    return out;
  });
}

/** Left edges shared by chunks of two or more lines, ascending. */
function columnStarts(lines: readonly Line[][], size: number): number[] {
  const xs = lines
    .filter((c) => c.length >= 2)
    .flatMap((c) => c.map((k) => k.x))
    .sort((p, q) => p - q);
  const groups: number[][] = [];
  for (const x of xs) {
    const g = groups[groups.length - 1];
    if (g !== undefined && x - (g[0] ?? x) <= size) g.push(x);
    else groups.push([x]);
  }
  return groups.filter((g) => g.length >= 2).map((g) => Math.min(...g));
}

/**
 * The rows of a run of aligned lines under their columns, and how many of the lines they take (a
 * line running on over a column's start is prose under the table: it ends there); undefined when
 * it has no rubric header. Rows start where the first column holds text; where that leaves a row
 * holding a standard but no points, the cells are centred on their rows (stream-centred.ts).
 */
function rowsOf(lines: readonly Line[]): { rows: TableRow[]; used: number } | undefined {
  const size = Math.max(...lines.map((l) => l.size));
  const near = lines.map(chunksOf);
  const starts = columnStarts(near, size);
  if (starts.length < 2) return undefined;
  const columnOf = (x: number) =>
    Math.max(
      0,
      starts.findLastIndex((s) => s <= x + size / 2),
    );
  // A run starting at a column's start starts a cell, however close the text before it ends.
  const chunked = lines.map((l, i) => splitAtStarts(near[i] as Line[], starts, size));
  const across = chunked.findIndex(
    (chunks, i) =>
      i > 0 &&
      chunks.length === 1 &&
      starts.filter((s) => s > (chunks[0]?.x ?? 0) + size && (chunks[0]?.right ?? 0) > s + size)
        .length >= 2,
  );
  const used = across > 0 ? across : lines.length;
  const placed: Placed[] = chunked.slice(0, used).flatMap((chunks, i) =>
    // A chunk's own baseline: a centred cell's lines need not share the row's baselines exactly.
    chunks.map((k) => ({
      column: columnOf(k.x),
      text: lineText(k),
      y: k.runs[0]?.y ?? 0,
      line: i,
    })),
  );
  const rows: { texts: string[][]; y: number; last: number }[] = [];
  chunked.slice(0, used).forEach((chunks, i) => {
    const cols = chunks.map((k) => columnOf(k.x));
    const previous = rows[rows.length - 1];
    // A line holding a points figure is never the header's own (its cells start the data).
    const figure = rows.length === 1 && chunks.some((k) => looksLikePoints(lineText(k)));
    const wraps =
      previous !== undefined &&
      !figure &&
      !cols.includes(0) &&
      previous.y - (lines[i]?.y ?? 0) <= 1.6 * size;
    const row = wraps ? previous : { texts: starts.map((): string[] => []), y: 0, last: i };
    if (!wraps) rows.push(row);
    row.y = lines[i]?.y ?? 0;
    row.last = i;
    chunks.forEach((k, n) => row.texts[cols[n] ?? 0]?.push(lineText(k)));
  });
  const table = rows.map((r) => ({
    cells: r.texts.map((t) => t.join("")),
    continued: r.texts.map(() => false),
  }));
  if (!hasRubricHeader(table)) return undefined;
  const brokenOff = table
    .slice(1)
    .some((r) => !r.cells.some((c) => looksLikePoints(c)) && looksLikeStandard(r.cells.join("")));
  if (!brokenOff) return { rows: table, used };
  // Centred cells: the header is its first line and the lines nearer it than the first figure.
  const top = lines[0]?.y ?? 0;
  const figure = placed.find((k) => k.line > 0 && looksLikePoints(k.text))?.y ?? 0;
  // A header centred on its row: its cells' lines stand as far below its fullest line as above.
  const fullest = lines
    .slice(0, (rows[0]?.last ?? 0) + 1)
    .reduce((best, _, i) => ((near[i]?.length ?? 0) > (near[best]?.length ?? 0) ? i : best), 0);
  const middle = lines[fullest]?.y ?? top;
  const reach = middle - (top - middle) - 0.3 * size;
  const inHead = (k: Placed) =>
    k.line === 0 ||
    (k.line <= (rows[0]?.last ?? 0) && top - k.y < k.y - figure) ||
    (top > middle && k.y >= reach && k.y > figure);
  const centred = centredRows(
    placed.filter((k) => !inHead(k)),
    starts.length,
    size,
  );
  if (centred === undefined) return { rows: table, used };
  const head = starts.map((_, c) =>
    placed
      .filter((k) => inHead(k) && k.column === c)
      .map((k) => k.text)
      .join(""),
  );
  return { rows: [{ cells: head, continued: head.map(() => false) }, ...centred], used };
}

/** The page's tables printed without lines, and the lines that are not in one. */
export function alignedTables(lines: readonly Line[]): { tables: AlignedTable[]; rest: Line[] } {
  const tables: AlignedTable[] = [];
  const rest: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    let multi = 0;
    while (j < lines.length) {
      const line = lines[j] as Line;
      const many = chunksOf(line).length >= 2;
      const close = j === i || (lines[j - 1]?.y ?? 0) - line.y <= 3.5 * line.size;
      if (!close || (!many && j === i)) break;
      if (many) multi++;
      j++;
    }
    // A header cell wrapped and centred (序 / 考核内容 … / 号): its first line stands above the
    // header's line, left of its first text, closer than a line's pitch (decision 0336).
    const above = lines[i - 1];
    const first = lines[i];
    const wrapped =
      above !== undefined &&
      first !== undefined &&
      rest[rest.length - 1] === above &&
      chunksOf(above).length === 1 &&
      lineText(above).length <= 4 &&
      above.y - first.y <= first.size &&
      above.right < first.x;
    const from = wrapped ? i - 1 : i;
    const read = multi >= 3 ? rowsOf(lines.slice(from, j)) : undefined;
    if (read !== undefined) {
      if (wrapped) rest.pop();
      tables.push({ top: (lines[from]?.y ?? 0) + (lines[from]?.size ?? 0), rows: read.rows });
      i = from + read.used;
    } else {
      rest.push(lines[i] as Line);
      i++;
    }
  }
  return { tables, rest };
}
