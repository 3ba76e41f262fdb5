/**
 * The items under one heading of a rubric (outline.ts finds the headings): each row adds a
 * segment (分值, 评价内容, 评分标准, 评价办法, 备注). A segment whose 评价内容 begins with a code
 * ("1.1 …") is one item; a 评分标准 numbered "1.…2.…" (or ①…②…, (1)…(2)…) splits into items;
 * otherwise the segment is one item. A heading with one segment and no split is itself a leaf
 * (打击欺诈骗保 10分).
 */
import { parseDecimal } from "@kaoping/engine";
import { addDecimals } from "../score-rows.js";
import { halfDigits } from "./outline-cells.js";

/** A draft item before rules are proposed. */
export interface DraftItem {
  code: string;
  title: string;
  /** From the table: "(1分)", the 分值 column, or the group's "(30分)"; undefined for bonus items to be computed. */
  max: string | undefined;
  content: string;
  standard: string;
  method: string;
  notes: string;
  /** A 加分 group: its children are bonus items and its max is a cap. */
  bonus: boolean;
  /** Scoring the table says outside the text (a signed 加减分 cell, a 一票否决 group): read after it. */
  implied?: string;
  /** What the reading could not be sure of, said in the import's warnings (decision 0336). */
  doubt?: string;
  /** Where its 分值 is written when not on its own heading: 工作表“汇总” (decision 0345). */
  maxWhere?: string;
  children: DraftItem[];
}

/** One row's scoring part under a heading. */
export interface Segment {
  points: string | undefined;
  content: string;
  standard: string;
  method: string;
  notes: string;
  /** See DraftItem.implied. */
  implied?: string;
  /** See DraftItem.doubt. */
  doubt?: string;
}

const POINTS = /(\d+(?:\.\d+)?)\s*分/;

/**
 * A figure alone in a 分值 cell, the word naming it before it or not: «10», «10分», «分值：6»,
 * «计10分», «满分 5» (decision 0345; before, «分值：6» had no «N分» and was read as blank).
 */
const ALONE =
  /^\s*(?:(?:分值|满分|总分|共计|合计|共|计)\s*(?:为)?\s*[:：]?)?\s*(\d+(?:\.\d+)?)\s*(分)?\s*$/;

/** "10分" → "10"; undefined when there is no number. */
export function pointsOf(text: string): string | undefined {
  const half = halfDigits(text);
  const m = ALONE.exec(half) ?? POINTS.exec(half);
  return m?.[1];
}

/**
 * An item's maximum written in its standard when the table gives none: 最高不超过N分, 最多（加）N分,
 * 上限N分, 封顶N分, 最高扣N分 — the last one stated wins (a sentence's own cap follows its clause).
 */
export function statedMax(text: string): string | undefined {
  const re =
    /(?:最高不(?:得)?超过|最多不超过|累计不超过|不超过|最高|最多|上限(?:为)?|封顶)\s*(?:加|扣|得|奖|计)?\s*(\d+(?:\.\d+)?)\s*分|(?:加|扣)分(?:上限|封顶)(?:为)?\s*(\d+(?:\.\d+)?)\s*分|(\d+(?:\.\d+)?)\s*分封顶/g;
  let last: string | undefined;
  for (const m of text.matchAll(re)) last = m[1] ?? m[2] ?? m[3];
  return last;
}

/**
 * A bonus item's points when neither its table cell nor a cap states them: the largest amount its
 * standard awards (省级推广的加3分，市级加1分 → 3; 位居前三名的加2分 → 2). An amount given per
 * occurrence (每次加1分) has no such bound, so there is none.
 */
export function awardedMax(text: string): string | undefined {
  if (/每[^，,。；;]{0,15}(加|奖)/.test(text)) return undefined;
  const amounts = [...text.matchAll(/(?:加|奖励?)\s*(\d+(?:\.\d+)?)\s*分/g)].map(
    (m) => m[1] ?? "0",
  );
  return amounts.sort((a, b) => Number(b) - Number(a))[0];
}

const markers: [RegExp, (n: number) => string][] = [
  [/(^|[。;；:：\s])\s*(\d{1,2})\s*[.．、](?!\d)/g, (n) => String(n)],
  [/(^|[。;；:：\s])\s*[(（](\d{1,2})[)）]/g, (n) => String(n)],
  [/(^|[。;；,，\s]?)([①②③④⑤⑥⑦⑧⑨⑩])/g, (n) => "①②③④⑤⑥⑦⑧⑨⑩"[n - 1] ?? ""],
];

/** Splits "1.xxx。2.yyy。" (or ①…②…, (1)…(2)…) into its numbered parts (numbers must run 1, 2, 3…); one part when not numbered. */
export function splitNumbered(text: string): string[] {
  for (const [re, nth] of markers) {
    const starts: number[] = [];
    const lengths: number[] = [];
    let expected = 1;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if ((m[2] ?? "") === nth(expected) || m[2] === String(expected)) {
        starts.push(m.index + (m[1] ?? "").length);
        lengths.push(m[0].length - (m[1] ?? "").length);
        expected++;
      }
    }
    if (starts.length < 2 || ((starts[0] ?? 0) > 0 && text.slice(0, starts[0]).trim().length > 40))
      continue;
    return starts.map((s, i) =>
      text.slice(s + (lengths[i] ?? 0), starts[i + 1] ?? text.length).trim(),
    );
  }
  return [text];
}

/** A numbered part's own points: "（2分）", or "得2分" when the part is one of several. */
function ownPoints(part: string, several: boolean): string | undefined {
  return (
    /[(（〔[](\d+(?:\.\d+)?)分[)）〕\]]/.exec(part)?.[1] ??
    (several ? /得(\d+(?:\.\d+)?)分/.exec(part)?.[1] : undefined)
  );
}

/**
 * Numbered lines each marked with its points that do not come to the row's 分值 (1.…（5分）
 * 2.…（4分） under 15): what to say of it; undefined when they come to it, or are not all marked.
 */
function linesGap(parts: readonly string[], points: string | undefined): string | undefined {
  if (parts.length < 2 || points === undefined) return undefined;
  const own = parts.map((part) => ownPoints(part, true));
  if (own.some((p) => p === undefined)) return undefined;
  const sum = addDecimals(own.map((p) => p ?? "0"));
  const written = parseDecimal(points);
  if (written === undefined || parseDecimal(sum)?.equals(written) !== false) return undefined;
  return `评分标准分 ${parts.length} 条，各条所标分值合计 ${sum} 分，与本项分值 ${points} 分不一致：未拆分为 ${parts.length} 项，仍按本项 ${points} 分导入，请核对`;
}

/** One line's name: its first clause without numbering and points. */
function nameOf(line: string): string {
  return (line.split(/[,，;；。:：]/)[0] ?? line)
    .replace(/^\s*(\d+(\.\d+)+\s*|\d+\s*[.．、]\s*)/, "")
    .replace(/\(\d+(\.\d+)?分\)|（\d+(\.\d+)?分）/g, "")
    .trim();
}

/**
 * A leaf's title: its first clause without numbering and points; of a cell of numbered lines
 * (1.参保扩面（5分）↵2.基金监管（10分）), the lines' names together (参保扩面、基金监管).
 */
function titleOf(text: string): string {
  const bare = text.replace(/[(（〔[]\s*\d+(\.\d+)?\s*分[^)）〕\]]{0,12}[)）〕\]]/g, "");
  const lines = bare.split("\n").filter((l) => l.trim() !== "");
  const numbered = lines.length > 1 && lines.every((l) => /^\s*\d+\s*[.．、]/.test(l));
  const title = numbered ? lines.map(nameOf).join("、") : nameOf(bare.split("\n")[0] ?? bare);
  return title.slice(0, 40) || "未命名项目";
}

/** A heading with the rows under it: the item, or a group of the items its segments hold. */
export interface SegmentGroup {
  code: string;
  title: string;
  max: string | undefined;
  segments: Segment[];
}

/** The draft item of a heading whose rows hold segments (分值, 评价内容, 评分标准 …). */
export function itemOfSegments(g: SegmentGroup, bonusGroup = false): DraftItem {
  {
    const bonus = bonusGroup || /加分|奖励分|奖分/.test(g.title);
    const children: DraftItem[] = [];
    for (const s of g.segments) {
      const coded = /^(\d+(?:\.\d+)+)\s*[.．、]?\s*/.exec(s.content);
      const numbered = coded === null ? splitNumbered(s.standard) : [s.standard];
      // ①…②… / (1)…(2)… lines none of which has points of its own are the lines of one
      // standard (每例扣1分；每例扣2分), not items to be given points — but in a bonus item
      // each numbered line is an award of its own (its points are what it awards).
      const marked =
        bonus || numbered.some((part) => ownPoints(part, true) !== undefined)
          ? numbered
          : [s.standard];
      // Lines whose points do not come to the row's 分值 are not its items: the item keeps the
      // 分值 as written, its lines read as its standard, and the gap is said (decision 0336).
      const gap = bonus ? undefined : linesGap(marked, s.points);
      const parts = gap === undefined ? marked : [s.standard];
      parts.forEach((part, i) => {
        const explicit = ownPoints(part, parts.length > 1);
        children.push({
          code: coded?.[1] ?? `${g.code}.${children.length + 1}`,
          title: titleOf(
            coded !== null || (parts.length === 1 && s.content !== "") ? s.content : part,
          ),
          max: parts.length > 1 ? explicit : (s.points ?? explicit),
          content: coded !== null ? s.content.slice(coded[0].length) : s.content,
          standard: part,
          method: i === 0 || parts.length === 1 ? s.method : "",
          notes: s.notes,
          bonus,
          ...(s.implied !== undefined ? { implied: s.implied } : {}),
          ...((gap ?? s.doubt) !== undefined ? { doubt: gap ?? s.doubt } : {}),
          children: [],
        });
      });
    }
    const max =
      g.max ??
      (g.segments.every((s) => s.points !== undefined)
        ? addDecimals(g.segments.map((s) => s.points ?? "0"))
        : undefined);
    const only = children[0];
    const coded = g.segments.some((s) => /^\d+(\.\d+)+/.test(s.content));
    if (children.length === 1 && only !== undefined && g.segments.length === 1 && !coded) {
      return {
        ...only,
        code: g.code,
        title: g.title || only.title,
        max: max ?? only.max,
        bonus,
        children: [],
      };
    }
    return {
      code: g.code,
      title: g.title || "未命名项目",
      max,
      content: "",
      standard: "",
      method: "",
      notes: "",
      bonus,
      children,
    };
  }
}
