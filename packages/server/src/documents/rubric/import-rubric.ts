/**
 * Rubric import (评分细则导入): an uploaded .docx or .xlsx 评分细则 → a draft scheme document with
 * the items and their texts verbatim, and for every scored item a PROPOSED rule (kind and
 * parameters) with the phrase it was recognised from and a confidence. The draft is validated
 * with the engine; what still fails is listed for the administrator to fill in.
 */
import { ruleKinds, validateScheme, type Scheme, type SchemeDocument } from "@kaoping/engine";
import { subjectOf } from "./measures.js";
import type { Proposal } from "./proposal.js";
import { proposeItem } from "./read-item.js";
import { countLevels, type ImportSummary, type ItemReading } from "./reading.js";
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
  /** The source with recognised parts marked, the clauses not used, the confidence level. */
  reading: ItemReading;
}

/** The outcome: the draft (always), the validated scheme when it validates, proposals and problems. */
export type RubricImport =
  | {
      ok: true;
      document: SchemeDocument;
      scheme: Scheme | undefined;
      proposals: ItemProposal[];
      problems: { path: string; message: string }[];
      summary: ImportSummary;
    }
  | { ok: false; message: string };

/** Options: the new scheme's id and title (defaults: `imported`, the document's title). */
export interface RubricImportOptions {
  id?: string;
  title?: string;
}

/** An item as written in a scheme document (checked by `validateScheme`). */
type ItemDoc = Record<string, unknown>;

/** The proposal shown to the administrator. */
function proposalOf(code: string, title: string, p: Proposal, reading: ItemReading): ItemProposal {
  return {
    code,
    title,
    kind: p.rule.kind,
    kindName: ruleKinds.find((k) => k.id === p.rule.kind)?.name ?? p.rule.kind,
    phrase: p.phrase,
    confidence: reading.confidence,
    explanation: p.explanation,
    reading,
  };
}

/** A scored item as written in the scheme document. */
function leafDoc(
  code: string,
  title: string,
  max: string,
  texts: object,
  p: Proposal,
  bonus: boolean,
): ItemDoc {
  void bonus;
  return {
    code,
    title,
    max,
    ...texts,
    facts: p.facts,
    ...(p.checks !== undefined ? { checks: p.checks } : {}),
    ...(p.gate !== undefined ? { gate: p.gate } : {}),
    rule: p.rule,
  };
}

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
    const source = [d.content, d.standard].filter((s) => s !== "").join("\n");
    const read = proposeItem(source, { code: d.code, max: d.max, bonus: d.bonus, subjects });
    if (read.split !== undefined) {
      const children = read.split.map((part, i) => {
        const code = `${d.code}.${i + 1}`;
        const bonus =
          d.bonus ||
          (part.proposal.rule.kind === "occurrences" &&
            (part.proposal.rule as { mode?: string }).mode === "award");
        proposals.push(proposalOf(code, part.title, part.proposal, part.reading));
        return leafDoc(code, part.title, part.max ?? "0", {}, part.proposal, bonus);
      });
      return { code: d.code, title: d.title, max: d.max ?? "0", ...texts, children };
    }
    const p = read.proposal;
    const valueFact = (p.rule as { value?: { fact?: string } }).value?.fact;
    if (valueFact === "rate" && !d.bonus)
      subjects.set(subjectOf(read.reading.source.replace(/\s+/g, "")), `${d.code}.rate`);
    const max = d.bonus ? (p.max ?? d.max ?? cap ?? "0") : (d.max ?? p.max ?? "0");
    proposals.push(proposalOf(d.code, d.title, p, read.reading));
    return leafDoc(d.code, d.title, max, texts, p, false);
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
    summary: { ...countLevels(proposals.map((p) => p.reading)), unusedColumns: [], warnings: [] },
  };
}
