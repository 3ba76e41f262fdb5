/**
 * Formula injection (docs/spec/security.md row 16): every character that can start a formula in
 * Excel, WPS or LibreOffice — = + - @, tab, carriage return — is neutralised in workbook cells and
 * in the audit CSV; other text is left exactly as typed (issue 15: `-` had no test). Personal
 * numbers are masked in free text, never in an identifier someone types or imports back.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { csvCell } from "../modules/audit/csv.js";
import { safeCellText } from "./spreadsheet-text.js";
import { buildUsersTemplate } from "./users-import.js";

const dangerous = [
  '=HYPERLINK("http://x","点我")',
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
];
const harmless = ["张三", "1-2", "a=b", "邮箱 a@b.cn", " =1", "'=1", ""];

describe("spreadsheet formula injection", () => {
  it.each(dangerous)("prefixes %j with an apostrophe in a workbook cell", (text) => {
    expect(safeCellText(text)).toBe(`'${text}`);
  });
  it.each(dangerous)("prefixes %j with an apostrophe in the audit CSV", (text) => {
    const cell = csvCell(text);
    const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
    expect(unquoted).toBe(`'${text}`);
  });
  it.each(harmless)("leaves %j unchanged", (text) => {
    expect(safeCellText(text)).toBe(text);
    expect(csvCell(text)).toBe(/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  });
});

describe("identifiers in workbook cells", () => {
  it("lists an organisation code of eleven digits as it is in the account template (users type it back)", async () => {
    const code = "13812345678";
    const file = await buildUsersTemplate([
      { id: "o1", code, name: "联系电话13812345678的单位", active: true },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer,
    );
    const list = wb.getWorksheet("单位列表");
    expect(list?.getCell(2, 1).value).toBe(code);
    expect(list?.getCell(2, 2).value).toBe("联系电话138****5678的单位");
  });
});
