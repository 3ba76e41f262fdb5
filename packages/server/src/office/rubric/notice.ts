/**
 * A 文件 that carries its rubric as an 附件 (decisions 0330, 0336): its red head, 发文字号, the
 * notice's title, addressees, body, signature and date stand before the 附件 mark, the rubric's
 * title and table under it. The notice's body is not the rubric, but it may say what the rubric
 * does not (考核结果纳入…, 与经费分配挂钩): it is reported, never dropped unsaid.
 */

/** A 文件's 附件 mark alone on its line (附件, 附件2：): the 附件 holding the rubric starts under it. */
export const ATTACHMENT = /^附件\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?$/;

/** The place of the last 附件 mark among the paragraphs before a table, else -1. */
export function attachmentMark(before: readonly string[]): number {
  return before.findLastIndex((p) => ATTACHMENT.test(p.trim()));
}

/**
 * The body of the notice before the 附件 mark: its paragraphs written as sentences (ending 。！；)
 * — not the head, 字号, title, addressees (…：), signature, date or «（此件公开发布）». Empty when no
 * 附件 mark stands before the table.
 */
export function noticeBody(before: readonly string[]): string[] {
  const mark = attachmentMark(before);
  if (mark < 0) return [];
  return before
    .slice(0, mark)
    .map((p) => p.trim())
    .filter((p) => /[。！!；;]$/.test(p) && !/^[（(]此件/.test(p) && p.length >= 10);
}

/**
 * What is said of a table that is no rubric (a 联系人 or 报名回执 table in a later 附件, 0340): named
 * by the paragraph before it, else its first row; nothing for a table with no text.
 */
export function notRubricTable(
  caption: string | undefined,
  rows: readonly { cells: readonly string[] }[],
): string[] {
  const name = (caption ?? "").trim() || (rows[0]?.cells ?? []).filter((c) => c).join("、");
  return name === ""
    ? []
    : [`表格“${name.slice(0, 40)}”没有评分表的表头（评分标准、分值等），不是评分细则，未导入`];
}
