/**
 * Reading one rank line of a rubric row and scoring what it proposes over a round of units
 * through the engine: shared by the rank reader tests (rubric-rank-*.test.ts).
 */
import { scoreRound, type Scheme } from "@kaoping/engine";
import { importRows } from "./layout-files.js";

/** The proposed leaf of a one-row rubric 考核项目 | points | text, with its reading's notes. */
export async function readRank(points: string, text: string) {
  const r = await importRows([["考核项目", points, text]]);
  const leaf = r.leaves[r.leaves.length - 1];
  if (leaf === undefined) throw new Error(text);
  const proposal = r.proposals.find((p) => p.code === leaf.code);
  const reading = proposal?.reading;
  return {
    leaf,
    warnings: reading?.warnings ?? [],
    unused: reading?.unused ?? [],
    confidence: reading?.confidence,
    explanation: proposal?.explanation ?? "",
  };
}

/** The scores of the proposed item over a round of units with the given values of its one fact. */
export function scoresOver(
  points: string,
  leaf: Awaited<ReturnType<typeof readRank>>["leaf"],
  values: string[],
): (string | null | undefined)[] {
  return roundOver(points, leaf, values).map((u) => u.items[0]?.score);
}

/** The units' totals over such a round: the item's score and what it takes from the total. */
export function totalsOver(
  points: string,
  leaf: Awaited<ReturnType<typeof readRank>>["leaf"],
  values: string[],
): (string | null)[] {
  return roundOver(points, leaf, values).map((u) => u.total);
}

/** The units' results of a round scored on the proposed item alone. */
function roundOver(
  points: string,
  leaf: Awaited<ReturnType<typeof readRank>>["leaf"],
  values: string[],
) {
  const name = String(leaf.facts[0]?.name);
  const scheme = {
    id: "s",
    title: "测试方案",
    items: [{ code: "1", title: "排名", max: points, facts: leaf.facts, rule: leaf.rule }],
  } as unknown as Scheme;
  const units = values.map((v, i) => ({
    id: `u${i}`,
    name: `单位${i}`,
    facts: { "1": { [name]: v } },
  }));
  const result = scoreRound(scheme, units);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.result.units;
}
