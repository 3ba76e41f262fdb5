/**
 * Bare amounts (每次0.5分, 1分/项, 每缺一项0.5分, 漏报一例1分): an amount after a unit of counting
 * with no 扣/加/得. Whether it deducts or awards comes from the context — an item of a 加分 group
 * awards; a negative condition (未/缺/漏/不/违规…) deducts; otherwise it awards — and the draft
 * says what was assumed (decision 0294). 得一半分 is valued here too, from the item's points.
 */
import { parseDecimal } from "@kaoping/engine";
import type { ItemText } from "../proposal.js";
import { YEAR_PERIODS } from "./counts.js";
import { conditionOf, roleOfParts, type Statement } from "./statements.js";

/** Words of a condition that something is missing or wrong: the amount is a deduction. */
const NEGATIVE =
  /未|没有|无|缺|少|漏|迟|逾期|错|不|违规|违反|违纪|违法|差错|失误|投诉|举报|通报|虚假|瞒|拒|问题|事故|案件|超标|超支|过期|滞后|延误/;

/**
 * Gives each bare amount its direction from the context and returns, in Chinese, what was
 * assumed (one line per statement) for the draft's warnings.
 */
export function settleBareAmounts(item: ItemText, sts: Statement[]): string[] {
  const notes: string[] = [];
  for (const s of sts) {
    const a = s.action;
    if (a?.verb !== "bare") continue;
    // 每月0.5分: a share per period is what the period earns.
    if (YEAR_PERIODS[s.unit?.unit ?? ""] !== undefined) {
      a.verb = "award";
      s.role = roleOfParts(s.parts);
      continue;
    }
    const condition = conditionOf(s);
    const counted = `${condition}${s.unit?.verb ?? ""}${s.text.slice(0, a.start - s.start)}`;
    const amount = item.text.slice(Math.min(s.unit?.start ?? a.start, a.start), a.end);
    let why: string;
    if (item.bonus) {
      a.verb = "bonus";
      why = "本项属于加分项，视为加分";
    } else if (NEGATIVE.test(counted)) {
      a.verb = "deduct";
      why = `条件“${condition || s.text.slice(0, a.start - s.start)}”是未做到或出现问题，视为扣分`;
    } else {
      a.verb = "bonus";
      why = `条件“${condition || s.text.slice(0, a.start - s.start)}”是做到的事项，视为加分`;
    }
    s.role = roleOfParts(s.parts);
    notes.push(`“${amount}”未写明扣分还是加分，${why}，请核对`);
  }
  return notes;
}

/** 得一半分: an award of half the item's points (left unvalued when the item has none). */
export function settleHalves(item: ItemText, sts: Statement[]): void {
  const half = parseDecimal(item.max)?.dividedBy(2).toFixed();
  for (const s of sts) {
    if (s.action?.verb !== "half" || half === undefined) continue;
    s.action.verb = "award";
    s.action.value = half;
    s.role = roleOfParts(s.parts);
  }
}
