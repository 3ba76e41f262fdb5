/**
 * The rubric of an uploaded 评分细则 as blocks of table rows: every table of a .docx (a table
 * without a header of its own continues the one before it, as after a page break) or every sheet
 * of an .xlsx, each with its columns found by header name and content (columns.ts); a header may
 * span two rows (merged multi-row headers). A document with no rubric table but numbered
 * paragraphs ("一、…（20分）1.…") is read as one block of headings and standards.
 */
import { parseDocumentXml, readDocumentXml } from "../docx-read.js";
import { formCells, type Columns } from "./columns.js";
import { NOTE, readBeside } from "./beside.js";
import { caseTableParagraphs } from "./case-tables.js";
import { ATTACHMENT, attachmentMark, noticeBody, notRubricTable } from "./notice.js";
import { readNotes, type NotesRead } from "./notes.js";
import { halfDigits } from "./outline-cells.js";
import { paragraphRows, trailingNotes } from "./paragraphs.js";
import { isFormLine } from "./form-line.js";
import { headed } from "./table-header.js";
import type { ParagraphTotal } from "./weights.js";

/** A row: cell texts and whether each continues a merge (from above, or from the left). */
export interface TableRow {
  cells: string[];
  continued: boolean[];
}

/** Rows read under one set of columns. */
export interface RubricBlock {
  columns: Columns;
  rows: TableRow[];
  /** True when the block has a header row of its own. */
  headed: boolean;
  /** True when the block continues the one before (after a page break, with no header or the same one repeated). */
  continues: boolean;
  /** A 加分/一票否决 heading the block's rows are read under (the table's caption, the sheet's name). */
  caption?: string;
  /** A category sheet's points as a 汇总/总表 sheet states them, where its name has none (0345). */
  captionPoints?: { figure: string; where: string };
}

/** A rubric: its title (the document's first paragraph or the sheet's title row) and blocks. */
export interface RubricTable {
  title: string;
  blocks: RubricBlock[];
  /** Sentences of the notes under the last table of a .docx (注：…, 说明：…) not read, reported. */
  notes?: string[];
  /** Paragraphs after a paragraphs-only rubric's last item that are not its, not read, reported. */
  notesEnd?: string[];
  /** Paragraphs before the first table that speak of points, not read, reported (beside.ts). */
  notesBefore?: string[];
  /** Sentences of the notes between two tables of a .docx not read, reported. */
  notesBetween?: string[];
  /** Sentences of note rows inside a table or sheet (注：… merged across) not read, reported. */
  notesInside?: string[];
  /** 一票否决 conditions stated in the notes: read as a 一票否决 part at the end (notes.ts). */
  noteVetoes?: string[];
  /** Sentences of the notes that state how kaoping scores anyway (各项扣分以该项分值为限). */
  notesAgreed?: string[];
  /** Sentences of the notes that state how scores are rounded (得分保留两位小数), with their places. */
  notePlaces?: { places: number; sentence: string }[];
  /** What a workbook's reading left out and why: hidden rows, columns, sheets, a 说明 sheet (xlsx.ts). */
  sheetWarnings?: string[];
  /** The whole's totals paragraphs beside the tables state (本细则满分120分; beside.ts), before first. */
  totals?: ParagraphTotal[];
  /** Lines beside the tables that are no sentence (an issuer, a date, a heading), said (beside.ts). */
  lines?: { before: string[]; after: string[] };
  /** Notes, or their sentences, that say nothing of scoring, as written: the scheme's 说明 (0335). */
  notesKept?: string[];
  /** The body of a 文件's notice before the 附件 holding the rubric, not read, reported (notice.ts). */
  notice?: string[];
}

const NOT_FOUND =
  "找不到评分细则表格（表头应含“评分标准”“考核内容”“分值”等列，或正文按“一、…（N分）”分条）";

/** A caption or sheet name that makes a table a 加分 or 一票否决 part ("加分项目", "一票否决事项"). */
const PART_CAPTION = /加分|奖励|否决|(扣分|减分)(项目|项|事项)/;
/** A condition and its consequence («发生…的，实行一票否决»): a sentence, never a heading. */
const CONDITION = /的\s*[，,]|[。]$/;

/** A caption that is a numbered heading with its points ("一、基金监管（20分）"): the table's group. */
const HEADING_CAPTION =
  /^\s*(?:第[一二三四五六七八九十]+(?:部分|项|章|类)|[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[)）])[^。；;]{1,30}[（(〔]\s*\d+(?:\.\d+)?\s*分\s*[)）〕]\s*$/;

/** A category with its points, not numbered ("基金监管（25分）"); a whole table's title (…考核表（100分）) is not one. */
const SECTION_CAPTION = /^\s*[^。；;，,]{1,30}?[（(〔]\s*\d+(?:\.\d+)?\s*分\s*[)）〕]\s*$/;
const TABLE_TITLE = /(表|细则|方案|办法|标准|体系|目录)\s*[（(〔][^)）〕]*[)）〕]\s*$/;

/** True when a caption, a title row above the header or a sheet's name heads the table's rows as a part. */
export function isCaption(raw: string): boolean {
  const text = halfDigits(raw);
  return (
    (text.length <= 30 && PART_CAPTION.test(text) && !CONDITION.test(text)) ||
    HEADING_CAPTION.test(text) ||
    (SECTION_CAPTION.test(text) && !TABLE_TITLE.test(text))
  );
}

/** The text of a row holding one text only (a title row merged across), else "". */
function loneText(row: TableRow): string {
  const texts = row.cells.filter((c, i) => c !== "" && row.continued[i] !== true);
  return texts.length === 1 ? (texts[0] ?? "").trim() : "";
}

/**
 * Blocks of consecutive tables: a headed table starts a block (a header repeated after a page
 * break continues the one before), a headless one of the same width continues it. A table under
 * a 加分/一票否决 caption or a category with its points (a title row above its header, else the
 * paragraph before it or the sheet's name) is read under that heading. Any other table (a 联系人
 * or 回执 table) is named in `dropped`, to be said (0340).
 */
export function blocksOf(
  tables: TableRow[][],
  captions: readonly string[] = [],
  dropped: string[] = [],
): RubricBlock[] {
  const blocks: RubricBlock[] = [];
  let width = 0;
  let lastNames = "";
  tables.forEach((rows, t) => {
    const h = headed(rows);
    const w = rows[0]?.cells.length ?? 0;
    if (h !== undefined) {
      const names = h.names.join("|");
      const written = (captions[t] ?? "").trim();
      // A title row of the table's own («基金监管（25分）» above a sheet's header) names it first.
      const inner = h.above.map(loneText).reverse().find(isCaption);
      const caption = inner ?? (NOTE.test(written) ? "" : written);
      const part = isCaption(caption) ? caption : h.columns.veto === true ? "一票否决" : undefined;
      blocks.push({
        columns: h.columns,
        rows: h.rest,
        headed: true,
        continues: part === undefined && names === lastNames,
        ...(part !== undefined ? { caption: part } : {}),
      });
      width = w;
      lastNames = names;
    } else {
      const last = blocks[blocks.length - 1];
      if (last !== undefined && w === width)
        blocks.push({ columns: last.columns, rows, headed: false, continues: true });
      else dropped.push(...notRubricTable(captions[t], rows));
    }
  });
  return blocks;
}

/**
 * Takes the note rows (one text starting 注：/说明：/备注：/附注：, as a row merged across under or
 * inside a table) and the lines to fill in or sign (考核人： 日期：) out of the blocks' rows, and
 * returns their texts: the notes are read as notes are, a line to sign is reported (not an
 * item, and no 说明 of the scheme: the score sheet has its own).
 */
function liftNotes(blocks: readonly RubricBlock[]): { notes: string[]; forms: string[] } {
  const notes: string[] = [];
  const forms: string[] = [];
  for (const b of blocks)
    b.rows = b.rows.filter((r) => {
      const text = loneText(r) || formCells(r.cells.filter((_, i) => r.continued[i] !== true));
      if (text === "" || !(NOTE.test(text) || isFormLine(text))) return true;
      (NOTE.test(text) ? notes : forms).push(text);
      return false;
    });
  return { notes, forms };
}

/** Where notes stand beside a rubric's blocks, and what beside them speaks of points unread. */
interface Places {
  before?: readonly string[];
  between?: readonly string[];
  after?: readonly string[];
  /** Paragraphs that speak of points and were not read (beside.ts). */
  unread?: { before: readonly string[]; after: readonly string[] };
  /** The whole's totals the paragraphs state (beside.ts). */
  totals?: readonly ParagraphTotal[];
  /** The body of a 文件's notice before its 附件 (notice.ts), not read. */
  notice?: readonly string[];
  /** Lines beside the tables that are no sentence, said as not imported (beside.ts). */
  lines?: { before: string[]; after: string[] };
  /** Sentences before the tables without a note's label (beside.ts), read as notes, never kept. */
  preamble?: readonly string[];
}

/**
 * A rubric of blocks with the notes beside them (before the tables, between them, inside them,
 * after the last): the 一票否决 they state as a 一票否决 part at the end, what kaoping does anyway
 * said so, the rounding of scores they state kept for the scheme, what says nothing of scoring
 * kept as the scheme's 说明, the rest reported (notes.ts).
 */
export function withNotes(title: string, blocks: RubricBlock[], places: Places = {}): RubricTable {
  const lifted = liftNotes(blocks);
  // A preamble's sentences are read as notes are, but what says nothing of scoring is the 办法's
  // text, not a note for the score sheet: said, not kept (decision 0341).
  const preamble = readNotes(places.preamble ?? []);
  const read = [
    readNotes(places.before ?? []),
    readNotes((places.between ?? []).filter((p) => NOTE.test(p))),
    readNotes(lifted.notes),
    readNotes(places.after ?? []),
  ];
  const [before, between, inside, after] = read as [NotesRead, NotesRead, NotesRead, NotesRead];
  const vetoes = [...read, preamble].flatMap((r) => r.vetoes);
  const agreed = [...read, preamble].flatMap((r) => r.agreed);
  const kept = read.flatMap((r) => r.kept);
  const rounding = [...read, preamble].flatMap((r) => r.places);
  const notesInside = [...inside.rest, ...lifted.forms];
  const notes = [...after.rest, ...(places.unread?.after ?? [])];
  const notesBefore = [...before.rest, ...preamble.rest, ...(places.unread?.before ?? [])];
  const lines = {
    before: [...(places.lines?.before ?? []), ...preamble.kept],
    after: [...(places.lines?.after ?? [])],
  };
  // The totals stated, in about the order they are written: notes before the tables, paragraphs,
  // notes between the tables, inside them, under them (decision 0336).
  const totals = [
    ...before.totals,
    ...(places.totals ?? []),
    ...between.totals,
    ...inside.totals,
    ...after.totals,
  ];
  return {
    title,
    blocks: vetoes.length > 0 ? [...blocks, ...blocksOf([vetoRows(vetoes)])] : blocks,
    ...(notes.length > 0 ? { notes } : {}),
    ...(notesBefore.length > 0 ? { notesBefore } : {}),
    ...(between.rest.length > 0 ? { notesBetween: between.rest } : {}),
    ...(notesInside.length > 0 ? { notesInside } : {}),
    ...(vetoes.length > 0 ? { noteVetoes: vetoes } : {}),
    ...(agreed.length > 0 ? { notesAgreed: agreed } : {}),
    ...(rounding.length > 0 ? { notePlaces: rounding } : {}),
    ...(kept.length > 0 ? { notesKept: kept } : {}),
    ...(totals.length > 0 ? { totals } : {}),
    ...(places.notice !== undefined && places.notice.length > 0
      ? { notice: [...places.notice] }
      : {}),
    ...(lines.before.length + lines.after.length > 0 ? { lines } : {}),
  };
}

/** Veto conditions from the notes as a table of them, headed as a 一票否决 list is. */
function vetoRows(vetoes: readonly string[]): TableRow[] {
  const row = (cells: string[]): TableRow => ({ cells, continued: cells.map(() => false) });
  return [row(["序号", "一票否决情形"]), ...vetoes.map((v, i) => row([String(i + 1), v]))];
}

/**
 * What a document holds for its rubric: paragraph texts, tables as grids of rows (spans already
 * laid out as continuation cells), for each table the last paragraph before it (its caption), the
 * paragraphs after the last table and those between one table and the next. A .docx and pasted
 * HTML (pasted.ts) both give this.
 */
export interface DocumentParts {
  paragraphs: string[];
  tables: TableRow[][];
  captions: string[];
  after: string[];
  between: string[];
  /** The paragraphs before the first table (the title among them, its caption the last). */
  before?: string[];
  /** For each table, the paragraphs since the table before it (a .docx's; case-tables.ts). */
  leads?: string[][];
}

/** The Chinese reason a document holds no rubric, `where` naming it (文档中, 粘贴的内容中). */
export function notFound(where: string): string {
  return `${where}${NOT_FOUND}`;
}

/**
 * A document's title: its first paragraph — or, when a 文件 (its red head, 发文字号, the notice)
 * comes first, the first paragraph under the 附件 mark the rubric's table stands under.
 */
function titleOf(parts: DocumentParts): string {
  const first = (texts: readonly string[]) => texts.find((p) => p.trim() !== "")?.trim();
  const before = parts.tables.length > 0 ? (parts.before ?? []) : parts.paragraphs;
  const mark =
    parts.tables.length > 0
      ? attachmentMark(before)
      : before.findIndex((p) => ATTACHMENT.test(p.trim()));
  return (mark >= 0 ? first(before.slice(mark + 1)) : undefined) ?? first(parts.paragraphs) ?? "";
}

/**
 * The rubric of a document's tables (blocks; the notes under and between them: a 一票否决 they
 * state as a part of its own, the rest reported), else of its numbered paragraphs; undefined when
 * neither holds one. The title is the first paragraph unless given.
 */
export function rubricOfDocument(parts: DocumentParts, title?: string): RubricTable | undefined {
  const named = title ?? titleOf(parts);
  // Items written as paragraphs, each above a small table of its cases: read as paragraphs.
  const cases = caseTableParagraphs(parts);
  if (cases !== undefined) {
    const after = readBeside(parts.after);
    return withNotes(named, [cases, ...after.blocks], {
      after: [...after.notes, ...after.prose],
      unread: { before: [], after: after.rest },
      totals: after.totals,
      lines: { before: [], after: after.lines },
    });
  }
  const dropped: string[] = [];
  const blocks = blocksOf(parts.tables, parts.captions, dropped);
  if (blocks.length > 0) {
    // Beside the tables: a 加分 part or a 一票否决 written as paragraphs, the rest that speaks of points.
    const after = readBeside(parts.after);
    const caption = parts.captions[0] ?? "";
    const before = readBeside(
      (parts.before ?? []).filter((p) => p.trim() !== named && !(p === caption && isCaption(p))),
    );
    // A 文件's notice before its 附件: what of it was not read above is reported; its head, title,
    // addressees and signature are the notice's, not the rubric's prose (only what follows the mark is).
    const read = new Set([...before.notes, ...before.rest, ...before.totals.map((t) => t.text)]);
    const notice = noticeBody(parts.before ?? []).filter((p) => !read.has(p));
    const attached = new Set((parts.before ?? []).slice(attachmentMark(parts.before ?? []) + 1));
    const table = withNotes(named, [...blocks, ...before.blocks, ...after.blocks], {
      notice,
      before: before.notes,
      preamble: before.prose.filter((p) => attached.has(p)),
      between: parts.between,
      after: [...after.notes, ...after.prose],
      unread: { before: before.rest, after: after.rest },
      totals: [...before.totals, ...after.totals],
      lines: { before: before.lines.filter((p) => attached.has(p)), after: after.lines },
    });
    return dropped.length === 0
      ? table
      : { ...table, sheetWarnings: [...(table.sheetWarnings ?? []), ...dropped] };
  }
  const { body, notes } = trailingNotes(parts.paragraphs);
  const prose = paragraphRows(body);
  if (prose === undefined) return undefined;
  // Notes under a rubric of paragraphs are read as notes under a table are, and reported as its end's.
  const { notes: rest, ...read } = withNotes(named, [prose], { after: notes });
  return rest === undefined ? read : { ...read, notesEnd: rest };
}

/**
 * The blocks of one grid read as a sheet (a spreadsheet's, or tab-separated text): rows under a
 * header, its title the one text of a row among the first three.
 */
export function rubricOfSheet(rows: TableRow[], name = ""): RubricTable | undefined {
  const blocks = blocksOf([rows], [name]).filter((b) => b.headed);
  if (blocks.length === 0) return undefined;
  return withNotes(titleRowOf(rows) ?? name, blocks);
}

/**
 * The title of a grid: the one text of a row among its first three (a title merged across a
 * sheet) — not a category or part heading the rows («基金监管（25分）», 加分项), which is no title.
 */
export function titleRowOf(rows: readonly TableRow[]): string | undefined {
  return rows
    .slice(0, 3)
    .filter((r) => r.cells.filter((c) => c !== "").length === 1)
    .map((r) => r.cells.find((c) => c !== "") ?? "")
    .find((t) => !isCaption(t.trim()));
}

/** Reads the rubric of a .docx: its blocks, or a Chinese reason it cannot be read. */
export async function readDocxRubric(buffer: Buffer): Promise<RubricTable | string> {
  const read = await readDocumentXml(buffer);
  if (!read.ok) return read.message;
  const { paragraphs, tables, captions, after, between, before, leads } = parseDocumentXml(
    read.xml,
  );
  // Horizontal spans become continuation cells, so column indexes match the header's grid.
  const grids = tables.map((t) =>
    t.map((r) => {
      const row: TableRow = { cells: [], continued: [] };
      for (const c of r) {
        row.cells.push(c.text.trim());
        row.continued.push(c.continued);
        for (let k = 1; k < c.span; k++) {
          row.cells.push("");
          row.continued.push(true);
        }
      }
      return row;
    }),
  );
  return (
    rubricOfDocument({ paragraphs, tables: grids, captions, after, between, before, leads }) ??
    notFound("文档中")
  );
}
