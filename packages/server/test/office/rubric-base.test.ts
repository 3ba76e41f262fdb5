// 基础分 (docs/decisions/0299): a standard that starts from a base and adds and deducts is read
// as 多项合计 with `base`; the 基础分 clause is used, not listed as unused, and not warned about.
// Written before the reader was changed: 0/8 read with their base (each had the clause unused
// and the warning 「规则不能从基础分起加减…」).
import { describe, expect, it } from "vitest";
import { importRows, type Leaf } from "./layout-files.js";

const sentences: [string, string, string, string][] = [
  [
    "村级综合评价",
    "100",
    "基础分60分。以下每项加分：获得省级表彰的加10分；获得市级表彰的加5分。以下每项扣分：发生安全责任事故的扣20分；被通报批评的每次扣5分。",
    "60",
  ],
  [
    "定点机构信用评价",
    "100",
    "基础分八十分，在此基础上：每发现一例违规扣2分；每有一项工作被上级推广加1分。",
    "80",
  ],
  [
    "党支部星级评定",
    "100",
    "基本分70分。加分项：被评为先进党支部的加10分；创建党建品牌的加5分。扣分项：未按时交纳党费的扣5分；组织生活会未召开的每次扣3分。",
    "70",
  ],
  [
    "群众满意度",
    "100",
    "基准分为85分，每获得一次县级表扬加2分，每出现一次群众有效投诉扣1分。",
    "85",
  ],
  ["信息报送", "20", "起评分12分，信息被县级采用的每篇加1分；迟报漏报的每次扣0.5分。", "12"],
  ["试点工作", "10", "基础分6分，承担省级试点任务的每项加2分。", "6"],
  ["基金监管", "30", "基础分25分，发现违规问题的每例扣3分，扣完为止。", "25"],
  [
    "安全生产",
    "15",
    "基础分值为10分；获评安全生产先进单位的加5分；发生一般安全事故的扣5分。",
    "10",
  ],
];

describe("a standard from a base (基础分) is read as 多项合计 with its base", () => {
  it.each(sentences)("%s: %s", async (title, max, text, base) => {
    const r = await importRows([[title, max, text]]);
    expect(r.problems).toEqual([]);
    const leaf = r.leaves[0] as Leaf;
    expect(leaf.rule).toMatchObject({ kind: "sum", base });
    const reading = r.proposals.find((p) => p.code === leaf.code)?.reading;
    expect(reading?.unused.filter((u) => /基础分|基本分|基准分|起评分/.test(u))).toEqual([]);
    expect(reading?.warnings.join("")).not.toContain("基础分");
    expect(r.scheme).toBeDefined();
  });

  it("keeps the adding and the deducting parts apart", async () => {
    const r = await importRows([sentences[0]?.slice(0, 3) as [string, string, string]]);
    const parts = (r.leaves[0] as Leaf).rule.parts as { kind: string; mode?: string }[];
    expect(parts.some((p) => p.mode === "award")).toBe(true);
    expect(parts.some((p) => p.mode === "deduct" || p.kind === "pool")).toBe(true);
  });

  it("keeps the warning when the base cannot be used (above the item's points)", async () => {
    const r = await importRows([["信息报送", "10", "基础分12分，信息被采用的每篇加1分。"]]);
    const leaf = r.leaves[0] as Leaf;
    expect(leaf.rule).not.toHaveProperty("base");
    const reading = r.proposals.find((p) => p.code === leaf.code)?.reading;
    expect(reading?.warnings.join("")).toContain("规则不能从此基础分起加减");
  });
});
