/**
 * Which other items' facts an item reads (its rule, gate and checks — `9.1` reads `4.1.rate`),
 * and whether it is scored against the other units (rank, first to reach): the editor's 试算
 * offers other items' facts as inputs beside the item's own, and other units' values where the
 * item compares units.
 */
import type { FactDeclaration } from "../facts/declaration.js";
import type { CompiledItem } from "./compile.js";
import type { Scheme } from "./schema.js";
import { scoredForOthers } from "./item-order.js";
import { compiledOf } from "./validate.js";

/** A fact of another item that an item reads. */
export interface ForeignFact {
  /** The item the fact belongs to (`4.1`). */
  code: string;
  /** Its title, to name where the fact comes from. */
  title: string;
  decl: FactDeclaration;
}

function find(items: readonly CompiledItem[], code: string): CompiledItem | undefined {
  for (const item of items) {
    if (item.info.code === code) return item;
    const inner = find(item.children, code);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** The facts of other items that item `code` reads, in the order it reads them (none for an unknown code). */
export function factsReadFromOtherItems(scheme: Scheme, code: string): ForeignFact[] {
  const compiled = compiledOf(scheme);
  const item = find(compiled.items, code);
  if (item === undefined) return [];
  const out: ForeignFact[] = [];
  for (const ref of item.reads) {
    const fact = compiled.facts.get(ref);
    if (fact === undefined || fact.code === code) continue;
    const owner = find(compiled.items, fact.code);
    out.push({ code: fact.code, title: owner?.info.title ?? "", decl: fact.decl });
  }
  return out;
}

/** Another item whose computed score an item's rule reads (按第2项得分, docs/decisions/0300). */
export interface ReadScore {
  code: string;
  title: string;
  /** The item's points as written ("10"): its score lies in [0, max]. */
  max: string;
}

/**
 * The items whose scores item `code`'s rule reads, in the order the rule names them: the editor's
 * 试算 asks for those scores directly instead of the items' facts.
 */
export function scoresReadByItem(scheme: Scheme, code: string): ReadScore[] {
  const item = find(compiledOf(scheme).items, code);
  return (item?.scoreRefs ?? []).map((ci) => ({
    code: ci.info.code,
    title: ci.info.title,
    max: ci.maxText,
  }));
}

/**
 * Whether item `code` is scored against the other units of the round (rank, mean, first to
 * reach…): its score for one unit depends on what the others report, so a 试算 needs their values.
 */
export function scoredAgainstOtherUnits(scheme: Scheme, code: string): boolean {
  return compiledOf(scheme).crossUnit.some((c) => c.code === code);
}

/**
 * The items whose facts the round context depends on, in scheme order: those its cross-unit rules
 * read, and — where a rule reads another item's score (按第3项得分排名, docs/decisions/0293) —
 * those that item's score reads. A live score needs only these items' facts of the other units.
 */
export function itemsReadByRoundContext(scheme: Scheme): string[] {
  const compiled = compiledOf(scheme);
  const scored = new Set<CompiledItem>(scoredForOthers(compiled));
  for (const { code } of compiled.crossUnit) {
    const ci = compiled.itemsByCode.get(code);
    if (ci !== undefined) scored.add(ci);
  }
  const codes = new Set<string>();
  for (const ci of scored) for (const code of ci.readCodes) codes.add(code);
  return [...compiled.codeSlots.keys()].filter((code) => codes.has(code));
}
