/**
 * The item tree of a rubric table. A row whose 序号 or 项目 cell starts (is not a merged
 * continuation) opens a top-level item; each row adds a segment (分值, 评价内容, 评分标准, 评价办法,
 * 备注). A segment whose 评价内容 begins with a code ("1.1 …") is one item; a 评分标准 numbered
 * "1.…2.…" splits into items; otherwise the segment is one item. A top-level item with one
 * segment and no split is itself a leaf (打击欺诈骗保 10分).
 */
import { addDecimals } from "../score-rows.js";
import type { RubricTable, Role } from "./table.js";

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
  children: DraftItem[];
}

interface Segment {
  points: string | undefined;
  content: string;
  standard: string;
  method: string;
  notes: string;
}

const POINTS = /(\d+(?:\.\d+)?)\s*分/;

/** "10分" → "10"; undefined when there is no number. */
function pointsOf(text: string): string | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(分)?\s*$/.exec(text) ?? POINTS.exec(text);
  return m?.[1];
}

/** Splits "1.xxx。2.yyy。" into its numbered parts (numbers must run 1, 2, 3…); one part when not numbered. */
export function splitNumbered(text: string): string[] {
  const starts: number[] = [];
  const re = /(^|[。;；\s])\s*(\d{1,2})\s*[.．、](?!\d)/g;
  let expected = 1;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (Number(m[2]) === expected) {
      starts.push(m.index + (m[1] ?? "").length);
      expected++;
    }
  }
  if (starts.length < 2) return [text];
  return starts.map((s, i) =>
    text
      .slice(s, starts[i + 1] ?? text.length)
      .replace(/^\s*\d{1,2}\s*[.．、]\s*/, "")
      .trim(),
  );
}

/** A leaf's title: its first clause without numbering and points. */
function titleOf(text: string): string {
  const first = text.split(/[,，;；。:：]/)[0] ?? text;
  return (
    first
      .replace(/^\s*(\d+(\.\d+)+\s*|\d+\s*[.．、]\s*)/, "")
      .replace(/\(\d+(\.\d+)?分\)|（\d+(\.\d+)?分）/g, "")
      .trim()
      .slice(0, 40) || "未命名项目"
  );
}

/** Builds the top-level items of a table. */
export function buildDraftItems(table: RubricTable): DraftItem[] {
  const at = (row: { cells: string[]; continued: boolean[] }, role: Role) => {
    const i = table.roles.get(role);
    return i === undefined
      ? { text: "", continued: true }
      : { text: (row.cells[i] ?? "").trim(), continued: row.continued[i] === true };
  };
  const groups: { code: string; title: string; max: string | undefined; segments: Segment[] }[] =
    [];
  for (const row of table.rows) {
    const code = at(row, "code");
    const title = at(row, "title");
    if (/^(合计|总计|总分|小计)/.test(code.text || title.text)) continue;
    const opens = (!code.continued && code.text !== "") || (!title.continued && title.text !== "");
    if (opens) {
      const lead = /^(\d+)\s*[.．、]?\s*/.exec(title.text);
      const groupPoints = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*$/.exec(title.text);
      groups.push({
        code: code.text.replace(/[.．、\s]/g, "") || lead?.[1] || String(groups.length + 1),
        title:
          title.text
            .replace(/^(\d+)\s*[.．、]\s*/, "")
            .replace(/\s*[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*$/, "")
            .trim() || `第${groups.length + 1}项`,
        max: groupPoints?.[1],
        segments: [],
      });
    }
    const group = groups[groups.length - 1];
    if (group === undefined) continue;
    const segment = {
      points: pointsOf(at(row, "points").text),
      content: at(row, "content").text,
      standard: at(row, "standard").text,
      method: at(row, "method").text,
      notes: at(row, "notes").text,
    };
    if (segment.content === "" && segment.standard === "" && segment.points === undefined) continue;
    group.segments.push(segment);
  }
  return groups.map((g) => {
    const bonus = /加分/.test(g.title);
    const children: DraftItem[] = [];
    for (const s of g.segments) {
      const coded = /^(\d+(?:\.\d+)+)\s*[.．、]?\s*/.exec(s.content);
      const parts = coded === null ? splitNumbered(s.standard) : [s.standard];
      parts.forEach((part, i) => {
        const explicit =
          /[(（](\d+(?:\.\d+)?)分[)）]/.exec(part)?.[1] ??
          (parts.length > 1 ? /得(\d+(?:\.\d+)?)分/.exec(part)?.[1] : undefined);
        children.push({
          code: coded?.[1] ?? `${g.code}.${children.length + 1}`,
          title: titleOf(coded !== null ? s.content : part),
          max: parts.length > 1 ? explicit : (s.points ?? explicit),
          content: coded !== null ? s.content.slice(coded[0].length) : s.content,
          standard: part,
          method: i === 0 || parts.length === 1 ? s.method : "",
          notes: s.notes,
          bonus,
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
      return { ...only, code: g.code, title: g.title, max: max ?? only.max, bonus, children: [] };
    }
    return {
      code: g.code,
      title: g.title,
      max,
      content: "",
      standard: "",
      method: "",
      notes: "",
      bonus,
      children,
    };
  });
}
