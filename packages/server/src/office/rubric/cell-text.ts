/**
 * What a spreadsheet cell shows (decision 0323): a number through its number format (0.25 with
 * 0% shows 25%, 0.125 with 0.0% 12.5%, 6 with 0.00 6.00, 10 with 0"分" 10分), a formula's cached
 * result, rich text with its line breaks, a date through its date format. Staff read and approved what the
 * sheet shows, so the import reads that, not the stored value.
 */
import type ExcelJS from "exceljs";
import { parseDecimal } from "@kaoping/engine";

type Decimal = NonNullable<ReturnType<typeof parseDecimal>>;

const HUNDRED = parseDecimal(100) as Decimal;

/** The sections of a format (positive;negative;zero;text), split outside quotes. */
function sections(format: string): string[] {
  const out = [""];
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] as string;
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      out[out.length - 1] += ch + (format[++i] ?? "");
      continue;
    }
    if (ch === ";" && !quoted) out.push("");
    else out[out.length - 1] += ch;
  }
  return out;
}

/** A format section: the literal text around its digits, and how many times it shows per cent. */
interface Parsed {
  before: string;
  run: string;
  after: string;
  percents: number;
}

/** A section as literal text around one numeric placeholder run ("0.0", "#,##0"), or undefined. */
function parse(section: string): Parsed | undefined {
  let before = "";
  let run = "";
  let after = "";
  let percents = 0;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] as string;
    let literal: string | undefined;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal = section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") literal = section[++i] ?? "";
    else if (ch === "[") {
      // [Red], [>=100], [$-804]: colours, conditions and locales show nothing.
      const end = section.indexOf("]", i);
      i = end < 0 ? section.length : end;
      literal = "";
    } else if (ch === "_" || ch === "*") {
      i++;
      literal = "";
    } else if (/[0#?.,]/.test(ch) && (run === "" || after === "")) {
      if (after !== "") return undefined;
      run += ch;
      continue;
    } else if (/[eE/@]/.test(ch) || /[yYmMdDhHsS]/.test(ch)) return undefined;
    else {
      // An unquoted % shows the value a hundred times over; a quoted "%" is only a sign.
      if (ch === "%") percents++;
      literal = ch;
    }
    if (run === "") before += literal;
    else after += literal;
  }
  return /[0#?]/.test(run) ? { before, run, after, percents } : undefined;
}

/** Digits grouped by thousands. */
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** A non-negative value through a parsed section. */
function render(value: Decimal, p: Parsed): string {
  const scaled = value.times(HUNDRED.pow(p.percents));
  const [whole = "", fraction = ""] = p.run.split(".");
  const places = (fraction.match(/[0#?]/g) ?? []).length;
  const required = (fraction.match(/0/g) ?? []).length;
  let [int = "0", dec = ""] = scaled.toFixed(places).split(".");
  // Optional places (#) drop trailing zeros down to the required ones.
  while (dec.length > required && dec.endsWith("0")) dec = dec.slice(0, -1);
  if (int === "0" && !whole.includes("0")) int = "";
  if (whole.includes(",")) int = grouped(int);
  return `${p.before}${int}${dec === "" ? "" : `.${dec}`}${p.after}`;
}

/** A number as Excel's General format shows it (up to 15 significant digits, no float noise). */
function general(value: number): string {
  const d = parseDecimal(value);
  return d === undefined ? String(value) : d.toSignificantDigits(15).toFixed();
}

/** A number as its cell's format shows it ("0%" → 25%, 0"分" → 10分); General where the format is not one of numbers. */
export function formatNumber(value: number, format: string | undefined): string {
  const d = parseDecimal(value);
  if (format === undefined || d === undefined || /^(General|@)?$/i.test(format.trim()))
    return general(value);
  const parts = sections(format);
  const negative = d.isNegative() && parts.length >= 2;
  const section = negative ? parts[1] : d.isZero() && parts.length >= 3 ? parts[2] : parts[0];
  const parsed = parse(section ?? "");
  if (parsed === undefined) return general(value);
  const text = render(d.abs(), parsed);
  return d.isNegative() && !negative ? `-${text}` : text;
}

/**
 * A date as its cell's format shows it (yyyy"年"m"月"d"日" → 2027年6月30日, yyyy/m/d → 2027/6/30);
 * its day (2027-06-30) for a format of times, names or locales, and for Excel's built-in short
 * date (mm-dd-yy), which each computer shows in its own way.
 */
export function formatDate(date: Date, format: string | undefined): string {
  const day = date.toISOString().slice(0, 10);
  const bare = (format ?? "").replace(/"[^"]*"/g, "");
  if (format === undefined || format === "mm-dd-yy" || /[hsAP[@]|ddd|mmm/i.test(bare)) return day;
  const parts: Record<string, number> = {
    y: date.getUTCFullYear(),
    m: date.getUTCMonth() + 1,
    d: date.getUTCDate(),
  };
  let out = "";
  let found = false;
  for (const token of format.match(/"[^"]*"|\\.|y+|m+|d+|./gi) ?? []) {
    const unit = token[0]?.toLowerCase() ?? "";
    const value = parts[unit];
    if (token.startsWith('"')) out += token.slice(1, -1);
    else if (token.startsWith("\\")) out += token.slice(1);
    else if (value === undefined) out += token;
    else {
      found = true;
      const text = String(value);
      out +=
        unit === "y" && token.length <= 2
          ? text.slice(-2)
          : text.padStart(Math.min(token.length, 2), "0");
    }
  }
  return found ? out : day;
}

/** The text a cell shows (empty for a formula Excel never calculated: the file holds no result). */
export function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return formatNumber(v, cell.numFmt);
  if (v instanceof Date) return formatDate(v, cell.numFmt);
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  if (typeof v === "object" && "formula" in v) {
    const r = (v as ExcelJS.CellFormulaValue).result;
    if (r === undefined || r === null) return "";
    if (typeof r === "number") return formatNumber(r, cell.numFmt);
    if (r instanceof Date) return formatDate(r, cell.numFmt);
    return typeof r === "object" ? "" : String(r).trim();
  }
  if (typeof v === "object" && "sharedFormula" in v) {
    const r = (v as ExcelJS.CellSharedFormulaValue).result;
    return typeof r === "number" ? formatNumber(r, cell.numFmt) : r === undefined ? "" : String(r);
  }
  if (typeof v === "object" && "text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  if (typeof v === "object" && "error" in v) return String((v as ExcelJS.CellErrorValue).error);
  return String(v).trim();
}

/** True when a cell holds a formula with no cached result (never calculated by Excel or WPS). */
export function isUncalculated(cell: ExcelJS.Cell): boolean {
  const v = cell.value;
  return (
    v !== null &&
    typeof v === "object" &&
    ("formula" in v || "sharedFormula" in v) &&
    ((v as ExcelJS.CellFormulaValue).result === undefined ||
      (v as ExcelJS.CellFormulaValue).result === null)
  );
}
