/**
 * Misreadings the browser walk (decision 0342) found in an imported 细则, fixed in decision 0347.
 * Each case is written in other wording of the same form than the walk's 细则, and scored through
 * the engine where it is a score.
 */
import { scoreRound } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importRows } from "./layout-files.js";

async function read(text: string, max: string, values: Record<string, unknown>[]) {
  const r = await importRows([["项目", max, text]]);
  const scheme = r.scheme;
  if (scheme === undefined) throw new Error("the draft did not validate");
  const leaf = r.leaves[0];
  const names = (leaf?.facts ?? []).map((f) => String(f.name));
  const scores = values.map((v) => {
    const facts = Object.fromEntries(names.map((n, i) => [n, Object.values(v)[i]]));
    const scored = scoreRound(scheme, [{ id: "u", name: "甲镇", facts: { "1": facts } }]);
    if (!scored.ok) throw new Error(JSON.stringify(scored.problems));
    return scored.result.units[0]?.total.toString();
  });
  return { leaf, scores };
}

describe("one found, right before what it costs, is each one found", () => {
  it("counts persons found (查实1名…扣1分) and deducts for each", async () => {
    const { leaf, scores } = await read("查实1名参保人员重复享受待遇的，扣1分。", "3", [
      { n: 0 },
      { n: 1 },
      { n: 2 },
      { n: 5 },
    ]);
    expect(leaf?.rule).toMatchObject({ kind: "occurrences", terms: [{ points: "1" }] });
    expect(leaf?.facts).toEqual([
      expect.objectContaining({ type: "int", label: expect.stringMatching(/人数$/) }),
    ]);
    expect(scores).toEqual(["3", "2", "1", "0"]);
  });

  it("counts households found (发现一户…扣0.5分)", async () => {
    const { leaf, scores } = await read("发现一户特困人员未落实资助参保扣0.5分", "2", [
      { n: 0 },
      { n: 3 },
    ]);
    expect(leaf?.facts).toEqual([
      expect.objectContaining({ type: "int", unit: "户", label: "未落实资助参保特困人员户数" }),
    ]);
    expect(scores).toEqual(["2", "0.5"]);
  });
});

describe("«未达到的不得分» beside a band is the band's other side", () => {
  it("asks for the rate once and scores 0 below it, with no gate", async () => {
    const r = await importRows([["项目", "3", "两定机构协议签订率达100%得3分，达不到的不得分。"]]);
    const leaf = r.leaves[0];
    expect(leaf?.gate).toBeUndefined();
    expect(leaf?.facts).toEqual([expect.objectContaining({ type: "pct" })]);
    const { scores } = await read("两定机构协议签订率达100%得3分，达不到的不得分。", "3", [
      { rate: "100" },
      { rate: "99.5" },
    ]);
    expect(scores).toEqual(["3", "0"]);
  });

  it("reads 未达标的 the same beside bands of two figures", async () => {
    const { leaf, scores } = await read(
      "异地就医备案线上办理率达到95%以上得2分，90%以上得1分，未达标的不得分",
      "2",
      [{ rate: "96" }, { rate: "91" }, { rate: "80" }],
    );
    expect(leaf?.gate).toBeUndefined();
    expect(leaf?.facts).toHaveLength(1);
    expect(scores).toEqual(["2", "1", "0"]);
  });
});

describe("a part of a step, unsaid in the 细则, is a 请核对", () => {
  const notes = (r: Awaited<ReturnType<typeof importRows>>) =>
    r.proposals.flatMap((p) => p.reading.warnings).join("\n");

  it("says that «不足一档按一档» was assumed for 每低…个百分点扣", async () => {
    const r = await importRows([
      ["项目", "4", "住院费用结算率以98%为基准，每低0.5个百分点扣1分，扣完为止。"],
    ]);
    expect(r.leaves[0]?.rule).toMatchObject({ kind: "steps", rounding: "up" });
    expect(notes(r)).toMatch(/细则未写明不足一档的部分怎样计[^\n]*请核对/);
  });

  it("says nothing where the 细则 writes how a part counts", async () => {
    const r = await importRows([
      ["项目", "4", "住院费用结算率以98%为基准，每低0.5个百分点扣1分，不足0.5个百分点的不扣分。"],
    ]);
    expect(r.leaves[0]?.rule).toMatchObject({ kind: "steps", rounding: "down" });
    expect(notes(r)).not.toMatch(/不足一档/);
  });
});

describe("a 填报 label as the 细则 names it", () => {
  it("keeps the source's full-width brackets in a fact's label", async () => {
    const r = await importRows([
      ["项目", "3", "门诊共济（个人账户）使用率达到90%以上得3分，80%以上得2分。"],
    ]);
    const labels = (r.leaves[0]?.facts ?? []).map((f) => String(f.label));
    expect(labels.some((l) => l.includes("门诊共济（个人账户）"))).toBe(true);
    expect(labels.join()).not.toContain("(个人账户)");
  });

  it("names what is counted from the count's own clause, not the requirement before it", async () => {
    const { leaf, scores } = await read(
      "经办资料审核严格，查出虚报冒领每例扣1分，扣完为止。",
      "3",
      [{ n: 0 }, { n: 2 }, { n: 4 }],
    );
    expect(leaf?.facts).toEqual([expect.objectContaining({ type: "int", label: "虚报冒领例数" })]);
    expect(scores).toEqual(["3", "1", "0"]);
  });
});
