/**
 * Places in a ranking as the part patterns find them (第2名, 前3名, 4-6名, 其余): the words of
 * parts.ts's rank and verbless-award patterns (split from parts.ts).
 */
import { NUMBER } from "./text.js";

/** A place written in figures or in Chinese (1, 12, 三, 十二). */
export const ORDINAL = "(?:\\d+|[一二三四五六七八九十]+)";
const AMOUNT = `(?:${NUMBER.slice(1)}`;
const RANGE = `(?<![第前后末\\d.])${ORDINAL}(?:-|至|到)${ORDINAL}(?:名|位)`;
const SCORES = "(?:赋予|给予|计|得|记|给|赋|加|扣除|扣|减)";
/** A place (第2名, 第4-6名, 前3名, 4-6名, 第4名及以后) or the rest of the places (其余) before points. */
export const PLACE_BEFORE_POINTS = `(?:(?:第${ORDINAL}(?:(?:-|至|到)${ORDINAL})?|前${ORDINAL}|(?<![\\d.])${ORDINAL}(?:-|至|到)${ORDINAL})(?:名|位)(?:及以后|及以下|以后|之后)?|(?:其余|其他|其它)(?:名次|单位)?)`;
/**
 * A range of places written without 第 (1-5名, 1至3位) where it is a place, not a count of people
 * (1-5名工作人员, 配备1-2名的): right after 排名/排序/名次; before a list of one amount per place
 * (1-5名依次赋予5、4、3、2、1分); or opening a clause of a ranking already named in the sentence
 * (…排名1-3名的加2分,4-6名的加1分; …前3名2分、4-6名1分, points without a verb: 0328).
 */
export const BARE_PLACES = new RegExp(
  [
    `(?<=(?:排名|排序|名次)(?:为|在|居|列|位于|位列|位居|处于|是)?(?:全县|全市|全区|全省|全州)?)${RANGE}`,
    `${RANGE}(?=的?(?:单位|乡镇|街道|部门)?的?,?(?:依次|分别)${SCORES}?(?:${AMOUNT}分?[、和])+${AMOUNT}分)`,
    `(?<=(?:排名|排序|名次|第${ORDINAL}(?:(?:-|至|到)${ORDINAL})?(?:名|位)|前${ORDINAL}(?:名|位))[^。]*[,;、])${RANGE}(?=的?,?(?:各|均)?(?:${SCORES}|${AMOUNT}分))`,
  ].join("|"),
  "g",
);
