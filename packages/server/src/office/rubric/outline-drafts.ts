/**
 * The draft items of an outline's tree (./outline.ts): a heading with children is a group, a
 * heading with rows is an item of its rows' segments, codes are the table's own where they nest
 * and by position where they would repeat, and children whose 分值 is "/" fold into their parent
 * with a warning.
 */
import { addDecimals } from "../score-rows.js";
import { joinLines } from "./outline-cells.js";
import { itemOfSegments, type DraftItem, type Segment } from "./structure.js";

/** A heading of the outline with the rows under it. */
export interface Node {
  key: string;
  col: number;
  code: string | undefined;
  title: string;
  text: string;
  max: string | undefined;
  bonus: boolean;
  veto: boolean;
  /** Where its 分值 is written when not on the heading (a 汇总 sheet's row; decision 0345). */
  where?: string;
  /** The heading's 分值 cell is "/": it has no points of its own (they are its parent's). */
  slash: boolean;
  children: Node[];
  segments: Segment[];
}

/** The draft items of sibling nodes; where their own codes would repeat (两张表各自从 1 编号), by position. */
export function siblings(
  nodes: readonly Node[],
  parent: string | undefined,
  bonus: boolean,
  warnings: string[],
): DraftItem[] {
  const drafts = nodes.map((n, i) => toDraft(n, parent, i, bonus, []));
  const codes = drafts.map((d) => d.code);
  const unique = new Set(codes).size === codes.length;
  return nodes.map((n, i) =>
    toDraft(unique ? n : { ...n, code: undefined }, parent, i, bonus, warnings),
  );
}

/**
 * Children whose 分值 is "/" under a heading with points (基金管理 | 15, then 预算管理 | / …): they
 * have no points of their own, so they are the cases of one item of the heading's points — read
 * as one standard, their names kept as its content — and the import says so.
 */
function slashCases(n: Node): Segment | undefined {
  const cases = n.children;
  if (n.max === undefined || n.segments.length > 0 || cases.length === 0) return undefined;
  if (!cases.every((c) => c.slash && c.children.length === 0 && c.segments.length > 0))
    return undefined;
  const segments = cases.flatMap((c) => c.segments);
  return {
    points: undefined,
    content: cases.map((c) => c.title).join("；"),
    standard: segments.map((s) => s.standard).reduce(joinLines, ""),
    method: segments.map((s) => s.method).reduce(joinLines, ""),
    notes: segments.map((s) => s.notes).reduce(joinLines, ""),
  };
}

/** The draft item of a node: a group of its children (and its own rows), or its rows' items. */
function toDraft(
  n: Node,
  parent: string | undefined,
  index: number,
  bonus: boolean,
  warnings: string[],
): DraftItem {
  const own =
    n.code !== undefined &&
    /^\d+(\.\d+)*$/.test(n.code) &&
    (parent === undefined ? !n.code.includes(".") : n.code.startsWith(`${parent}.`));
  const code = own
    ? (n.code as string)
    : parent === undefined
      ? String(index + 1)
      : `${parent}.${index + 1}`;
  const isBonus = bonus || n.bonus;
  const title = n.title || (n.children.length === 0 ? "" : `第${index + 1}项`);
  const folded = slashCases(n);
  if (folded !== undefined) {
    warnings.push(
      `${code} ${title || "未命名项目"}：下列各项分值为“/”（${folded.content.replace(/；/g, "、")}），已作为本项的评分内容合并读取，在本项 ${n.max} 分内计分，请核对`,
    );
    return itemOfSegments({ code, title, max: n.max, segments: [folded] }, isBonus);
  }
  if (n.children.length === 0) {
    if (n.segments.length === 0)
      return {
        code,
        title: title || "未命名项目",
        max: n.max,
        content: n.text,
        standard: "",
        method: "",
        notes: "",
        bonus: isBonus,
        children: [],
      };
    return itemOfSegments({ code, title, max: n.max, segments: n.segments }, isBonus);
  }
  const children = siblings(n.children, code, isBonus, warnings);
  if (n.segments.length > 0) {
    const extra = itemOfSegments(
      {
        code: `${code}.${children.length + 1}`,
        title: title || "其他",
        max: undefined,
        segments: n.segments,
      },
      isBonus,
    );
    children.push(...(extra.children.length > 0 ? extra.children : [extra]));
  }
  const known = children.every((c) => c.max !== undefined);
  return {
    code,
    title: title || "未命名项目",
    // A bonus group's total is left open when not stated: the import sums it and says so.
    max: n.max ?? (known && !isBonus ? addDecimals(children.map((c) => c.max ?? "0")) : undefined),
    content: "",
    standard: "",
    method: "",
    notes: "",
    bonus: isBonus,
    ...(n.where !== undefined ? { maxWhere: n.where } : {}),
    children,
  };
}

/**
 * A group whose stated 分值 is not what its items' 分值 come to (公共服务 20 over 8 + 6 + 4): the
 * group keeps its 分值 as written, and the import names both figures (decision 0340). Bonus groups
 * (a cap) and groups with an item of unknown points are not compared. A category sheet's 分值
 * stated by a 汇总 sheet (decision 0345) is compared so, the sheet named.
 */
export function partsGaps(items: readonly DraftItem[], warnings: string[]): void {
  for (const d of items) {
    partsGaps(d.children, warnings);
    if (d.bonus || d.max === undefined || d.children.length === 0) continue;
    if (d.children.some((c) => c.max === undefined || c.bonus)) continue;
    const sum = addDecimals(d.children.map((c) => c.max ?? "0"));
    if (Number(sum) !== Number(d.max))
      warnings.push(
        `${d.code} ${d.title}：下设各项分值合计 ${sum} 分，与${d.maxWhere ?? "本项"}所写分值 ${d.max} 分不一致，仍按所写 ${d.max} 分导入，请核对`,
      );
  }
}
