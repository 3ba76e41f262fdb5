/**
 * Paragraphs beside a document's tables that are not notes (注：…): a 加分 part written after the
 * table as a heading and numbered paragraphs («加分项（最高加5分）：» «1.…每次加2分»), a 一票否决
 * paragraph («一票否决：…», «发生…的，实行一票否决。»), the whole's total (本细则满分120分, 考核实行百分制:
 * weights are shares of it, decision 0331), and the rest that speaks of points —
 * reported, never dropped unsaid. A paragraph written as a sentence that names no points is read as
 * an unlabelled note is (notes.ts: kept as 说明, a rounding, or reported); a line that is no
 * sentence (an issuer, a date, a heading) is named as not imported (decision 0341).
 */
import type { RubricBlock, TableRow } from "./table.js";
import { paragraphTotal, type ParagraphTotal } from "./weights.js";

/** What the paragraphs of one place hold. */
export interface BesideRead {
  /** 加分 parts written as paragraphs, each a block under its heading. */
  blocks: RubricBlock[];
  /** Paragraphs read as notes are (a 一票否决 among them), as written. */
  notes: string[];
  /** Paragraphs that speak of points and were not read, as written. */
  rest: string[];
  /** The whole's totals the paragraphs state (a paragraph read whole is not in `rest`). */
  totals: ParagraphTotal[];
  /** Sentences that name no points, without a note's label: read as notes are (decision 0341). */
  prose: string[];
  /** Lines that are no sentence (an issuer, a date, a heading), as written: said, never kept. */
  lines: string[];
}

/** A paragraph that is a note (注：…, 说明：…, 备注：…, 附注：…). */
export const NOTE = /^(注|说明|备注|附注)\s*\d*\s*[:：]/;
const VETO = /一票否决|实行否决/;
/** A paragraph about scoring: points, an addition or a deduction, a veto. */
const SPEAKS_OF_POINTS = /\d+(?:\.\d+)?\s*分|扣分|加分|不得分|否决|满分|百分制/;
/** A heading's leading number (一、 （二） 3.). */
const HEADING_NUMBER =
  /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[)）])\s*/;
/** A numbered paragraph (1. 1、 （1） ①) and its number. */
const ITEM_NUMBER = /^\s*(?:\d+\s*[.、．](?!\d)|[（(]\s*\d+\s*[)）]|[①-⑳])\s*/;
/** A cap in a heading («最高加5分», «累计不超过3分»), taken out before looking for an award. */
const CAP =
  /[（(]?[^（(）)]{0,6}(?:最多|最高|上限|封顶|不超过|不得超过)[^\d（(）)]{0,4}\d+(?:\.\d+)?\s*分[)）]?/g;
const AWARD = /[加扣得奖]\s*\d+(?:\.\d+)?\s*分/;
/** A 文件's closing lines (抄送：…, …印发, （此件公开发布）): the notice's, not the rubric's. */
const FILE_END = /^(?:抄送|抄报|主送|分送)\s*[:：]|印发\s*$|^[（(]此件/;
/** A paragraph written as a sentence: it closes with a sentence's mark. */
const SENTENCE = /[。！!；;？?]$/;

/** A 加分 heading: short, names an addition or reward, awards nothing itself beside its cap. */
function bonusHeading(paragraph: string): { heading: string; inline: string } | undefined {
  const colon = /[:：]/.exec(paragraph);
  const heading = (colon !== null ? paragraph.slice(0, colon.index) : paragraph).trim();
  const inline = colon !== null ? paragraph.slice(colon.index + 1).trim() : "";
  const bare = heading.replace(HEADING_NUMBER, "");
  if (bare.length > 30 || !/^(?:[^，,。；;]{0,6})?(?:加分|奖励|奖分)/.test(bare)) return undefined;
  if (AWARD.test(bare.replace(CAP, ""))) return undefined;
  return { heading: bare.replace(/[。；;，,]+$/, ""), inline };
}

/** A row of a paragraph item: its first clause as the name, the whole as the standard. */
function itemRow(text: string): TableRow {
  const name = (text.split(/[，,；;。]/)[0] ?? text).trim();
  return { cells: [name, text], continued: [false, false] };
}

/** A block of paragraph rows under a 加分 heading (the columns a paragraphs-only rubric has). */
function partBlock(caption: string, rows: TableRow[]): RubricBlock {
  return {
    columns: { roles: new Map([["standard", 1]]), levels: [0], unused: [], ignored: [] },
    rows,
    headed: true,
    continues: false,
    caption,
  };
}

/**
 * Reads the paragraphs of one place (after the last table, or before the first). Under a 加分
 * heading its numbered paragraphs (and a text after its colon) are the part's items; a 一票否决
 * heading's numbered paragraphs are its conditions, read as a listed note.
 */
export function readBeside(paragraphs: readonly string[]): BesideRead {
  const out: BesideRead = { blocks: [], notes: [], rest: [], totals: [], prose: [], lines: [] };
  let bonus: { caption: string; rows: TableRow[] } | undefined;
  let veto: string[] | undefined;
  // 说明： and its numbered paragraphs (1.… 2.…): one note, as written.
  let note: string[] | undefined;
  const close = () => {
    if (bonus !== undefined && bonus.rows.length > 0)
      out.blocks.push(partBlock(bonus.caption, bonus.rows));
    if (veto !== undefined && veto.length > 0)
      out.notes.push(`下列情形之一的，实行一票否决：${veto.join("\n")}`);
    if (note !== undefined) out.notes.push(note.join("\n"));
    bonus = undefined;
    veto = undefined;
    note = undefined;
  };
  for (const raw of paragraphs) {
    const p = raw.trim();
    if (p === "") continue;
    const numbered = ITEM_NUMBER.test(p);
    if (numbered && bonus !== undefined) {
      bonus.rows.push(itemRow(p.replace(ITEM_NUMBER, "")));
      continue;
    }
    if (numbered && veto !== undefined) {
      veto.push(p.replace(ITEM_NUMBER, "").replace(/[；;。]+$/, "") + "；");
      continue;
    }
    if (numbered && note !== undefined) {
      note.push(p);
      continue;
    }
    close();
    const heading = bonusHeading(p);
    if (heading !== undefined) {
      bonus = { caption: heading.heading, rows: [] };
      if (heading.inline !== "" && AWARD.test(heading.inline))
        bonus.rows.push(itemRow(heading.inline));
    } else if (/^[^，,。；;]{0,12}一票否决[^，,。；;]{0,6}[:：]?$/.test(p)) veto = [];
    else if (NOTE.test(p)) note = [p];
    else if (VETO.test(p)) out.notes.push(p);
    else {
      const total = paragraphTotal(p);
      if (total !== undefined) out.totals.push(total);
      if (total?.whole === true || FILE_END.test(p)) continue;
      if (SPEAKS_OF_POINTS.test(p)) out.rest.push(p);
      else (SENTENCE.test(p) ? out.prose : out.lines).push(p);
    }
  }
  close();
  return out;
}

/** Texts one after another, a ； after one without a closing mark of its own. */
const listed = (texts: readonly string[]) =>
  texts.map((t, i) => (i < texts.length - 1 && !/[。；;！!？?]$/.test(t) ? `${t}；` : t)).join("");

/**
 * What the import says of the text beside the tables it neither read nor kept — lines that are
 * no sentence (an issuer, a date, a heading) and a preamble's sentences of no scoring: named once
 * per place as not imported, so no text is dropped unsaid (decision 0341).
 */
export function linesSaid(lines: { before: string[]; after: string[] } | undefined): string[] {
  const said = (where: string, texts: string[]) =>
    texts.length > 0 ? [`${where}的其他文字未导入：${listed(texts)}`] : [];
  return [...said("表格前", lines?.before ?? []), ...said("表格后", lines?.after ?? [])];
}
