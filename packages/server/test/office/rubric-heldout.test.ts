/**
 * The rubric reader on held-out sentences (heldout/sentences.ts): sentences written in other
 * counties' wording for the rule kinds and options of decision 0160, not used to tune the reader.
 * Each is imported as a row of a table (after its `before` rows) and the last item's rule, gate
 * and facts compared with the expectation. Accuracy by kind is printed; the committed figure is a
 * floor (docs/rubric-import.md).
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { heldOut, type HeldOut } from "./heldout/sentences.js";

/** Reached (docs/rubric-import.md): right kind, and right kind with the key parameters. */
const reached = { kind: 67, params: 67 };

const numeric = (v: unknown) =>
  (typeof v === "number" || (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v))) && v !== "";

/** True when `actual` has everything `expected` states (numbers compared as numbers). */
export function subset(expected: unknown, actual: unknown): boolean {
  if (numeric(expected)) return numeric(actual) && Number(expected) === Number(actual);
  if (Array.isArray(expected))
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((e, i) => subset(e, actual[i]))
    );
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object") return false;
    return Object.entries(expected).every(([k, v]) =>
      subset(v, (actual as Record<string, unknown>)[k]),
    );
  }
  return expected === actual;
}

interface Item {
  rule?: Record<string, unknown> & { kind: string };
  gate?: Record<string, unknown>;
  facts?: Record<string, unknown>[];
  children?: Item[];
}

async function read(h: HeldOut): Promise<Item | undefined> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("细则");
  ws.addRow(["序号", "项目", "分值", "评分标准"]);
  for (const [code, title, points, text] of h.before ?? []) ws.addRow([code, title, points, text]);
  ws.addRow([String((h.before?.length ?? 0) + 1), h.title, h.points, h.text]);
  const result = await importRubric(Buffer.from(await wb.xlsx.writeBuffer()), "xlsx");
  if (!result.ok) return undefined;
  const items = result.document.items as Item[];
  return items[items.length - 1];
}

describe("rubric reader on held-out sentences", () => {
  it("reads the new kinds and options at least as well as committed", async () => {
    const byKind: Record<string, [number, number, number]> = {};
    const wrong: string[] = [];
    let kinds = 0;
    let params = 0;
    for (const h of heldOut) {
      const item = await read(h);
      const k = (byKind[h.expect.kind] ??= [0, 0, 0]);
      k[2]++;
      const kindOk = item?.rule?.kind === h.expect.kind;
      const paramsOk =
        kindOk &&
        subset(h.expect.rule ?? {}, item.rule) &&
        (h.expect.gate === undefined || subset(h.expect.gate, item.gate)) &&
        (h.expect.fact === undefined || (item.facts ?? []).some((f) => subset(h.expect.fact, f)));
      if (kindOk) {
        kinds++;
        k[0]++;
      }
      if (paramsOk) {
        params++;
        k[1]++;
      } else
        wrong.push(
          `${h.id}: ${h.expect.kind} → ${JSON.stringify(item?.rule ?? null).slice(0, 300)} gate ${JSON.stringify(item?.gate ?? null)}`,
        );
    }
    const rows = Object.entries(byKind).map(([k, [a, b, n]]) => `${k} ${a}/${b}/${n}`);
    console.log(
      `held out: ${kinds}/${heldOut.length} right kind, ${params} with the key parameters; by kind (kind/params/n): ${rows.join(", ")}`,
    );
    if (process.env.HELDOUT_WRONG !== undefined) console.log(wrong.join("\n"));
    expect(heldOut.length).toBeGreaterThanOrEqual(60);
    expect(kinds, wrong.join("\n")).toBeGreaterThanOrEqual(reached.kind);
    expect(params, wrong.join("\n")).toBeGreaterThanOrEqual(reached.params);
  }, 120_000);
});
