/**
 * A rubric's note that states how scores are rounded (decision 0334) sets the scheme's 得分小数位数:
 * read by its form (保留 N 位小数, 小数点后 N 位, 取整), the places as a digit or a numeral; a rate's
 * rounding is not a score's; the import's notes say what was set, and when the notes disagree.
 */
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { readNotes } from "../../src/office/rubric/notes.js";
import { statedPlaces } from "../../src/office/rubric/score-places.js";
import { docxOf } from "./layout-files.js";

const table = [
  ["序号", "考核项目", "分值", "评分标准"],
  ["1", "资金使用", "10", "资金执行率每低于目标1个百分点扣0.5分。"],
  ["2", "信息报送", "5", "每少报送一篇扣1分。"],
];

describe("a note stating the rounding of scores", () => {
  it.each([
    ["各项考核得分均保留到小数点后2位", 2],
    ["单项得分按四舍五入法保留一位小数", 1],
    ["总得分小数点后保留三位", 3],
    ["折算后的分数精确到小数点后１位", 1],
    ["各项计分结果四舍五入取整", 0],
    ["最后成绩取整数", 0],
    ["得分按实际完成率折算，保留两位小数", 2],
    ["计算所得结果保留 4 位小数", 4],
  ])("%s → %i places", (sentence, places) => {
    expect(statedPlaces(sentence)).toBe(places);
  });

  it.each([
    "参保率计算保留两位小数",
    "按完成比例计算，保留两位小数",
    "不足一档的按一档计算，向上取整",
    "得分保留6位小数",
    "考核资料保留两年备查",
    "各项扣分以该项分值为限",
  ])("%s: no rounding of scores", (sentence) => {
    expect(statedPlaces(sentence)).toBeUndefined();
  });

  it("takes the sentence out of the note's rest, the other sentences kept", () => {
    const read = readNotes(["注：1.考核得分按四舍五入保留两位小数。2.考核结果在全县通报。"]);
    expect(read.places).toEqual([{ places: 2, sentence: "考核得分按四舍五入保留两位小数" }]);
    // Decision 0335: the sentence left states no points: kept as the 说明 (it was in `rest`).
    expect(read.rest).toEqual([]);
    expect(read.kept).toEqual(["2.考核结果在全县通报。"]);
  });

  it("sets the imported scheme's places and says so; the scores then round", async () => {
    const r = await importRubric(
      await docxOf(["东岭县医保工作考核细则", table, "说明：各单项得分四舍五入后保留1位小数。"]),
      "docx",
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.problems).toEqual([]);
    expect(r.document.places).toBe(1);
    const said = r.summary.warnings.join("\n");
    expect(said).toContain(
      "说明中的“各单项得分四舍五入后保留1位小数”已设为方案的“得分小数位数”：各项得分四舍五入保留一位小数",
    );
    expect(said).not.toContain("说明未导入");
  });

  it("leaves places unset and says so where two notes disagree", async () => {
    const r = await importRubric(
      await docxOf([
        "西岭县医保工作考核细则",
        "说明：得分保留两位小数。",
        table,
        "注：最终得分保留一位小数。",
      ]),
      "docx",
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.document.places).toBeUndefined();
    expect(r.summary.warnings.join("\n")).toContain("得分保留几位小数的规定不一致");
  });

  it("imports exactly as before without such a note", async () => {
    const r = await importRubric(await docxOf(["南岭县考核细则", table]), "docx");
    if (!r.ok) throw new Error(r.message);
    expect("places" in r.document).toBe(false);
  });
});
