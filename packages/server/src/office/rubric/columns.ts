/**
 * The columns of a rubric table, found by header name (many synonyms) and, where a header is
 * unknown, by content: a column of small numbers is points, long sentences with 扣/得/加…分 are
 * the standard. Level columns (一级指标/二级指标/三级指标, 项目 + 考核内容) keep their order.
 * Columns knowingly ignored (得分, 自评分, 考核结果, 年度指标值 …, and a 考核方式 column of
 * checking methods such as 查阅资料、实地查看) are listed as ignored; a 考核方法/评价办法 column that
 * holds scoring sentences is read as (or with) the standard; any other column nobody uses is
 * reported as unused. A points column of percentages (20%), or of fractions under 权重 (0.2), holds
 * weights (weights.ts).
 */
import { halfDigits } from "./outline-cells.js";
import { isTotalRow, weightStyleOf, type WeightStyle } from "./weights.js";

/** What a column holds. */
export type Role =
  | "code"
  | "title"
  | "content"
  | "points"
  | "bonus"
  | "standard"
  | "condition"
  | "method"
  | "notes"
  | "target"
  | "ignored";

/** The roles of a header row, the level columns in order, and the columns not used. */
export interface Columns {
  roles: Map<Exclude<Role, "ignored">, number>;
  /** Columns naming the item at each level, left to right (项目, 二级指标 …). */
  levels: number[];
  unused: string[];
  /** A 分值 column right of a level column other than the last (一级指标 | 分值 | 二级指标 | 分值): level column → its points column. */
  levelPoints?: Map<number, number>;
  /** Columns knowingly not read for scoring (自评分, 考核结果, 考核方式 of checking methods …), by header. */
  ignored: string[];
  /** The points columns hold weights (20%, or 0.2 under 权重): shares of a total of 100. */
  weights?: WeightStyle;
  /** A list of 一票否决 conditions (a column headed 一票否决情形/否决事项 …): every row vetoes. */
  veto?: boolean;
  /** The header's column names, as written. */
  headers?: string[];
  /** Further standard columns (得分标准 | 扣分标准): read after the first, as one standard. */
  moreStandards?: number[];
}

/** A header naming a column of 一票否决 conditions. */
const VETO_HEADER = /^(一票否决|否决)(情形|事项|条件|内容|情况)?$|^(否决|一票否决)(项目|指标)$/;

const names: [Role, RegExp][] = [
  ["code", /^(序号|编号|项目编号|序|No\.?|指标编号|代码|index)$/i],
  [
    "ignored",
    /^(得分|自评分|自评得分|实得分|考核分|考核得分|评分|扣分|扣分原因|扣分理由|扣分情况|复核分|复核得分|复评分|复审分|初审分|初评分|审核分|核定分|考核组评分|评审得分|考核结果|自评结果|全年实际值|实际值|实际完成值|年度指标值|指标值|完成情况|未完成原因.*|偏差原因.*|改进措施.*|责任单位|牵头单位|责任科室|责任部门|考核单位|考评单位|自评说明|分数小计|小计)$/,
  ],
  [
    "standard",
    /^(评分标准|考核标准|评分细则|计分标准|评分办法|扣分标准|评分方法|计分方法|计分办法|评价标准|考核原则|评分原则|赋分标准|赋分办法|赋分规则|打分标准|考评标准|评分依据|评价办法及评分标准|考核评分标准|考核办法|考核细则|评价方法及标准|得分标准|加分标准|减分标准|加分办法|扣分办法)$/,
  ],
  [
    "points",
    /^(分值|分数|标准分|满分|权重分|权重|分值\(分\)|分值（分）|赋分|基本分|标准分值|考核分值|总分|分数值|应得分)$/,
  ],
  ["bonus", /^(加减分|加分|减分|奖励分|加分值|信用赋分|赋分值|扣减分值|加扣分)$/],
  [
    "content",
    /^(评价内容|考核内容|考评内容|内容|考核要求|工作要求|指标内容|评价要点|考核要点|工作任务|目标任务|任务内容|指标说明|指标解释|工作目标|目标要求|考核内容及要求|具体内容|评价要素|考核细目)$/,
  ],
  [
    "title",
    /^(项目|考核项目|评价项目|考核指标|指标|评价指标|[一二三四]级(指标|项目)?|类别|考核事项|工作内容|考核类别|评价类别|分项|考核项|具体项目|指标名称|项目名称|信息属性|信息类别|信息层级|考核大项|考核类目|类目|大类|小类|子项|指标体系)$/,
  ],
  [
    "method",
    /^(评价办法|考核方法|考核方式|评价方法|核查方式|检查方法|考核办法及途径|考评方法|核查方法|考核依据|评价依据|资料要求|佐证材料|考核途径|数据来源)$/,
  ],
  ["notes", /^(备注|说明|附注)$/],
  // 目标值 | 分值 | 评分标准: the figure the standard compares with (达到目标值得满分), kept with the content.
  [
    "target",
    /^(目标值|年度目标值|考核目标值|预期目标值|目标值\(%\)|目标值（%）|标准值|目标任务值)$/,
  ],
  // 扣分情形 | 扣分标准: the standard written over two cells, the case and what it costs.
  ["condition", /^((扣分|减分|加分|失分|计分|考核)?(情形|事由|条件))$/],
];

/** The role a header names, or undefined. */
export function roleOfHeader(raw: string): Role | undefined {
  const text = raw.replace(/\s+/g, "").replace(/[（(].*?[)）]$/, (m) => (/分/.test(m) ? m : ""));
  return names.find(([, re]) => re.test(text))?.[0];
}

/** True when a cell is a small points figure: 5, 5分, +2, -20, -5至-50, 12+7奖分, 2（奖励分）. */
export function looksLikePoints(cell: string): boolean {
  const t = halfDigits(cell).replace(/\s+/g, "");
  return (
    /^[+\-－]?\d+(\.\d+)?分?([至\-~—–+][+\-－]?\d+(\.\d+)?分?)?([(（]?[^)）]{0,8}分[)）]?)?$/.test(
      t,
    ) || /^(加|扣|减)\d+(\.\d+)?([—\-~至]\d+(\.\d+)?)?分$/.test(t)
  );
}

/** True when a cell reads like a scoring standard. */
export function looksLikeStandard(cell: string): boolean {
  return cell.length >= 8 && /(扣|得|加|计|记|奖|赋)[^。]{0,4}\d*(\.\d+)?分|不得分|酌情/.test(cell);
}

/** Columns of a header row; undefined when it is not a rubric header. */
export function detectColumns(
  header: readonly string[],
  data: readonly (readonly string[])[],
): Columns | undefined {
  const roles = new Map<Exclude<Role, "ignored">, number>();
  const levels: number[] = [];
  const unknown: number[] = [];
  const ignored: string[] = [];
  const pointsColumns: number[] = [];
  let known = 0;
  let veto = false;
  const moreStandards: number[] = [];
  header.forEach((h, i) => {
    if (VETO_HEADER.test(h.replace(/\s+/g, "")) && !roles.has("content")) {
      // "序号 | 一票否决情形": the conditions are the rows' content, each one a veto.
      known++;
      veto = true;
      roles.set("content", i);
      return;
    }
    const role = roleOfHeader(h);
    if (role === undefined) {
      if (h.trim() !== "") unknown.push(i);
      return;
    }
    known++;
    if (role === "ignored") {
      ignored.push(h.trim());
      return;
    }
    if (role === "points") pointsColumns.push(i);
    if (role === "title") levels.push(i);
    else if (role === "standard" && roles.has("standard")) moreStandards.push(i);
    else if (
      role === "content" &&
      roles.has("content") &&
      !roles.has("standard") &&
      looksByContent(data, i) === "standard"
    )
      roles.set("standard", i);
    else if (role === "content" && roles.has("content")) {
      // Two content columns (工作内容 | 工作要求): the first names the item.
      const first = roles.get("content") as number;
      levels.push(first);
      roles.set("content", i);
    } else if (!roles.has(role)) roles.set(role, i);
    else unknown.push(i);
  });
  // Unknown headers: judged by what the column holds.
  const rest: number[] = [];
  for (const i of unknown) {
    const guess = looksByContent(data, i);
    if (guess === "points" && !roles.has("points")) roles.set("points", i);
    else if (guess === "standard" && !roles.has("standard")) roles.set("standard", i);
    else rest.push(i);
  }
  // 存在问题 | 扣分标准 under any header: cases beside a standard of bare actions (每例扣1分).
  // Of several such columns, the one of conditions («…的») nearest the standard.
  const cases = rest
    .filter((i) => isCaseColumn(data, i, roles, rest))
    .map((i) => ({
      i,
      conditions: data.filter((r) => /的[。；;]?$/.test((r[i] ?? "").trim())).length,
    }))
    .sort((a, b) => b.conditions - a.conditions || b.i - a.i)[0]?.i;
  if (cases !== undefined) {
    roles.set("condition", cases);
    rest.splice(rest.indexOf(cases), 1);
  }
  // A text column between the cases and the standard (政策依据) names no item.
  const after = cases ?? Infinity;
  const found = known + unknown.length - rest.length;
  if (found < 2 || (!roles.has("standard") && !roles.has("content") && !roles.has("bonus")))
    return undefined;
  if (levels.length === 0 && roles.has("code")) levels.push(roles.get("code") as number);
  // An unknown column of short texts left of the standard names the items (工作事项 beside 类别).
  const text = Math.min(roles.get("standard") ?? Infinity, roles.get("content") ?? Infinity);
  for (const i of rest)
    if (i < text && i < after && !pointsColumns.includes(i) && shortTexts(data, i)) levels.push(i);
  if (levels.length > 1 && levels.includes(roles.get("code") ?? -1) && roles.has("code"))
    levels.splice(levels.indexOf(roles.get("code") as number), 1);
  // 考核内容 | 具体项目 | 分值 | 评分标准 with 考核内容 holding 窗口服务（20分）: categories, a level.
  const content = roles.get("content");
  if (content !== undefined && roles.has("standard") && levels.some((l) => l > content)) {
    if (categories(data, content)) {
      levels.push(content);
      roles.delete("content");
    }
  }
  levels.sort((a, b) => a - b);
  const levelPoints = pointsOfLevels(pointsColumns, levels, roles);
  const unused = rest
    .filter((i) => !levels.includes(i) && (levelPoints === undefined || !pointsColumns.includes(i)))
    .map((i) => (header[i] ?? "").trim());
  readMethod(roles, data, header, ignored);
  notesAsStandard(roles, data);
  const weights = weightsOf(roles.get("points"), levelPoints, header, data);
  return {
    roles,
    levels,
    unused,
    ignored,
    ...(levelPoints !== undefined ? { levelPoints } : {}),
    ...(weights !== undefined ? { weights } : {}),
    ...(veto ? { veto } : {}),
    ...(moreStandards.length > 0 ? { moreStandards } : {}),
    headers: header.map((h) => h.trim()),
  };
}

/**
 * Several 分值 columns, each right of a level column (一级指标 | 分值 | 二级指标 | 分值 | 评分标准):
 * the last is the row's points, each other one the points of the level column just left of it.
 * Undefined when there is only one, or one has no level column of its own to its left.
 */
function pointsOfLevels(
  points: readonly number[],
  levels: readonly number[],
  roles: Map<Exclude<Role, "ignored">, number>,
): Map<number, number> | undefined {
  if (points.length < 2) return undefined;
  const map = new Map<number, number>();
  for (const p of points.slice(0, -1)) {
    const level = levels.filter((l) => l < p).pop();
    if (level === undefined || map.has(level) || points.some((q) => q > level && q < p))
      return undefined;
    map.set(level, p);
  }
  roles.set("points", points[points.length - 1] as number);
  return map;
}

/** A label to fill in alone in its cell («填表人：», «审核人：＿＿»). */
const FORM_CELL = /^[\p{Script=Han}（）()]{1,10}[:：][\s_＿]*$/u;

/** A line to sign written one label a cell (填表人： | | 审核人：): the labels as one line, else "". */
export function formCells(cells: readonly string[]): string {
  const texts = cells.map((c) => c.trim()).filter((c) => c !== "");
  return texts.length >= 2 && texts.every((t) => FORM_CELL.test(t)) ? texts.join("　") : "";
}

/** The weight style of the points columns (the row's and the levels'), read together; undefined for points. */
function weightsOf(
  points: number | undefined,
  levelPoints: Map<number, number> | undefined,
  header: readonly string[],
  data: readonly (readonly string[])[],
): WeightStyle | undefined {
  if (points === undefined) return undefined;
  const columns = [points, ...(levelPoints?.values() ?? [])];
  // A 合计 row's figure is the whole's (100%, or the total 120分), not a row's weight.
  const rows = data.filter((r) => !isTotalRow(r) && formCells(r) === "");
  const cells = rows.flatMap((r) => columns.map((i) => (r[i] ?? "").trim()));
  return weightStyleOf(header[points] ?? "", cells);
}

/**
 * A 考核方法/评价办法 column: with no standard column and scoring sentences in it, it is the
 * standard; holding no scoring sentence at all (查阅资料、实地查看), it is knowingly ignored.
 * Otherwise its scoring cells are read with the standard, row by row (import-rubric.ts).
 */
function readMethod(
  roles: Map<Exclude<Role, "ignored">, number>,
  data: readonly (readonly string[])[],
  header: readonly string[],
  ignored: string[],
): void {
  const i = roles.get("method");
  if (i === undefined) return;
  const scoring = data.some((r) => looksLikeStandard((r[i] ?? "").trim()));
  if (!scoring) ignored.push((header[i] ?? "").trim());
  else if (!roles.has("standard") && looksByContent(data, i) === "standard") {
    roles.set("standard", i);
    roles.delete("method");
  }
}

/**
 * A 备注 column in a table without a 评分标准 column (序号 | 考核项目 | 分值 | 考核内容 | 备注) whose
 * cells score at least half the time («参保率每低于目标任务1个百分点扣2分», beside «数据来源：…») is
 * the rows' standard: how points are lost is written there, not a remark (decision 0340). Before,
 * it was kept as the item's 备注, read for the rule but shown as no standard.
 */
function notesAsStandard(
  roles: Map<Exclude<Role, "ignored">, number>,
  data: readonly (readonly string[])[],
): void {
  const i = roles.get("notes");
  if (i === undefined || roles.has("standard")) return;
  const cells = data.map((r) => (r[i] ?? "").trim()).filter((c) => c !== "");
  const scoring = cells.filter((c) => looksLikeStandard(c)).length;
  if (scoring === 0 || scoring * 2 < cells.length) return;
  roles.set("standard", i);
  roles.delete("notes");
}

/** "每人次扣0.5分", "扣4分", "加1分": what a case costs, without the case. */
const BARE_ACTION =
  /^(每[^，,。；;]{0,8}|一次性|该项)?(扣|减|加|奖|得|计|记)(除)?\d+(\.\d+)?分[。.；;]?$|^(本项)?不得分[。.]?$/;

/**
 * True when column `i` holds the cases a standard of bare actions prices (检查发现 | 计分标准,
 * 存在问题 | 扣分标准): it stands left of the standard — just left, or with only the points (加减分,
 * 考核方式) columns (检查发现 | 分值 | 计分标准, 0319) or other unknown columns of texts that do not
 * score (问题表现 | 政策依据 | 扣分标准, 0322) between — its cells are texts that do not score, and
 * most standard cells are bare actions. Read like a 扣分情形 column, whatever its header.
 */
function isCaseColumn(
  data: readonly (readonly string[])[],
  i: number,
  roles: Map<Exclude<Role, "ignored">, number>,
  unknown: readonly number[],
): boolean {
  const standard = roles.get("standard");
  if (standard === undefined || standard <= i || roles.has("condition")) return false;
  const between = [roles.get("points"), roles.get("bonus"), roles.get("method")];
  for (let j = i + 1; j < standard; j++)
    if (!between.includes(j) && !(unknown.includes(j) && scoresNot(data, j))) return false;
  const rows = data.filter((r) => (r[i] ?? "").trim() !== "" && (r[standard] ?? "").trim() !== "");
  const actions = rows.filter((r) => BARE_ACTION.test((r[standard] ?? "").replace(/\s+/g, "")));
  return (
    rows.length > 0 &&
    actions.length >= rows.length * 0.6 &&
    rows.every((r) => {
      const c = (r[i] ?? "").trim();
      return c.length >= 4 && !looksLikePoints(c) && !looksLikeStandard(c);
    })
  );
}

/** True when no cell of column `j` is points or a scoring sentence. */
function scoresNot(data: readonly (readonly string[])[], j: number): boolean {
  return data.every((r) => {
    const c = (r[j] ?? "").trim();
    return !looksLikePoints(c) && !looksLikeStandard(c);
  });
}

/** True when a column holds short texts (item names). */
function shortTexts(data: readonly (readonly string[])[], i: number): boolean {
  const cells = data.map((r) => (r[i] ?? "").trim()).filter((c) => c !== "");
  return cells.length > 0 && cells.every((c) => c.length <= 30 && !looksLikePoints(c));
}

/** True when every text of a column is a short name with its points (基金监管（30分）). */
function categories(data: readonly (readonly string[])[], i: number): boolean {
  const cells = data.map((r) => (r[i] ?? "").replace(/\s+/g, "")).filter((c) => c !== "");
  return (
    cells.length > 0 && cells.every((c) => c.length <= 30 && /[（(]\d+(\.\d+)?分[)）]$/.test(c))
  );
}

/** What the non-empty cells of a column look like. */
function looksByContent(
  data: readonly (readonly string[])[],
  i: number,
): "points" | "standard" | undefined {
  const cells = data.map((r) => (r[i] ?? "").trim()).filter((c) => c !== "");
  if (cells.length === 0) return undefined;
  if (cells.filter(looksLikePoints).length >= cells.length * 0.6) return "points";
  if (cells.filter(looksLikeStandard).length >= cells.length * 0.4) return "standard";
  return undefined;
}
