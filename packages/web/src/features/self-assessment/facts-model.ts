/**
 * The self-assessment form as data, derived from a scheme: the sections (one per leaf item,
 * grouped under their top-level item), the form's facts object in the engine's own format
 * (`{ "4.1": { "rate": "99.65" } }`), and the clean-up that turns half-typed inputs into
 * "not given" so the engine's `missing` list stays right.
 */
import type { FactDeclaration, Item, Scheme } from "@kaoping/engine";

/** One leaf item of the form with the group it sits in. */
export interface FormSection {
  item: Item;
  /** The top-level item this leaf belongs to (itself when it is a top-level leaf). */
  top: Item;
  /** Titles of the groups between the top-level item and the leaf. */
  trail: string[];
  /** The leaf's standard text, else the nearest group's (评分标准). */
  standard: string | undefined;
  /** The leaf's method, else the nearest group's (评价办法). */
  method: string | undefined;
}

/** The facts of one unit: item code → fact name → raw value as the engine reads it. */
export type FormFacts = Record<string, Record<string, unknown>>;

/** Every leaf item of a scheme in order, with inherited standard and method texts. */
export function formSections(scheme: Scheme): FormSection[] {
  const out: FormSection[] = [];
  const walk = (item: Item, top: Item, trail: string[], standard?: string, method?: string) => {
    const ownStandard = item.standard ?? standard;
    const ownMethod = item.method ?? method;
    if (item.children === undefined || item.children.length === 0) {
      out.push({ item, top, trail, standard: ownStandard, method: ownMethod });
      return;
    }
    // A group's own standard summarises all children; a child shows its own text when it has one.
    for (const child of item.children)
      walk(child, top, item === top ? trail : [...trail, item.title], undefined, ownMethod);
  };
  for (const top of scheme.items) walk(top, top, [], top.standard, top.method);
  return out;
}

/** Whether a raw input counts as "not given" (empty text, empty list stays given: it means "none"). */
export function isEmptyValue(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === "string" && value.trim() === "")
  );
}

/** The facts object without empty inputs and without items that have none left. */
export function cleanFacts(facts: FormFacts): FormFacts {
  const out: FormFacts = {};
  for (const [code, values] of Object.entries(facts)) {
    const kept: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(values)) {
      if (isEmptyValue(value)) continue;
      kept[name] = Array.isArray(value)
        ? value.map(cleanListElement)
        : typeof value === "string"
          ? value.trim()
          : value;
    }
    if (Object.keys(kept).length > 0) out[code] = kept;
  }
  return out;
}

function cleanListElement(element: unknown): unknown {
  if (element === null || typeof element !== "object" || Array.isArray(element))
    return typeof element === "string" ? element.trim() : element;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(element)) {
    if (!isEmptyValue(value)) kept[key] = typeof value === "string" ? value.trim() : value;
  }
  return kept;
}

/** One fact's value in the form, with a new value set (immutably). */
export function withFact(facts: FormFacts, code: string, name: string, value: unknown): FormFacts {
  return { ...facts, [code]: { ...(facts[code] ?? {}), [name]: value } };
}

/** A fresh list element: a record with each field empty, or an empty plain value. */
export function emptyListElement(decl: FactDeclaration): unknown {
  if (decl.element !== undefined) return "";
  return Object.fromEntries((decl.fields ?? []).map((field) => [field.name, undefined]));
}

/** Problems by path (`4.1.rate`, `6.cases[0].level`) for showing at the inputs. */
export function problemsByPath(
  problems: readonly { path: string; message: string }[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of problems) {
    const list = out.get(p.path) ?? [];
    list.push(p.message);
    out.set(p.path, list);
  }
  return out;
}

/** The problems at a fact and everything under it (`6.cases` → `6.cases[0].level`). */
export function problemsUnder(byPath: Map<string, string[]>, path: string): string[] {
  const out: string[] = [];
  for (const [key, messages] of byPath) {
    if (key === path || key.startsWith(`${path}[`) || key.startsWith(`${path}.`))
      out.push(...messages);
  }
  return out;
}

/**
 * What the form is built from, as a key: the round unit's version and status and every stored
 * item's version. The workspace remounts when it changes (an Excel import, a submission), so the
 * form and the live score never keep values the server no longer holds (issue 14 defect 2).
 */
export function storedStateKey(sa: {
  roundUnit: { version: number; status: string };
  facts: readonly { itemCode: string; version: number }[];
}): string {
  const facts = sa.facts.map((f) => `${f.itemCode}@${f.version}`).sort();
  return [sa.roundUnit.version, sa.roundUnit.status, ...facts].join("|");
}
