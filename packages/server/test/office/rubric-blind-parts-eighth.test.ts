/**
 * The parts of the reading added for the misses of the eighth December 2026 blind round of
 * sentences (decision 0339), each on wording other than the blind sentences that showed it; where
 * the reading changes a score, the engine scores it over a round.
 */
import { explainRule, scoreRound, type Scheme } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importRows } from "./layout-files.js";

async function leaf(points: string, text: string) {
  const r = await importRows([["考核项目", points, text]]);
  const item = r.leaves[r.leaves.length - 1];
  if (item === undefined) throw new Error(text);
  return { ...item, reading: r.proposals[r.proposals.length - 1]?.reading };
}

type Read = Awaited<ReturnType<typeof leaf>>;

/** The item's scores over a round, each unit with its own facts (by label fragment → value). */
function scores(points: string, item: Read, units: Record<string, unknown>[]): (string | null)[] {
  const nameOf = (fragment: string) => {
    const f = item.facts.find((x) => String(x.label).includes(fragment));
    if (f === undefined) throw new Error(`no fact ${fragment}: ${JSON.stringify(item.facts)}`);
    return String(f.name);
  };
  const scheme = {
    id: "s",
    title: "测试方案",
    items: [{ code: "1", title: "考核项目", max: points, facts: item.facts, rule: item.rule }],
  } as unknown as Scheme;
  const result = scoreRound(
    scheme,
    units.map((u, i) => ({
      id: `u${i}`,
      name: `单位${i}`,
      facts: { "1": Object.fromEntries(Object.entries(u).map(([k, v]) => [nameOf(k), v])) },
    })),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.result.units.map((u) => u.items[0]?.score ?? null);
}

describe("reading parts of the eighth December 2026 blind round of sentences", () => {
  it("reads places after the listed ones falling by so much each (依次递减) as points linear in rank", async () => {
    const after = await leaf(
      "4",
      "县域医保基金绩效评价排名第1名得4分，第2名得3.5分，以后各名次依次递减0.5分。",
    );
    expect(after.rule).toMatchObject({ kind: "rank", perPlace: "0.5" });
    expect(after.rule).not.toHaveProperty("rest");
    const values = [50, 40, 30, 20, 10].map((v) => ({ 绩效评价: v }));
    expect(scores("4", after, values)).toEqual(["4", "3.5", "3", "2.5", "2"]);
    const rest = await leaf("3", "医保信息报送排名前两名的各得3分，其余单位依次递减0.25分。");
    expect(rest.rule).toMatchObject({ kind: "rank", perPlace: "0.25" });
    expect(rest.rule).not.toHaveProperty("rest");
  });

  it("reads a deduction cap written as a share of the item's points as the points it comes to", async () => {
    const r = await leaf("5", "被群众有效投诉的，每件扣0.3分，扣分最高不超过该项分值的60%。");
    expect(r.rule).toMatchObject({ kind: "occurrences", terms: [{ points: "0.3", cap: "3" }] });
    expect(scores("5", r, [{ 件: 2 }, { 件: 20 }])).toEqual(["4.4", "2"]);
    const half = await leaf("3", "医保档案缺失的，每卷扣0.2分，以本项分值的一半为限。");
    expect(half.rule).toMatchObject({ terms: [{ points: "0.2", cap: "1.5" }] });
  });
});
