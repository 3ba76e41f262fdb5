/** Chinese wording shared by the documents: numerals for section headings, titles derived from a scheme. */

const digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (section headings "一、制度建设"). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return digits[n] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : digits[tens]}十${ones === 0 ? "" : digits[ones]}`;
}

/**
 * The subject of a rubric title, for report titles: "2021年度城乡医疗救助工作考核评价细则" →
 * "城乡医疗救助", "示例县乡镇（街道）医疗保障工作目标考核细则" → "医疗保障". Strips a leading
 * year, a leading county and kind of unit (乡镇（街道）), and the usual trailing words (工作, 目标,
 * 考核, 评价, 评分, 细则…).
 */
export function subjectOf(title: string): string {
  let s = title.trim().replace(/^\d{4}\s*年度?/, "");
  // "示例县2025年度乡镇（街道）医疗保障…" names the assessing county, the year and the kind of
  // unit assessed before the subject: the unit's own name stands in for all of them in a title.
  const afterYear = s.replace(/^.{0,12}?\d{4}\s*年度?/, "");
  if (afterYear.length >= 2) s = afterYear;
  const afterKind = s.replace(
    /^.{0,12}?(乡镇|镇街|街道|园区|社区)(?:[（(][^）)]{0,12}[）)])?(?:医保所|医保站)?/,
    "",
  );
  if (afterKind.length >= 2) s = afterKind;
  const tail = /(工作|目标|考核|绩效|评价|评分|评议|实施|细则|办法|方案|标准|表)$/;
  while (tail.test(s) && s.length > 2) s = s.replace(tail, "");
  return s.length > 0 ? s : title.trim();
}

/** A rubric title turned into a sheet title: "…工作考核评价细则" → "…工作考核评分表". */
export function sheetTitleOf(title: string): string {
  const base = title.trim().replace(/(评分细则|评价细则|细则|评分办法|评价办法|办法|方案)$/, "");
  return base.endsWith("评分表") ? base : `${base}评分表`;
}
