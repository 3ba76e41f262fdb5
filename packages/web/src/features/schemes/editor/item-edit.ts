/**
 * An item edited in the form: its facts follow its rule. The fact a new item starts with
 * (scheme-tree.ts `defaultFact`, 已达到要求) goes once the scheme is sound and nothing reads it —
 * a rule of another kind (酌情打分, 按另一项得分排名, 评议) would otherwise leave every unit asked for a
 * value nothing scores. A fact the administrator declared or changed is never dropped; the
 * engine warns of it instead (docs/decisions/0301).
 */
import { validateScheme, type SchemeDocument } from "@kaoping/engine";
import { defaultFact, pathKey, updateItem, type DocItem, type ItemPath } from "./scheme-tree";

/** True when a declaration is the untouched default fact. */
function isDefaultFact(fact: unknown): boolean {
  if (fact === null || typeof fact !== "object") return false;
  const entries = Object.entries(fact as Record<string, unknown>);
  return (
    entries.length === Object.keys(defaultFact).length &&
    entries.every(([key, value]) => (defaultFact as Record<string, unknown>)[key] === value)
  );
}

/**
 * The document with the item at `path` replaced by `next`, and the label of the default fact
 * dropped from it because nothing reads it (undefined when none was).
 */
export function editItem(
  doc: SchemeDocument,
  path: ItemPath,
  next: DocItem,
): { doc: SchemeDocument; dropped: string | undefined } {
  const edited = updateItem(doc, path, next);
  const facts = (next.facts as unknown[] | undefined) ?? [];
  const index = facts.findIndex(isDefaultFact);
  if (index < 0) return { doc: edited, dropped: undefined };
  // While the rule is half-filled the scheme does not validate, so what it reads is not known yet.
  const checked = validateScheme(edited);
  const at = `items[${pathKey(path).replaceAll("/", "].children[")}].facts[${index}]`;
  if (!checked.ok || !checked.warnings.some((w) => w.code === "unread_fact" && w.path === at))
    return { doc: edited, dropped: undefined };
  const kept = { ...next, facts: facts.filter((_, i) => i !== index) };
  return { doc: updateItem(doc, path, kept), dropped: defaultFact.label };
}
