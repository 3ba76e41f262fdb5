/**
 * A 评分细则 pasted into the browser (decision 0317) → the same RubricTable the file readers give.
 * A paste carries `text/html` (Word, WPS, Excel and web pages put the table there, merged cells
 * as rowspan/colspan) and `text/plain` (tab-separated from Excel; lines from a PDF). Read in that
 * order: the HTML's tables, else the text's tab-separated rows, else numbered lines.
 */
import { parse as parseDelimited } from "csv-parse/sync";
import { documentOfHtml } from "./pasted-html.js";
import { paragraphRows } from "./paragraphs.js";
import { NOTE } from "./beside.js";
import {
  isCaption,
  notFound,
  rubricOfDocument,
  rubricOfSheet,
  titleRowOf,
  type DocumentParts,
  type RubricTable,
  type TableRow,
} from "./table.js";

/** What was pasted: either part may be missing. */
export interface PastedContent {
  html?: string | undefined;
  text?: string | undefined;
}

/** A line that numbers a heading or an item (一、 （二） 1. ①): no title. */
const NUMBERED =
  /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+\s*[.、．](?!\d)|[①-⑳])/;

/**
 * A line that can be a paste's title (东坡区2027年医保经办考核细则): short, one phrase, neither a
 * note (注：…), a numbered heading, a part's caption (加分项目, 基金监管（20分）) nor a sentence.
 */
function isTitleLike(line: string | undefined): line is string {
  const text = (line ?? "").trim();
  return (
    text.length >= 4 &&
    text.length <= 60 &&
    !NOTE.test(text) &&
    !NUMBERED.test(text) &&
    !isCaption(text) &&
    !/[。；;！!？?，,：:]/.test(text.replace(/[。.]$/, ""))
  );
}

/**
 * The title of pasted HTML: the first title-like line before its first table or that table's
 * caption, else the table's own title row; "" when the paste has none (the administrator is asked
 * for one, decision 0331 — never a made-up title).
 */
function titleOfHtml(parts: DocumentParts, first: TableRow[]): string {
  const lines = [...(parts.before ?? []), parts.captions[0] ?? ""];
  return lines.find(isTitleLike)?.trim() ?? titleRowOf(first) ?? "";
}

/**
 * Rows of tab-separated text as Excel copies it: a cell holding a line break, a tab or a quote is
 * quoted ("a""b"). Text with an unmatched quote (not from a spreadsheet) is split as it stands.
 */
function delimitedRows(text: string): string[][] {
  const options = {
    delimiter: "\t",
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
  } as const;
  try {
    return parseDelimited(text, options);
  } catch {
    return parseDelimited(text, { ...options, quote: false });
  }
}

/** The rubric of tab-separated text: one sheet, or undefined when it has no rubric header. */
function fromDelimited(text: string): RubricTable | undefined {
  const rows: TableRow[] = delimitedRows(text).map((cells) => ({
    cells: cells.map((c) => c.replace(/\r\n?/g, "\n").trim()),
    continued: cells.map(() => false),
  }));
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  for (const row of rows)
    while (row.cells.length < width) {
      row.cells.push("");
      row.continued.push(false);
    }
  return rubricOfSheet(rows);
}

/** Terminal punctuation: a line ending with it ends its paragraph. */
const ENDS_PARAGRAPH = /[。；;！!？?：:]$/;
/** Punctuation inside a sentence: a line ending with it goes on on the next line. */
const ENDS_CLAUSE = /[，,、]$/;
const WIDE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u;

/** A line's printed width: a Chinese character is two of a Latin one. */
const widthOf = (line: string) => [...line].reduce((n, ch) => n + (WIDE.test(ch) ? 2 : 1), 0);

/**
 * Paragraphs of text copied from a PDF, whose lines break where the printed line ended: a line
 * that stops mid-sentence (after a comma, or running to the page's edge without a full stop) is
 * joined with the next. A short line (a title, a heading) or one ending a sentence stays a line.
 */
export function unwrapLines(text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const full = 0.85 * Math.max(0, ...lines.map(widthOf));
  const out: string[] = [];
  let open = false;
  for (const line of lines) {
    const last = out.length - 1;
    if (open && last >= 0) {
      const spaced = /[A-Za-z0-9]$/.test(out[last] ?? "") && /^[A-Za-z]/.test(line);
      out[last] = `${out[last] ?? ""}${spaced ? " " : ""}${line}`;
    } else out.push(line);
    open = !ENDS_PARAGRAPH.test(line) && (ENDS_CLAUSE.test(line) || widthOf(line) >= full);
  }
  return out;
}

/** The rubric of pasted content, or a Chinese reason it holds none. */
export function readPastedTable(pasted: PastedContent): RubricTable | string {
  const html = pasted.html?.trim() ?? "";
  const text = pasted.text?.trim() ?? "";
  const parts: DocumentParts | undefined = html !== "" ? documentOfHtml(html) : undefined;
  const first = parts?.tables[0];
  const heading = parts !== undefined && first !== undefined ? titleOfHtml(parts, first) : "";
  if (parts !== undefined && first !== undefined) {
    const tabled = rubricOfDocument({ ...parts, paragraphs: [] }, heading);
    if (tabled !== undefined) return tabled;
  }
  if (text.includes("\t")) {
    const sheet = fromDelimited(text);
    if (sheet !== undefined) return sheet.title === "" ? { ...sheet, title: heading } : sheet;
  }
  // The HTML's paragraphs are the writer's own; plain text may be a PDF's printed lines.
  const lines =
    parts !== undefined && parts.paragraphs.length > 0 ? parts.paragraphs : unwrapLines(text);
  const prose = paragraphRows(lines);
  if (prose !== undefined)
    return { title: isTitleLike(lines[0]) ? lines[0].trim() : "", blocks: [prose] };
  return notFound("粘贴的内容中");
}
