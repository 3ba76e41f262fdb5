// The sentence the review list and the editor show for an item states its gate too (一票否决,
// 不得分): a veto item read from a 细则 must not look like a plain 0-point checklist.
import type { SchemeDocument } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { itemSentence } from "./rule-sentence";

const veto = {
  code: "5.1",
  title: "发生重大欺诈骗保案件被通报的",
  max: "0",
  facts: [{ name: "clear1", type: "bool", label: "未发生一票否决事项" }],
  gate: { fact: "clear1", pass: true, effect: "veto", reason: "一票否决" },
  rule: { kind: "checklist", mode: "award", items: [{ fact: "clear1", points: "0" }] },
};

const zero = {
  code: "1",
  title: "内控制度",
  max: "6",
  facts: [
    { name: "count1", type: "int", label: "违规次数", unit: "次" },
    { name: "ok", type: "bool", label: "建立内控制度" },
  ],
  gate: { fact: "ok", pass: true, effect: "zero" },
  rule: { kind: "occurrences", mode: "deduct", terms: [{ fact: "count1", points: "1" }] },
};

const doc = {
  id: "d",
  title: "t",
  items: [zero, { code: "5", title: "一票否决", max: "0", children: [veto] }],
};

describe("itemSentence", () => {
  it("states a veto item as the veto (decision 0325)", () => {
    const s = itemSentence(doc as unknown as SchemeDocument, veto);
    expect(s).toBe("发生一票否决事项的，实行一票否决（总分为 0 分）；本项不计分");
  });

  it("states a 不得分 gate after the rule", () => {
    const s = itemSentence(doc as unknown as SchemeDocument, zero);
    expect(s).toMatch(/^违规次数每次扣 1 分/);
    expect(s).toContain("“建立内控制度”为否时");
  });
});

describe("itemSentence of a rank (decision 0343)", () => {
  const ranked = (code: string) => ({
    code,
    title: "工作成效排名",
    max: "3",
    facts: [{ name: "v", type: "decimal", label: "综合评价得分" }],
    rule: { kind: "rank", fact: "v", order: "desc", awards: [{ upTo: 3, points: "3" }] },
  });
  const draft = {
    id: "d",
    title: "t",
    items: [
      { code: "1", title: "业务工作", max: "3", children: [ranked("1.1")] },
      { code: "2", title: "加分项目", max: "3", children: [ranked("2.1")] },
    ],
  } as unknown as SchemeDocument;

  it("says 得 in a regular item and 加 in a 加分 item", () => {
    expect(itemSentence(draft, ranked("1.1"))).toContain("前 3 名得 3 分");
    expect(itemSentence(draft, ranked("2.1"))).toContain("前 3 名加 3 分");
  });
});
