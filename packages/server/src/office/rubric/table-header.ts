/**
 * The header of a rubric table among its first rows: one to three rows (merged multi-row headers:
 * a lower cell names its column, else the merged cell above or to the left), never a title row nor
 * a row holding data; the columns it names (columns.ts) and the rows under it.
 */
import {
  detectColumns,
  looksLikePoints,
  looksLikeStandard,
  roleOfHeader,
  type Columns,
} from "./columns.js";
import type { TableRow } from "./table.js";

/** The name of column `c` in a header of several rows: its lowest own text, else the text merged across it. */
function headerName(rows: readonly TableRow[], c: number): string {
  for (let r = rows.length - 1; r >= 0; r--) {
    const row = rows[r] as TableRow;
    const t = row.cells[c] ?? "";
    if (t !== "" && row.continued[c] !== true) return t;
  }
  for (let r = rows.length - 1; r >= 0; r--) {
    const row = rows[r] as TableRow;
    if (row.continued[c] !== true) continue;
    for (let k = c - 1; k >= 0; k--)
      if (row.continued[k] !== true && (row.cells[k] ?? "") !== "") return row.cells[k] ?? "";
  }
  return "";
}

/** True when a row holds data (a points figure or a scoring sentence), so it cannot be a header. */
function holdsData(row: TableRow): boolean {
  return row.cells.some((c) => c !== "" && (looksLikePoints(c) || looksLikeStandard(c)));
}

const bare = (row: TableRow) => row.cells.map((c) => c.replace(/\s+/g, "")).join("|");

/**
 * The rows under a header without the header repeated among them (a table continued on a new
 * page whose header row was copied there): the same texts as a header row are no data.
 */
function withoutRepeats(rows: TableRow[], head: readonly TableRow[]): TableRow[] {
  const header = new Set(
    head.filter((r) => r.cells.filter((c) => c.trim() !== "").length >= 2).map(bare),
  );
  return rows.filter((r) => !header.has(bare(r)));
}

/**
 * The header among the first rows, and the rows after it (and those above it). A header is one to three rows (merged
 * multi-row headers: a lower cell names its column, else the merged cell above or to the left);
 * a title row (one text across the table) and rows holding data are never headers.
 */
export function headed(
  rows: TableRow[],
): { columns: Columns; rest: TableRow[]; names: string[]; above: TableRow[] } | undefined {
  for (let i = 0; i < Math.min(rows.length, 6); i++) {
    const row = rows[i] as TableRow;
    if (new Set(row.cells.filter((c) => c !== "")).size <= 1 || holdsData(row)) continue;
    let best: { columns: Columns; rest: TableRow[]; names: string[]; score: number } | undefined;
    for (let k = 1; k <= 3 && i + k <= rows.length; k++) {
      const lower = rows[i + k - 1] as TableRow;
      const named = lower.cells.filter(
        (c, n) => c !== "" && lower.continued[n] !== true && roleOfHeader(c) !== undefined,
      ).length;
      if (k > 1 && (holdsData(lower) || named === 0)) break;
      const head = rows.slice(i, i + k);
      const names = row.cells.map((_, c) => headerName(head, c));
      const columns = detectColumns(
        names,
        rows.slice(i + k, i + k + 40).map((r) => r.cells),
      );
      if (columns === undefined) continue;
      const score = columns.roles.size + columns.levels.length;
      // A lower row naming columns (and holding no data) belongs to the header; naming two or
      // more, it names the columns a cell merged across them groups (考核指标 over 一级指标 | 权重 …).
      if (best === undefined || score >= best.score || (k > 1 && named >= 2))
        best = { columns, rest: withoutRepeats(rows.slice(i + k), head), names, score };
    }
    if (best !== undefined)
      return { columns: best.columns, rest: best.rest, names: best.names, above: rows.slice(0, i) };
  }
  return undefined;
}

/** True when a grid has a rubric header (columns named 评分标准, 分值 … or recognised by content). */
export function hasRubricHeader(rows: TableRow[]): boolean {
  return headed(rows) !== undefined;
}
