/** The bad cells of a rejected facts import, from the API's field errors (`body.file.事实填报!E3`). */
import type { ApiFieldError } from "../../api/client";

/** One bad cell as the error table shows it. */
export interface CellProblem {
  key: string;
  sheet: string;
  /** Spreadsheet row number, or "" when the problem names no cell. */
  row: string;
  /** Column letter with the column's header when the message gives one ("E（4.1 参保率(%)）"). */
  column: string;
  reason: string;
}

/** Splits each field error into sheet, row, column and reason. */
export function cellProblemsOf(fields: readonly ApiFieldError[]): CellProblem[] {
  return fields.map((field, index) => {
    const place = field.path.replace(/^body\.file\.?/, "");
    const cell = /^(.*)!([A-Z]{1,3})(\d+)$/.exec(place);
    // The server writes "<header>：<reason>"; the header belongs to the column.
    const colon = field.message.indexOf("：");
    const header = colon > 0 ? field.message.slice(0, colon) : "";
    const reason = colon > 0 ? field.message.slice(colon + 1) : field.message;
    if (cell === null) return { key: `${index}`, sheet: place, row: "", column: header, reason };
    const [, sheet = "", letters = "", row = ""] = cell;
    return {
      key: `${index}`,
      sheet,
      row,
      column: header === "" ? letters : `${letters}（${header}）`,
      reason,
    };
  });
}
