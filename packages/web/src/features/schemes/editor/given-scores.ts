/**
 * 试算 of a rule on another item's score (docs/decisions/0300): the administrator enters that
 * item's score directly. The trial scheme replaces the referenced item by a leaf scoring the entered
 * number (酌情打分 on a fact bounded by the item's points), so the number is checked like any fact —
 * never changed, refused with a message naming 「第2项“基金监管”得分」.
 */
import {
  scoresReadByItem,
  validateScheme,
  type FactDeclaration,
  type Item,
  type Scheme,
  type SchemeDocument,
} from "@kaoping/engine";

/** The fact of a replaced item holding its entered score. */
const GIVEN = "givenScore";

/** One entered score of the trial: its input's reference (`2.givenScore`) and declaration. */
export interface GivenScore {
  ref: string;
  decl: FactDeclaration;
}

/** The item `code` in a scheme's tree. */
function findItem(items: readonly Item[], code: string): Item | undefined {
  for (const item of items) {
    if (item.code === code) return item;
    const found = findItem(item.children ?? [], code);
    if (found !== undefined) return found;
  }
  return undefined;
}

type ItemDoc = Record<string, unknown> & { code?: unknown; children?: ItemDoc[] };

/**
 * The scheme in which item `code` is tried with the scores it reads entered, and those inputs;
 * the scheme as it is (and no inputs) when its rule reads no score or the trial scheme is invalid.
 */
export function withGivenScores(
  doc: SchemeDocument,
  scheme: Scheme,
  code: string,
): { scheme: Scheme; given: GivenScore[] } {
  const reads = scoresReadByItem(scheme, code);
  if (reads.length === 0) return { scheme, given: [] };
  const decls = new Map(
    reads.map((r) => [
      r.code,
      {
        name: GIVEN,
        type: "decimal",
        label: `第${r.code}项“${r.title}”得分`,
        min: "0",
        max: r.max,
      },
    ]),
  );
  const replace = (items: ItemDoc[]): ItemDoc[] =>
    items.map((item) => {
      const decl = decls.get(String(item.code));
      // A leaf whose score is the entered number: its children, gate and checks are not tried.
      if (decl !== undefined)
        return {
          code: item.code,
          title: item.title,
          max: item.max,
          facts: [decl],
          rule: { kind: "discretionary", fact: GIVEN },
        };
      return item.children === undefined ? item : { ...item, children: replace(item.children) };
    });
  const tried = validateScheme({ ...doc, items: replace(doc.items as ItemDoc[]) });
  if (!tried.ok) return { scheme, given: [] };
  // The declarations as the engine checked them (defaults filled in).
  const given: GivenScore[] = [];
  for (const r of reads) {
    const decl = findItem(tried.scheme.items, r.code)?.facts?.[0];
    if (decl !== undefined) given.push({ ref: `${r.code}.${GIVEN}`, decl });
  }
  return { scheme: tried.scheme, given };
}
