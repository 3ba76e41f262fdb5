/**
 * Sentence shapes the reader composes from general parts (issue 12, decision 0292): a number of
 * days, months, years or an age is a window, not a rate threshold; two shortfalls in one item are
 * a sum of two quotas; points against the unit's total (扣总分N分, 倒扣, 从总分中扣除); a rank on
 * another item's score; 不重复扣分. Sentences written for this test in several wordings each,
 * not taken from the corpus.
 */
import { scoreRound, type Scheme } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importRows, type Leaf } from "./layout-files.js";

/** The rule of a single item with this text. */
async function ruleOf(text: string, points = "5"): Promise<Leaf> {
  const r = await importRows([["考核项目", points, text]]);
  expect(r.problems).toEqual([]);
  return r.leaves[0] as Leaf;
}

describe("a number of days, months, years or an age is a window, not the threshold", () => {
  it.each([
    ["新生儿出生后90日内参保登记率达到95%，每低1个百分点扣0.5分。", "95", "0.5"],
    ["参保人员异地就医备案3个工作日内办结率达到98%，每下降1个百分点扣1分。", "98", "1"],
    ["出院后30天内结算率不低于90%，每低1个百分点扣0.2分。", "90", "0.2"],
    ["65周岁以上老年人健康管理率达到70%，每降低1个百分点扣0.5分。", "70", "0.5"],
  ])("%s", async (text, from, points) => {
    const item = await ruleOf(text);
    expect(item.rule).toMatchObject({ kind: "steps", direction: "below", from, step: "1", points });
    // What is measured keeps its window or age in its name.
    const label = String(item.facts[0]?.label);
    expect(label).toMatch(/\d/);
    expect(label).toMatch(/率$/);
  });

  it("reads bands on the rate, not on the age", async () => {
    const item = await ruleOf(
      "60周岁以上老年人家庭医生签约率达到80%的得4分，70%-80%的得2分，低于70%不得分。",
      "4",
    );
    expect(item.rule).toMatchObject({
      kind: "bands",
      bands: [
        { gte: "80", points: "4" },
        { gte: "70", lt: "80", points: "2" },
      ],
    });
    expect(item.facts[0]?.label).toBe("60周岁以上老年人家庭医生签约率");
  });

  it("takes the quota of a count, not the window it is counted in", async () => {
    const item = await ruleOf("30日内开展政策培训不少于3次，每少1次扣1分。", "3");
    expect(item.rule).toMatchObject({ kind: "quota", quota: "3", points: "1" });
  });

  it("keeps a time limit as the base of a step counted in days", async () => {
    const item = await ruleOf("5个工作日内办结的得满分，每超1天扣0.5分。");
    expect(item.rule).toMatchObject({ kind: "steps", direction: "over", from: "5", points: "0.5" });
  });
});

/** The total of one unit scored on an imported scheme. */
function totalOf(scheme: Scheme | undefined, facts: Record<string, Record<string, unknown>>) {
  if (scheme === undefined) throw new Error("the draft did not validate");
  const scored = scoreRound(scheme, [{ id: "u", name: "甲镇", facts }]);
  if (!scored.ok) throw new Error("scoring failed");
  return scored.result.units[0]?.total;
}

describe("two shortfalls in one item are two quotas sharing the item's points", () => {
  it.each([
    [
      "配备专职经办人员不少于3人，每少1人扣0.5分；全年开展业务培训不少于4次，每少1次扣1分。",
      ["3", "0.5", "人"],
      ["4", "1", "次"],
    ],
    [
      "全年开展集中宣传活动不少于6次，每少一次扣0.5分；宣传覆盖不少于5个行业，每缺一个行业扣0.3分，扣完为止。",
      ["6", "0.5", "次"],
      ["5", "0.3", "个"],
    ],
    [
      "走访参保企业少于20户的，每少1户扣0.1分；入户核查不足10户的，每少1户扣0.2分。",
      ["20", "0.1", "户"],
      ["10", "0.2", "户"],
    ],
  ])("%s", async (text, [q1, p1, u1], [q2, p2, u2]) => {
    const item = await ruleOf(text, "3");
    // Each quota scores the item's points less its shortfall: together they share the points.
    expect(item.rule).toMatchObject({
      kind: "pool",
      parts: [
        { rule: { kind: "quota", quota: q1, points: p1 } },
        { rule: { kind: "quota", quota: q2, points: p2 } },
      ],
    });
    expect(item.facts.map((f) => f.unit)).toEqual([u1, u2]);
    // Each count is named by what is counted, not by its quota.
    for (const f of item.facts) expect(String(f.label)).not.toMatch(/不少于|少于|不足|\d/);
  });

  it("scores both shortfalls", async () => {
    const r = await importRows([
      [
        "队伍建设",
        "3",
        "配备专职经办人员不少于3人，每少1人扣0.5分；全年开展业务培训不少于4次，每少1次扣1分。",
      ],
    ]);
    expect(totalOf(r.scheme, { "1": { p1Done: 2, p2Done: 3 } })).toBe("1.5");
    expect(totalOf(r.scheme, { "1": { p1Done: 3, p2Done: 5 } })).toBe("3");
  });

  it("keeps a shortfall counted in steps of several units as steps below the quota", async () => {
    const item = await ruleOf(
      "走访参保企业少于20户的，每少1户扣0.1分；发放宣传资料不足500份的，每少100份扣0.2分。",
      "4",
    );
    expect(item.rule).toMatchObject({
      kind: "pool",
      parts: [
        { rule: { kind: "quota", quota: "20", points: "0.1" } },
        { rule: { kind: "steps", direction: "below", from: "500", step: "100", points: "0.2" } },
      ],
    });
  });

  it("sums a quota with a count that has none", async () => {
    const item = await ruleOf(
      "报送工作信息不少于12条，每少1条扣0.5分；信息被市级以上采用的每条加0.5分。",
      "4",
    );
    expect(item.rule).toMatchObject({
      kind: "sum",
      parts: [
        { kind: "quota", quota: "12", points: "0.5" },
        { kind: "occurrences", mode: "award", terms: [{ points: "0.5" }] },
      ],
    });
  });
});

describe("points against the unit's total", () => {
  it.each([
    ["被列入医保信用黑名单的，扣总分5分。", "5"],
    ["发生重大医保基金安全事件的，倒扣10分。", "10"],
    ["出现下列情形之一的，从总分中扣除3分：虚报参保数据；拒不配合检查。", "3"],
    ["受到市级以上通报批评的，每次从单位年度考核总分中扣1分。", "1"],
    ["每发现一起欺诈骗保案件未及时上报的，在考核总分中扣减2分。", "2"],
  ])("%s", async (text, points) => {
    const r = await importRows([["负面情形", "", text]]);
    const item = r.leaves[0] as Leaf;
    expect(item.rule).toMatchObject({ kind: "toTotal", sign: "minus" });
    expect(JSON.stringify(item.rule.rule)).toContain(`"points":"${points}"`);
    // The item has no points of its own: no 未写明分值 warning, and the draft validates.
    expect(r.summary.warnings.join("")).not.toContain("未写明分值");
    expect(r.problems).toEqual([]);
  });

  it("takes the amount from the total, beyond any item's points", async () => {
    const r = await importRows([
      ["基金监管", "10", "每发现一起违规问题扣1分，扣完为止。"],
      ["负面情形", "", "发生重大医保基金安全事件的，倒扣10分。"],
    ]);
    const facts = (r.leaves[1] as Leaf).facts;
    const name = String(facts[0]?.name);
    expect(totalOf(r.scheme, { "1": { count1: 2 }, "2": { [name]: true } })).toBe("-2");
  });
});

describe("不重复扣分", () => {
  const earlier: [string, string, string] = [
    "基金监管检查",
    "4",
    "检查发现问题的，每个扣0.5分，扣完为止。",
  ];

  it.each([
    "稽核发现违规问题的，每个扣1分（已在其他考核项目中扣分的，不重复扣分）。",
    "专项治理发现问题的每项扣1分，其他指标中已扣分的不再扣分。",
    "飞行检查发现问题的，每条扣1分；同一问题已在前项扣分的，不再重复扣减。",
    "日常巡查发现问题的，每处扣1分，以上各项已扣分的问题只扣一次。",
  ])("links the count to the earlier item's problems: %s", async (text) => {
    const r = await importRows([earlier, ["问题整改", "5", text]]);
    expect(r.problems).toEqual([]);
    const [first, second] = r.leaves as [Leaf, Leaf];
    expect(second.rule).toMatchObject({
      kind: "occurrences",
      mode: "deduct",
      terms: [{ points: "1", notAgain: { facts: ["1.count1"], field: "issue" } }],
    });
    // The earlier count became the list of its problems, each naming the problem.
    expect(first.facts[0]).toMatchObject({ name: "count1", type: "list" });
    expect(r.proposals[1]?.reading.warnings.join("")).toContain("不重复扣分");
  });

  it("scores a problem once, where it was counted first", async () => {
    const r = await importRows([
      earlier,
      ["问题整改", "5", "稽核发现违规问题的，每个扣1分（已在其他考核项目中扣分的，不重复扣分）。"],
    ]);
    const second = r.leaves[1] as Leaf;
    const events = String(second.facts[0]?.name);
    const total = totalOf(r.scheme, {
      "1": { count1: [{ issue: "超标准收费" }] },
      "2": { [events]: [{ issue: "超标准收费" }, { issue: "串换药品" }] },
    });
    // 4 − 0.5 and 5 − 1: 超标准收费 was counted under item 1.
    expect(total).toBe("7.5");
  });

  it("counts the same problem once within one item", async () => {
    const item = await ruleOf("病历抽查发现问题的每例扣0.2分，同一问题多次出现的只扣一次。", "3");
    expect(item.rule).toMatchObject({
      kind: "occurrences",
      terms: [{ points: "0.2", onePerKey: "issue" }],
    });
    expect(item.facts[0]).toMatchObject({ type: "list", fields: [{ name: "issue" }] });
  });

  it("says so when there is no earlier item to link, rather than dropping it", async () => {
    const r = await importRows([
      ["问题整改", "5", "稽核发现违规问题的，每个扣1分（已在其他考核项目中扣分的，不重复扣分）。"],
    ]);
    expect(r.problems).toEqual([]);
    const item = r.leaves[0] as Leaf;
    expect(JSON.stringify(item.rule)).not.toContain("notAgain");
    const p = r.proposals[0];
    expect(p?.reading.warnings.join("")).toContain("未编入规则");
    expect(p?.confidence).toBeLessThanOrEqual(0.5);
  });
});

describe("a rank on another item's computed score", () => {
  it.each([
    ["按第3项得分在全县排名，第1名得5分，每后退1名扣0.5分。", [{ upTo: 1, points: "5" }]],
    [
      "根据基金监管项得分排名，第1-3名得6分，第4-6名得4分。",
      [
        { upTo: 3, points: "6" },
        { upTo: 6, points: "4" },
      ],
    ],
    ["以本部分各项得分之和在全市排序，前3名得4分。", [{ upTo: 3, points: "4" }]],
  ])("%s", async (text, awards) => {
    const r = await importRows([["综合排名", "6", text]]);
    expect(r.problems).toEqual([]);
    expect((r.leaves[0] as Leaf).rule).toMatchObject({ kind: "rank", awards });
    // The engine ranks an entered value: the reading says the score is not linked.
    const p = r.proposals[0];
    expect(p?.reading.warnings.join("")).toContain("其他项目计算出的得分");
    expect(p?.confidence).toBeLessThanOrEqual(0.5);
  });

  it("ranks an entered measure without that warning", async () => {
    const r = await importRows([["参保排名", "4", "按参保率在全县排名，前3名得4分。"]]);
    expect((r.leaves[0] as Leaf).rule).toMatchObject({ kind: "rank" });
    expect(r.proposals[0]?.reading.warnings).toEqual([]);
  });
});
