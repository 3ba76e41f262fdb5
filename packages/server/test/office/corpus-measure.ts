/**
 * Measures the rubric reader on the labelled scoring-phrase corpus (corpus/README.md): each
 * sentence goes into a one-row table (序号 | 项目 | 分值 | 评分标准) read by the same import as any
 * upload, and the kinds proposed are compared with the label like corpus/measure-import.py does —
 * every leaf's kind must be the label's kind or an `accept` kind; for `group`/`sum` labels, two or
 * more leaves whose kinds occur among the label's parts (or one accepted kind). `inexpressible`
 * entries are not scored. Used by the corpus test and `scripts/measure-rubric-import.ts`.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { importRubric } from "../../src/office/rubric/import-rubric.js";

/** A corpus entry as stored. */
export interface CorpusEntry {
  id: string;
  title: string | null;
  points: number | string | null;
  text: string;
  label: {
    kind: string;
    params?: { children?: { kind?: string }[]; parts?: { kind?: string }[] };
    accept?: { kind?: string }[];
    needs?: string;
  };
}

/** The corpus entries. */
export function loadCorpus(): CorpusEntry[] {
  const url = new URL("./corpus/scoring-phrases.json", import.meta.url);
  return (JSON.parse(readFileSync(url, "utf8")) as { entries: CorpusEntry[] }).entries;
}

/** Held out while developing the reader (about 30% of the entries, whole sources). */
export const heldOutSources = ["ssms-", "hengshan-", "megaspider-", "sheng17shi-"];

/** One entry's outcome; `ok` undefined for `inexpressible`; `params` whether the key numbers match too. */
export interface EntryResult {
  id: string;
  kind: string;
  got: string[];
  ok: boolean | undefined;
  params: boolean;
  heldOut: boolean;
  /** A reading of the entry shown below high confidence (needless doubt when read right: 0325). */
  doubted: boolean;
}

type Json = Record<string, unknown>;
const num = (v: unknown) =>
  typeof v === "number" || (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v))
    ? String(Number(v))
    : undefined;
const sorted = (xs: unknown[]) =>
  xs
    .map(num)
    .filter((x) => x !== undefined)
    .sort()
    .join(",");

/** The label's key numbers against the proposed rule: points, thresholds, steps, quota, mode. */
export function keyNumbersMatch(kind: string, label: Json, rule: Json): boolean {
  const same = (a: unknown, b: unknown) => num(a) === undefined || num(a) === num(b);
  const mode = label.mode === undefined || label.mode === rule.mode;
  switch (kind) {
    case "occurrences": {
      const terms = (label.terms as Json[] | undefined) ?? [];
      if (terms.some((t) => t.byField !== undefined) || terms.length === 0) return mode;
      return (
        mode &&
        sorted(terms.map((t) => t.points)) ===
          sorted(((rule.terms as Json[]) ?? []).map((t) => t.points))
      );
    }
    case "checklist": {
      const items = (label.items as Json[] | undefined) ?? [];
      if (items.length === 0 || items.some((i) => i.points === undefined)) return mode;
      return (
        mode &&
        sorted(items.map((i) => i.points)) ===
          sorted(((rule.items as Json[]) ?? []).map((i) => i.points))
      );
    }
    case "steps":
      return (
        (label.direction === undefined ||
          !["below", "above"].includes(String(label.direction)) ||
          label.direction === rule.direction) &&
        same(label.from, rule.from) &&
        same(label.step, rule.step) &&
        same(label.points, rule.points)
      );
    case "quota":
      return same(label.quota, rule.quota) && same(label.points, rule.points);
    case "bands":
      return (
        sorted(
          ((label.bands as Json[]) ?? []).filter((b) => typeof b === "object").map((b) => b.points),
        ) === sorted(((rule.bands as Json[]) ?? []).map((b) => b.points))
      );
    case "rank":
      return (
        label.awards === undefined ||
        sorted((label.awards as Json[]).map((a) => a.points)) ===
          sorted(((rule.awards as Json[]) ?? []).map((a) => a.points))
      );
    default:
      return true;
  }
}

/**
 * Kinds of decision 0160 that a label asks for in its `needs` (the corpus predates them, so it
 * labels such sentences with the closest older kind and says what is missing). A proposal of
 * such a kind is right when the label's `needs` names it: a wrapper (penalty, uncapped, toTotal,
 * othersMean) and a pool are then judged by the rules inside them; the others stand for the
 * labelled kind.
 */
const refines: Record<string, RegExp> = {
  penalty: /beyond the item/,
  uncapped: /above its/,
  toTotal: /total/,
  othersMean: /mean score|cross-unit mean of the same item/,
  pool: /deduction pool/,
  bestRatio: /best unit/,
  vsMean: /cross-unit mean|平均/,
  proportional: /rescale|proportional scoring/,
  piecewise: /piecewise/,
};
const wrappers = new Set(["penalty", "uncapped", "toTotal", "othersMean"]);

/** The rule a label's kind is compared with: inside the wrappers its `needs` asks for. */
function unwrap(rule: Json, needs: string): Json {
  const kind = String(rule.kind);
  if (wrappers.has(kind) && refines[kind]?.test(needs) === true)
    return unwrap(rule.rule as Json, needs);
  return rule;
}

interface Leaf {
  rule?: { kind: string };
  children?: Leaf[];
}

function leafRules(items: Leaf[]): { kind: string }[] {
  return items.flatMap((it) =>
    it.children !== undefined && it.children.length > 0
      ? leafRules(it.children)
      : it.rule !== undefined
        ? [it.rule]
        : [],
  );
}

function leafKinds(items: Leaf[]): string[] {
  return items.flatMap((it) =>
    it.children !== undefined && it.children.length > 0
      ? leafKinds(it.children)
      : [it.rule?.kind ?? ""],
  );
}

/** Runs the import on one entry as a one-row .xlsx table. */
export async function measureEntry(e: CorpusEntry): Promise<EntryResult> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("细则");
  ws.addRow(["序号", "项目", "分值", "评分标准"]);
  ws.addRow(["1", e.title ?? "", e.points === null ? "" : String(e.points), e.text]);
  const result = await importRubric(Buffer.from(await wb.xlsx.writeBuffer()), "xlsx");
  const l = e.label;
  const needs = l.needs ?? "";
  const items = result.ok
    ? (result.document.items as Leaf[]).map((it) =>
        it.rule !== undefined
          ? { ...it, rule: unwrap(it.rule as unknown as Json, needs) as { kind: string } }
          : it,
      )
    : [];
  const got = leafKinds(items);
  const rules = leafRules(items);
  const accept = new Set([l.kind, ...(l.accept ?? []).map((a) => a.kind ?? "")]);
  // A kind the label needs stands for the labelled kind; a pool is right when a part is.
  const top = rules.length === 1 ? (rules[0] as unknown as Json) : undefined;
  const refined = top !== undefined && refines[String(top.kind)]?.test(needs) === true;
  if (refined && top.kind !== "pool") accept.add(String(top.kind));
  let ok: boolean | undefined;
  if (l.kind === "inexpressible") ok = undefined;
  else if (l.kind === "group" || l.kind === "sum") {
    const parts = new Set(
      [...(l.params?.children ?? []), ...(l.params?.parts ?? [])].map((p) => p.kind ?? ""),
    );
    for (const k of accept) parts.add(k);
    // A pool the label's needs ask for ("both deductions share the points") is judged by its parts.
    const inner =
      refined && top?.kind === "pool"
        ? ((top.parts as { rule: Json }[]) ?? []).map((p) => String(p.rule.kind))
        : got;
    ok =
      (inner.length >= 2 && inner.every((k) => parts.has(k))) ||
      (inner.length === 1 && accept.has(inner[0] ?? ""));
  } else if (refined && top?.kind === "pool")
    ok = ((top.parts as { rule: Json }[]) ?? []).some((p) => accept.has(String(p.rule.kind)));
  else ok = got.length > 0 && got.every((k) => accept.has(k));
  // Key numbers are compared where one rule of the labelled kind stands for the sentence.
  const rule = rules[0];
  const labelled = (l.params ?? {}) as Json;
  const params =
    ok === true &&
    (top?.kind !== "vsMean" ||
      (num(labelled.step) === num(top.step) && num(labelled.points) === num(top.points))) &&
    (rules.length !== 1 ||
      rule === undefined ||
      rule.kind !== l.kind ||
      keyNumbersMatch(l.kind, (l.params ?? {}) as Json, rule as unknown as Json));
  return {
    id: e.id,
    kind: l.kind,
    got,
    ok,
    params,
    heldOut: heldOutSources.some((s) => e.id.startsWith(s)),
    doubted: result.ok && result.proposals.some((p) => p.reading.level !== "high"),
  };
}

/** The 酌情 kinds: a sentence so labelled leaves its amount to the assessor, doubt or not. */
const discretion = new Set(["discretionary", "discretionaryDeduction"]);

/**
 * Entries read right (kind and key numbers) whose reading is shown below high confidence: needless
 * doubt unless the reading assumes what the text leaves open (decision 0325); 酌情 labels aside.
 */
export const needlesslyDoubted = (results: EntryResult[]): EntryResult[] =>
  results.filter((r) => r.ok === true && r.params && r.doubted && !discretion.has(r.kind));

/** Right / scored, overall and by labelled kind. */
export function tally(results: EntryResult[]): {
  right: number;
  params: number;
  scored: number;
  byKind: Record<string, [number, number]>;
} {
  const scored = results.filter((r) => r.ok !== undefined);
  const byKind: Record<string, [number, number]> = {};
  for (const r of scored) {
    const k = (byKind[r.kind] ??= [0, 0]);
    if (r.ok === true) k[0]++;
    k[1]++;
  }
  return {
    right: scored.filter((r) => r.ok === true).length,
    params: scored.filter((r) => r.params).length,
    scored: scored.length,
    byKind,
  };
}
