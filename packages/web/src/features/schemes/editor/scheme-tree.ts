/**
 * Editing a scheme document's item tree as plain data: items addressed by index paths
 * (`[3, 0]` = items[3].children[0]), immutable add/delete/move, and the engine problem paths
 * (`items[3].children[0].title`) mapped back to the item and field they name.
 */
import type { SchemeDocument } from "@kaoping/engine";

/** One item of a document as written (loose: the editor may hold invalid values while typing). */
export type DocItem = Record<string, unknown> & {
  code?: unknown;
  title?: unknown;
  children?: DocItem[];
};

/** A position in the tree. */
export type ItemPath = readonly number[];

/** The document's items. */
function itemsOf(doc: SchemeDocument): DocItem[] {
  return (doc.items as unknown as DocItem[] | undefined) ?? [];
}

/** The item at a path, or undefined. */
export function itemAt(doc: SchemeDocument, path: ItemPath): DocItem | undefined {
  let list = itemsOf(doc);
  let item: DocItem | undefined;
  for (const index of path) {
    item = list[index];
    if (item === undefined) return undefined;
    list = item.children ?? [];
  }
  return item;
}

function mapList(
  list: DocItem[],
  path: ItemPath,
  change: (list: DocItem[], index: number) => DocItem[],
): DocItem[] {
  const [head, ...rest] = path;
  if (head === undefined) return list;
  if (rest.length === 0) return change(list, head);
  return list.map((item, i) =>
    i === head ? { ...item, children: mapList(item.children ?? [], rest, change) } : item,
  );
}

function withItems(doc: SchemeDocument, items: DocItem[]): SchemeDocument {
  return { ...doc, items: items as unknown as SchemeDocument["items"] };
}

/** Replaces the item at a path. */
export function updateItem(doc: SchemeDocument, path: ItemPath, next: DocItem): SchemeDocument {
  return withItems(
    doc,
    mapList(itemsOf(doc), path, (list, index) =>
      list.map((item, i) => (i === index ? next : item)),
    ),
  );
}

/** Deletes the item at a path (a group's last child takes the group's children list with it). */
export function deleteItem(doc: SchemeDocument, path: ItemPath): SchemeDocument {
  const items = mapList(itemsOf(doc), path, (list, index) => list.filter((_, i) => i !== index));
  return withItems(doc, items);
}

/** Moves an item one place up (-1) or down (+1) among its siblings; returns the new path. */
export function moveItem(
  doc: SchemeDocument,
  path: ItemPath,
  delta: -1 | 1,
): { doc: SchemeDocument; path: ItemPath } {
  const index = path[path.length - 1];
  if (index === undefined) return { doc, path };
  const parent = path.slice(0, -1);
  const siblings = parent.length === 0 ? itemsOf(doc) : (itemAt(doc, parent)?.children ?? []);
  const target = index + delta;
  if (target < 0 || target >= siblings.length) return { doc, path };
  const next = mapList(itemsOf(doc), path, (list) => {
    const copy = [...list];
    const [moved] = copy.splice(index, 1);
    if (moved !== undefined) copy.splice(target, 0, moved);
    return copy;
  });
  return { doc: withItems(doc, next), path: [...parent, target] };
}

/** The next free child code under a parent: `4` → `4.5` after 4.1–4.4; top level → `10`. */
export function nextCode(doc: SchemeDocument, parent: ItemPath): string {
  const siblings = parent.length === 0 ? itemsOf(doc) : (itemAt(doc, parent)?.children ?? []);
  const prefix = parent.length === 0 ? "" : `${String(itemAt(doc, parent)?.code ?? "")}.`;
  const used = new Set(siblings.map((s) => String(s.code)));
  for (let n = siblings.length + 1; ; n += 1)
    if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

/**
 * The fact a new item starts with, read by its checklist: 已达到要求 (是/否). Once the item's rule
 * no longer reads it, the editor drops it (item-edit.ts): units are never asked for a value
 * nothing scores.
 */
export const defaultFact = { name: "f1", type: "bool", label: "已达到要求" } as const;

/** A new leaf: a checklist of one requirement, worth 1 point. */
export function newLeaf(code: string): DocItem {
  return {
    code,
    title: "新评分项",
    max: "1",
    standard: "",
    facts: [{ ...defaultFact }],
    rule: { kind: "checklist", mode: "award", items: [{ fact: defaultFact.name, points: "1" }] },
  };
}

/** Adds a new leaf (a checklist with one requirement) as the last child of `parent` (or top level); returns its path. */
export function addItem(
  doc: SchemeDocument,
  parent: ItemPath,
): { doc: SchemeDocument; path: ItemPath } {
  const leaf = newLeaf(nextCode(doc, parent));
  if (parent.length === 0) {
    const items = [...itemsOf(doc), leaf];
    return { doc: withItems(doc, items), path: [items.length - 1] };
  }
  const group = itemAt(doc, parent);
  if (group === undefined) return { doc, path: parent };
  // A leaf that gets a child becomes a group: its facts and rule no longer apply.
  const { facts: _facts, rule: _rule, checks: _checks, ...rest } = group;
  const children = [...(group.children ?? []), leaf];
  const next = updateItem(doc, parent, {
    ...(group.children === undefined ? rest : group),
    children,
  });
  return { doc: next, path: [...parent, children.length - 1] };
}

/** The index path of an engine problem path (`items[3].children[0].rule.steps` → [3, 0] and `rule.steps`). */
export function parseProblemPath(path: string): { item: ItemPath; field: string } | undefined {
  const match = /^items\[(\d+)\]((?:\.children\[\d+\])*)(?:\.(.*))?$/.exec(path);
  if (match === null) return undefined;
  const nested = [...(match[2] ?? "").matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  return { item: [Number(match[1]), ...nested], field: match[3] ?? "" };
}

/** A stable key of a path for maps and tree keys. */
export function pathKey(path: ItemPath): string {
  return path.join("/");
}
