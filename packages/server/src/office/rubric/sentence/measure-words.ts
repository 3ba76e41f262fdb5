/**
 * What a scoring text measures, in words: the comparison words that end a measure's name
 * (…达到95%, 续保率高于…), the name itself, and what a statement names before its comparison.
 */
import { labelOf } from "../proposal.js";
import { subjectOf } from "../measures.js";

const COMPARE =
  "不低于|不高于|不超过|不大于|不少于|低于|高于|超过|大于|小于|少于|不足|达到|控制在|保持在|维持在|稳定在|以内|以下|以上|每|以|按|在全县|在全市|在|全县|全市|前\\d|第\\d|≤|≥|<|>|＜|＞";
export const COMPARE_TAIL = new RegExp(`(?:${COMPARE}).*$`);

/** A label without its comparison (…达到95%), keeping a window or an age (60周岁以上老年人…). */
export function cutCompare(label: string): string {
  const re = new RegExp(COMPARE, "g");
  for (let m = re.exec(label); m !== null; m = re.exec(label))
    if (!/\d(?:个)?(?:工作日|日|天|月|年|周|小时|周岁|岁)$/.test(label.slice(0, m.index)))
      return label.slice(0, m.index);
  return label;
}

/** The words a text starts with before any comparison, step or number: what it measures. */
export function leadOf(text: string): string {
  const head = (text.split(/[,;。]/)[0] ?? "").replace(/^[\d.、]+/, "").replace(/^(按|以|对)/, "");
  const cut = subjectOf(head).replace(COMPARE_TAIL, "").replace(/(的)$/, "");
  return cut.length >= 2 ? labelOf(cut, "") : "";
}

/** What a statement names before its first comparison (续保率高于…), or "" (每低…, 高于的…). */
export function namedIn(text: string): string {
  const head = (text.split(/[,;。]/)[0] ?? "").replace(/^[\d.、]+/, "");
  const cut = cutCompare(head).replace(/^(对|凡|如|若|其中)/, "");
  return cut.length >= 2 ? cut : "";
}
