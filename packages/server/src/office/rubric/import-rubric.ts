/**
 * Rubric import (评分细则导入): an uploaded .docx, .xlsx or PDF (pdf/read.ts) 评分细则, or a pasted table (pasted.ts),
 * → a draft scheme document with the items and their texts verbatim, and for every scored item a
 * PROPOSED rule (kind and parameters) with the phrase it was recognised from and a confidence. The draft is validated
 * with the engine; what still fails is listed for the administrator to fill in.
 */
import { ruleKinds, validateScheme, type Scheme, type SchemeDocument } from "@kaoping/engine";
import { addDecimals } from "../score-rows.js";
import { subjectOf } from "./measures.js";
import type { FactDoc, Proposal } from "./proposal.js";
import { linkItemScores, type ScoreLink } from "./item-scores.js";
import { proposeItem } from "./read-item.js";
import { rateBounds } from "./rate-bounds.js";
import { ISSUE_FIELD } from "./sentence/counts.js";
import { countLevels, levelOf, type ImportSummary, type ItemReading } from "./reading.js";
import { buildOutline } from "./outline.js";
import { awardedMax, statedMax, type DraftItem } from "./structure.js";
import { withoutRemark } from "./outline-cells.js";
import { readDocxRubric, type RubricTable } from "./table.js";
import { readPastedTable, type PastedContent } from "./pasted.js";
import { looksLikeStandard } from "./columns.js";
import { convertLegacy, legacyFormats, type LegacyFormat } from "./convert.js";
import { deductFromTotal } from "./deductions-part.js";
import { leavesOf, sayRules } from "./say-rules.js";
import { readPdfRubric } from "./pdf/read.js";
import { bonusCapWarnings, statedTotalOf, totalWarnings } from "./weights.js";
import { workflowLimits } from "../../contract/workflow.js";
import { keptNotes } from "./notes.js";
import { linesSaid } from "./beside.js";
import { placesOfNotes } from "./score-places.js";
import { readXlsxRubric } from "./xlsx.js";

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
  /** The rule as kaoping will score it, in the engine's words (with its gate and 满分), to compare with the 细则. */
  sentence?: string;
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
  /** The name the file was uploaded under: the draft's title when the rubric has no title of its own. */
  fileName?: string;
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
    facts: p.facts.map(rateBounds),
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
  links: ScoreLink[],
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
        links,
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
    // A 备注 that scores (一票否决, 每次, 最多加40分) is read with the standard; so is a 考核方法
    // cell that holds a scoring sentence beside the checking method (查阅资料。未…的扣2分).
    const notes = /扣|加|得|分|否决|每|最高|最多|上限|封顶/.test(d.notes) ? d.notes : "";
    const method = looksLikeStandard(d.method) ? d.method : "";
    const source = [d.content, withoutRemark(d.standard), method, notes]
      .filter((s) => s !== "")
      .join("\n");
    if (d.doubt !== undefined) warnings.push(`${d.code} ${d.title}：${d.doubt}`);
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
        if (part.proposal.scoreOf !== undefined)
          links.push({ code, reference: part.proposal.scoreOf, once: part.proposal.scoreOnce });
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
    const awarded =
      d.bonus && p.max === undefined && d.max === undefined && stated === undefined
        ? awardedMax(source)
        : undefined;
    if (awarded !== undefined)
      warnings.push(`${d.code} ${d.title}：未写明分值，按所写最高加分 ${awarded} 分计，请核对`);
    const max = d.bonus ? (p.max ?? d.max ?? stated ?? awarded ?? cap) : (d.max ?? p.max ?? stated);
    // A 一票否决 condition has no points of its own: it vetoes the result.
    // Nor has an amount taken from (or added to) the unit's total: its item scores 0.
    if (max === undefined && d.implied !== "一票否决" && p.rule.kind !== "toTotal")
      warnings.push(`${d.code} ${d.title}：未写明分值，暂记 0 分，请填写`);
    const named = rateNamedByTitle(p, d.title);
    proposals.push(proposalOf(d.code, d.title, named, read.reading));
    if (p.scoreOf !== undefined)
      links.push({ code: d.code, reference: p.scoreOf, once: p.scoreOnce });
    return leafDoc(d.code, d.title, max ?? "0", texts, named, false);
  });
}

/**
 * A rate the text does not name («达到目标值得满分», the figure in a 目标值 column) is labelled 比率;
 * an item titled with a rate (城乡居民基本医疗保险参保率) names it.
 */
function rateNamedByTitle(p: Proposal, title: string): Proposal {
  const t = title.trim();
  if (!/率$/.test(t) || t.length > 30) return p;
  return {
    ...p,
    facts: p.facts.map((f) => (f.type === "pct" && f.label === "比率" ? { ...f, label: t } : f)),
  };
}

/** Imports a rubric from an uploaded file. */
export async function importRubric(
  buffer: Buffer,
  kind: "docx" | "xlsx" | "pdf" | LegacyFormat,
  options: RubricImportOptions = {},
): Promise<RubricImport> {
  if (kind === "pdf") return importTable(await readPdfRubric(buffer), options);
  let bytes = buffer;
  let format: "docx" | "xlsx";
  if (kind === "docx" || kind === "xlsx") format = kind;
  else {
    const converted = await convertLegacy(buffer, kind);
    if (!converted.ok) return { ok: false, message: converted.message };
    bytes = converted.bytes;
    format = legacyFormats[kind];
  }
  const table = format === "docx" ? await readDocxRubric(bytes) : await readXlsxRubric(bytes);
  return importTable(table, options);
}

/** Imports a rubric pasted into the browser (a copied table's HTML, or its text). */
export function importPastedRubric(
  pasted: PastedContent,
  options: RubricImportOptions = {},
): RubricImport {
  return importTable(readPastedTable(pasted), { ...options, pasted: true });
}

/** The extensions of the office files a rubric is uploaded as. */
const OFFICE_EXTENSION = /\.(docx|xlsx|pdf|doc|wps|et)$/i;

/**
 * The draft's title: the rubric's own (a title row, a first paragraph), else the name the file
 * was uploaded under (a workbook of sheets without a title row, decision 0323), else 导入的考核方案.
 * A paste has no file name: without a title of its own its draft's title is empty, and the
 * administrator is asked for one (decision 0331).
 */
function titleOf(own: string, fileName: string | undefined, pasted: boolean): string {
  const named = (fileName ?? "").split(/[\\/]/).pop()?.replace(OFFICE_EXTENSION, "").trim() ?? "";
  const titled = own.replace(OFFICE_EXTENSION, "");
  return pasted ? titled : titled || named || "导入的考核方案";
}

/** The draft of a rubric read from a file or a paste: one path from the table on. */
function importTable(
  table: RubricTable | string,
  options: RubricImportOptions & { pasted?: boolean },
): RubricImport {
  if (typeof table === "string") return { ok: false, message: table };
  const { total: stated, where, conflict } = statedTotalOf(table);
  const { items: drafts, skipped, warnings: read } = buildOutline(table.blocks, stated);
  if (drafts.length === 0) return { ok: false, message: "表格中没有识别出考核项目" };
  const proposals: ItemProposal[] = [];
  const warnings: string[] = [...read];
  const links: ScoreLink[] = [];
  const items = toItems(drafts, proposals, new Map(), warnings, links);
  const weighted = totalWarnings(table.blocks, items, stated, where);
  // The draft's 说明: the notes that say nothing of scoring (0335); the total read is said (0338).
  const kept = keptNotes(table.notesKept ?? [], workflowLimits.schemeDescription.max);
  const rounding = placesOfNotes(table.notePlaces ?? []);
  const document: SchemeDocument = {
    id: options.id ?? "imported",
    title: options.title ?? titleOf(table.title, options.fileName, options.pasted === true),
    ...(kept.description !== undefined ? { description: kept.description } : {}),
    source: table.title,
    ...(rounding.places !== undefined ? { places: rounding.places } : {}),
    items,
  };
  deductFromTotal(document.items as ItemDoc[], proposals, warnings);
  linkNotAgain(document.items as ItemDoc[], proposals);
  linkItemScores(document.items as ItemDoc[], proposals, links);
  sayRules(document.items as ItemDoc[], proposals);
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
      ignoredColumns: [...new Set(table.blocks.flatMap((b) => b.columns.ignored))],
      warnings: [
        ...(table.sheetWarnings ?? []),
        ...skipped.map((s) => `表格中的说明行未导入：${s}`),
        ...(table.notice ?? []).map((s) => `附件前的通知正文未导入：${s}`),
        ...(table.notesBefore ?? []).map((s) => `表格前的说明未导入：${s}`),
        ...(table.notesBetween ?? []).map((s) => `表格之间的说明未导入：${s}`),
        ...(table.notesInside ?? []).map((s) => `表格中的说明行未导入：${s}`),
        ...(table.notes ?? []).map((s) => `表格后的说明未导入：${s}`),
        ...(table.notesEnd ?? []).map((s) => `细则末尾的说明未导入：${s}`),
        ...linesSaid(table.lines),
        ...(table.noteVetoes ?? []).map(
          (s) => `说明中的一票否决情形已导入为“一票否决”下的考核项，请核对：${s}`,
        ),
        ...(table.notesAgreed ?? []).map((s) => `说明与系统计分方式一致（无需另设规则）：${s}`),
        ...rounding.warnings,
        ...kept.said,
        ...table.blocks
          .flatMap((b) => b.columns.unused)
          .map((h) => `未使用的列：“${h}”（既不是分值、评分标准，也不是已知可忽略的列）`),
        ...(conflict !== undefined ? [conflict] : []),
        ...weighted,
        ...bonusCapWarnings(table.totals ?? [], items),
        ...warnings,
      ],
    },
  };
}

type RuleNode = Record<string, unknown>;
type TermDoc = RuleNode & {
  fact: string;
  notAgain?: { facts: string[]; field: string; scope?: string };
};

/** The 按次扣分 terms of a rule, inside 共用扣分/多项合计 and the wrappers too. */
function deductTerms(rule: unknown): TermDoc[] {
  if (rule === null || typeof rule !== "object") return [];
  const r = rule as RuleNode;
  const own =
    r.kind === "occurrences" && r.mode === "deduct" && Array.isArray(r.terms)
      ? (r.terms as TermDoc[])
      : [];
  const inner = [r.rule, ...(Array.isArray(r.parts) ? r.parts : [])].flatMap((x) =>
    x !== null && typeof x === "object" && "rule" in (x as RuleNode) && !("kind" in (x as RuleNode))
      ? deductTerms((x as RuleNode).rule)
      : deductTerms(x),
  );
  return [...own, ...inner];
}

/**
 * 不重复扣分 across items (decision 0292): a term read with `notAgain.scope` (the item before, or
 * every item before) is linked to those items' counts of problems — each becomes a list of
 * events naming its problem, the engine's way of saying "an event already counted there counts
 * nothing here". Earlier items only, so two items never cancel each other. Where there is no such
 * count the link is left out and the item's reading says so.
 */
function linkNotAgain(items: ItemDoc[], proposals: ItemProposal[]): void {
  const leaves = leavesOf(items);
  leaves.forEach((leaf, i) => {
    for (const term of deductTerms(leaf.rule)) {
      const pending = term.notAgain;
      if (pending === undefined || pending.facts.length > 0) continue;
      const before =
        pending.scope === "previous" ? leaves.slice(Math.max(0, i - 1), i) : leaves.slice(0, i);
      const refs: string[] = [];
      for (const other of before) {
        const facts = (other.facts ?? []) as FactDoc[];
        for (const t of deductTerms(other.rule)) {
          const f = facts.find((x) => x.name === t.fact);
          if (f === undefined || (t.notAgain !== undefined && t.notAgain.facts.length === 0))
            continue;
          if (f.type === "int" && f.max === undefined) {
            // A count of problems becomes the list of them, each naming its problem.
            f.type = "list";
            f.required = false;
            f.fields = [{ name: ISSUE_FIELD, type: "text", label: "问题" }];
          }
          if (f.type === "list" && (f.fields ?? []).some((x) => x.name === ISSUE_FIELD))
            refs.push(`${String(other.code)}.${f.name}`);
        }
      }
      const proposal = proposals.find((p) => p.code === leaf.code);
      if (refs.length > 0) {
        term.notAgain = { facts: refs, field: ISSUE_FIELD };
        proposal?.reading.warnings.push(
          `“不重复扣分”：已在${refs.map((r) => r.split(".")[0]).join("、")}项中扣分的同一问题本项不再扣分（按“问题”一栏比对，请核对关联的项目）`,
        );
      } else {
        delete term.notAgain;
        if (proposal !== undefined) {
          proposal.reading.warnings.push(
            "“不重复扣分”：前面没有可关联的按次扣分项目，未编入规则，请人工核对",
          );
          proposal.reading.confidence = Math.min(proposal.reading.confidence, 0.5);
          proposal.reading.level = levelOf(proposal.reading.confidence);
          proposal.confidence = proposal.reading.confidence;
        }
      }
    }
  });
}
