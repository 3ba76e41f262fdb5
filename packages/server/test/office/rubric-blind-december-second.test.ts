/**
 * The second December 2026 blind round of issue #12 (heldout/blind-2026-12b*.ts): 40 sentences and
 * one whole table written before the reader was read. The figures are printed; the committed floors
 * are the figures after the fixes of decision 0311 (no longer blind — docs/rubric-import.md).
 */
import type { Item } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import type { BlindTable } from "./heldout/blind-2026-12-tables.js";
import { blindDecemberSecond } from "./heldout/blind-2026-12b.js";
import { blindTablesSecond } from "./heldout/blind-2026-12b-tables.js";
import { byKindText, measureSentences, subset } from "./heldout/measure.js";
import { measureOutline, outlineLines } from "./unseen-measure.js";

/** Reached after decision 0311 (the before figures are in the decision). */
const reached = { kind: 40, params: 40, items: 12, points: 12, tableKinds: 8, tableParams: 8 };

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

describe("second December 2026 blind round (issue #12)", () => {
  it("reads the blind sentences at least as well as committed", async () => {
    const f = await measureSentences(blindDecemberSecond);
    console.log(
      `blind 2026-12b: ${f.kinds}/${blindDecemberSecond.length} right kind, ${f.params} with the key parameters; by kind (kind/params/n): ${byKindText(f)}`,
    );
    if (process.env.HELDOUT_WRONG !== undefined) console.log(f.wrong.join("\n"));
    expect(blindDecemberSecond).toHaveLength(40);
    expect(f.kinds, f.wrong.join("\n")).toBeGreaterThanOrEqual(reached.kind);
    expect(f.params, f.wrong.join("\n")).toBeGreaterThanOrEqual(reached.params);
  }, 120_000);

  it("finds the items, points and rules of the blind table", async () => {
    let items = 0;
    let found = 0;
    let points = 0;
    let kinds = 0;
    let params = 0;
    for (const t of blindTablesSecond) {
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
    expect(items).toBe(12);
  }, 120_000);
});
