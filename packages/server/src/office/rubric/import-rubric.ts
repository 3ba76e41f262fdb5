/**
 * Rubric import (评分细则导入): an uploaded .docx or .xlsx 评分细则 → a draft scheme document with
 * the items and their texts verbatim, and for every scored item a PROPOSED rule (kind and
 * parameters) with the phrase it was recognised from and a confidence. The draft is validated
 * with the engine; what still fails is listed for the administrator to fill in.
 */
import { ruleKinds, validateScheme, type Scheme, type SchemeDocument } from "@kaoping/engine";
import { addDecimals } from "../score-rows.js";
import { subjectOf } from "./measures.js";
import type { Proposal } from "./proposal.js";
import { proposeItem } from "./read-item.js";
import { countLevels, type ImportSummary, type ItemReading } from "./reading.js";
import { buildOutline } from "./outline.js";
import { statedMax, type DraftItem } from "./structure.js";
import { readRubricTable } from "./table.js";
import { convertLegacy, legacyFormats, type LegacyFormat } from "./convert.js";

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
  warnings: string[],
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
      const children = toItems(
        d.children,
        proposals,
        subjects,
        warnings,
        d.bonus ? d.max : undefined,
      );
      // A group without a stated total: the sum of its items (a bonus group is not capped at 0).
      const max = d.max ?? addDecimals(children.map((c) => String(c.max ?? "0")));
      if (d.max === undefined && d.bonus)
        warnings.push(
          `${d.code} ${d.title}：加分项未写明总分，暂以各项分值之和 ${max} 分为上限，请核对`,
        );
      return {
        code: d.code,
        title: d.title,
        max,
        ...texts,
        ...(d.bonus ? { cap: max } : {}),
        children,
      };
    }
    // A 备注 that scores (一票否决, 每次, 最多加40分) is read with the standard.
    const notes = /扣|加|得|分|否决|每|最高|最多|上限|封顶/.test(d.notes) ? d.notes : "";
    const source = [d.content, d.standard, notes].filter((s) => s !== "").join("\n");
    const read = proposeItem(
      source,
      { code: d.code, max: d.max, bonus: d.bonus, subjects },
      d.implied,
      d.content.length,
    );
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
      const max = d.max ?? addDecimals(children.map((c) => String(c.max ?? "0")));
      return { code: d.code, title: d.title, max, ...texts, children };
    }
    const p = read.proposal;
    const valueFact = (p.rule as { value?: { fact?: string } }).value?.fact;
    if (valueFact === "rate" && !d.bonus)
      subjects.set(subjectOf(read.reading.source.replace(/\s+/g, "")), `${d.code}.rate`);
    // No 分值 in the table: the maximum the standard states (最高不超过N分, 封顶N分 …).
    const stated = statedMax(source);
    const max = d.bonus ? (p.max ?? d.max ?? stated ?? cap) : (d.max ?? p.max ?? stated);
    // A 一票否决 condition has no points of its own: it vetoes the result.
    // Nor has an amount taken from (or added to) the unit's total: its item scores 0.
    if (max === undefined && d.implied !== "一票否决" && p.rule.kind !== "toTotal")
      warnings.push(`${d.code} ${d.title}：未写明分值，暂记 0 分，请填写`);
    proposals.push(proposalOf(d.code, d.title, p, read.reading));
    return leafDoc(d.code, d.title, max ?? "0", texts, p, false);
  });
}

/** Imports a rubric from an uploaded file. */
export async function importRubric(
  buffer: Buffer,
  kind: "docx" | "xlsx" | LegacyFormat,
  options: RubricImportOptions = {},
): Promise<RubricImport> {
  let bytes = buffer;
  let format: "docx" | "xlsx";
  if (kind === "docx" || kind === "xlsx") format = kind;
  else {
    const converted = await convertLegacy(buffer, kind);
    if (!converted.ok) return { ok: false, message: converted.message };
    bytes = converted.bytes;
    format = legacyFormats[kind];
  }
  const table = await readRubricTable(bytes, format);
  if (typeof table === "string") return { ok: false, message: table };
  const { items: drafts, skipped } = buildOutline(table.blocks);
  if (drafts.length === 0) return { ok: false, message: "表格中没有识别出考核项目" };
  const proposals: ItemProposal[] = [];
  const warnings: string[] = [];
  const document: SchemeDocument = {
    id: options.id ?? "imported",
    title:
      options.title ?? (table.title.replace(/\.(docx|xlsx|doc|wps|et)$/i, "") || "导入的考核方案"),
    source: table.title,
    items: toItems(drafts, proposals, new Map(), warnings),
  };
  const checked = validateScheme(document);
  return {
    ok: true,
    document,
    scheme: checked.ok ? checked.scheme : undefined,
    proposals,
    problems: checked.ok ? [] : checked.problems.map((p) => ({ path: p.path, message: p.message })),
    summary: {
      ...countLevels(proposals.map((p) => p.reading)),
      unusedColumns: [...new Set(table.blocks.flatMap((b) => b.columns.unused))],
      warnings: [
        ...skipped.map((s) => `表格中的说明行未导入：${s}`),
        ...table.blocks
          .flatMap((b) => b.columns.unused)
          .map((h) => `未使用的列：“${h}”（既不是分值、评分标准，也不是已知可忽略的列）`),
        ...warnings,
      ],
    },
  };
}
