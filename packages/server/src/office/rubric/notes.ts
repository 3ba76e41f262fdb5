/**
 * Notes written beside a .docx rubric's tables (注：…, 说明：…). A 一票否决 stated there is a rule of
 * the scheme: its conditions are read as a list of veto conditions, as a 一票否决 table is. A
 * sentence saying what kaoping does anyway (各项扣分以该项分值为限, 扣完为止) is reported as such; one
 * stating how scores are rounded (得分保留两位小数) is the scheme's 得分小数位数 (score-places.ts).
 * The rest is reported as not imported: a note nothing was taken from as written, else the
 * sentences left.
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
  /** Sentences not read, as written. */
  rest: string[];
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

/** A condition without its 一票否决： label, numbering and consequence. */
function conditionOf(clause: string): string {
  return clause
    .replace(/^一票否决(?:事项|情形|条件)?\s*[:：]\s*/, "")
    .replace(CONSEQUENCE, "")
    .replace(/[，,；;。]+$/, "")
    .trim();
}

/** Sentences of notes: split at 。 and ；, numbering dropped. */
function sentences(note: string): string[] {
  return note
    .replace(LEAD, "")
    .split(/(?<=[。；;])|\n/)
    .map((s) => s.replace(NUMBERING, "").trim())
    .filter((s) => s !== "");
}

/** Reads the notes of one place. */
export function readNotes(notes: readonly string[]): NotesRead {
  const out: NotesRead = { vetoes: [], agreed: [], places: [], rest: [], totals: [] };
  const takenOf = () =>
    out.vetoes.length + out.agreed.length + out.places.length + out.totals.length;
  for (const note of notes) {
    const taken = takenOf();
    const restBefore = out.rest.length;
    // Inside a list of conditions after a lead-in: it goes on while its sentences end with ；.
    let listing = false;
    for (const s of sentences(note)) {
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
        // The whole's total (本表满分120分) is read; what else the sentence says is reported.
        out.totals.push({ ...total, where: "说明" });
        if (total.left !== "") out.rest.push(total.left);
      } else if (AGREED.test(s)) out.agreed.push(s.replace(/[。；;]+$/, ""));
      else if ((listing || VETO.test(s)) && condition !== "") out.vetoes.push(condition);
      else out.rest.push(s);
      listing = listing && goesOn;
    }
    // A note nothing was taken from is reported as written.
    if (takenOf() === taken) out.rest.splice(restBefore, Infinity, note.trim());
  }
  return out;
}
