/**
 * A note's sentence that states how scores are rounded (得分保留两位小数, 计算结果四舍五入保留
 * 1位小数, 最终得分保留小数点后两位, 得分四舍五入取整): the scheme's 得分小数位数 (decision 0334).
 * Read by its form — a score (得分, 分数, 结果 …) and 保留/精确到 N 位小数, 小数点后 N 位, or 取整 —
 * never by one sentence. A rate or a ratio rounded (参保率保留两位小数) is not a score's rounding.
 */
import { explainPlaces } from "@kaoping/engine";
import { halfDigits } from "./outline-cells.js";

/** One place count as written: a digit or a Chinese numeral up to 四. */
const COUNT = "([0-4]|[零〇一二两三四])";
const NUMERALS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
};

/** 保留两位小数, 保留小数点后2位, 精确到小数点后两位, 小数点后保留两位. */
const PLACES = [
  new RegExp(`(?:保留|精确到|精确至|精确)\\s*(?:到|至)?\\s*${COUNT}\\s*位\\s*小数`),
  new RegExp(`(?:保留|精确到|精确至|精确)\\s*(?:到|至)?\\s*小数点后\\s*${COUNT}\\s*位`),
  new RegExp(`小数点后\\s*(?:保留|取|精确到)\\s*${COUNT}\\s*位`),
];
/** 四舍五入取整, 保留整数, 取整数: no places. */
const WHOLE = /四舍五入\s*(?:后)?\s*(?:取整|保留整数|为整数)|(?:保留|取)整数/;
/** What is rounded is a score: 得分, 分数, 分值, 总分, 成绩 — or a result (计算结果) of no rate. */
const SCORE = /得分|分数|分值|总分|成绩|评分|计分|(?:计算|考核)?结果/;
/** A rate, a ratio or a share rounded is a figure's rounding, not the score's. */
const FIGURE = /率|比例|占比|比值|百分比|系数/;

/** The places one clause states, or undefined. */
function placesOf(clause: string): number | undefined {
  if (WHOLE.test(clause)) return 0;
  for (const form of PLACES) {
    const found = form.exec(clause)?.[1];
    if (found !== undefined) return NUMERALS[found] ?? Number(found);
  }
  return undefined;
}

/**
 * The places a sentence states for scores, or undefined when it states none. The clause that
 * rounds names what it rounds (得分保留两位小数; 参保率保留两位小数 is a rate's); a clause that
 * names nothing (得分按完成率折算，保留两位小数) rounds the sentence's subject — a score when the
 * sentence names a score before any rate.
 */
export function statedPlaces(sentence: string): number | undefined {
  const text = halfDigits(sentence);
  for (const clause of text.split(/[，,；;。]/)) {
    const places = placesOf(clause);
    if (places === undefined) continue;
    if (FIGURE.test(clause)) return undefined;
    if (SCORE.test(clause)) return places;
    const score = text.search(SCORE);
    const figure = text.search(FIGURE);
    return score >= 0 && (figure < 0 || score < figure) ? places : undefined;
  }
  return undefined;
}

/**
 * The scheme's 得分小数位数 from the rounding sentences of a rubric's notes, and what the import's
 * notes say of it: set when they agree, left unset (exact) and said so when they differ.
 */
export function placesOfNotes(stated: readonly { places: number; sentence: string }[]): {
  places: number | undefined;
  warnings: string[];
} {
  if (stated.length === 0) return { places: undefined, warnings: [] };
  const counts = [...new Set(stated.map((s) => s.places))];
  const said = stated.map((s) => `“${s.sentence}”`).join("、");
  if (counts.length > 1)
    return {
      places: undefined,
      warnings: [
        `说明中对得分保留几位小数的规定不一致（${said}），未设置“得分小数位数”，请在方案设置中选择`,
      ],
    };
  const places = counts[0] as number;
  return {
    places,
    warnings: [`说明中的${said}已设为方案的“得分小数位数”：${explainPlaces(places) ?? ""}，请核对`],
  };
}
