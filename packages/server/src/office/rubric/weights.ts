/**
 * A 权重 column: each row's share of the whole written as a percentage (20%, 15％) or, under a
 * header 权重, as a fraction of one (0.2). The import reads a share as points of a total of 100
 * (20% → 20 分, 0.2 → 20 分) — or of the total the title states (…评分表（总分120分）, 千分制:
 * decision 0319) — and says so in the draft (docs/decisions/0301).
 */
import { parseDecimal } from "@kaoping/engine";
import type { Columns } from "./columns.js";
import { CAP_WORDS } from "./outline-cells.js";
import type { DraftItem } from "./structure.js";
import { addDecimals } from "../score-rows.js";

/** How a column writes its weights. */
export type WeightStyle = "percent" | "fraction";

/** The total the shares are points of, unless the rubric states another. */
export const WEIGHT_TOTAL = "100";

/** The total a rubric's title states (…考核表（总分120分）, 满分200分, 千分制), else undefined. */
export function statedTotal(title: string): string | undefined {
  const text = title.replace(/\s+/g, "");
  if (/千分制/.test(text)) return "1000";
  if (/百分制/.test(text)) return "100";
  return /(?:总分|满分|总计|合计|共计)值?为?[:：]?(\d+(?:\.\d+)?)分/.exec(text)?.[1];
}

/**
 * A clause about a part, one item or a level, not the whole (每项满分10分, 加分项满分5分, 总分90分以上为优秀).
 */
const NOT_THE_WHOLE =
  /每|各|单项|本项|该项|此项|小计|加分|扣分|奖励|最高|最多|不超过|以上|以下|以内|不足|低于|高于|达到|优秀|良好|合格|等次|得分/;

/** A total a paragraph beside the tables states, and whether the paragraph says nothing else of points. */
export interface ParagraphTotal {
  total: string;
  /** The paragraph as written. */
  text: string;
  /** True when its other clauses say nothing of points: the paragraph is read whole. */
  whole: boolean;
  /** Its other clauses, as written (""  when it states the total alone). */
  left: string;
  /** Where it is written: 正文 (a paragraph beside the tables) or 说明 (a note; decision 0336). */
  where?: string;
  /** The 加分 cap stated beside the total (另设加分项目最高5分), checked against the draft's. */
  bonusCap?: string;
}

/** 另设加分项目最高5分 / 其中加分项不超过10分: a 加分 part's cap stated beside the whole's total. */
const BONUS_CAP = new RegExp(
  `^(?:另设|另有|另|其中|此外|含)?(?:加分|奖励分|奖分)(?:项目|项|部分)?(?:为)?(?:${CAP_WORDS})(?:为)?(?:加)?(\\d+(?:\\.\\d+)?)分$`,
);

/**
 * The whole's total a paragraph states (本细则满分120分, 考核实行百分制, 总分为150分, 满分1000分（千分制）),
 * else undefined: its first clause that states a total and speaks of no part of it.
 */
export function paragraphTotal(paragraph: string): ParagraphTotal | undefined {
  // Each clause with the punctuation that ends it, so what is left reads as written.
  const clauses = (paragraph.replace(/\s+/g, "").match(/[^，,。；;]+[，,。；;]*/g) ?? []).map(
    (c) => ({ text: c, bare: c.replace(/[，,。；;]+$/, "") }),
  );
  const at = clauses.findIndex(
    (c) => !NOT_THE_WHOLE.test(c.bare) && statedTotal(c.bare) !== undefined,
  );
  const total = at < 0 ? undefined : statedTotal(clauses[at]?.bare ?? "");
  if (total === undefined) return undefined;
  const capAt = clauses.findIndex((c, i) => i !== at && BONUS_CAP.test(c.bare));
  const bonusCap = capAt < 0 ? undefined : BONUS_CAP.exec(clauses[capAt]?.bare ?? "")?.[1];
  const others = clauses.filter((_, i) => i !== at && i !== capAt);
  const whole = others.every((c) => !/\d+(?:\.\d+)?分|扣|加|否决|满分|百分制|千分制/.test(c.bare));
  const left = others.map((c) => c.text).join("");
  return {
    total,
    text: paragraph.trim(),
    whole,
    left,
    ...(bonusCap !== undefined ? { bonusCap } : {}),
  };
}

/** A 合计/总计 row of the whole (小计 is a part's): not an item; its points are the whole's. */
const TOTAL_ROW = /^(合计|总计|总分|共计)/;

/** True when a row is a 合计/总计 row (its first text says so). */
export function isTotalRow(cells: readonly string[]): boolean {
  return TOTAL_ROW.test((cells.find((c) => c.trim() !== "") ?? "").replace(/\s+/g, ""));
}

/** Where the total the weights are shares of is written. */
export interface StatedTotal {
  total: string | undefined;
  /** 标题, 正文 (a paragraph beside the tables), or 合计行 when only a 合计 row states it. */
  where: string;
  /** A warning when two places state different totals (the first written is kept). */
  conflict?: string;
}

/** One total a rubric states, where it is written, and the words naming it in a warning. */
interface Statement {
  total: string;
  where: string;
  named: string;
}

/** The figure of a 合计/总计 row's points cell (120, 120分), else undefined; a weights' own sum (1, 100%) is none. */
function totalRowFigures(
  blocks: readonly { columns: Columns; rows: readonly { cells: string[] }[] }[],
  weights: boolean,
): string[] {
  const figures: string[] = [];
  for (const b of blocks) {
    const at = b.columns.roles.get("points");
    if (at === undefined || (b.columns.weights !== undefined) !== weights) continue;
    for (const r of b.rows.filter((row) => isTotalRow(row.cells))) {
      const figure = /^(\d+(?:\.\d+)?)\s*分?$/.exec((r.cells[at] ?? "").replace(/\s+/g, ""))?.[1];
      if (figure !== undefined && (!weights || (parseDecimal(figure)?.greaterThan(1) ?? false)))
        figures.push(figure);
    }
  }
  return figures;
}

/**
 * The total a rubric states: its title's (…（总分120分）, 千分制), else a paragraph's beside the
 * tables (本细则满分120分, 考核实行百分制; decision 0331) or a note's (注：本表满分120分, a sheet's
 * 说明 row under the table; decision 0336), the first written, else, under a column of weights,
 * the points of its 合计 row («合计 | 120分» under 25%, 20% …; decision 0323) — a figure above 1
 * that is no percentage (a row's 100% or 1 is the weights' own sum). Where two of them — or a
 * points column's 合计 row — state different totals, the first is kept and `conflict` names both.
 */
export function statedTotalOf(table: {
  title: string;
  blocks: readonly { columns: Columns; rows: readonly { cells: string[] }[] }[];
  totals?: readonly ParagraphTotal[];
}): StatedTotal {
  const weighted = table.blocks.some((b) => b.columns.weights !== undefined);
  const titled = statedTotal(table.title);
  const statements: Statement[] = [
    ...(titled !== undefined ? [{ total: titled, where: "标题", named: "标题" }] : []),
    ...(table.totals ?? []).map((t) => {
      const where = t.where ?? "正文";
      return { total: t.total, where, named: `${where}“${t.text}”` };
    }),
    ...totalRowFigures(table.blocks, weighted).map((total) => ({
      total,
      where: "合计行",
      named: "合计行",
    })),
  ];
  const first = statements[0];
  // A points column's 合计 row alone states no total: it only shows two statements disagree.
  if (first === undefined || (first.where === "合计行" && !weighted))
    return { total: undefined, where: "标题" };
  const other = statements.find((t) => t.total !== first.total);
  const kept = weighted ? `：已按${first.where}的 ${first.total} 分计` : "";
  return {
    total: first.total,
    where: first.where,
    ...(other !== undefined
      ? {
          conflict: `${first.named}所写的总分 ${first.total} 分与${other.named}所写的 ${other.total} 分不一致${kept}，请核对`,
        }
      : {}),
  };
}

const PERCENT = /^(\d+(?:\.\d+)?)\s*[%％]$/;
const NUMBER = /^\d+(?:\.\d+)?$/;

/**
 * The weight style of a points column from its header and cells: percentages when every figure
 * has a % sign; fractions when the header is 权重 and every figure is at most 1, one of them with
 * decimals. Undefined for a column of points (5, 5分).
 */
export function weightStyleOf(header: string, cells: readonly string[]): WeightStyle | undefined {
  const figures = cells.map((c) => c.replace(/\s+/g, "")).filter((c) => c !== "");
  if (figures.length === 0) return undefined;
  if (figures.every((c) => PERCENT.test(c))) return "percent";
  const weightHeader = /^权重$/.test(header.replace(/\s+/g, "").replace(/[（(][%％][)）]$/, ""));
  if (
    weightHeader &&
    figures.every((c) => NUMBER.test(c) && !(parseDecimal(c)?.greaterThan(1) ?? true)) &&
    figures.some((c) => c.includes("."))
  )
    return "fraction";
  return undefined;
}

/** A weight cell as points of the total ("20%" → "20", "0.15" → "15" of 100); undefined when it is no weight. */
export function pointsOfWeight(
  cell: string,
  style: WeightStyle,
  of: string = WEIGHT_TOTAL,
): string | undefined {
  const text = cell.replace(/\s+/g, "");
  const figure = style === "percent" ? PERCENT.exec(text)?.[1] : NUMBER.exec(text)?.[0];
  const share = parseDecimal(figure ?? "");
  if (share === undefined) return undefined;
  const total = parseDecimal(of);
  if (total === undefined) return undefined;
  return (style === "percent" ? share.dividedBy(100) : share).times(total).toFixed();
}

/** The note the draft carries when its points were read from weights. */
export function weightNote(style: WeightStyle, of: string = WEIGHT_TOTAL, where = "标题"): string {
  const example = style === "percent" ? "20%" : "0.2";
  const stated = of === WEIGHT_TOTAL ? "" : `（${where}所写的总分）`;
  return `分值按“权重”列换算：各项分值 = 权重 × 总分 ${of} 分${stated}（如 ${example} 记 ${pointsOfWeight(example, style, of) ?? ""} 分），请核对`;
}

/** The blocks' columns as the warnings about weights and totals read them. */
type Weighed = readonly { columns: Columns }[];

/**
 * What the draft must say about its total: how points were read from weights (and, when the
 * top-level items — a capped 加分 group aside — do not come to the total, that the weights do not
 * add up); a 权重 column of plain figures read as points whose items do not come to 100 (合计 10,
 * 千分制); items that do not come to the total the title states.
 */
export function totalWarnings(
  blocks: Weighed,
  items: readonly { max?: unknown; cap?: unknown }[],
  stated: string | undefined,
  where = "标题",
): string[] {
  const of = stated ?? WEIGHT_TOTAL;
  const total = addDecimals(
    items.filter((i) => i.cap === undefined).map((i) => String(i.max ?? "0")),
  );
  const styles = [...new Set(blocks.flatMap((b) => b.columns.weights ?? []))];
  if (styles.length > 0)
    return [
      ...styles.map((s) => weightNote(s, of, where)),
      ...(total === of
        ? []
        : [`按权重换算的分值合计 ${total} 分，不是 ${of} 分（权重合计不是 100%），请核对`]),
    ];
  const weightHeader = blocks.some((b) => {
    const at = b.columns.roles.get("points");
    return at !== undefined && /权重/.test(b.columns.headers?.[at] ?? "");
  });
  if (stated !== undefined && total !== stated)
    return [`各项分值合计 ${total} 分，与${where}所写的总分 ${stated} 分不一致，请核对`];
  if (weightHeader && total !== WEIGHT_TOTAL)
    return [
      stated === total
        ? `“权重”列的数字已按分值读取，各项合计 ${total} 分，与${where}所写的总分一致`
        : `“权重”列的数字已按分值读取，各项合计 ${total} 分，不是 100 分；如为所占比重，请按总分换算后核对`,
    ];
  // The total read is said to the administrator, never written into the printed 说明 (0338).
  return stated === undefined ? [] : [`${where}所写的总分 ${stated} 分，已按此核对各项分值`];
}

/**
 * A 加分 cap stated beside the whole's total (本细则满分100分，另设加分项目最高5分) checked against
 * the draft's 加分 parts: nothing said when one has that cap, else what differs.
 */
export function bonusCapWarnings(
  totals: readonly ParagraphTotal[],
  items: readonly { title?: unknown; cap?: unknown }[],
): string[] {
  const parts = items.filter((i) => i.cap !== undefined);
  return totals.flatMap((t) => {
    const cap = t.bonusCap;
    if (cap === undefined || parts.some((i) => String(i.cap) === cap)) return [];
    const where = t.where ?? "正文";
    if (parts.length === 0)
      return [`${where}写明加分最高 ${cap} 分，但表格中未识别出加分项目，请核对`];
    const named = parts.map((i) => `“${String(i.title)}”${String(i.cap)} 分`).join("、");
    return [`${where}写明加分最高 ${cap} 分，与加分项目的上限（${named}）不一致，请核对`];
  });
}

/**
 * Weights of a lower level that come to 100% under every parent (一级指标 0.4 | 二级指标 0.5, 0.3,
 * 0.2) are shares of the parent, not of the whole: each child (and its own children) is scaled by
 * the parent's points over 100, and a warning names the two level columns. Weights that add up to
 * the parent's own share (0.2 + 0.2 under 0.4) are left as they are.
 */
export function sharesOfParents(
  items: readonly DraftItem[],
  columns: Columns,
  warnings: string[],
  depth = 0,
  of: string = WEIGHT_TOTAL,
): void {
  let example: string | undefined;
  for (const parent of items) {
    const kids = parent.children;
    const max = parent.max;
    const sum = addDecimals(kids.map((k) => k.max ?? "0"));
    if (
      max !== undefined &&
      max !== of &&
      kids.length >= 2 &&
      kids.every((k) => k.max !== undefined) &&
      sum === of
    ) {
      const factor = parseDecimal(max)?.dividedBy(of);
      if (factor === undefined) continue;
      const first = kids[0] as DraftItem;
      const before = first.max ?? "";
      kids.forEach((k) => scale(k, factor));
      const share = parseDecimal(before)?.dividedBy(of).times(100).toFixed() ?? before;
      example ??= `如 ${max} 分 × ${share}% 记 ${first.max ?? ""} 分`;
    }
  }
  if (example !== undefined) {
    const name = (d: number, fallback: string) =>
      columns.headers?.[columns.levels[d] ?? -1] || fallback;
    const lower = name(depth + 1, "下级指标");
    const upper = name(depth, "上级指标");
    warnings.push(
      `“${lower}”的权重在每个“${upper}”内合计为 100%，已按所属${upper}的分值换算（${example}），请核对`,
    );
  }
  for (const parent of items) sharesOfParents(parent.children, columns, warnings, depth + 1, of);
}

/** Multiplies an item's points and its children's by a factor. */
function scale(item: DraftItem, factor: NonNullable<ReturnType<typeof parseDecimal>>): void {
  if (item.max !== undefined)
    item.max = parseDecimal(item.max)?.times(factor).toFixed() ?? item.max;
  item.children.forEach((c) => scale(c, factor));
}
