/**
 * Lines to fill in or sign under or inside a rubric's table (考核人：  日期：, 填表单位（盖章）：＿＿):
 * not items, not notes — reported by the import (table.ts `liftNotes`).
 */

/** A label of a line to fill in («考核人：», «填表单位（盖章）：»). */
const FORM_LABEL = /[\p{Script=Han}（）()]{1,10}[:：]/gu;

/**
 * A line to fill in or sign (考核人：  日期：, 填表人：＿＿＿): labels with blanks, two or more,
 * or one before a run of blanks; what is left once they are taken out is at most a short value.
 */
export function isFormLine(text: string): boolean {
  const labels = text.match(FORM_LABEL) ?? [];
  const blanks = /[:：][\s_＿]{2,}/.test(text) || /[:：]\s*$/.test(text);
  const left = text.replace(FORM_LABEL, "").replace(/[\s_＿]+/g, "");
  return (
    /^[\p{Script=Han}（）()]{1,10}[:：]/u.test(text.trim()) &&
    blanks &&
    (labels.length >= 2 || /[:：][\s_＿]{2,}$/.test(text)) &&
    left.length <= 12
  );
}
