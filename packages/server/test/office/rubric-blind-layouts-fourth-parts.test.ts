/**
 * The layout features of the sixth December blind round (decision 0322), each on another document
 * than the blind one: full-width digits in a 分值 cell and in a heading's points, a 合计 row that
 * states the total weights are shares of, points written only at the end of the standard with a
 * group's total on its first row, and items written as paragraphs each followed by a small table
 * of its cases.
 */
import { describe, expect, it } from "vitest";
import { docxOf, xlsxOf } from "./layout-files.js";
import { down } from "./heldout/expected-rules.js";
import { importedLayout as imported } from "./unseen-measure.js";

describe("layouts of the sixth December blind round, on other documents", () => {
  it("reads points in full-width digits (８, （１０分）) in a 分值 cell and in a numbered paragraph", async () => {
    const table = await imported(
      await xlsxOf([
        ["序号", "考核项目", "分值", "评分标准"],
        ["1", "安全生产", "１２", "发生一般安全事故的，每起扣3分。"],
        ["2", "信访维稳", "８．５", "发生越级上访的，每批次扣1分。"],
      ]),
      "xlsx",
    );
    expect(table.outline).toEqual(["1 安全生产 12", "2 信访维稳 8.5"]);
    const prose = await imported(
      await docxOf([
        "某镇2027年度平安建设考核细则",
        "一、安全生产（２０分）",
        "1.隐患排查（１２分）。隐患未按期整改的，每处扣１分。",
        "2.应急演练（８分）。未按要求组织应急演练的，每次扣２分。",
        "二、信访维稳（１０分）",
        "1.矛盾化解（１０分）。发生越级上访的，每批次扣１分。",
      ]),
      "docx",
    );
    expect(prose.outline).toEqual([
      "1 安全生产 20",
      "1.1 隐患排查 12",
      "1.2 应急演练 8",
      "2 信访维稳 10",
      "2.1 矛盾化解 10",
    ]);
    expect(prose.item("隐患排查")?.standard).toContain("每处扣１分");
  });

  it("reads weights as shares of the total a 合计 row states (合计 | 200分), and says so", async () => {
    const got = await imported(
      await docxOf([
        "某县卫健局2027年度目标考核表",
        [
          ["考核指标", "权重", "评分标准"],
          ["疫苗接种", "40%", "接种差错每例扣3分。"],
          ["健康档案", "60%", "电子健康档案建档率达到90%得满分，每低1个百分点扣1分。"],
          ["合计", "200分", ""],
        ],
      ]),
      "docx",
    );
    expect(got.outline).toEqual(["1 疫苗接种 80", "2 健康档案 120"]);
    expect(got.warnings.join("|")).toContain("200");
    // A 合计 row of 100% keeps the shares of 100.
    const plain = await imported(
      await docxOf([
        "某县卫健局2027年度目标考核表",
        [
          ["考核指标", "权重", "评分标准"],
          ["疫苗接种", "40%", "接种差错每例扣3分。"],
          ["健康档案", "60%", "电子健康档案建档率达到90%得满分，每低1个百分点扣1分。"],
          ["合计", "100%", ""],
        ],
      ]),
      "docx",
    );
    expect(plain.outline).toEqual(["1 疫苗接种 40", "2 健康档案 60"]);
  });

  it("reads points written only at the end of the standard, the 分值 on a group's first row being the group's total", async () => {
    const got = await imported(
      await docxOf([
        "某县民政局2027年度工作考核细则",
        [
          ["类别", "工作内容", "分值", "评分标准"],
          [down("社会救助", 3), "低保审核", "15", "低保对象认定错误的，每户扣1分。（6分）"],
          ["临时救助", "", "临时救助未按时发放的，每次扣1分。（５分）"],
          ["特困供养", "", "特困人员信息未及时更新的，每人扣0.5分。（4分）"],
          [down("养老服务", 2), "养老机构检查", "10", "未按季度检查养老机构的，每次扣2分。（6分）"],
          ["居家养老", "", "居家养老服务补贴未按时发放的扣4分。（4分）"],
        ],
      ]),
      "docx",
    );
    expect(got.outline).toEqual([
      "1 社会救助 15",
      "1.1 低保审核 6",
      "1.2 临时救助 5",
      "1.3 特困供养 4",
      "2 养老服务 10",
      "2.1 养老机构检查 6",
      "2.2 居家养老 4",
    ]);
    expect(got.item("低保审核")?.rule?.kind).toBe("occurrences");
  });

  it("reads items written as paragraphs «（一）…（N分）», each followed by a small table of its cases", async () => {
    const cases = (...rows: [string, string][]) => [
      ["序号", "扣分情形", "扣分标准"],
      ...rows.map(([c, s], i) => [String(i + 1), c, s]),
    ];
    const got = await imported(
      await docxOf([
        "某县应急管理局2027年度安全生产考核细则",
        "一、隐患治理（３０分）",
        "（一）隐患排查（１５分）",
        cases(["隐患台账不完整的", "每处扣１分"], ["重大隐患未挂牌督办的", "每项扣３分"]),
        "（二）隐患整改（１５分）",
        "考核要求：隐患整改做到责任、措施、资金、时限、预案五落实。",
        cases(["隐患未按期整改的", "每处扣２分"]),
        "二、应急管理（２０分）",
        "（一）应急演练（２０分）",
        cases(["未按要求组织应急演练的", "每次扣５分"]),
      ]),
      "docx",
    );
    expect(got.outline).toEqual([
      "1 隐患治理 30",
      "1.1 隐患排查 15",
      "1.2 隐患整改 15",
      "2 应急管理 20",
      "2.1 应急演练 20",
    ]);
    expect(got.item("隐患排查")?.standard).toContain("隐患台账不完整的，每处扣１分");
    expect(got.item("隐患排查")?.rule?.kind).toBe("occurrences");
    expect(got.item("隐患整改")?.standard).toContain("隐患未按期整改的，每处扣２分");
  });

  it("reads a case column of unknown header with an unknown text column between it and the standard of bare actions", async () => {
    const got = await imported(
      await docxOf([
        "某镇2027年度安全生产检查考核表",
        [
          ["序号", "工作事项", "分值", "发现问题", "整改要求", "计分标准"],
          [
            down("1", 2),
            down("消防安全", 2),
            down("10", 2),
            "消防通道堵塞的",
            "立即整改",
            "每处扣1分",
          ],
          ["灭火器过期未更换的", "限期一周内整改", "每具扣0.5分"],
          ["2", "食品安全", "5", "食堂无健康证人员上岗的", "立即调离岗位", "每人扣2分"],
        ],
      ]),
      "docx",
    );
    expect(got.outline).toEqual(["1 消防安全 10", "2 食品安全 5"]);
    expect(got.item("消防安全")?.standard).toBe(
      "消防通道堵塞的，每处扣1分；灭火器过期未更换的，每具扣0.5分",
    );
    expect(got.item("食品安全")?.rule?.kind).toBe("occurrences");
    expect(got.unused).toContain("整改要求");
  });

  it("reads a 减分项 table after the main one as deductions from the unit's total, and says so", async () => {
    const got = await imported(
      await docxOf([
        "某县卫健局2027年度目标考核细则",
        [
          ["序号", "考核项目", "分值", "评分标准"],
          ["1", "疫苗接种", "10", "接种差错每例扣3分。"],
        ],
        "二、减分项（在年度考核总分中扣除）",
        [
          ["序号", "减分事项", "减分标准"],
          ["1", "安全事故", "发生一般医疗安全事故的，每起扣2分。"],
          ["2", "媒体曝光", "被省级以上媒体负面曝光的，每次扣1分。"],
        ],
      ]),
      "docx",
    );
    expect(got.outline).toEqual([
      "1 疫苗接种 10",
      "2 减分项 0",
      "2.1 安全事故 0",
      "2.2 媒体曝光 0",
    ]);
    expect(got.item("安全事故")?.rule).toMatchObject({
      kind: "toTotal",
      sign: "minus",
      rule: { kind: "occurrences", mode: "award", terms: [{ points: "2" }] },
    });
    expect(got.warnings.join("|")).toContain("从单位总分中扣除");
    expect(got.warnings.join("|")).not.toContain("未写明分值");
    expect(got.valid).toBe(true);
    // The main table's deductions stay within their items.
    expect(got.item("疫苗接种")?.rule?.kind).toBe("occurrences");
  });
});
