/**
 * Rubric import (评分细则导入): an uploaded .docx or .xlsx 评分细则 → a draft scheme document with
 * the items and their texts verbatim, and for every scored item a PROPOSED rule (kind and
 * parameters) with the phrase it was recognised from and a confidence. The draft is validated
 * with the engine; what still fails is listed for the administrator to fill in.
 */
import { ruleKinds, validateScheme, type Scheme, type SchemeDocument } from "@kaoping/engine";
import { propose } from "./phrases.js";
import { subjectOf } from "./measures.js";
import { normalise, type Proposal } from "./proposal.js";
import { buildDraftItems, type DraftItem } from "./structure.js";
import { readRubricTable } from "./table.js";

/** One proposal as shown to the administrator. */
export interface ItemProposal {
  code: string;
  title: string;
  kind: string;
  /** Chinese name of the kind (阶梯计分). */
  kindName: string;
  phrase: string;
  confidence: number;
  explanation: string;
}

/** The outcome: the draft (always), the validated scheme when it validates, proposals and problems. */
export type RubricImport =
  | {
      ok: true;
      document: SchemeDocument;
      scheme: Scheme | undefined;
      proposals: ItemProposal[];
      problems: { path: string; message: string }[];
    }
  | { ok: false; message: string };

/** Options: the new scheme's id and title (defaults: `imported`, the document's title). */
export interface RubricImportOptions {
  id?: string;
  title?: string;
}

/** An item as written in a scheme document (checked by `validateScheme`). */
type ItemDoc = Record<string, unknown>;

/** Turns the draft tree into scheme items, proposing a rule for every leaf. */
function toItems(
  drafts: DraftItem[],
  proposals: ItemProposal[],
  subjects: Map<string, string>,
  cap?: string,
): ItemDoc[] {
  return drafts.map((d) => {
    const texts = {
      ...(d.content !== "" ? { content: d.content } : {}),
      ...(d.standard !== "" ? { standard: d.standard } : {}),
      ...(d.method !== "" ? { method: d.method } : {}),
      ...(d.notes !== "" ? { notes: d.notes } : {}),
    };
    if (d.children.length > 0) {
      const max = d.max ?? "0";
      return {
        code: d.code,
        title: d.title,
        max,
        ...texts,
        ...(d.bonus ? { cap: max } : {}),
        children: toItems(d.children, proposals, subjects, d.bonus ? max : undefined),
      };
    }
    const text = normalise([d.content, d.standard].filter((s) => s !== "").join("。"));
    const p: Proposal = propose({ code: d.code, text, max: d.max, bonus: d.bonus, subjects });
    const valueFact = (p.rule as { value?: { fact?: string } }).value?.fact;
    if (valueFact === "rate" && !d.bonus) subjects.set(subjectOf(text), `${d.code}.rate`);
    const max = d.bonus ? (p.max ?? d.max ?? cap ?? "0") : (d.max ?? p.max ?? "0");
    proposals.push({
      code: d.code,
      title: d.title,
      kind: p.rule.kind,
      kindName: ruleKinds.find((k) => k.id === p.rule.kind)?.name ?? p.rule.kind,
      phrase: p.phrase,
      confidence: p.confidence,
      explanation: p.explanation,
    });
    return {
      code: d.code,
      title: d.title,
      max,
      ...texts,
      facts: p.facts,
      ...(p.checks !== undefined ? { checks: p.checks } : {}),
      ...(p.gate !== undefined ? { gate: p.gate } : {}),
      rule: p.rule,
    };
  });
}

/** Imports a rubric from an uploaded file. */
export async function importRubric(
  buffer: Buffer,
  kind: "docx" | "xlsx",
  options: RubricImportOptions = {},
): Promise<RubricImport> {
  const table = await readRubricTable(buffer, kind);
  if (typeof table === "string") return { ok: false, message: table };
  const drafts = buildDraftItems(table);
  if (drafts.length === 0) return { ok: false, message: "表格中没有识别出考核项目" };
  const proposals: ItemProposal[] = [];
  const document: SchemeDocument = {
    id: options.id ?? "imported",
    title: options.title ?? (table.title.replace(/\.(docx|xlsx)$/i, "") || "导入的考核方案"),
    source: table.title,
    items: toItems(drafts, proposals, new Map()),
  };
  const checked = validateScheme(document);
  return {
    ok: true,
    document,
    scheme: checked.ok ? checked.scheme : undefined,
    proposals,
    problems: checked.ok ? [] : checked.problems.map((p) => ({ path: p.path, message: p.message })),
  };
}
