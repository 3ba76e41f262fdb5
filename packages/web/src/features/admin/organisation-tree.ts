/** The organisation list as a tree (for the tree table and the tree selects). */
import { organisationTypeLabels, type Organisation } from "@kaoping/server/contract";

/** One node of the tree. */
export interface OrganisationNode extends Organisation {
  children?: OrganisationNode[];
}

/** Builds the forest: nodes whose parent is not visible become roots (a county admin sees its county as root). */
export function organisationTree(list: readonly Organisation[]): OrganisationNode[] {
  const nodes = new Map<string, OrganisationNode>(list.map((o) => [o.id, { ...o }]));
  const roots: OrganisationNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent === undefined) roots.push(node);
    else (parent.children ??= []).push(node);
  }
  return roots;
}

/** Ids of a node and everything below it (a node cannot move under its own subtree). */
export function subtreeIds(list: readonly Organisation[], id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const o of list) {
      if (o.parentId !== null && out.has(o.parentId) && !out.has(o.id)) {
        out.add(o.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Tree-select data: `示例县（县）`, disabled nodes marked, `exclude` left out. */
export function organisationTreeSelect(
  nodes: readonly OrganisationNode[],
  exclude: ReadonlySet<string> = new Set(),
): { value: string; title: string; children?: ReturnType<typeof organisationTreeSelect> }[] {
  return nodes
    .filter((n) => !exclude.has(n.id))
    .map((n) => ({
      value: n.id,
      title: `${n.name}（${organisationTypeLabels[n.type]}${n.status === "disabled" ? "，已停用" : ""}）`,
      ...(n.children === undefined
        ? {}
        : { children: organisationTreeSelect(n.children, exclude) }),
    }));
}
