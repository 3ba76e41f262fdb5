/**
 * Test helpers for the rubric import's readings: one item imported from a one-row table
 * (考核项目 | points | standard), and that item scored by the engine over a round of units, each
 * with its own facts named by a fragment of the fact's label; a whole file's import as an outline.
 */
import { scoreRound, type Scheme } from "@kaoping/engine";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { importRows } from "./layout-files.js";

/** The item read from «考核项目 | points | text», with its reading. */
export async function importedItem(points: string, text: string) {
  const r = await importRows([["考核项目", points, text]]);
  const item = r.leaves[r.leaves.length - 1];
  if (item === undefined) throw new Error(text);
  return { ...item, reading: r.proposals[r.proposals.length - 1]?.reading };
}

export type ImportedItem = Awaited<ReturnType<typeof importedItem>>;

/** The item's scores over a round, each unit with its own facts (by label fragment → value). */
export function itemScores(
  points: string,
  item: ImportedItem,
  units: Record<string, unknown>[],
): (string | null)[] {
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

/** The scores over a round of the item read from «考核项目 | points | text». */
export async function scoredItem(
  points: string,
  text: string,
  units: Record<string, unknown>[],
): Promise<(string | null)[]> {
  return itemScores(points, await importedItem(points, text), units);
}

/** An imported item as the outline tests look at it. */
type OutlineNode = {
  title: string;
  max: string;
  standard?: string;
  notes?: string;
  children?: OutlineNode[];
  rule?: { kind: string };
};

/** A file's import as lines («depth title max»), its items by title, its warnings and title. */
export async function readOutline(bytes: Buffer, kind: "docx" | "xlsx") {
  const r = await importRubric(bytes, kind);
  if (!r.ok) throw new Error(r.message);
  const items = r.document.items as unknown as OutlineNode[];
  const lines = (list: OutlineNode[], depth = 0): string[] =>
    list.flatMap((i) => [`${depth} ${i.title} ${i.max}`, ...lines(i.children ?? [], depth + 1)]);
  const flat = (list: OutlineNode[]): OutlineNode[] =>
    list.flatMap((i) => [i, ...flat(i.children ?? [])]);
  return {
    lines: lines(items),
    item: (title: string) => flat(items).find((i) => i.title === title),
    warnings: r.summary.warnings.join("\n"),
    title: r.document.title,
  };
}
