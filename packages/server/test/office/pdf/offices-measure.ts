/**
 * Measures a draft against a blind PDF's right draft (decision 0330): one check for the title,
 * one per expected item (matched in order; an extra item is a failed check), one per note that
 * must be reported whole, one per note that must not be split, one per furniture text that must
 * be nowhere. Returns the failed checks, in words, and the count of checks.
 */
import { importRubric } from "../../../src/office/rubric/import-rubric.js";
import type { OfficeDraft } from "./offices-expected.js";

type Node = Record<string, unknown>;

function linesOf(items: readonly Node[], depth = 0): string[] {
  return items.flatMap((it) => {
    const children = (it.children as Node[] | undefined) ?? [];
    const kind = children.length > 0 ? "group" : String((it.rule as Node | undefined)?.kind);
    return [
      `${depth} ${String(it.title)} ${String(it.max)} ${kind}`,
      ...linesOf(children, depth + 1),
    ];
  });
}

/** The longest common subsequence's length (items matched in order). */
function matched(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j] ?? 0;
      row[j] = x === b[j - 1] ? diag + 1 : Math.max(up, row[j - 1] ?? 0);
      diag = up;
    }
  }
  return row[b.length] ?? 0;
}

const bare = (s: string) => s.replace(/\s+/g, "");

/** The checks a PDF fails against its right draft, and how many checks there are. */
export async function measureOffice(
  bytes: Buffer,
  want: OfficeDraft,
): Promise<{ checks: number; failed: string[]; items: string[]; warnings: string[] }> {
  const checks = 1 + want.items.length + want.notes.length + want.whole.length + want.absent.length;
  const result = await importRubric(bytes, "pdf");
  if (!result.ok)
    return { checks, failed: [`refused: ${result.message}`], items: [], warnings: [] };
  const items = linesOf(result.document.items as Node[]);
  const warnings = result.summary.warnings.map(bare);
  const failed: string[] = [];
  const title = result.document.title;
  if (title !== want.title) failed.push(`title: ${title}`);
  const hit = matched(want.items, items);
  const extra = items.length - hit;
  for (let i = 0; i < Math.min(want.items.length, want.items.length - hit + extra); i++)
    failed.push(i < want.items.length - hit ? "item missing or wrong" : "extra item");
  for (const n of want.notes)
    if (!warnings.some((w) => w.includes(bare(n)))) failed.push(`note not reported whole: ${n}`);
  for (const n of want.whole) {
    const some = bare(n).slice(0, 12);
    const split =
      warnings.some((w) => w.includes(some)) && !warnings.some((w) => w.includes(bare(n)));
    if (split) failed.push(`note split: ${n}`);
  }
  const everything = [title, ...items, ...warnings].map(bare);
  for (const a of want.absent)
    if (everything.some((t) => t.includes(bare(a)))) failed.push(`furniture read: ${a}`);
  return { checks, failed: failed.slice(0, checks), items, warnings };
}
