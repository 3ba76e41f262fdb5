/**
 * Notes written beside a .docx rubric's tables (注：…, 说明：…). A 一票否决 stated there is a rule of
 * the scheme: its conditions are read as a list of veto conditions, as a 一票否决 table is. A
 * sentence saying what kaoping does anyway (各项扣分以该项分值为限, 扣完为止) is reported as such; one
 * stating how scores are rounded (得分保留两位小数) is the scheme's 得分小数位数 (score-places.ts).
 * What says nothing of scoring (本细则由…负责解释, 考核数据截至…) is kept as written, the scheme's
 * 说明 (decision 0335); what states points or a scoring consequence and was not read is reported
 * as not imported: a note nothing was taken from as written, else the sentences left.
 */

import { statedPlaces } from "./score-places.js";
import { paragraphTotal, type ParagraphTotal } from "./weights.js";

/** What the notes of one place (between the tables, or after them) hold. */
export interface NotesRead {
  /** Veto conditions, each as written without its numbering and its consequence. */
  vetoes: string[];
  /** Sentences that state how kaoping scores anyway. */
  agreed: string[];
  /** Sentences that state how scores are rounded, with the places each states. */
  places: { places: number; sentence: string }[];
  /** Sentences that carry scoring and were not read, as written. */
  rest: string[];
  /** Notes (or their sentences) that say nothing of scoring, as written: the scheme's 说明. */
  kept: string[];
  /** The whole's totals the notes state (注：本表满分120分), each with its sentence (decision 0336). */
  totals: ParagraphTotal[];
}

const LEAD = /^(?:注|说明|备注|附注)\s*\d*\s*[:：]\s*/;
const NUMBERING =
  /^\s*(?:\d+\s*[.、．]|[（(]\s*\d+\s*[)）]|[①-⑳]|[一二三四五六七八九十]+\s*[、.．])\s*/;
const VETO =
  /一票否决|实行否决|(?:考核(?:结果|等次)?|年度考核)(?:直接)?(?:定为|确定为|评为|为)不合格/;
/** 发生下列情形之一的，实行一票否决： — a lead-in to a list of conditions. */
const VETO_LIST =
  /(?:以下|下列)(?:情形|情况|事项)(?:之一)?的?[，,]?(?:实行|予以|作)?一票否决(?:处理)?\s*[:：]\s*/;
/** How kaoping scores anyway: a deduction never takes an item below 0. */
const AGREED =
  /(?:扣分|扣减)(?:以(?:该|本|各)项(?:目)?(?:分值|标准分|分数|分)为限|不(?:得)?(?:超过|超出)(?:该|本|各)项(?:目)?(?:分值|标准分|分数|分))|扣完为止|扣至0分为止|(?:最低|最少)(?:扣)?(?:为|至)?0分|不(?:得)?(?:出现)?负分/;
const CONSEQUENCE =
  /[，,]?\s*(?:实行|予以|作)?(?:一票否决|实行否决|(?:考核(?:结果|等次)?|年度考核)(?:直接)?(?:定为|确定为|评为|为)不合格(?:等次)?)(?:处理)?[。.；;]?$/;

/**
 * What makes a text a scoring rule: points (3分, 扣二分, 满分, 总分, 分值, 百分制), an addition, a
 * deduction or a score (扣分, 加分, 得分, 计0分, 不予计分), rounding (四舍五入, 保留两位小数, 取整),
 * a weight or a share (权重, 系数, 按比例, 折算), a rate or figure to reach (90%), how a threshold is
 * counted (以上含本数), a rank, a grade (评为优秀, 等次), a veto (一票否决, 定为不合格).
 */
const SCORING = new RegExp(
  [
    /[\d０-９]\s*分(?![钟之])/.source,
    /(?:扣|加|减|得|计|记|赋|给|倒扣|扣除|扣减|核减)\s*(?:[\d.０-９]+|[一二两三四五六七八九十百半零]+)?\s*分(?![钟之析类级别管配工布散批期担摊化享局行支])/
      .source,
    /(?:[一二两三四五六七八九][十百]?[一二三四五六七八九]?|[十百][一二三四五六七八九]|半|零)分(?![钟之析类级别管配工布散批期担摊化享局行支])/
      .source,
    // 十分 alone is also «very» (十分重视): points only where the clause ends on it.
    /十分(?=[。；;，,）)]|$)/.source,
    /满分|总分|基础分|分值|分数|[百千]分制|零分|扣除|扣减|核减|扣罚|加计|倒扣/.source,
    /四舍五入|小数|取整|进位|舍去/.source,
    /权重|系数|按比例|折算|占比/.source,
    /[\d０-９]\s*[%％‰]|百分之|百分点/.source,
    /含本数|以上(?:含|包括)|以下(?:含|不含)/.source,
    /排名|名次|前\s*\d+\s*名|末位|倒数第/.source,
    /等次|档次|评为(?:优秀|良好|合格|不合格|先进)|定为(?:优秀|良好|合格|不合格)|[为是](?:优秀|良好|合格|不合格)(?:等次)?[。；;，,]?$/
      .source,
    VETO.source,
    /否决/.source,
  ].join("|"),
);

/** Whether a note or a sentence of one states points or a scoring consequence (SCORING). */
export function carriesScoring(text: string): boolean {
  return SCORING.test(text);
}

/** A condition without its 一票否决： label, numbering and consequence. */
function conditionOf(clause: string): string {
  return clause
    .replace(/^一票否决(?:事项|情形|条件)?\s*[:：]\s*/, "")
    .replace(CONSEQUENCE, "")
    .replace(/[，,；;。]+$/, "")
    .trim();
}

/** Sentences of notes: split at 。 and ；, each without its numbering and as written. */
function sentences(note: string): { text: string; written: string }[] {
  return note
    .replace(LEAD, "")
    .split(/(?<=[。；;])|\n/)
    .map((s) => ({ text: s.replace(NUMBERING, "").trim(), written: s.trim() }))
    .filter((s) => s.text !== "");
}

/** Reads the notes of one place. */
export function readNotes(notes: readonly string[]): NotesRead {
  const out: NotesRead = { vetoes: [], agreed: [], places: [], rest: [], kept: [], totals: [] };
  const takenOf = () =>
    out.vetoes.length + out.agreed.length + out.places.length + out.totals.length;
  for (const note of notes) {
    const taken = takenOf();
    const left: { text: string; written: string }[] = [];
    // Inside a list of conditions after a lead-in: it goes on while its sentences end with ；.
    let listing = false;
    for (const { text: s, written } of sentences(note)) {
      const goesOn = /[；;:：]$/.test(s);
      const lead = VETO_LIST.exec(s);
      if (lead !== null) {
        const after = conditionOf(s.slice(lead.index + lead[0].length).replace(NUMBERING, ""));
        if (after !== "") out.vetoes.push(after);
        listing = after === "" || goesOn;
        continue;
      }
      const condition = conditionOf(s);
      const places = statedPlaces(s);
      const total = paragraphTotal(s);
      if (places !== undefined) out.places.push({ places, sentence: s.replace(/[。；;]+$/, "") });
      else if (total?.whole === true) {
        // The whole's total (本表满分120分) is read; what else the sentence says is kept or reported.
        out.totals.push({ ...total, where: "说明" });
        if (total.left !== "") left.push({ text: total.left, written: total.left });
      } else if (AGREED.test(s)) out.agreed.push(s.replace(/[。；;]+$/, ""));
      else if ((listing || VETO.test(s)) && condition !== "") out.vetoes.push(condition);
      else left.push({ text: s, written });
      listing = listing && goesOn;
    }
    const scoring = left.filter((s) => carriesScoring(s.text));
    const whole = takenOf() === taken && (scoring.length === 0 || scoring.length === left.length);
    // A note nothing was taken from, all of one kind, is kept or reported as written; else its
    // sentences are, each where it belongs.
    if (whole && left.length > 0) (scoring.length > 0 ? out.rest : out.kept).push(note.trim());
    else if (!whole) {
      out.rest.push(...scoring.map((s) => s.text));
      out.kept.push(...left.filter((s) => !scoring.includes(s)).map((s) => s.written));
    }
  }
  return out;
}

/** Notes one after another as written, a ； after one that has no closing mark of its own. */
const listed = (notes: readonly string[]) =>
  notes.map((n, i) => (i < notes.length - 1 && !/[。；;！!？?]$/.test(n) ? `${n}；` : n)).join("");

/**
 * The scheme's 说明 from the notes kept (one a line, as written, while they fit in `max`
 * characters) and what the import says of them:
 * «已作为方案说明保留（N条）：…», and the notes that did not fit, named as not imported.
 */
export function keptNotes(
  kept: readonly string[],
  max: number,
): { description?: string; said: string[] } {
  const fit: string[] = [];
  const over: string[] = [];
  let length = -1;
  for (const note of kept) {
    length += note.length + 1;
    (length <= max && over.length === 0 ? fit : over).push(note);
  }
  return {
    ...(fit.length > 0 ? { description: fit.join("\n") } : {}),
    said: [
      ...(fit.length > 0 ? [`已作为方案说明保留（${fit.length}条）：${listed(fit)}`] : []),
      ...over.map((n) => `说明超出方案说明的 ${max} 字上限，未导入：${n}`),
    ],
  };
}
