// Rules read back as sentences (rules/explain.ts): every kind of the rule-kind table states its
// rule in Chinese with its numbers; the templates' sentences carry their numbers and no
// identifier; labels, not names, reach the sentence; a half-written rule has no sentence.
import {
  explainRule,
  explainScheme,
  getTemplate,
  scoreUnit,
  type ItemResult,
} from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { ruleKindTable } from "../src/rules/registry.js";

const latin = /[A-Za-z]/;

const facts = [
  { name: "rate", type: "pct", label: "参保率" },
  { name: "served", type: "int", label: "已服务村数", unit: "个" },
  { name: "total", type: "int", label: "村总数", unit: "个" },
  { name: "count", type: "int", label: "缺席次数", unit: "次" },
  { name: "done", type: "bool", label: "已按时报送" },
  { name: "last", type: "decimal", label: "上年业务量" },
  { name: "date", type: "date", label: "达标日期" },
  {
    name: "choice",
    type: "enum",
    label: "配套资金",
    values: [
      { value: "full", label: "足额到位" },
      { value: "none", label: "未配套" },
    ],
  },
  { name: "scores", type: "list", label: "领导评议分", element: { type: "score", label: "评分" } },
  {
    name: "events",
    type: "list",
    label: "查实问题",
    unit: "例",
    fields: [
      { name: "level", type: "level", label: "发现部门级别" },
      { name: "fixed", type: "bool", label: "已整改" },
    ],
  },
];

/** One rule of every kind, with the numbers its sentence must carry. A new kind needs a line here. */
const samples: Record<string, [Record<string, unknown>, string[]]> = {
  checklist: [{ mode: "deduct", items: [{ fact: "done", points: "1.5" }] }, ["1.5", "未按时报送"]],
  occurrences: [
    {
      mode: "deduct",
      terms: [
        { fact: "count", points: "0.5" },
        {
          fact: "events",
          byField: { field: "level", points: { county: "1", city: "2" } },
          exempt: { field: "fixed", equals: true },
        },
      ],
    },
    // Only the levels written are listed; the others are said once to count nothing (0333).
    ["0.5", "县级 1 分", "市级 2 分", "其他发现部门级别不计分", "已整改", "扣完为止"],
  ],
  quota: [{ fact: "count", quota: "5", points: "1" }, ["5 次", "1 分"]],
  steps: [
    {
      value: { ratio: ["served", "total"], label: "覆盖率" },
      direction: "below",
      from: "100",
      step: "10",
      points: "0.1",
      rounding: "up",
      zeroBelow: "40",
    },
    ["100%", "10 个百分点", "0.1 分", "40%", "覆盖率"],
  ],
  bands: [
    {
      value: { fact: "rate" },
      bands: [
        { gte: "70", points: "15" },
        { gte: "65", lt: "70", points: "12" },
      ],
      otherwise: "9",
    },
    ["70%", "65%", "15 分", "12 分", "9 分"],
  ],
  compare: [
    { fact: "count", reference: "last", op: "gte", points: "2" },
    ["不低于", "上年业务量", "2 分"],
  ],
  discretionary: [{ fact: "count" }, ["酌情打分", "缺席次数"]],
  discretionaryDeduction: [{ fact: "count" }, ["酌情扣分"]],
  option: [
    {
      fact: "choice",
      options: [
        { value: "full", points: "6" },
        { value: "none", rule: { kind: "discretionaryDeduction", fact: "count" } },
      ],
    },
    ["足额到位", "6 分", "未配套", "酌情扣分"],
  ],
  ratings: [
    { groups: [{ fact: "scores" }], drop: "highLow" },
    ["领导评议分", "最高分", "两位小数"],
  ],
  sum: [
    {
      parts: [
        { kind: "discretionary", fact: "count" },
        { kind: "firstToReach", date: "date", points: "2" },
      ],
    },
    ["（1）", "（2）", "2 分"],
  ],
  firstToReach: [
    { date: "date", qualify: { fact: "rate", gte: "70" }, points: "2" },
    ["达标日期", "70%", "2 分"],
  ],
  rank: [
    {
      fact: "rate",
      order: "desc",
      awards: [
        { upTo: 1, points: "2" },
        { upTo: 3, points: "1" },
      ],
    },
    // Not a 加分 item: the places' points are the item's score (decision 0343).
    ["第 1 名得 2 分", "第 2–3 名得 1 分"],
  ],
  pool: [
    {
      parts: [
        { rule: { kind: "quota", fact: "count", quota: "4", points: "1" } },
        { rule: { kind: "discretionaryDeduction", fact: "count" }, cap: "2" },
      ],
      cap: "4.5",
    },
    ["（1）", "（2）", "最多扣 2 分", "合计最多扣 4.5 分", "扣完为止"],
  ],
  penalty: [
    {
      rule: { kind: "occurrences", mode: "deduct", terms: [{ fact: "count", points: "1" }] },
      penalties: [
        { when: { deducted: "5" }, points: "10" },
        { when: { fact: "done", equals: false }, points: "20", zeroItem: true },
      ],
    },
    ["累计扣满 5 分", "追加扣除 10 分", "未按时报送", "本项不得分", "20 分"],
  ],
  toTotal: [
    {
      sign: "minus",
      rule: { kind: "occurrences", mode: "award", terms: [{ fact: "count", points: "1" }] },
    },
    ["本项不单独计分", "从单位总分中扣除", "1 分"],
  ],
  uncapped: [
    {
      rule: { kind: "occurrences", mode: "award", terms: [{ fact: "count", points: "1" }] },
      cap: "8",
    },
    ["超出本项满分", "最多计到 8 分"],
  ],
  proportional: [
    { value: { ratio: ["served", "total"], label: "服务比例" }, of: "100", places: 2 },
    ["服务比例", "100%", "5 分", "2 位小数"],
  ],
  piecewise: [
    {
      value: { fact: "last" },
      direction: "above",
      mode: "award",
      rounding: "down",
      pieces: [
        { from: "0", to: "1000", step: "100", points: "1", cap: "10" },
        { from: "1000", step: "400", points: "1" },
      ],
    },
    ["上年业务量", "1000", "100", "400", "最多加 10 分"],
  ],
  vsMean: [
    {
      value: { fact: "rate" },
      direction: "below",
      offset: "5",
      step: "1",
      points: "0.1",
      rounding: "up",
    },
    ["平均值加 5%", "参保率", "1 个百分点", "0.1 分"],
  ],
  bestRatio: [
    { value: { fact: "rate" }, order: "desc", points: "6", upTo: 5 },
    ["第 1 名得 6 分", "第 5 名", "最高值"],
  ],
  othersMean: [
    { fact: "done", equals: false, rule: { kind: "discretionary", fact: "count" } },
    ["酌情打分", "未按时报送", "平均分"],
  ],
};

describe("every rule kind states its rule", () => {
  it.each(Object.keys(ruleKindTable))("%s has an explain entry and a sample here", (id) => {
    expect(typeof ruleKindTable[id]?.explain).toBe("function");
    expect(samples[id], `test/explain.test.ts 缺少 ${id} 的样例`).toBeDefined();
  });

  it.each(Object.entries(samples))(
    "%s: Chinese, with its numbers, no identifier",
    (kind, [params, words]) => {
      const sentence = explainRule({ kind, ...params }, { code: "1", max: "5", facts });
      expect(sentence).toBeDefined();
      expect(sentence).not.toMatch(latin);
      expect(sentence).toMatch(/满分 5 分$/);
      for (const w of words) expect(sentence).toContain(w);
    },
  );
});

describe("explainRule", () => {
  const rule = {
    kind: "steps",
    value: { fact: "rate" },
    direction: "below",
    from: "99.8",
    step: "0.1",
    points: "0.5",
    rounding: "up",
  };

  it("states the steps rule of the issue", () => {
    expect(explainRule(rule, { code: "4.1", max: "5", facts })).toBe(
      "参保率低于 99.8% 时，每低 0.1 个百分点扣 0.5 分，不足 0.1 个百分点按 0.1 个百分点计，扣完为止；满分 5 分",
    );
  });

  it("states a step on both sides of a value, from full marks or from a base", () => {
    const both = { ...rule, direction: "both", from: "0", step: "1", rounding: "down" };
    expect(explainRule(both, { code: "4.1", max: "5", facts })).toMatch(
      /^参保率等于 0% 时得满分，每超过 1 个百分点加 0\.5 分，每低 1 个百分点扣 0\.5 分/,
    );
    expect(explainRule({ ...both, base: "3" }, { code: "4.1", max: "5", facts })).toMatch(
      /^参保率等于 0% 时得 3 分，/,
    );
  });

  it("follows a renamed label, never the name", () => {
    const renamed = facts.map((f) => (f.name === "rate" ? { ...f, label: "户籍人口参保率" } : f));
    expect(explainRule(rule, { code: "4.1", max: "5", facts: renamed })).toContain(
      "户籍人口参保率低于",
    );
  });

  it("states a discretionary range that does not start at 0 (扣0.5-1分, 加1至3分)", () => {
    const range = [
      { name: "cut", type: "score", label: "推进迟缓扣分", min: "0.5", max: "1", orZero: true },
    ];
    expect(
      explainRule(
        { kind: "discretionaryDeduction", fact: "cut" },
        { code: "1", max: "2", facts: range },
      ),
    ).toBe("由考核人员酌情扣分：不扣分，或扣 0.5 至 1 分（推进迟缓扣分），扣完为止；满分 2 分");
    expect(
      explainRule({ kind: "discretionary", fact: "cut" }, { code: "1", max: "2", facts: range }),
    ).toContain("不加分，或加 0.5 至 1 分");
  });

  it("names an undeclared fact without its identifier", () => {
    const sentence = explainRule(
      { ...rule, value: { fact: "nowhere" } },
      { code: "1", max: "5", facts },
    );
    expect(sentence).toContain("（未选定的事实）");
    expect(sentence).not.toMatch(latin);
  });

  it("reads another item's fact through the lookup", () => {
    const other = { name: "rate", type: "pct", label: "参保率" } as const;
    const sentence = explainRule(
      { ...rule, value: { fact: "4.1.rate" } },
      { code: "9.1", max: "1" },
      (ref) => (ref === "4.1.rate" ? { ...other, required: true } : undefined),
    );
    expect(sentence).toContain("参保率低于 99.8%");
  });

  it.each([
    [{ ...rule, step: "" }, "5"],
    [{ ...rule, direction: "sideways" }, "5"],
    [{ kind: "nonsense" }, "5"],
    [rule, "五"],
  ])("has no sentence for a half-written rule %#", (r, max) => {
    expect(explainRule(r, { code: "1", max, facts })).toBeUndefined();
  });

  it("adds the gate", () => {
    const sentence = explainRule(rule, {
      code: "1",
      max: "5",
      facts,
      gate: { fact: "done", pass: true, effect: "veto", reason: "未按时报送" },
    });
    expect(sentence).toContain("；未按时报送的，实行一票否决（总分为 0 分）；满分 5 分");
  });
});

describe("explainScheme on the templates", () => {
  it.each([
    ["township-2022", "4.1", ["99.8", "0.1", "0.5"]],
    ["medical-aid-2021", "2.7", ["85%", "10 个百分点", "1 分"]],
  ])("%s: every item has a sentence without identifiers; %s carries %j", (id, code, numbers) => {
    const scheme = getTemplate(id);
    if (scheme === undefined) throw new Error(id);
    const lines = explainScheme(scheme);
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) {
      expect(line.sentence, `${line.code}`).not.toMatch(latin);
      expect(line.sentence).not.toContain("不完整");
      expect(line.sentence).toContain(`满分 ${line.max} 分`);
    }
    const item = lines.find((l) => l.code === code);
    for (const n of numbers) expect(item?.sentence).toContain(n);
  });

  it("states a group's cap", () => {
    const scheme = getTemplate("township-2022");
    if (scheme === undefined) throw new Error("township-2022");
    expect(explainScheme(scheme).find((l) => l.code === "9")?.sentence).toContain("最高 10 分");
  });
});

describe("a missing fact in the trace", () => {
  it("is named by its label (and another item's code), never by its identifier", () => {
    const scheme = getTemplate("township-2022");
    if (scheme === undefined) throw new Error("township-2022");
    const result = scoreUnit(scheme, { id: "u", name: "单位", facts: {} });
    const trace = (code: string) => {
      const walk = (items: ItemResult[]): ItemResult | undefined =>
        items.map((i) => (i.code === code ? i : walk(i.children))).find((i) => i !== undefined);
      return walk(result.items)?.trace.join("") ?? "";
    };
    expect(trace("4.1")).toBe("缺少参保率，本项暂不评分");
    expect(trace("9.1")).toContain("参保率（4.1 项）");
    expect(trace("9.1")).not.toMatch(/[A-Za-z]/);
  });
});
