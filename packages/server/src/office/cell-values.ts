/**
 * Reading uploaded spreadsheet cells as fact values: exceljs cell values (numbers, text, rich
 * text, dates, cached formula results) → the engine's input forms (decimal strings, booleans,
 * option values, ISO dates). Numbers become decimal strings by their shortest exact form; a cell
 * formatted as a percentage (0.9965 shown as 99.65%) is read as 99.65.
 */
import type ExcelJS from "exceljs";
import { levelValues, type FieldDeclaration } from "@kaoping/engine";

/** A parsed value, or a Chinese reason it cannot be read. */
export type CellRead =
  { ok: true; value: unknown } | { ok: false; message: string } | { ok: true; blank: true };

const maxText = 2000;

/** The plain content of a cell: a primitive or Date, or an error message. */
function plain(
  cell: ExcelJS.Cell,
): { value: string | number | boolean | Date | null } | { message: string } {
  const v = cell.value;
  if (v === null || v === undefined) return { value: null };
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date)
    return { value: v };
  if ("richText" in v) return { value: v.richText.map((r) => r.text).join("") };
  if ("error" in v) return { message: `单元格是错误值 ${String(v.error)}` };
  if ("formula" in v || "sharedFormula" in v) {
    // Formulas are never evaluated here; the value Excel saved with the file is used.
    const result = (v as { result?: unknown }).result;
    if (
      typeof result === "string" ||
      typeof result === "number" ||
      typeof result === "boolean" ||
      result instanceof Date
    )
      return { value: result };
    return { message: "公式没有保存计算结果，请复制后“粘贴为数值”" };
  }
  if ("text" in v) return { value: String(v.text) };
  return { message: "无法识别的单元格内容" };
}

/** Full-width digits and punctuation (０-９, ．, ％, －) to ASCII, as typed with a Chinese input method. */
function halfWidth(s: string): string {
  return s
    .replace(/[０-９．％－，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ");
}

/** Exact decimal text of a JS number as Excel stored it (shortest round-trip form, no exponent). */
export function numberText(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toFixed(12).replace(/\.?0+$/, "");
}

/** Moves the decimal point of a decimal string two places right (0.9965 → 99.65), exactly. */
export function percentOf(s: string): string {
  const negative = s.startsWith("-");
  const [whole = "0", frac = ""] = s.replace("-", "").split(".");
  const f = frac.padEnd(2, "0");
  const integer = `${whole}${f.slice(0, 2)}`.replace(/^0+(?=\d)/, "");
  const rest = f.slice(2).replace(/0+$/, "");
  return `${negative ? "-" : ""}${integer}${rest !== "" ? `.${rest}` : ""}`;
}

/** Reads a cell for a field of this declaration. */
export function readCell(
  cell: ExcelJS.Cell,
  decl: FieldDeclaration,
  options?: readonly { value: string; label: string }[],
): CellRead {
  const p = plain(cell);
  if ("message" in p) return { ok: false, message: p.message };
  let v = p.value;
  if (typeof v === "string") {
    v = halfWidth(v).trim();
    if (v.length > maxText)
      return { ok: false, message: `内容过长（${v.length} 字，上限 ${maxText} 字）` };
  }
  if (v === null || v === "") return { ok: true, blank: true };
  switch (decl.type) {
    case "bool": {
      if (typeof v === "boolean") return { ok: true, value: v };
      const s = String(v).toLowerCase();
      if (["是", "y", "yes", "true", "√", "1", "达标", "已完成"].includes(s))
        return { ok: true, value: true };
      if (["否", "n", "no", "false", "×", "0", "未达标", "未完成"].includes(s))
        return { ok: true, value: false };
      return { ok: false, message: `“${String(v)}”不是“是”或“否”` };
    }
    case "level":
    case "enum": {
      const all = decl.type === "level" ? levelValues : (options ?? decl.values ?? []);
      const s = String(v);
      const hit = all.find((o) => o.label === s || o.value === s);
      if (hit === undefined)
        return {
          ok: false,
          message: `“${s}”不是可选项（可选：${all.map((o) => o.label).join("、")}）`,
        };
      return { ok: true, value: hit.value };
    }
    case "date": {
      if (v instanceof Date) return { ok: true, value: v.toISOString().slice(0, 10) };
      const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(String(v));
      if (m === null)
        return { ok: false, message: `“${String(v)}”不是日期（格式 YYYY-MM-DD，如 2022-06-30）` };
      return {
        ok: true,
        value: `${m[1]}-${(m[2] ?? "").padStart(2, "0")}-${(m[3] ?? "").padStart(2, "0")}`,
      };
    }
    case "text":
      return { ok: true, value: v instanceof Date ? v.toISOString().slice(0, 10) : String(v) };
    default: {
      if (typeof v === "number") {
        const text = numberText(v);
        return { ok: true, value: /%/.test(cell.numFmt ?? "") ? percentOf(text) : text };
      }
      const s = String(v).replace(/,/g, "");
      const pct = decl.type === "pct" ? s.replace(/%$/, "") : s;
      if (!/^-?\d+(\.\d+)?$/.test(pct)) return { ok: false, message: `“${String(v)}”不是数字` };
      return { ok: true, value: pct };
    }
  }
}
