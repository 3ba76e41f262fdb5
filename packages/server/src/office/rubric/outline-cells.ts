/**
 * What single cells of a rubric table say, for the outline (outline.ts): an unnumbered 加分/否决
 * part, a cap in a caption, points at the end of a cell, a signed 加减分 cell, a case cell joined
 * to its standard, a row joined to the item whose 分值 it shares.
 */
import type { Node } from "./outline-drafts.js";
import type { Segment } from "./structure.js";
import type { TableRow } from "./table.js";

/**
 * Full-width digits, point and percent (１０, ８．５, ９５％, as typed with a Chinese input method)
 * as ASCII, and the word of a total opening points in brackets («（共20分）», «（满分20分）») as
 * blanks, one character for one so positions found in the result hold in the text as written:
 * for finding points only — the text itself is kept as written.
 */
export function halfDigits(text: string): string {
  return text
    .replace(/[０-９．％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(?<=[（(〔]\s*)(?:共计|合计|满分|总分|共|计)(?=\s*\d)/g, (w) => " ".repeat(w.length));
}

/**
 * An unnumbered 加分/奖励/一票否决 heading ("加分项（最高加3分）", "一票否决事项") or a part of
 * deductions from the total ("扣分项目", "减分项（在总分中扣除）", deductions-part.ts).
 */
export function isPart(text: string): boolean {
  return (
    text.length <= 30 &&
    /加分|奖励|否决|^(?:扣分|减分|倒扣分?)(?:项目|项|事项)/.test(text.trim()) &&
    !/[。；;，,]/.test(text)
  );
}

/** The words that state a cap (最高5分, 上限10分): one list for every reading of a cap. */
export const CAP_WORDS = "最多|最高|上限|封顶|不超过";

const CAP_IN_CAPTION = new RegExp(`(?:${CAP_WORDS})[^\\d]{0,4}(\\d+(?:\\.\\d+)?)\\s*分`);

/** A cap in brackets closing a heading («（最高5分）»): read by capOf, not part of the name. */
export const CAP_IN_BRACKETS = new RegExp(
  `[(（]\\s*(?:${CAP_WORDS})[^()（）]{0,4}\\d+(?:\\.\\d+)?\\s*分\\s*[)）]\\s*$`,
);

/** A cap stated in a caption: "加分项目（最多加5分）", "加分项（上限10分）". */
export function capOf(caption: string): string | undefined {
  return CAP_IN_CAPTION.exec(halfDigits(caption))?.[1];
}

/**
 * A 分值 cell whose figure is followed by words in brackets («5（每季度1.25）», «12（每月1分）»,
 * «10分（按季度考核）»): the figure is the row's points; the words say how they are given, so they
 * go with the standard and the import asks to check them (decision 0340). Before, the first «N分»
 * anywhere in the cell was taken: «12（每月1分）» read as 1 分.
 */
export function pointsRemark(cell: string): { figure: string; remark: string } | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*分?\s*[(（]([^()（）]+)[)）]\s*$/.exec(halfDigits(cell));
  if (m === null) return undefined;
  return { figure: m[1] ?? "", remark: cell.trim().replace(/^[^(（]*[(（]|[)）]\s*$/g, "") };
}

/** The words of a 分值 cell kept in the standard, not read for scoring (they restate the points). */
export const withoutRemark = (standard: string) =>
  standard.replace(/[；;]?分值说明：[^。；;\n]*/g, "");

/**
 * Points opening a standard cell: «本项10分。…», «（15分）…», «8分，…», «满分6分：…», «本项共9分，…» —
 * the row's own when its 分值 cell is blank or there is none (decision 0340). A figure of points
 * is followed by punctuation or closes a bracket, so «5分以上的…» or «1.…» is no such opening.
 */
export function leadingPoints(text: string): string | undefined {
  const t = halfDigits(text).trim();
  return (/^[(（〔]\s*(\d+(?:\.\d+)?)\s*分\s*[)）〕]/.exec(t) ??
    /^(?:本项|该项|此项)?(?:满分|共|计|分值)?(?:为)?\s*(\d+(?:\.\d+)?)\s*分\s*[。，,；;：:]/.exec(
      t,
    ))?.[1];
}

/** "…（2分）" at the end of a 工作要求 cell: the row's points. */
export function trailingPoints(text: string): string | undefined {
  return /[(（〔]\s*(\d+(?:\.\d+)?)\s*分[^)）〕]{0,10}[)）〕]\s*[。.]?\s*$/.exec(
    halfDigits(text),
  )?.[1];
}

/**
 * What a signed 加减分 cell or a 一票否决 heading says about the row's scoring: +5 / 加5分 adds,
 * -20 / 扣10分 deducts within the item (whose points are the figure's magnitude: the engine keeps
 * an item within [0, its points]); a range (-5至-50, 扣0.5-1分, +1至20) is 视情节, 0 or from the
 * lower to the upper figure, the item's points being the upper one (decision 0261).
 */
export function impliedBy(bonusCell: string, veto: boolean): string | undefined {
  if (veto) return "一票否决";
  const t = bonusCell.replace(/\s+/g, "");
  const [n, upper] = [...t.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);
  if (n === undefined) return undefined;
  const range = upper !== undefined && /\d\s*(至|-|—|~|－|到)\s*[+\-－]?\d/.test(t);
  const minus = /^[-－扣减]/.test(t);
  if (range) return minus ? `视情节扣${n}至${upper}分` : `视情节加${n}至${upper}分`;
  return minus ? `扣${n}分` : /^(\+|加)/.test(t) ? `加${n}分` : undefined;
}

/** Signed points of a bonus column (+2, 加5分, +1至20): the magnitude of the largest figure. */
export function signed(text: string): string | undefined {
  const figures = [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);
  return figures.sort((a, b) => Number(b) - Number(a))[0];
}

/** "被查实的" + "每例扣1分" → "被查实的，每例扣1分": a case cell and its standard cell as one sentence. */
export function withCondition(condition: string, standard: string): string {
  if (condition === "" || standard === "") return condition || standard;
  return /[，,。；;：:]$/.test(condition) ? condition + standard : `${condition}，${standard}`;
}

/**
 * The standard with the row's target before it («目标值：≥97%»), so its «达到目标值» reads the
 * figure (sentence/text.ts) and the administrator and the score sheet show it; a dash or an empty
 * cell is no target.
 */
export function withTarget(name: string, target: string, standard: string): string {
  const t = target.trim();
  if (t === "" || /^[-—–/／\\无]+$/.test(t)) return standard;
  const line = `${name.replace(/\s+/g, "").replace(/[（(].*?[)）]$/, "")}：${t}`;
  return standard === "" ? line : `${line}\n${standard}`;
}

/**
 * Points written at the end of the standard («…每低1个百分点扣0.5分。（12分）») are the row's own
 * when its 分值 cell is blank; when the 分值 cell says otherwise on the first row of a heading merged
 * down over the rows below (基\n金\n监\n管 | 日常稽核 | 30 | …（12分）, the cells under 30 blank),
 * the 分值 is that heading's total (`stack`: the open headings) and the standard's points the row's.
 */
export function ownPoints(
  body: Segment,
  row: {
    heads: readonly { k: number }[];
    next: TableRow | undefined;
    bonusCell: string;
    levels: readonly number[];
    stack: readonly Node[];
  },
): void {
  const own = trailingPoints(body.standard);
  if (own === undefined || row.bonusCell !== "" || body.points === own) return;
  if (body.points === undefined) {
    body.points = own;
    return;
  }
  const merged = row.heads.find((h) => row.next?.continued[row.levels[h.k] ?? -1] === true);
  const group = merged === undefined ? undefined : row.stack.find((n) => n.col === merged.k);
  if (group === undefined || group.max !== undefined) return;
  group.max = body.points;
  body.points = own;
}

/** Two lines of one text, with a ； between them unless the first already ends a sentence. */
export function joinLines(first: string, next: string): string {
  if (first === "" || next === "") return first || next;
  return /[。；;.]$/.test(first) ? `${first}${next}` : `${first}；${next}`;
}

/**
 * A row under a 分值 merged down from the row above shares those points: it is one more line of
 * the item above — a case (扣分情形 | 扣分标准 under a merged item), or a named 考核要点 («违规问题处理 |
 * 每例扣2分» under «基金监管 | 24» merged down), whose name then heads its line of the standard, as
 * the first row's does.
 */
export function joinShared(last: Segment, row: Segment): void {
  const line = (s: Segment) => (s.content === "" ? s.standard : `${s.content}：${s.standard}`);
  if (row.content !== "" && last.content !== "") {
    last.standard = line(last);
    last.content = "";
  }
  last.standard = joinLines(last.standard, line(row));
  last.method = joinLines(last.method, row.method);
  last.notes = joinLines(last.notes, row.notes);
}
