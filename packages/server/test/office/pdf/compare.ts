/**
 * The draft of a rubric as the PDF tests compare it (decision 0324): every item's code, title,
 * points and rule, and what the import says it did not read — the same from a .docx and a PDF.
 */
import { importRubric, type RubricImport } from "../../../src/office/rubric/import-rubric.js";

type Node = Record<string, unknown>;

/** Items (code, title, max, rule) in document order, one line each. */
function lines(items: readonly Node[]): string[] {
  return items.flatMap((it) => [
    `${String(it.code)} ${String(it.title)} ${String(it.max)} ${JSON.stringify(it.rule ?? null)} ${JSON.stringify(it.gate ?? null)} ${JSON.stringify(it.cap ?? null)}`,
    ...lines((it.children as Node[] | undefined) ?? []),
  ]);
}

/** What a draft is compared on; the reason when there is none. */
export function draftOf(result: RubricImport): { items: string[]; warnings: string[] } | string {
  if (!result.ok) return result.message;
  return {
    items: lines(result.document.items as Node[]),
    warnings: result.summary.warnings.map((w) => w.replace(/\s+/g, "")),
  };
}

/** The draft of a file. */
export async function draftOfFile(bytes: Buffer, kind: "docx" | "pdf") {
  return draftOf(await importRubric(bytes, kind));
}
