/**
 * Which other items' facts an item reads (its rule, gate and checks — `9.1` reads `4.1.rate`):
 * the editor's 试算 offers them as inputs beside the item's own facts.
 */
import type { FactDeclaration } from "../facts/declaration.js";
import type { CompiledItem } from "./compile.js";
import type { Scheme } from "./schema.js";
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
