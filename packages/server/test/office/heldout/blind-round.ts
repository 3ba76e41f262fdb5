/**
 * The measurement of a blind round (decisions 0302, 0311, 0314): the sentences' kinds and key
 * parameters, what the reader says about the sentences nobody can score as written, and the whole
 * tables' items, points and rules, printed and checked against the floors committed after the
 * round's fixes. HELDOUT_WRONG=1 prints what was read wrong.
 */
import type { Item } from "@kaoping/engine";
import { expect } from "vitest";
import { importPastedRubric, importRubric } from "../../../src/office/rubric/import-rubric.js";
import { measureOutline, outlineLines } from "../unseen-measure.js";
import type { BlindTable } from "./blind-2026-12-tables.js";
import type { BlindLayout } from "./blind-2026-12c-tables.js";
import { byKindText, measureSentences, readRight, readSaid, subset } from "./measure.js";
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

async function readTable(t: BlindTable & { fileName?: string }) {
  // A workbook without a title row is titled by the name it was uploaded under (0323).
  const named = t.fileName === undefined ? {} : { fileName: t.fileName };
  const bytes = await t.build();
  const result =
    t.kind === "paste"
      ? importPastedRubric({ html: bytes.toString("utf8") }, named)
      : await importRubric(bytes, t.kind, named);
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

/** The figures of a round of whole layouts (decisions 0312, 0315). */
export interface LayoutFigures {
  items: number;
  found: number;
  points: number;
  extra: number;
  kinds: number;
  params: number;
  standards: number;
  notes: number;
  said: number;
  /** Drafts titled as a person titles them (layouts that state a `title`; 0319). */
  titles?: number;
  /** Drafts whose import says the total the rubric states (layouts with a `total`; 0336). */
  totals?: number;
}

/** What a layout may ask beyond its items: things said, its title, the total it states. */
type Asked = { said?: string[]; title?: string; fileName?: string; total?: string };

const bare = (s: string) => s.replace(/\s+/g, "");

/** Reads one layout: outline, extra items, rules, scoring text, notes kept out, things said. */
async function readLayout(t: BlindLayout & Asked) {
  const r = await readTable(t);
  const items = flat(r.items);
  const titles = new Set(t.expected.map((l) => l.split(" ")[1]));
  const extra = items.filter((i) => !titles.has(i.title)).map((i) => `${i.code} ${i.title}`);
  let standards = 0;
  for (const [title, pieces] of Object.entries(t.standards)) {
    const standard = bare(items.find((i) => i.title === title)?.standard ?? "");
    if (pieces.every((p) => standard.includes(bare(p)))) standards++;
    else r.wrong.push(`standard of ${title}: ${standard.slice(0, 200)}`);
  }
  const texts = items.map((i) => bare(`${i.title}${i.standard ?? ""}${i.content ?? ""}`));
  const notes = t.notText.filter((n) => !texts.some((x) => x.includes(bare(n)))).length;
  const { summary } = r.result;
  const told = bare(
    [...summary.warnings, ...summary.ignoredColumns, ...summary.unusedColumns].join("|"),
  );
  const unsaid = (t.said ?? []).filter((s) => !told.includes(bare(s)));
  r.wrong.push(...unsaid.map((s) => `not said: ${s}`));
  const title = r.result.document.title;
  const titled = t.title === undefined || title === t.title;
  if (!titled) r.wrong.push(`title: ${title}`);
  // The total read is the import's remark, said with its warnings (0336; not the printed 说明).
  const totalled = t.total === undefined || told.includes(`总分${t.total}分`);
  if (!totalled) r.wrong.push(`total: ${told.slice(0, 120)}`);
  const said = (t.said ?? []).length - unsaid.length;
  // Notes kept as the draft's 说明 (decision 0335), as the import counts them: printed, not a floor.
  const keptLine = r.result.summary.warnings.find((w) => w.startsWith("已作为方案说明保留"));
  const kept = Number(/（(\d+)条）/.exec(keptLine ?? "")?.[1] ?? 0);
  return { ...r, extra, standards, notes, said, titled, totalled, kept };
}

/** Reads a round's layouts, prints the figures per layout and in all, and returns the totals. */
export async function measureBlindLayouts(
  layouts: readonly (BlindLayout & Asked)[],
): Promise<LayoutFigures> {
  const sum: LayoutFigures = {
    items: 0,
    found: 0,
    points: 0,
    extra: 0,
    kinds: 0,
    params: 0,
    standards: 0,
    notes: 0,
    said: 0,
    titles: 0,
    totals: 0,
  };
  let rules = 0;
  let titles = 0;
  let totals = 0;
  let texts = 0;
  let notes = 0;
  let said = 0;
  let kept = 0;
  for (const t of layouts) {
    const r = await readLayout(t);
    console.log(
      `${t.name}: items ${r.outline.found}/${r.outline.items}, points ${r.outline.pointsRight}, extra ${r.extra.length}; kinds ${r.kinds}/${r.n}, params ${r.params}; standards ${r.standards}/${Object.keys(t.standards).length}; notes kept out ${r.notes}/${t.notText.length}; said ${r.said}/${(t.said ?? []).length}${t.title === undefined ? "" : `; title ${r.titled ? "right" : "wrong"}`}${t.total === undefined ? "" : `; total ${r.totalled ? "right" : "wrong"}`}; kept as 说明 ${r.kept}`,
    );
    if (process.env.HELDOUT_WRONG !== undefined)
      console.log(
        [
          ...outlineLines(r.items),
          `extra: ${r.extra.join(", ")}`,
          ...r.wrong,
          ...r.result.summary.warnings.map((w) => `warning: ${w}`),
          `ignored ${r.result.summary.ignoredColumns.join(",")} unused ${r.result.summary.unusedColumns.join(",")}`,
        ].join("\n"),
      );
    sum.items += r.outline.items;
    sum.found += r.outline.found;
    sum.points += r.outline.pointsRight;
    sum.extra += r.extra.length;
    sum.kinds += r.kinds;
    sum.params += r.params;
    sum.standards += r.standards;
    sum.notes += r.notes;
    sum.said += r.said;
    if (t.title !== undefined) {
      titles++;
      if (r.titled) sum.titles = (sum.titles ?? 0) + 1;
    }
    if (t.total !== undefined) {
      totals++;
      if (r.totalled) sum.totals = (sum.totals ?? 0) + 1;
    }
    rules += r.n;
    texts += Object.keys(t.standards).length;
    notes += t.notText.length;
    said += (t.said ?? []).length;
    kept += r.kept;
  }
  console.log(
    `blind layouts: items ${sum.found}/${sum.items}, points ${sum.points}, extra ${sum.extra}; kinds ${sum.kinds}/${rules}, params ${sum.params}; standards ${sum.standards}/${texts}; notes kept out ${sum.notes}/${notes}; said ${sum.said}/${said}${titles > 0 ? `; titles ${sum.titles}/${titles}` : ""}${totals > 0 ? `; totals ${sum.totals}/${totals}` : ""}; kept as 说明 ${kept}`,
  );
  return sum;
}

/** Checks a round's layout figures against the floors (extra items: a ceiling). */
export function expectLayoutsReached(got: LayoutFigures, reached: LayoutFigures): void {
  expect(got.items).toBe(reached.items);
  for (const key of ["found", "points", "kinds", "params", "standards", "notes", "said"] as const)
    expect(got[key], key).toBeGreaterThanOrEqual(reached[key]);
  if (reached.titles !== undefined)
    expect(got.titles, "titles").toBeGreaterThanOrEqual(reached.titles);
  if (reached.totals !== undefined)
    expect(got.totals, "totals").toBeGreaterThanOrEqual(reached.totals);
  expect(got.extra).toBeLessThanOrEqual(reached.extra);
}

/** The 酌情 kinds: a proposal of one of them says the assessor decides. */
const discretion = new Set(["discretionary", "discretionaryDeduction"]);

/** How often the reader was sure where it should not have been. */
export interface Sure {
  /** Ambiguous sentences read as a rule neither 酌情 nor below high confidence with a warning. */
  falseConfidence: number;
  /** Other sentences read wrong (kind or key parameters) at high confidence. */
  confidentWrong: number;
  /**
   * Clear sentences read right but shown below high confidence (decision 0320): needless doubt
   * sends an administrator to check a right reading by hand. Unchecked when not given.
   */
  needlessDoubt?: number;
}

/**
 * Reads a round's sentences for what the reader says: an ambiguous sentence (`ambiguous` ids)
 * must be read as 酌情, or below high confidence with a warning; a clear one read right should be
 * shown at high confidence (else it is needless doubt); prints the figures and checks them against
 * the ceilings committed after the round's fixes.
 */
export async function checkSaid(
  name: string,
  sentences: readonly HeldOut[],
  ambiguous: readonly string[],
  ceiling: Sure,
): Promise<void> {
  const falsely: string[] = [];
  const wrong: string[] = [];
  const doubted: string[] = [];
  for (const h of sentences) {
    const { item, said } = await readSaid(h);
    const high = said?.level === "high";
    const kind = item?.rule?.kind ?? "none";
    const line = `${h.id}: ${kind} ${said?.level ?? "?"} (${said?.confidence ?? "?"}) ${said?.warnings.join("；") ?? ""}`;
    if (ambiguous.includes(h.id)) {
      const saysSo = discretion.has(kind) || (!high && (said?.warnings.length ?? 0) > 0);
      if (!saysSo) falsely.push(line);
    } else if (!readRight(h, item)) {
      if (high) wrong.push(line);
    } else if (!high) doubted.push(line);
  }
  const clear = sentences.length - ambiguous.length;
  console.log(
    `${name}: ${ambiguous.length - falsely.length}/${ambiguous.length} ambiguous sentences said to be unclear (false confidence ${falsely.length}); ${wrong.length}/${clear} others read wrong at high confidence; ${doubted.length}/${clear} read right but doubted (needless doubt)`,
  );
  if (process.env.HELDOUT_WRONG !== undefined)
    console.log([...falsely, ...wrong, ...doubted.map((d) => `doubted ${d}`)].join("\n"));
  expect(ambiguous.every((id) => sentences.some((h) => h.id === id))).toBe(true);
  expect(falsely.length, falsely.join("\n")).toBeLessThanOrEqual(ceiling.falseConfidence);
  expect(wrong.length, wrong.join("\n")).toBeLessThanOrEqual(ceiling.confidentWrong);
  if (ceiling.needlessDoubt !== undefined)
    expect(doubted.length, doubted.join("\n")).toBeLessThanOrEqual(ceiling.needlessDoubt);
}
