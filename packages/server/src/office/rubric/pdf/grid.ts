/**
 * Tables rebuilt from a page's ruling lines (lattice): the lines that cross one another make a
 * table; the distinct positions of its horizontal and vertical lines make its grid; where a line
 * between two grid cells is missing the cells are one merged cell, read as a .docx's merges are —
 * the first (top-left) cell holds the text, the others are continuation cells. Text runs are
 * placed in the cell their middle falls in (a run crossing a column line is cut there).
 */
import type { Rule, Rules } from "./lines.js";
import { joinLines, lineText, linesOf, splitRunAt, type Run } from "./text.js";
import type { TableRow } from "../table.js";

/** A table found on a page: its box (top is the larger y) and its rows. */
export interface PageTable {
  top: number;
  bottom: number;
  left: number;
  right: number;
  rows: TableRow[];
  /** True when its side lines run on past its first (last) line: a row broken by the page. */
  openTop: boolean;
  openBottom: boolean;
}

/** How far apart two lines may be and still be one. */
const NEAR = 2;

/** Collinear pieces of line joined (borders are often drawn cell by cell). */
function joined(rules: readonly Rule[]): Rule[] {
  const sorted = [...rules].sort((p, q) => p.at - q.at || p.from - q.from);
  const out: Rule[] = [];
  for (const r of sorted) {
    const last = out.find(
      (o) => Math.abs(o.at - r.at) <= NEAR / 2 && r.from <= o.to + NEAR && r.to >= o.from - NEAR,
    );
    if (last !== undefined) {
      last.from = Math.min(last.from, r.from);
      last.to = Math.max(last.to, r.to);
    } else out.push({ ...r });
  }
  return out;
}

/** Positions within NEAR of each other as one (their mean), ascending. */
function positions(values: readonly number[]): number[] {
  const sorted = [...values].sort((p, q) => p - q);
  const groups: number[][] = [];
  for (const v of sorted) {
    const g = groups[groups.length - 1];
    if (g !== undefined && v - (g[g.length - 1] ?? v) <= NEAR) g.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((n, v) => n + v, 0) / g.length);
}

/** Groups of lines that cross or touch one another: each group with two of each kind is a table. */
function clusters(across: Rule[], down: Rule[]): { across: Rule[]; down: Rule[] }[] {
  const parent = [...across, ...down].map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  across.forEach((h, i) =>
    down.forEach((v, j) => {
      if (
        v.at >= h.from - NEAR &&
        v.at <= h.to + NEAR &&
        h.at >= v.from - NEAR &&
        h.at <= v.to + NEAR
      )
        parent[find(i)] = find(across.length + j);
    }),
  );
  const groups = new Map<number, { across: Rule[]; down: Rule[] }>();
  const groupOf = (i: number) => {
    const root = find(i);
    const g = groups.get(root) ?? { across: [], down: [] };
    groups.set(root, g);
    return g;
  };
  across.forEach((h, i) => groupOf(i).across.push(h));
  down.forEach((v, j) => groupOf(across.length + j).down.push(v));
  return [...groups.values()].filter((g) => g.across.length >= 2 && g.down.length >= 2);
}

type Group = { across: Rule[]; down: Rule[] };

/** A group's box from its horizontal lines (top, bottom) and vertical lines (left, right). */
function boxOf(g: Group) {
  const ys = g.across.map((r) => r.at);
  const xs = g.down.map((r) => r.at);
  return {
    top: Math.max(...ys),
    bottom: Math.min(...ys),
    left: Math.min(...xs),
    right: Math.max(...xs),
  };
}

/**
 * Groups side by side with the same top and bottom are one table: a cell merged down the whole
 * page (a 一级指标 going on from the page before) has no horizontal line to join its neighbours.
 */
function sideBySide(groups: Group[]): Group[] {
  const out = [...groups];
  for (let merged = true; merged;) {
    merged = false;
    for (let i = 0; i < out.length && !merged; i++)
      for (let j = i + 1; j < out.length && !merged; j++) {
        const [a, b] = [boxOf(out[i] as Group), boxOf(out[j] as Group)];
        const gap = Math.max(a.left, b.left) - Math.min(a.right, b.right);
        if (
          Math.abs(a.top - b.top) <= 2 * NEAR &&
          Math.abs(a.bottom - b.bottom) <= 2 * NEAR &&
          gap <= 200
        ) {
          const [p, q] = [out[i] as Group, out[j] as Group];
          out.splice(j, 1);
          out[i] = { across: [...p.across, ...q.across], down: [...p.down, ...q.down] };
          merged = true;
        }
      }
  }
  return out;
}

/** True when a line at `at` (within NEAR) covers the point `along`. */
const covered = (rules: readonly Rule[], at: number, along: number) =>
  rules.some((r) => Math.abs(r.at - at) <= NEAR && r.from - NEAR <= along && along <= r.to + NEAR);

/** A table of one group of lines, its runs taken out of `runs`. */
function tableOf(group: { across: Rule[]; down: Rule[] }, runs: Run[]): PageTable | undefined {
  const xs = positions(group.down.map((r) => r.at));
  const ys = positions(group.across.map((r) => r.at)).reverse();
  // Side lines running on above the first line or below the last: a row the page cut.
  const sideTop = Math.max(...group.down.map((r) => r.to));
  const sideBottom = Math.min(...group.down.map((r) => r.from));
  const openTop = sideTop > (ys[0] ?? 0) + 2 * NEAR;
  const openBottom = sideBottom < (ys[ys.length - 1] ?? 0) - 2 * NEAR;
  if (openTop) ys.unshift(sideTop);
  if (openBottom) ys.push(sideBottom);
  const rowCount = ys.length - 1;
  const colCount = xs.length - 1;
  if (rowCount < 1 || colCount < 1) return undefined;
  // Cells joined where the line between them is missing.
  const parent = Array.from({ length: rowCount * colCount }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const union = (a: number, b: number) => {
    const [p, q] = [find(a), find(b)].sort((m, n) => m - n) as [number, number];
    parent[q] = p;
  };
  for (let r = 0; r < rowCount; r++)
    for (let c = 0; c < colCount; c++) {
      const midY = ((ys[r] ?? 0) + (ys[r + 1] ?? 0)) / 2;
      const midX = ((xs[c] ?? 0) + (xs[c + 1] ?? 0)) / 2;
      if (c + 1 < colCount && !covered(group.down, xs[c + 1] ?? 0, midY))
        union(r * colCount + c, r * colCount + c + 1);
      if (r + 1 < rowCount && !covered(group.across, ys[r + 1] ?? 0, midX))
        union(r * colCount + c, (r + 1) * colCount + c);
    }
  const [left, right, top, bottom] = [xs[0] ?? 0, xs[colCount] ?? 0, ys[0] ?? 0, ys[rowCount] ?? 0];
  const inCell = new Map<number, Run[]>();
  const rest: Run[] = [];
  for (const whole of runs) {
    const middle = whole.y + whole.size * 0.3;
    if (middle > top || middle < bottom || whole.right <= left || whole.x >= right) {
      rest.push(whole);
      continue;
    }
    let pieces = [whole];
    for (const x of xs) pieces = pieces.flatMap((p) => splitRunAt(p, x));
    const r = ys.findIndex((y, i) => i < rowCount && middle <= y && middle >= (ys[i + 1] ?? y));
    for (const piece of pieces) {
      const centre = (piece.x + piece.right) / 2;
      const c = xs.findIndex((x, i) => i < colCount && centre >= x && centre <= (xs[i + 1] ?? x));
      if (r < 0 || c < 0) {
        rest.push(piece);
        continue;
      }
      const master = find(r * colCount + c);
      inCell.set(master, [...(inCell.get(master) ?? []), piece]);
    }
  }
  runs.splice(0, runs.length, ...rest);
  const rows: TableRow[] = [];
  for (let r = 0; r < rowCount; r++) {
    const row: TableRow = { cells: [], continued: [] };
    for (let c = 0; c < colCount; c++) {
      const i = r * colCount + c;
      const master = find(i);
      row.continued.push(master !== i);
      row.cells.push(master !== i ? "" : joinLines(linesOf(inCell.get(i) ?? []).map(lineText)));
    }
    rows.push(row);
  }
  const holds = (row: TableRow | undefined) => row?.cells.some((c) => c !== "") === true;
  return {
    top,
    bottom,
    left,
    right,
    rows: withoutEmptyRows(rows),
    openTop: openTop && holds(rows[0]),
    openBottom: openBottom && holds(rows[rows.length - 1]),
  };
}

/**
 * Rows holding nothing (the gap of a double border; a row every cell of which continues the row
 * above): left out. Empty columns stay — a 自评分 column is empty on every page but the first.
 */
function withoutEmptyRows(rows: TableRow[]): TableRow[] {
  return rows.filter(
    (r) =>
      !(r.cells.every((c) => c === "") && r.continued.every((c) => !c)) &&
      !r.continued.every((c) => c),
  );
}

/** The page's ruled tables, top to bottom; the runs they hold are taken out of `runs`. */
export function ruledTables(rules: Rules, runs: Run[]): PageTable[] {
  const groups = sideBySide(clusters(joined(rules.across), joined(rules.down)));
  return groups
    .map((g) => tableOf(g, runs))
    .filter((t): t is PageTable => t !== undefined && t.rows.length > 0)
    .sort((p, q) => q.top - p.top);
}
