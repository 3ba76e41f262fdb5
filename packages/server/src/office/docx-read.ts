/**
 * Reads a .docx's main part: its paragraphs and its tables as rows of cell texts. A small
 * tokenizer over WordprocessingML (w:tbl, w:tr, w:tc, w:p, w:t, w:gridSpan, w:vMerge) is enough
 * here and keeps the upload path free of a full XML library (decision 0044). Used by the rubric
 * import and by the tests that open generated documents again.
 */
import JSZip from "jszip";
import { checkZip } from "./zip-guard.js";

/** One cell of a table row: its text, how many grid columns it spans, and whether it continues a vertical merge. */
export interface DocxCell {
  text: string;
  span: number;
  /** A `w:vMerge` continuation cell: its text is empty in the file; the merged cell above holds it. */
  continued: boolean;
}

/** A table: rows of cells, nested tables flattened into their cell's text. */
export type DocxTable = DocxCell[][];

/** The main document XML of a .docx, or a Chinese reason it cannot be read. */
export async function readDocumentXml(
  buffer: Buffer,
): Promise<{ ok: true; xml: string } | { ok: false; message: string }> {
  const refused = await checkZip(buffer);
  if (refused !== undefined) return { ok: false, message: refused };
  try {
    const zip = await JSZip.loadAsync(buffer);
    const part = zip.file("word/document.xml");
    if (part === null)
      return { ok: false, message: "文件不是 Word 文档（缺少 word/document.xml）" };
    return { ok: true, xml: await part.async("string") };
  } catch {
    return { ok: false, message: "文件已损坏，无法打开" };
  }
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes XML character references and the five named entities. */
function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith("#x")
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith("#")
        ? String.fromCodePoint(Number(e.slice(1)))
        : (entities[e] ?? ""),
  );
}

/**
 * Paragraph texts and tables of a document.xml, in document order of their own kind; `captions`
 * gives, for each table, the last non-empty paragraph before it (a caption such as "加分项目");
 * `after` the non-empty paragraphs after the last table (notes such as "注：…"); `between` those
 * between one table and the next (a note there, or the next table's caption); `before` those
 * before the first table (its caption the last); `leads`, for each table, the non-empty paragraphs
 * since the table before it (an item's heading and requirement above a small table of its cases).
 */
export function parseDocumentXml(xml: string): {
  paragraphs: string[];
  tables: DocxTable[];
  captions: string[];
  after: string[];
  between: string[];
  before: string[];
  leads: string[][];
} {
  const paragraphs: string[] = [];
  const leads: string[][] = [];
  let lead: string[] = [];
  const tables: DocxTable[] = [];
  const captions: string[] = [];
  let lastParagraph = "";
  let after: string[] = [];
  const between: string[] = [];
  let before: string[] = [];
  const stack: { rows: DocxTable; row?: DocxCell[]; cell?: DocxCell }[] = [];
  let para: string | undefined;
  const token = /<(\/?)(w:[A-Za-z]+)\b([^>]*?)(\/?)>|([^<]+)/g;
  let inText = false;
  for (let m = token.exec(xml); m !== null; m = token.exec(xml)) {
    const [, close, tag, attrs = "", selfClose, chars] = m;
    if (chars !== undefined) {
      if (inText && para !== undefined) para += decode(chars);
      continue;
    }
    const top = stack[stack.length - 1];
    if (close === "") {
      if (tag === "w:tbl") stack.push({ rows: [] });
      else if (tag === "w:tr" && top) top.row = [];
      else if (tag === "w:tc" && top) top.cell = { text: "", span: 1, continued: false };
      else if (tag === "w:gridSpan" && top?.cell)
        top.cell.span = Number(/w:val="(\d+)"/.exec(attrs)?.[1] ?? "1");
      else if (tag === "w:vMerge" && top?.cell) top.cell.continued = !/w:val="restart"/.test(attrs);
      else if (tag === "w:p" && selfClose === "") para = "";
      else if (tag === "w:t" && selfClose === "") inText = true;
      else if ((tag === "w:br" || tag === "w:cr") && para !== undefined) para += BREAK;
      else if (tag === "w:tab" && para !== undefined) para += "\t";
      continue;
    }
    if (tag === "w:t") inText = false;
    else if (tag === "w:p" && para !== undefined) {
      // A cell's paragraphs are its lines as Word's line breaks are: joined where wrapped (0345).
      if (top?.cell) top.cell.text += (top.cell.text === "" ? "" : BREAK) + para;
      else {
        para = para.replaceAll(BREAK, "\n");
        paragraphs.push(para);
        if (para.trim() !== "") {
          lastParagraph = para.trim();
          after.push(lastParagraph);
          lead.push(lastParagraph);
        }
      }
      para = undefined;
    } else if (tag === "w:tc" && top?.cell && top.row) {
      top.cell.text = joinWrapped(top.cell.text);
      top.row.push(top.cell);
      top.cell = undefined;
    } else if (tag === "w:tr" && top?.row) {
      top.rows.push(top.row);
      top.row = undefined;
    } else if (tag === "w:tbl") {
      const done = stack.pop();
      const outer = stack[stack.length - 1];
      if (done === undefined) continue;
      if (outer?.cell)
        outer.cell.text += done.rows.map((r) => r.map((c) => c.text).join(" ")).join("\n");
      else {
        if (tables.length > 0) between.push(...after);
        else before = after;
        tables.push(done.rows);
        captions.push(lastParagraph);
        leads.push(lead);
        lead = [];
        lastParagraph = "";
        after = [];
      }
    }
  }
  return {
    paragraphs,
    tables,
    captions,
    after: tables.length > 0 ? after : [],
    between,
    before,
    leads,
  };
}

/**
 * A line break inside a paragraph (Shift+Enter, w:br) or between a cell's paragraphs (Enter),
 * until the cell's lines are read.
 */
const BREAK = "\u2028";

/**
 * A table cell's text with its line breaks — Word's w:br (decision 0340) and the breaks between
 * its paragraphs (decision 0345) alike — resolved: a break in the middle of a sentence — the line
 * before is a run of text (8 characters or more) not ending a clause, the line after starts no
 * numbered line — is a line wrapped by hand in a narrow column, and is joined («…时限办结↵的，每件扣
 * 1分»); any other break (before «2.», after «；», between short lines of a list such as 查阅资料↵
 * 实地查看, around an empty line) stays a line break.
 */
function joinWrapped(cell: string): string {
  const lines = cell.split(BREAK);
  let text = lines[0] ?? "";
  for (const line of lines.slice(1)) {
    const last = text.split("\n").pop() ?? "";
    const wrapped =
      line.trim() !== "" &&
      last.trim().length >= 8 &&
      !/[。；;：:！!？?]\s*$/.test(last) &&
      !/^\s*(\d{1,2}\s*[.．、](?!\d)|[(（]\s*[\d一二三四五六七八九十]{1,2}\s*[)）]|[①-⑳]|[一二三四五六七八九十]+、)/.test(
        line,
      );
    text += wrapped ? line.trimStart() : `\n${line}`;
  }
  return text;
}
