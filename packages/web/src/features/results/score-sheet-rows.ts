/**
 * The score sheet (评分表) as rows, laid out like the source documents: 序号, 项目 and 分值 of a
 * top-level item merged over its leaf rows, one row per leaf with its 评分标准, 评价办法, 自评分
 * and 得分, a 小计 row per group and a 合计 row. Pure, so the layout is unit-tested.
 */
import {
  describeUnitExtras,
  explainPlaces,
  explainScheme,
  schemePointsWords,
  type Item,
  type ItemResult,
  type Scheme,
  type UnitResult,
} from "@kaoping/engine";
import { chineseNumeral } from "../../lib/chinese-numbers";

/** One row of the sheet. */
export interface SheetRow {
  key: string;
  kind: "leaf" | "subtotal" | "total";
  /** Rows the merged 序号/项目/分值 cells span from this row; 0 = covered by the row above. */
  span: number;
  index: string;
  topTitle: string;
  topMax: string;
  code: string;
  title: string;
  max: string;
  standard: string;
  /** The rule read back in Chinese (engine explain), "" on 小计 and 合计 rows (decision 0201). */
  rule: string;
  method: string;
  selfScore: string | null | undefined;
  score: string | null;
  trace: string[];
}

function byCode(
  items: readonly ItemResult[],
  out = new Map<string, ItemResult>(),
): Map<string, ItemResult> {
  for (const item of items) {
    out.set(item.code, item);
    byCode(item.children, out);
  }
  return out;
}

function leavesOf(
  item: Item,
  method: string | undefined,
  out: { item: Item; method: string | undefined; prefix: string[] }[],
  prefix: string[] = [],
) {
  const own = item.method ?? method;
  if (item.children === undefined || item.children.length === 0) {
    out.push({ item, method: own, prefix });
    return;
  }
  for (const child of item.children) leavesOf(child, own, out, prefix);
}

/** The rows of one unit's sheet; `self` adds the 自评分 column's values. */
export function scoreSheetRows(scheme: Scheme, result: UnitResult, self?: UnitResult): SheetRow[] {
  const scores = byCode(result.items);
  const selfScores = self === undefined ? undefined : byCode(self.items);
  const rows: SheetRow[] = [];
  const sentences = new Map(explainScheme(scheme).map((line) => [line.code, line.sentence]));
  scheme.items.forEach((top, position) => {
    const leaves: { item: Item; method: string | undefined; prefix: string[] }[] = [];
    leavesOf(top, undefined, leaves);
    const isGroup = top.children !== undefined && top.children.length > 0;
    const span = leaves.length + (isGroup ? 1 : 0);
    const base = {
      index: chineseNumeral(position + 1),
      topTitle: top.title,
      topMax: top.cap ?? top.max,
    };
    leaves.forEach(({ item, method }, i) => {
      const scored = scores.get(item.code);
      rows.push({
        ...base,
        key: item.code,
        kind: "leaf",
        span: i === 0 ? span : 0,
        code: item.code,
        title: item.title,
        max: item.max,
        standard: isGroup
          ? `${item.code} ${item.title}（${item.max}分）：${item.standard ?? ""}`
          : (item.standard ?? ""),
        rule: sentences.get(item.code) ?? "",
        method: method ?? "",
        selfScore:
          selfScores === undefined ? undefined : (selfScores.get(item.code)?.score ?? null),
        score: scored?.score ?? null,
        trace: scored?.trace ?? [],
      });
    });
    if (isGroup) {
      const scored = scores.get(top.code);
      rows.push({
        ...base,
        key: `${top.code}-subtotal`,
        kind: "subtotal",
        span: 0,
        code: top.code,
        title: "小计",
        max: top.max,
        standard: top.cap === undefined ? "小计" : `小计（最高 ${top.cap} 分）`,
        rule: "",
        method: "",
        selfScore: selfScores === undefined ? undefined : (selfScores.get(top.code)?.score ?? null),
        score: scored?.score ?? null,
        trace: scored?.trace ?? [],
      });
    }
  });
  // The base points as an office writes them (100), the 加分 cap said apart (decision 0334).
  const { points, bonus } = schemePointsWords(scheme);
  rows.push({
    key: "total",
    kind: "total",
    span: 1,
    index: "",
    topTitle: "合计",
    topMax: points,
    code: "",
    title: "合计",
    max: points,
    standard: [
      ...(bonus === undefined ? [] : [bonus]),
      ...(scheme.places === undefined ? [] : [explainPlaces(scheme.places) ?? ""]),
      ...(result.veto === undefined ? [] : [`一票否决：${result.veto}`]),
      ...describeUnitExtras(result),
    ].join("；"),
    rule: "",
    method: "",
    selfScore: self?.total,
    score: result.total,
    trace: [],
  });
  return rows;
}
