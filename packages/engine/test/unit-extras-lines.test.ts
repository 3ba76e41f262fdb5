// The lines a score sheet prints for a unit's amounts beyond its items and its grade vetoes
// (describeUnitExtras; issue 15: no engine test ran it). The sign decides the words and never
// reaches the number: "-10" reads 从总分中扣除 10 分.
import { describe, expect, it } from "vitest";
import { describeUnitExtras } from "@kaoping/engine";

describe("describeUnitExtras", () => {
  it("writes a deduction, an addition and each veto as one line, in order", () => {
    expect(
      describeUnitExtras({
        adjustments: [
          {
            code: "1",
            title: "设备设施",
            points: "-10",
            reason: "累计扣分 6 分，达到 5 分，追加扣除",
          },
          { code: "3", title: "创新", points: "2.5", reason: "获省级表彰" },
        ],
        marks: [
          { code: "2", title: "通报批评", effect: "noExcellent", reason: "受到省级通报批评" },
          { code: "4", title: "安全事故", effect: "ineligible", reason: "发生较大事故" },
        ],
      }),
    ).toEqual([
      "1 设备设施：累计扣分 6 分，达到 5 分，追加扣除，从总分中扣除 10 分",
      "3 创新：获省级表彰，计入总分 2.5 分",
      "2 通报批评：受到省级通报批评，一票否优（不得评为优秀等次）",
      "4 安全事故：发生较大事故，取消评先评优资格",
    ]);
  });

  it("is empty when there is nothing beyond the items", () => {
    expect(describeUnitExtras({})).toEqual([]);
    expect(describeUnitExtras({ adjustments: [], marks: [] })).toEqual([]);
  });
});
