/**
 * A rubric written as paragraphs, not a table ("三、考核内容及办法 (一)应保尽保(15分) 1、政策落实
 * (6分)。…"): the text is cut where a numbered heading starts (一、 （一） 1、 1.1 (1) ① A、),
 * and each piece becomes a row — the heading with its points in the level column, the sentences
 * after it in the standard column — for the same outline reading as a table.
 */
import { halfDigits } from "./outline-cells.js";
import type { RubricBlock, TableRow } from "./table.js";

const HEADING =
  /(?:^|(?<=[。；;)）\s]))(第[一二三四五六七八九十]+(?:部分|项|章)|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+(?:\.\d+)+|\d+[、.．](?!\d)|[（(]\d+[)）]|[①-⑳]|[A-H]、)/g;
const POINTS = /^[^。；;]{0,40}?[(（〔]\s*\d+(?:\.\d+)?\s*分[^)）〕]{0,8}[)）〕]/;
const SCORING = /(扣|得|加|计|记|奖)\s*\d+(?:\.\d+)?\s*分|不得分|酌情|一票否决/;
/** A heading without points that still opens a part: 加分项目, 一票否决. */
const PART = /加分|奖励|否决/;

/** Rows of a paragraphs-only rubric; undefined when the paragraphs hold fewer than two scored headings. */
export function paragraphRows(paragraphs: readonly string[]): RubricBlock | undefined {
  const text = paragraphs
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .join("\n");
  // Headings and points are found in full-width digits too (（１０分）); rows keep the text as written.
  const half = halfDigits(text);
  const starts = [...half.matchAll(HEADING)].map((m) => m.index);
  const rows: TableRow[] = [];
  let scored = 0;
  starts.forEach((s, i) => {
    const end = starts[i + 1] ?? text.length;
    const chunk = text.slice(s, end).trim();
    const points = POINTS.exec(halfDigits(chunk));
    if (points !== null) {
      scored++;
      const heading = chunk.slice(0, points[0].length);
      const rest = chunk.slice(points[0].length).replace(/^[。.，,\s]+/, "");
      rows.push({ cells: [heading, rest], continued: [false, false] });
    } else {
      // "四、一票否决\n发生…的，一票否决。": a short first line is the heading, the rest its rule.
      const [first = "", ...more] = chunk.split("\n");
      const rest = more.join("\n").trim();
      if (first.length <= 20 && PART.test(first) && (rest === "" || SCORING.test(rest)))
        rows.push({ cells: [first, rest], continued: [false, false] });
      else if (SCORING.test(chunk)) {
        const title = chunk.split(/[，,；;。\n]/)[0] ?? chunk;
        rows.push({ cells: [title, chunk], continued: [false, false] });
      }
    }
  });
  if (scored < 2) return undefined;
  return {
    columns: { roles: new Map([["standard", 1]]), levels: [0], unused: [], ignored: [] },
    rows,
    headed: true,
    continues: false,
  };
}

/** A paragraph starting with a numbered heading. */
const HEADED = new RegExp(`^(?:${HEADING.source})`);

/**
 * The paragraphs of a paragraphs-only rubric, and those after its last item that are not its
 * (decision 0330): trailing paragraphs with no heading and no scoring sentence, after a last
 * item whose own text scores (本细则所称…, 本细则由…负责解释), are notes under the rubric — reported,
 * not read into that item's standard.
 */
export function trailingNotes(paragraphs: readonly string[]): { body: string[]; notes: string[] } {
  const texts = paragraphs.map((p) => p.trim()).filter((p) => p !== "");
  let end = texts.length;
  while (end > 0) {
    const p = halfDigits(texts[end - 1] ?? "");
    if (HEADED.test(p) || SCORING.test(p) || POINTS.test(p)) break;
    end--;
  }
  const last = texts.slice(0, end).findLastIndex((p) => HEADED.test(halfDigits(p)));
  const item = texts.slice(Math.max(last, 0), end).join("\n");
  if (last < 0 || end === texts.length || !SCORING.test(halfDigits(item)))
    return { body: texts, notes: [] };
  return { body: texts.slice(0, end), notes: texts.slice(end) };
}
