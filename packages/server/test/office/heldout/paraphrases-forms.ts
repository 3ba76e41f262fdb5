/**
 * Written forms of a scoring clause (issue #12): the amount per unit written after it (扣0.5分/次,
 * 加0.2分/篇, 1分/项), a bare amount after the unit (每次0.5分), comparison signs (≥95%,
 * 90%≤完成率<95%), 按次扣分 before the amount, a two-digit Chinese numeral. Written and measured
 * before the reader was changed for them: 8/12 right kind, 6/12 with the key parameters.
 */
import type { HeldOut } from "./sentences.js";

const occ = (points: string, mode = "deduct") => ({
  kind: "occurrences",
  rule: { mode, terms: [{ points }] },
});
const item = (id: string, points: string, text: string, expect: HeldOut["expect"]): HeldOut => ({
  id,
  title: "考核项目",
  points,
  text,
  expect,
});

export const formParaphrases: HeldOut[] = [
  item("f-1", "3", "未按时报送报表的，扣0.5分/次。", occ("0.5")),
  item("f-2", "3", "发现违规使用基金的，每次0.5分，扣完为止。", occ("0.5")),
  item("f-3", "2", "信息被采用的，加0.2分/篇，最高2分。", occ("0.2", "award")),
  item("f-4", "3", "未完成整改的，1分/项。", occ("1")),
  // Corrected in decision 0333: the point goes with each fifteen short, not with each one (the
  // set asked for 1 point per person, which costs 15 times as much).
  item("f-5", "3", "每少十五人扣1分，扣完为止。", {
    kind: "steps",
    rule: { direction: "over", from: "0", step: "15", points: "1" },
  }),
  item("f-6", "2", "按次扣分，每次扣0.2分。", occ("0.2")),
  item("f-7", "4", "参保率达到95%得4分，每下降1%扣0.5分。", {
    kind: "steps",
    rule: { direction: "below", from: "95", step: "1", points: "0.5" },
  }),
  item("f-8", "3", "出现一次违规扣1分。", occ("1")),
  item("f-9", "2", "扣分标准：迟报一次扣0.2分，漏报一次扣0.5分。", {
    kind: "occurrences",
    rule: { mode: "deduct", terms: [{ points: "0.2" }, { points: "0.5" }] },
  }),
  item("f-10", "5", "完成率≥95%得5分，90%≤完成率<95%得3分，完成率<90%不得分。", {
    kind: "bands",
    rule: {
      bands: [
        { gte: "95", points: "5" },
        { gte: "90", lt: "95", points: "3" },
      ],
    },
  }),
  item("f-11", "3", "差错率控制在2%以内，每超出0.5个百分点扣0.5分。", {
    kind: "steps",
    rule: { direction: "over", from: "2", step: "0.5", points: "0.5" },
  }),
  item("f-12", "2", "每发生1次扣1分。", occ("1")),
];
