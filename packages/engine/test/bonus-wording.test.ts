// Every award in a 加分 item says 加 (decision 0346): a band, an option, a comparison, a proportion
// — in its rule's sentence and in its trace's closing words — where the same rule in a regular
// item says 得; the points are the same either way.
import { explainScheme, scoreUnit, type ItemResult } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { fact, schemeOf } from "./helpers.js";

const facts = [
  fact.pct("rate", { label: "群众满意率" }),
  fact.int("now", { label: "本年参保人数", unit: "人" }),
  fact.int("before", { label: "上年参保人数", unit: "人" }),
  {
    name: "level",
    type: "enum",
    label: "表彰层级",
    values: [
      { value: "province", label: "省级" },
      { value: "city", label: "市级" },
    ],
  },
];
const unitFacts = { rate: "96", now: "120", before: "100", level: "city" };

const rules = {
  bands: {
    kind: "bands",
    value: { fact: "rate" },
    bands: [
      { gte: "95", points: "2" },
      { gte: "90", lt: "95", points: "1" },
    ],
  },
  option: {
    kind: "option",
    fact: "level",
    options: [
      { value: "province", points: "3" },
      { value: "city", points: "2" },
    ],
  },
  compare: { kind: "compare", fact: "now", reference: "before", op: "gt", points: "2" },
  proportional: { kind: "proportional", value: { fact: "rate" }, of: "100", points: "3" },
} as const;

/** The rule in item 2.1, under a 加分 part when `bonus`, else under a regular part. */
function schemeWith(rule: object, bonus: boolean) {
  const item = { code: "2.1", title: "工作成效", max: "3", facts, rule };
  return schemeOf([
    {
      code: "1",
      title: "基础工作",
      max: "10",
      facts: [fact.int("cut", { unit: "分" })],
      rule: { kind: "discretionaryDeduction", fact: "cut" },
    },
    bonus
      ? { code: "2", title: "加分项目", max: "3", cap: "3", children: [item] }
      : { code: "2", title: "业务工作", max: "3", children: [item] },
  ]);
}
const sentenceOf = (rule: object, bonus: boolean) =>
  explainScheme(schemeWith(rule, bonus)).find((l) => l.code === "2.1")?.sentence ?? "";
function scored(rule: object, bonus: boolean): ItemResult {
  const u = scoreUnit(schemeWith(rule, bonus), {
    id: "u",
    name: "测试单位",
    facts: { "2.1": unitFacts },
  });
  return u.items[1]?.children?.[0] as ItemResult;
}

describe("an award in a 加分 item says 加, in a regular item 得", () => {
  it.each([
    ["bands", "95%及以上的，", "加 2 分", "得 2 分", "2"],
    ["option", "市级的，", "加 2 分", "得 2 分", "2"],
    ["compare", "高于上年参保人数的，", "加 2 分", "得 2 分", "2"],
    ["proportional", "达到 100%", "加 3 分", "得 3 分", "2.88"],
  ] as const)("%s", (kind, near, jia, de, points) => {
    const rule = rules[kind];
    const bonus = sentenceOf(rule, true);
    const regular = sentenceOf(rule, false);
    expect(bonus).toContain(near);
    expect(bonus).toContain(jia);
    expect(bonus).not.toMatch(/得 \d/);
    expect(regular).toContain(de);
    expect(regular).not.toMatch(/加 \d/);
    const inBonus = scored(rule, true);
    const inRegular = scored(rule, false);
    expect(inBonus.score).toBe(points);
    expect(inRegular.score).toBe(points);
    expect(inBonus.trace.at(-1)).toMatch(new RegExp(`，加 ${points} 分$`));
    expect(inRegular.trace.at(-1)).toMatch(new RegExp(`，得 ${points} 分$`));
  });

  it("nothing earned in a 加分 item closes «不加分», once; in a regular item «得 0 分»", () => {
    const low = { ...unitFacts, rate: "80" };
    const at = (bonus: boolean) =>
      scoreUnit(schemeWith(rules.bands, bonus), {
        id: "u",
        name: "测试单位",
        facts: { "2.1": low },
      }).items[1]?.children?.[0] as ItemResult;
    expect(at(true).trace.join("\n")).toBe("群众满意率 80%，不在任何计分档内，不加分");
    expect(at(false).trace.join("\n")).toBe("群众满意率 80%，不在任何计分档内，得 0 分");
    const none = { kind: "occurrences", mode: "award", terms: [{ fact: "now", points: "1" }] };
    const zero = { ...unitFacts, now: "0" };
    const counted = scoreUnit(schemeWith(none, true), {
      id: "u",
      name: "测试单位",
      facts: { "2.1": zero },
    }).items[1]?.children?.[0] as ItemResult;
    expect(counted.score).toBe("0");
    expect(counted.trace.join("\n").match(/不加分/g)).toHaveLength(1);
  });

  it("a rank in a 加分 item says its points once, by the closing 加", () => {
    const rank = {
      kind: "rank",
      fact: "now",
      order: "desc",
      awards: [{ upTo: 1, points: "3" }],
    };
    const inBonus = scored(rank, true).trace.join("\n");
    expect(inBonus).toBe("本年参保人数 120 人，在本轮 1 个单位中排第 1 名，加 3 分");
  });
});
