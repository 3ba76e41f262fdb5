/**
 * The measurement of a blind round (decisions 0302, 0311): the sentences' kinds and key
 * parameters, and the whole tables' items, points and rules, printed and checked against the
 * floors committed after the round's fixes. HELDOUT_WRONG=1 prints what was read wrong.
 */
import type { Item } from "@kaoping/engine";
import { expect } from "vitest";
import { importRubric } from "../../../src/office/rubric/import-rubric.js";
import { measureOutline, outlineLines } from "../unseen-measure.js";
import type { BlindTable } from "./blind-2026-12-tables.js";
import { byKindText, measureSentences, subset } from "./measure.js";
import type { HeldOut } from "./sentences.js";

/** The figures a round must reach (after its fixes). */
export interface Reached {
  kind: number;
  params: number;
  items: number;
  points: number;
  tableKinds: number;
  tableParams: number;
}

type Read = Item & { facts?: Record<string, unknown>[] };

const flat = (items: readonly Read[]): Read[] =>
  items.flatMap((i) => [i, ...flat((i.children ?? []) as Read[])]);

async function readTable(t: BlindTable) {
  const result = await importRubric(await t.build(), t.kind);
  if (!result.ok) throw new Error(result.message);
  const items = result.document.items as Read[];
  const outline = measureOutline(t.expected, outlineLines(items));
  const wrong: string[] = [];
  let kinds = 0;
  let params = 0;
  for (const [title, e] of Object.entries(t.kinds)) {
    const item = flat(items).find((i) => i.title === title);
    const rule = item?.rule as Record<string, unknown> | undefined;
    const kindOk = rule?.kind === e.kind;
    const paramsOk =
      kindOk &&
      subset(e.rule ?? {}, rule) &&
      (e.gate === undefined || subset(e.gate, item?.gate)) &&
      (e.fact === undefined || (item?.facts ?? []).some((f) => subset(e.fact, f)));
    if (kindOk) kinds++;
    if (paramsOk) params++;
    else wrong.push(`${title}: ${e.kind} → ${JSON.stringify(rule ?? null).slice(0, 300)}`);
  }
  return { result, outline, kinds, params, n: Object.keys(t.kinds).length, wrong, items };
}

/** Reads a round's sentences, prints the figures and checks them against the floors. */
export async function checkBlindSentences(
  name: string,
  sentences: readonly HeldOut[],
  reached: Reached,
): Promise<void> {
  const f = await measureSentences(sentences);
  console.log(
    `${name}: ${f.kinds}/${sentences.length} right kind, ${f.params} with the key parameters; by kind (kind/params/n): ${byKindText(f)}`,
  );
  if (process.env.HELDOUT_WRONG !== undefined) console.log(f.wrong.join("\n"));
  expect(sentences).toHaveLength(40);
  expect(f.kinds, f.wrong.join("\n")).toBeGreaterThanOrEqual(reached.kind);
  expect(f.params, f.wrong.join("\n")).toBeGreaterThanOrEqual(reached.params);
}

/** Reads a round's tables, prints the figures per table and checks the totals against the floors. */
export async function checkBlindTables(
  tables: readonly BlindTable[],
  reached: Reached,
  expectedItems: number,
): Promise<void> {
  let items = 0;
  let found = 0;
  let points = 0;
  let kinds = 0;
  let params = 0;
  for (const t of tables) {
    const r = await readTable(t);
    console.log(
      `${t.name}: items ${r.outline.found}/${r.outline.items}, points ${r.outline.pointsRight}, exact ${r.outline.exact}; kinds ${r.kinds}/${r.n}, params ${r.params}`,
    );
    if (process.env.HELDOUT_WRONG !== undefined)
      console.log(
        [
          ...outlineLines(r.items),
          ...r.wrong,
          ...r.result.summary.warnings,
          `ignored ${r.result.summary.ignoredColumns.join(",")} unused ${r.result.summary.unusedColumns.join(",")}`,
        ].join("\n"),
      );
    items += r.outline.items;
    found += r.outline.found;
    points += r.outline.pointsRight;
    kinds += r.kinds;
    params += r.params;
  }
  expect(found).toBeGreaterThanOrEqual(reached.items);
  expect(points).toBeGreaterThanOrEqual(reached.points);
  expect(kinds).toBeGreaterThanOrEqual(reached.tableKinds);
  expect(params).toBeGreaterThanOrEqual(reached.tableParams);
  expect(items).toBe(expectedItems);
}
