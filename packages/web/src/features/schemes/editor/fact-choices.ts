/**
 * The facts a rule may read, as the editor offers them: the item's own facts (by name) and
 * every other item's facts (`4.1.rate`), each shown by its Chinese label — never the name —
 * and the values of a fact or a field as choices (是/否, levels, options).
 */
import { levelValues, type FactDeclaration, type FieldDeclaration } from "@kaoping/engine";
import type { DocItem } from "./scheme-tree";

/** A fact a rule may pick. */
export interface FactChoice {
  /** What the rule stores: `rate` for the item's own, `4.1.rate` for another item's. */
  ref: string;
  label: string;
  /** Where it comes from: 本项, or "4.1 基本医疗保险参保率". */
  group: string;
  decl: FactDeclaration;
}

/** A fact as the editor holds it (possibly half-written). */
function declOf(raw: unknown): FactDeclaration | undefined {
  const f = raw as Partial<FactDeclaration> | null;
  if (f === null || typeof f !== "object" || typeof f.name !== "string") return undefined;
  return { required: true, type: "text", label: "", ...f } as FactDeclaration;
}

/** Every fact of the document a rule of `current` may read: its own first. */
export function factChoices(items: readonly DocItem[], current: DocItem): FactChoice[] {
  const own: FactChoice[] = [];
  const others: FactChoice[] = [];
  const visit = (item: DocItem) => {
    for (const raw of (item.facts as unknown[] | undefined) ?? []) {
      const decl = declOf(raw);
      if (decl === undefined) continue;
      const label = decl.label.trim() === "" ? "（未命名的事实）" : decl.label;
      if (item === current) own.push({ ref: decl.name, label, group: "本项", decl });
      else
        others.push({
          ref: `${String(item.code)}.${decl.name}`,
          label,
          group: `${String(item.code)} ${String(item.title ?? "")}`,
          decl,
        });
    }
    for (const child of item.children ?? []) visit(child);
  };
  items.forEach(visit);
  return [...own, ...others];
}

/** The value choices of a yes/no, level or option fact or field (values as strings for a select). */
export function valueChoices(
  decl: FieldDeclaration | undefined,
): { value: string; label: string; raw: string | boolean }[] {
  if (decl === undefined) return [];
  if (decl.type === "bool")
    return [
      { value: "true", label: "是", raw: true },
      { value: "false", label: "否", raw: false },
    ];
  const options = decl.type === "level" ? levelValues : (decl.values ?? []);
  return options.map((o) => ({ value: `s:${o.value}`, label: o.label, raw: o.value }));
}

/** The select key of a stored value (see valueChoices). */
export function choiceKey(value: unknown): string | undefined {
  if (typeof value === "boolean") return String(value);
  if (typeof value === "string") return `s:${value}`;
  return undefined;
}
