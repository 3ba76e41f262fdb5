/**
 * Measures the rubric import on the held-out documents (documents.ts) against their answer key
 * (answer-key.json): items found, points right, kind and key parameters right. An answer item is
 * found when an imported leaf's title contains its title (or the other way round, for titles of 4
 * or more characters), matched in document order, each leaf once; a 一票否决 condition when an item
 * whose texts hold it has a veto gate. Kinds and parameters are compared like the corpus test
 * (corpus-measure.ts: the kind or an accepted kind; key numbers of the labelled kind).
 */
import { readFileSync } from "node:fs";
import { importRubric } from "../../../src/office/rubric/import-rubric.js";
import { keyNumbersMatch } from "../corpus-measure.js";
import { heldOutDocuments } from "./documents.js";

type Json = Record<string, unknown>;

interface AnswerItem {
  title: string;
  max: number | null;
  kind: string;
  params?: Json;
  accept?: { kind: string }[];
  veto?: boolean;
}

interface Leaf {
  code: string;
  title: string;
  max?: string;
  content?: string;
  standard?: string;
  notes?: string;
  rule?: Json & { kind: string };
  gate?: { effect?: string };
  children?: Leaf[];
}

/** One answer item's outcome. */
export interface ItemResult {
  document: string;
  title: string;
  found: boolean;
  /** undefined for a veto condition (no points of its own). */
  points: boolean | undefined;
  kind: boolean;
  params: boolean;
  got: string;
}

const bare = (s: string) => s.replace(/[\s“”"'‘’、，,。.；;：:（）()]/g, "");

function leavesOf(items: Leaf[], vetoed = false): (Leaf & { vetoed: boolean })[] {
  return items.flatMap((it) => {
    const veto = vetoed || it.gate?.effect === "veto";
    return it.children !== undefined && it.children.length > 0
      ? leavesOf(it.children, veto)
      : [{ ...it, vetoed: veto }];
  });
}

/** The leaves' kinds under a matched item (a split item is several leaves). */
function kindsOf(l: Leaf): string[] {
  return l.children !== undefined && l.children.length > 0
    ? l.children.flatMap(kindsOf)
    : [l.rule?.kind ?? ""];
}

function kindRight(a: AnswerItem, l: Leaf): boolean {
  const accept = new Set([a.kind, ...(a.accept ?? []).map((x) => x.kind)]);
  const got = kindsOf(l);
  if (a.kind === "sum" || a.kind === "group") {
    const parts = new Set(
      [
        ...((a.params?.parts as Json[] | undefined) ?? []),
        ...((a.params?.children as Json[] | undefined) ?? []),
      ].map((p) => String(p.kind)),
    );
    if (l.rule?.kind === "sum")
      return ((l.rule.parts as Json[] | undefined) ?? []).every((p) =>
        parts.has(String((p.rule as Json | undefined)?.kind ?? p.kind)),
      );
    return (
      (got.length >= 2 && got.every((k) => parts.has(k))) ||
      (got.length === 1 && accept.has(got[0] ?? ""))
    );
  }
  return got.length === 1 && accept.has(got[0] ?? "");
}

/** Measures one imported document against its answer items. */
function measureDocument(id: string, items: Leaf[], answers: AnswerItem[]): ItemResult[] {
  const all = items.flatMap(function walk(i: Leaf): Leaf[] {
    return [i, ...(i.children ?? []).flatMap(walk)];
  });
  const leaves = leavesOf(items);
  const used = new Set<Leaf>();
  return answers.map((a) => {
    const want = bare(a.title);
    if (a.veto === true) {
      const holder = leaves.find((l) =>
        bare(`${l.title}${l.content ?? ""}${l.standard ?? ""}${l.notes ?? ""}`).includes(want),
      );
      const ok = holder !== undefined && holder.vetoed;
      return {
        document: id,
        title: a.title,
        found: ok,
        points: undefined,
        kind: ok,
        params: ok,
        got:
          holder === undefined ? "（无）" : holder.vetoed ? "一票否决" : (holder.rule?.kind ?? ""),
      };
    }
    // A leaf first (a group's name can be part of an item's title), then a split item.
    const match = [...leaves, ...all].find((l) => {
      if (used.has(l) || used.has(all.find((x) => x.code === l.code) ?? l)) return false;
      const t = bare(l.title);
      return t.includes(want) || (t.length >= 4 && want.includes(t));
    });
    if (match === undefined)
      return {
        document: id,
        title: a.title,
        found: false,
        points: false,
        kind: false,
        params: false,
        got: "（未找到）",
      };
    used.add(match);
    used.add(all.find((x) => x.code === match.code) ?? match);
    const points = a.max !== null && Number(match.max) === a.max;
    const kind = kindRight(a, match);
    const rule = match.rule;
    const params =
      kind &&
      (rule === undefined ||
        rule.kind !== a.kind ||
        a.params === undefined ||
        keyNumbersMatch(a.kind, a.params, rule));
    return {
      document: id,
      title: a.title,
      found: true,
      points,
      kind,
      params,
      got: kindsOf(match).join("+"),
    };
  });
}

/** Runs the import on every held-out document and compares with the answer key. */
export async function measureHeldOut(): Promise<ItemResult[]> {
  const key = JSON.parse(readFileSync(new URL("./answer-key.json", import.meta.url), "utf8")) as {
    documents: { id: string; items: AnswerItem[] }[];
  };
  const results: ItemResult[] = [];
  for (const doc of await heldOutDocuments()) {
    const answers = key.documents.find((d) => d.id === doc.id)?.items ?? [];
    const imported = await importRubric(doc.buffer, doc.kind);
    const items = imported.ok ? (imported.document.items as unknown as Leaf[]) : [];
    results.push(...measureDocument(doc.id, items, answers));
  }
  return results;
}

/** Items found, points right (of items with points), kind and parameters right. */
export function heldOutFigures(results: ItemResult[]): {
  items: number;
  found: number;
  withPoints: number;
  points: number;
  kind: number;
  params: number;
} {
  const withPoints = results.filter((r) => r.points !== undefined);
  return {
    items: results.length,
    found: results.filter((r) => r.found).length,
    withPoints: withPoints.length,
    points: withPoints.filter((r) => r.points === true).length,
    kind: results.filter((r) => r.kind).length,
    params: results.filter((r) => r.params).length,
  };
}
