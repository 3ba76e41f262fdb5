/**
 * Pasted HTML (a table copied from Word, WPS, Excel or a web page) → the parts of a document the
 * rubric reader takes (table.ts, DocumentParts): every table as a grid whose merged cells
 * (rowspan/colspan) are continuation cells, as a .docx's vMerge/gridSpan are; cell texts with the
 * line breaks of <br> and <p> kept; paragraphs outside tables; each table's caption. Parsed with
 * parse5 (the HTML standard's parser: entities decoded, Word's <o:p> and conditional comments
 * just unknown elements and comments); nothing in it is executed, fetched or rendered.
 */
import { defaultTreeAdapter as tree, parse, type DefaultTreeAdapterTypes } from "parse5";
import type { DocumentParts, TableRow } from "./table.js";
import { hasRubricHeader } from "./table-header.js";

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Elements whose content is never text of the document (Word's <xml> settings among them). */
const SKIPPED = new Set([
  "head",
  "style",
  "script",
  "template",
  "title",
  "noscript",
  "xml",
  "svg",
  "math",
  "object",
  "iframe",
  "select",
  "button",
]);

/** Elements that start a line of their own. */
const BLOCKS = new Set([
  "p",
  "div",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "pre",
  "blockquote",
  "section",
  "article",
  "header",
  "footer",
  "hr",
  "address",
  "center",
  "table",
  "caption",
  "tr",
]);

/** The largest grid read as a table (a sheet's bound); a larger table is read as paragraphs. */
const MAX_ROWS = 2000;
const MAX_COLUMNS = 50;

/** A line break in the HTML source (whitespace, not a break), kept until its neighbours are known. */
const SOURCE_BREAK = "\uE000";
/** Characters between which a source line break is no space (CSS Text's segment break rule). */
const WIDE = String.raw`\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF`;
const WIDE_BREAK = new RegExp(`(?<=[${WIDE}])${SOURCE_BREAK}(?=[${WIDE}])`, "gu");

const attrOf = (el: Element, name: string): string | undefined =>
  el.attrs.find((a) => a.name === name)?.value;

/** Hidden content (display:none, Word's mso-hide:all, the hidden attribute): not shown, not read. */
function isHidden(el: Element): boolean {
  if (attrOf(el, "hidden") !== undefined) return true;
  const style = (attrOf(el, "style") ?? "").toLowerCase().replace(/\s+/g, "");
  return style.includes("display:none") || style.includes("mso-hide:all");
}

/** Lines of collected text: whitespace collapsed as a browser shows it, blank lines dropped. */
function linesOf(raw: string): string[] {
  return raw
    .replace(WIDE_BREAK, "")
    .replaceAll(SOURCE_BREAK, " ")
    .replace(/\u00A0/g, " ")
    .split("\n")
    .map((l) => l.replace(/ {2,}/g, " ").trim())
    .filter((l) => l !== "");
}

/** The text of a text node with HTML whitespace collapsed (a run holding a line break is marked). */
function collapsed(value: string): string {
  return value.replace(/[ \t\n\r\f]+/g, (run) => (/[\n\r]/.test(run) ? SOURCE_BREAK : " "));
}

/** Deeper nesting than any document has is not read (and keeps the walks off the stack's end). */
const MAX_DEPTH = 200;

/** Whether each element has a <table> inside it, worked out once per element. */
function tablesInside(): (el: Element) => boolean {
  const memo = new WeakMap<Element, boolean>();
  const holds = (el: Element, depth: number): boolean => {
    const known = memo.get(el);
    if (known !== undefined) return known;
    const found =
      depth < MAX_DEPTH &&
      tree
        .getChildNodes(el)
        .some((c) => tree.isElementNode(c) && (c.tagName === "table" || holds(c, depth + 1)));
    memo.set(el, found);
    return found;
  };
  return (el) => holds(el, 0);
}

/**
 * The text of a node: blocks and <br> break lines; a table inside it (a table in a cell) becomes
 * lines of its rows with the cells separated by spaces, as the .docx reader flattens one.
 */
function textOf(node: Node, out: string[] = [], depth = 0): string[] {
  if (tree.isTextNode(node)) out.push(collapsed(node.value));
  if (!tree.isElementNode(node) || depth > MAX_DEPTH) return out;
  if (SKIPPED.has(node.tagName) || isHidden(node)) return out;
  if (node.tagName === "br") out.push("\n");
  const block = BLOCKS.has(node.tagName);
  if (block) out.push("\n");
  for (const child of tree.getChildNodes(node)) {
    textOf(child, out, depth + 1);
    if (tree.isElementNode(child) && (child.tagName === "td" || child.tagName === "th"))
      out.push(" ");
  }
  if (block) out.push("\n");
  return out;
}

/** A cell's text: its lines, each with whitespace collapsed. */
const cellText = (td: Element): string => linesOf(textOf(td).join("")).join("\n");

/** The rows of a table (in its thead/tbody/tfoot or directly in it), not those of tables inside it. */
function rowsOf(table: Element): Element[] {
  return tree.getChildNodes(table).flatMap((c) => {
    if (!tree.isElementNode(c)) return [];
    if (c.tagName === "tr") return [c];
    return ["thead", "tbody", "tfoot"].includes(c.tagName)
      ? tree
          .getChildNodes(c)
          .filter((r): r is Element => tree.isElementNode(r) && r.tagName === "tr")
      : [];
  });
}

/** A span attribute as a whole number within [1, max] (rowspan="0" spans to the end). */
function spanOf(el: Element, name: string, max: number): number {
  const n = Number.parseInt(attrOf(el, name) ?? "1", 10);
  if (Number.isNaN(n) || n < 0) return 1;
  return n === 0 ? max : Math.min(Math.max(n, 1), max);
}

/**
 * A table as a grid: a cell spanning several columns or rows leaves continuation cells ("" and
 * `continued`) where it covers, so every row has a cell under every column of the header.
 */
export function gridOf(table: Element): TableRow[] | undefined {
  const trs = rowsOf(table);
  if (trs.length > MAX_ROWS) return undefined;
  const down: number[] = []; // how many more rows each column is covered from above
  const grid = trs.map((tr, r) => {
    const row: TableRow = { cells: [], continued: [] };
    let col = 0;
    const place = (text: string, continued: boolean) => {
      row.cells[col] = text;
      row.continued[col] = continued;
      col++;
    };
    // Cells covered by a rowspan above: empty, continuing the merge.
    const coverFromAbove = () => {
      for (let left = down[col] ?? 0; left > 0; left = down[col] ?? 0) {
        down[col] = left - 1;
        place("", true);
      }
    };
    for (const td of tree.getChildNodes(tr)) {
      if (!tree.isElementNode(td) || (td.tagName !== "td" && td.tagName !== "th")) continue;
      coverFromAbove();
      if (col >= MAX_COLUMNS) break;
      const across = spanOf(td, "colspan", MAX_COLUMNS - col);
      const rows = spanOf(td, "rowspan", trs.length - r);
      for (let k = 0; k < across; k++) {
        down[col] = rows - 1;
        place(k === 0 ? cellText(td) : "", k > 0);
      }
    }
    // Columns to the right of the row's last cell: covered from above, or empty.
    while (col < down.length) {
      if ((down[col] ?? 0) > 0) coverFromAbove();
      else place("", false);
    }
    return row;
  });
  const width = Math.max(0, ...grid.map((r) => r.cells.length));
  for (const row of grid)
    for (let c = 0; c < width; c++) {
      row.cells[c] ??= "";
      row.continued[c] ??= false;
    }
  return grid;
}

/**
 * The parts of pasted HTML. A table holding tables is a page's layout unless it has a rubric
 * header itself (then the tables in its cells are flattened into their cells' text): a layout's
 * inner tables are read, its own cells as paragraphs. A table's <caption>, else the paragraph before
 * it, is its caption.
 */
export function documentOfHtml(html: string): DocumentParts {
  const parts: DocumentParts = {
    paragraphs: [],
    tables: [],
    captions: [],
    after: [],
    between: [],
  };
  let pending: string[] = [];
  let last = "";
  const flush = () => {
    for (const line of linesOf(pending.join(""))) {
      parts.paragraphs.push(line);
      parts.after.push(line);
      last = line;
    }
    pending = [];
  };
  const holdsTable = tablesInside();
  const visit = (node: Node, depth: number) => {
    if (depth > MAX_DEPTH) return;
    if (tree.isTextNode(node)) pending.push(collapsed(node.value));
    if (!tree.isElementNode(node)) {
      if (node.nodeName === "#document")
        for (const child of tree.getChildNodes(node)) visit(child, depth + 1);
      return;
    }
    if (SKIPPED.has(node.tagName) || isHidden(node)) return;
    const grid = node.tagName === "table" ? gridOf(node) : undefined;
    if (grid !== undefined && (!holdsTable(node) || hasRubricHeader(grid))) {
      flush();
      const caption = tree
        .getChildNodes(node)
        .find((c): c is Element => tree.isElementNode(c) && c.tagName === "caption");
      if (parts.tables.length > 0) parts.between.push(...parts.after);
      else
        parts.before =
          caption === undefined && last !== "" ? parts.after.slice(0, -1) : parts.after;
      parts.tables.push(grid);
      parts.captions.push(
        caption !== undefined ? linesOf(textOf(caption).join("")).join(" ") : last,
      );
      last = "";
      parts.after = [];
      return;
    }
    if (node.tagName === "br") pending.push("\n");
    const block = BLOCKS.has(node.tagName) || node.tagName === "td" || node.tagName === "th";
    if (block) pending.push("\n");
    for (const child of tree.getChildNodes(node)) visit(child, depth + 1);
    if (block) pending.push("\n");
  };
  visit(parse(html), 0);
  flush();
  if (parts.tables.length === 0) parts.after = [];
  return parts;
}
