/**
 * The ruling lines a PDF page draws: paths stroked or filled, under the transformation in force
 * (save/restore/transform), kept where they are horizontal or vertical — a stroked line, a thin
 * filled rectangle (how browsers draw a cell's border), the edges of a stroked rectangle. A large
 * filled rectangle is a background, not a line.
 */
import type { PdfOp } from "./extract.js";

/** A horizontal line at `at` from `from` to `to`, or a vertical one. */
export interface Rule {
  at: number;
  from: number;
  to: number;
}

/** The page's horizontal and vertical ruling lines. */
export interface Rules {
  across: Rule[];
  down: Rule[];
}

type Matrix = [number, number, number, number, number, number];

const PAINTED = new Set([
  "stroke",
  "closeStroke",
  "fill",
  "eoFill",
  "fillStroke",
  "eoFillStroke",
  "closeFillStroke",
  "closeEOFillStroke",
]);

/** The thickest a filled rectangle is to be read as a line. */
const THIN = 3;

function times(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/** The subpaths of pdfjs's path data (moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4). */
function subpaths(data: readonly number[], m: Matrix): { points: number[][]; curved: boolean }[] {
  const out: { points: number[][]; curved: boolean }[] = [];
  const put = (x: number, y: number) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  let current: { points: number[][]; curved: boolean } | undefined;
  for (let i = 0; i < data.length;) {
    const op = data[i];
    if (op === 0) {
      current = { points: [put(data[i + 1] ?? 0, data[i + 2] ?? 0)], curved: false };
      out.push(current);
      i += 3;
    } else if (op === 1) {
      current?.points.push(put(data[i + 1] ?? 0, data[i + 2] ?? 0));
      i += 3;
    } else if (op === 2 || op === 3) {
      if (current !== undefined) current.curved = true;
      i += op === 2 ? 7 : 5;
    } else {
      const first = current?.points[0];
      if (current !== undefined && first !== undefined) current.points.push(first);
      i += 1;
    }
  }
  return out;
}

/** The box of an axis-aligned rectangle's corners, else undefined. */
function boxOf(points: number[][]): { x0: number; y0: number; x1: number; y1: number } | undefined {
  const [first] = points;
  const last = points[points.length - 1];
  const closed =
    first !== undefined &&
    last !== undefined &&
    Math.abs((first[0] ?? 0) - (last[0] ?? 0)) < 0.01 &&
    Math.abs((first[1] ?? 0) - (last[1] ?? 0)) < 0.01;
  const corners = closed && points.length > 1 ? points.slice(0, -1) : points;
  if (corners.length !== 4) return undefined;
  const xs = corners.map((p) => p[0] ?? 0);
  const ys = corners.map((p) => p[1] ?? 0);
  const box = {
    x0: Math.min(...xs),
    x1: Math.max(...xs),
    y0: Math.min(...ys),
    y1: Math.max(...ys),
  };
  const near = (v: number, a: number, b: number) => Math.abs(v - a) < 0.5 || Math.abs(v - b) < 0.5;
  return corners.every((p) => near(p[0] ?? 0, box.x0, box.x1) && near(p[1] ?? 0, box.y0, box.y1))
    ? box
    : undefined;
}

/** The ruling lines drawn by a page's operations. */
export function rulesOf(ops: readonly PdfOp[]): Rules {
  const rules: Rules = { across: [], down: [] };
  const add = (x0: number, y0: number, x1: number, y1: number) => {
    if (Math.abs(y1 - y0) < 0.5 && Math.abs(x1 - x0) >= 1)
      rules.across.push({ at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
    else if (Math.abs(x1 - x0) < 0.5 && Math.abs(y1 - y0) >= 1)
      rules.down.push({ at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
  };
  const stack: Matrix[] = [];
  let m: Matrix = [1, 0, 0, 1, 0, 0];
  for (const [name, args] of ops) {
    if (name === "save") stack.push(m);
    else if (name === "restore") m = stack.pop() ?? m;
    else if (name === "transform") m = times(args as Matrix, m);
    else if (name === "constructPath") {
      const [paint, data] = args as [string, number[]];
      if (!PAINTED.has(paint)) continue;
      const stroked = /stroke/i.test(paint);
      for (const sub of subpaths(data, m)) {
        if (sub.curved) continue;
        const box = boxOf(sub.points);
        if (box !== undefined && !stroked) {
          const w = box.x1 - box.x0;
          const h = box.y1 - box.y0;
          if (h <= THIN && w > h) add(box.x0, (box.y0 + box.y1) / 2, box.x1, (box.y0 + box.y1) / 2);
          else if (w <= THIN && h > w)
            add((box.x0 + box.x1) / 2, box.y0, (box.x0 + box.x1) / 2, box.y1);
          continue;
        }
        if (!stroked) continue;
        sub.points.forEach((p, i) => {
          const q = sub.points[i + 1];
          if (q !== undefined) add(p[0] ?? 0, p[1] ?? 0, q[0] ?? 0, q[1] ?? 0);
        });
      }
    }
  }
  return rules;
}
