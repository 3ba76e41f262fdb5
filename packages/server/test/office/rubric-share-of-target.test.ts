/**
 * «…达到80%的得5分，未达到的按比例计分»: the share is of the figure that earns the full marks (a
 * unit at 60% has three quarters of it: 3.75), not of 100% (3). A rate times the points
 * («按参保率×分值计分») is of 100 whatever figure earns the full marks. Before, every 按比例 without
 * a ÷ formula was read against 100%, and «按实际比例得分» was not read as a share at all (a band
 * at the figure, nothing below it). Wording written for this test.
 */
import { scoreRound, type Item, type Scheme } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { proposeItem } from "../../src/office/rubric/read-item.js";
import { xlsxOf } from "./layout-files.js";

function read(text: string, max: string) {
  return proposeItem(text, { code: "1", max, bonus: false, subjects: new Map() }).proposal;
}

describe("a share below the figure that earns the full marks", () => {
  it.each([
    ["门诊慢特病线上申办率达到85%的得4分，未达到的按比例计分。", "4", "85"],
    ["结算资金拨付及时率达90%以上的得满分，未达到的按完成比例得分", "6", "90"],
    ["跨省备案线上办理率达到75%及以上得3分，低于75%的按实际比例得分。", "3", "75"],
  ])("%s（满分 %s 分）", (text, max, of) => {
    const p = read(text, max);
    expect(p.rule).toMatchObject({ kind: "proportional", of });
    expect(p.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it("keeps a rate times the points of 100", () => {
    const p = read("参保率达到96%的得满分，未达到的按参保率×分值计分。", "5");
    expect(p.rule).toMatchObject({ kind: "proportional", of: "100" });
  });

  it("keeps a completion rate without a figure of 100", () => {
    const p = read("完成年度征缴任务的得8分，未完成的按完成比例计分。", "8");
    expect(p.rule).toMatchObject({ kind: "proportional", of: "100" });
  });

  it("scores a unit below the figure by its share of it", async () => {
    const r = await importRubric(
      await xlsxOf([
        ["序号", "考核项目", "分值", "评分标准"],
        ["1", "线上办理", "4", "门诊慢特病线上申办率达到80%的得4分，未达到的按比例计分。"],
      ]),
      "xlsx",
    );
    if (!r.ok) throw new Error(r.message);
    const scheme = r.scheme as Scheme;
    const fact = (r.document.items as Item[])[0]?.facts?.[0]?.name ?? "";
    const total = (rate: string) => {
      const scored = scoreRound(scheme, [
        { id: "u", name: "甲镇", facts: { "1": { [fact]: rate } } },
      ]);
      if (!scored.ok) throw new Error("scoring failed");
      return scored.result.units[0]?.total.toString();
    };
    expect(total("60")).toBe("3");
    expect(total("80")).toBe("4");
    expect(total("92")).toBe("4");
  });
});
