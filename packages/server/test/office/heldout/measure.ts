/**
 * Measuring the reader on written sentences (heldout/sentences.ts, heldout/paraphrases.ts): each
 * sentence is imported as the last row of a table (after its `before` rows) and the last item's
 * rule, gate and facts compared with the expectation as a subset.
 */
import ExcelJS from "exceljs";
import { importRubric } from "../../../src/office/rubric/import-rubric.js";
import type { HeldOut } from "./sentences.js";

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
  code?: string;
  rule?: Record<string, unknown> & { kind: string };
  gate?: Record<string, unknown>;
  facts?: Record<string, unknown>[];
  children?: Item[];
}

/** What the reader says about its proposal: how sure it is and its warnings. */
export interface Said {
  confidence: number;
  level: string;
  warnings: string[];
}

/** The sentence's item as read, with what the reader said about its proposal. */
export async function readSaid(
  h: HeldOut,
  leaf = false,
): Promise<{ item: Item | undefined; said: Said | undefined }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("细则");
  ws.addRow(["序号", "项目", "分值", "评分标准"]);
  for (const [code, title, points, text] of h.before ?? []) ws.addRow([code, title, points, text]);
  ws.addRow([String((h.before?.length ?? 0) + 1), h.title, h.points, h.text]);
  const result = await importRubric(Buffer.from(await wb.xlsx.writeBuffer()), "xlsx");
  if (!result.ok) return { item: undefined, said: undefined };
  const items = result.document.items as Item[];
  let last = items[items.length - 1];
  // A line under a group heading is the group's last child.
  while (leaf && last?.children !== undefined && last.children.length > 0)
    last = last.children[last.children.length - 1];
  const proposal = result.proposals.find((p) => p.code === last?.code);
  return { item: last, said: proposal?.reading };
}

/** True when the item read has the expected kind and every expected parameter. */
export function readRight(h: HeldOut, item: Item | undefined): boolean {
  return (
    item?.rule?.kind === h.expect.kind &&
    subset(h.expect.rule ?? {}, item.rule) &&
    (h.expect.gate === undefined || subset(h.expect.gate, item.gate)) &&
    (h.expect.fact === undefined || (item.facts ?? []).some((f) => subset(h.expect.fact, f)))
  );
}

async function read(h: HeldOut, leaf: boolean): Promise<Item | undefined> {
  return (await readSaid(h, leaf)).item;
}

/** The figures of a set of sentences: right kind, right kind and key parameters, by kind, misses. */
export interface Figures {
  kinds: number;
  params: number;
  byKind: Record<string, [number, number, number]>;
  wrong: string[];
}

/**
 * Reads every sentence and compares it with its expectation; with `leaf`, the last item read is
 * the last leaf (a line after a group heading is compared, not the group).
 */
export async function measureSentences(set: readonly HeldOut[], leaf = false): Promise<Figures> {
  const byKind: Record<string, [number, number, number]> = {};
  const wrong: string[] = [];
  let kinds = 0;
  let params = 0;
  for (const h of set) {
    const item = await read(h, leaf);
    const k = (byKind[h.expect.kind] ??= [0, 0, 0]);
    k[2]++;
    const kindOk = item?.rule?.kind === h.expect.kind;
    const paramsOk = readRight(h, item);
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
  return { kinds, params, byKind, wrong };
}

/** "kind a/b/n, …" for the log. */
export const byKindText = (f: Figures) =>
  Object.entries(f.byKind)
    .map(([k, [a, b, n]]) => `${k} ${a}/${b}/${n}`)
    .join(", ");
