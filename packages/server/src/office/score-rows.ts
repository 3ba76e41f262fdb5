/**
 * The rows of a score table (评分表), shared by the Word score sheet, the report's appended table
 * and the round workbook: one row per scored item, a 小计 row closing each top-level group and a
 * 合计 row — the scheme's base points, its 加分 cap and its rounding said in the row's note. Scores
 * come from the engine's results as canonical decimal strings, never recomputed.
 */
import {
  describeUnitExtras,
  explainPlaces,
  explainScheme,
  schemePointsWords,
} from "@kaoping/engine";
import type { Item, ItemResult, Scheme, UnitResult } from "@kaoping/engine";

/** One row of a score table. */
export interface ScoreRow {
  kind: "item" | "subtotal" | "total";
  /** Index of the top-level item this row belongs to (the merged 序号/项目 cells span its rows). */
  group: number;
  /** The top-level item's code and title (序号, 项目). */
  groupCode: string;
  groupTitle: string;
  code: string;
  title: string;
  max: string;
  content: string;
  standard: string;
  /** The rule read back in Chinese (engine `explainScheme`); "" on 小计 and 合计 rows (decision 0201). */
  rule: string;
  method: string;
  notes: string;
  /** 自评分 and 得分 (reviewed): a decimal string, null when not scored, undefined when no result was given. */
  self: string | null | undefined;
  reviewed: string | null | undefined;
}

/** Item results of a unit by code. */
export function resultsByCode(result: UnitResult | undefined): Map<string, ItemResult> {
  const map = new Map<string, ItemResult>();
  const walk = (items: readonly ItemResult[]) => {
    for (const r of items) {
      map.set(r.code, r);
      walk(r.children);
    }
  };
  if (result !== undefined) walk(result.items);
  return map;
}

/** Score of an item: the result's score, null when unscored, undefined when there is no result at all. */
function scoreOf(
  results: Map<string, ItemResult> | undefined,
  code: string,
): string | null | undefined {
  if (results === undefined) return undefined;
  return results.get(code)?.score ?? null;
}

/** Exact sum of canonical decimal strings (scaled BigInt arithmetic; no binary floating point). */
export function addDecimals(values: readonly string[]): string {
  const scale = Math.max(0, ...values.map((v) => (v.split(".")[1] ?? "").length));
  const toUnits = (v: string) => {
    const negative = v.startsWith("-");
    const [whole = "0", frac = ""] = v.replace("-", "").split(".");
    const units = BigInt(whole + frac.padEnd(scale, "0"));
    return negative ? -units : units;
  };
  const sum = values.reduce((acc, v) => acc + toUnits(v), 0n);
  const negative = sum < 0n;
  const digits = (negative ? -sum : sum).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const frac = scale > 0 ? digits.slice(digits.length - scale).replace(/0+$/, "") : "";
  return `${negative ? "-" : ""}${whole}${frac ? `.${frac}` : ""}`;
}

/** Builds the rows for a scheme and (optionally) a unit's self and reviewed results. */
export function buildScoreRows(
  scheme: Scheme,
  self?: UnitResult,
  reviewed?: UnitResult,
  remarks: Record<string, string> = {},
): ScoreRow[] {
  const selfMap = self === undefined ? undefined : resultsByCode(self);
  const reviewedMap = reviewed === undefined ? undefined : resultsByCode(reviewed);
  const rows: ScoreRow[] = [];
  const sentences = new Map(explainScheme(scheme).map((line) => [line.code, line.sentence]));
  const row = (kind: ScoreRow["kind"], group: number, top: Item, item: Item): ScoreRow => ({
    kind,
    group,
    groupCode: top.code,
    groupTitle: top.title,
    code: item.code,
    title: item.title,
    max: item.max,
    content: item.content ?? "",
    standard: item.standard ?? "",
    rule: kind === "item" ? (sentences.get(item.code) ?? "") : "",
    method: item.method ?? "",
    notes: [item.notes, remarks[item.code]].filter((s) => s !== undefined && s !== "").join("；"),
    self: scoreOf(selfMap, item.code),
    reviewed: scoreOf(reviewedMap, item.code),
  });
  scheme.items.forEach((top, group) => {
    if (top.children === undefined || top.children.length === 0) {
      rows.push(row("item", group, top, top));
      return;
    }
    const walk = (items: readonly Item[]) => {
      for (const item of items) {
        rows.push(row("item", group, top, item));
        walk(item.children ?? []);
      }
    };
    walk(top.children);
    const subtotal = row("subtotal", group, top, top);
    // The cap is stated unless the scheme's own notes already say it.
    if (top.cap !== undefined && !subtotal.notes.includes(top.cap))
      subtotal.notes = [`加分最高不超过${top.cap}分`, subtotal.notes]
        .filter((s) => s !== "")
        .join("；");
    rows.push(subtotal);
  });
  // The base points as an office writes them (100), the 加分 cap said apart (decision 0334).
  const { points, bonus } = schemePointsWords(scheme);
  rows.push({
    kind: "total",
    group: scheme.items.length,
    groupCode: "",
    groupTitle: "合计",
    code: "",
    title: "合计",
    max: points,
    content: "",
    // Amounts beyond the items and grade vetoes, in the wide 评分标准 cell beside the total.
    standard: describeUnitExtras(reviewed ?? self ?? {}).join("；"),
    rule: "",
    method: "",
    notes: [
      bonus ?? "",
      explainPlaces(scheme.places) ?? "",
      self?.complete === false ? "自评尚有未填写事项" : "",
      reviewed?.veto ?? self?.veto ?? "",
    ]
      .filter((s) => s !== "")
      .join("；"),
    self: self === undefined ? undefined : self.total,
    reviewed: reviewed === undefined ? undefined : reviewed.total,
  });
  return rows;
}
