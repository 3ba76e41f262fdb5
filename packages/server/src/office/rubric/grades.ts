/**
 * Grades listed with their points and no verb of their own («评定：好10分、较好8分、一般5分、差0分»,
 * «优秀为6分，良好为4.5分，合格为3分，不合格为0分», «分为优秀（15分）、良好（12分）…四个等次»): the reviewer chooses one grade (按选项计分).
 * At least three grades, points never rising, the first within the item's points and the last
 * below it: a list of offices (县级加1分、市级加2分、省级加3分) rises and has a verb of its own.
 */
import { buildOption } from "./sentence/build.js";
import type { Recogniser } from "./proposal.js";

/** A grade's name: one to four Chinese characters, none a verb of scoring nor a place (第一名). */
const GRADE = "(?:(?![加扣减每奖罚第名])[\\u4e00-\\u9fa5]){1,4}?";
const ENTRY = `${GRADE}(?:的)?(?:为|得|计|记)?\\(?\\d+(?:\\.\\d+)?分\\)?`;
/** What leads a run of grades: 评定为, 评为, 分为, 按. */
const LEAD = "评定为?|评为|分为|按";
/** The run: after a stop and its lead, or a lead alone; up to a stop, 评定/计分 or a count of grades (四个等次). */
const RUN = new RegExp(
  `(?:(?:^|[:,;。])(?:${LEAD})?|${LEAD})((?:${ENTRY}[、,;]){2,}${ENTRY})(?=$|[,;。]|(?:进行)?(?:评定|计分|打分|赋分)|[一二三四五六七八九十\\d]+个?(?:等次|档次|等级))`,
);
const ONE = new RegExp(`(${GRADE})(?:的)?(?:为|得|计|记)?\\(?(\\d+(?:\\.\\d+)?)分`, "g");

/** See the module comment. */
export const gradeList: Recogniser = (item) => {
  const run = RUN.exec(item.text);
  if (run === null || item.max === undefined) return undefined;
  const grades = [...(run[1] ?? "").matchAll(ONE)].map((m) => ({
    label: m[1] ?? "",
    points: m[2] ?? "0",
  }));
  const points = grades.map((g) => Number(g.points));
  const first = points[0] ?? 0;
  const falling = points.every((p, i) => i === 0 || p <= (points[i - 1] ?? p));
  if (grades.length < 3 || !falling || first > Number(item.max) || (points.at(-1) ?? 0) >= first)
    return undefined;
  const built = buildOption(grades, item.max);
  return {
    rule: built.rule,
    facts: built.facts.map((f) => (f.name === "status" ? { ...f, label: "评定等次" } : f)),
    phrase: run[1] ?? "",
    // Every grade and its points stated: the reviewer's choice is all that is left.
    confidence: 0.85,
    explanation: "按选项计分：由考核人员评定等次，按等次得相应分数（请核对各等次）",
  };
};
