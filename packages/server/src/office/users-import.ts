/**
 * Bulk accounts from Excel (issue 14, "what staff expect"): the template the system administrator
 * downloads (sheet 用户导入 with the columns 用户名 / 姓名 / 所属单位, and a sheet 单位列表 naming the
 * organisations to choose from) and the reading of a filled one. All or nothing, as the facts
 * import: the result holds either every account to create or only problems, each naming the
 * sheet, the cell, the column header and the reason — every bad cell in one attempt. The upload
 * is hostile: the zip guard inflates it against a budget before exceljs opens it. Roles are not
 * in the file: granting them is the security administrator's (三员分立, docs/decisions/0288).
 */
import ExcelJS from "exceljs";
import type { z } from "zod";
import { usernameSchema, displayNameSchema } from "../contract/users.js";
import { readCell } from "./cell-values.js";
import { columnLetter } from "./facts-layout.js";
import type { ImportProblem } from "./facts-import.js";
import { safeCellIdentifier, safeCellText } from "./spreadsheet-text.js";
import { checkZip } from "./zip-guard.js";

/** The sheet the accounts are read from. */
export const usersSheet = "用户导入";
/** The sheet listing the organisations (a help for the person filling the file; never read). */
const organisationsSheet = "单位列表";
/** The columns, in order. */
export const userColumns = ["用户名", "姓名", "所属单位（名称或编码）"] as const;
/** Most accounts one file may create (each gets a hashed one-time password). */
export const maxImportedUsers = 500;
const firstDataRow = 2;

/** An organisation accounts can belong to. */
export interface ImportOrganisation {
  id: string;
  code: string;
  name: string;
  active: boolean;
}

/** One account read from the file. */
export interface ImportedUser {
  row: number;
  username: string;
  displayName: string;
  organisationId: string;
}

/** The outcome: every account to create, or only problems. */
export type UsersImport =
  { ok: true; users: ImportedUser[] } | { ok: false; problems: ImportProblem[] };

/** The template: headers, widths, a frozen header row, and the organisations to choose from. */
export async function buildUsersTemplate(
  organisations: readonly ImportOrganisation[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "kaoping";
  const ws = wb.addWorksheet(usersSheet, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow([...userColumns]);
  ws.getRow(1).font = { bold: true };
  ws.getColumn(1).width = 20;
  ws.getColumn(2).width = 16;
  ws.getColumn(3).width = 36;
  // Text cells: a username like 001 stays 001.
  for (const c of [1, 2, 3]) ws.getColumn(c).numFmt = "@";
  const list = wb.addWorksheet(organisationsSheet, { views: [{ state: "frozen", ySplit: 1 }] });
  list.addRow(["编码", "名称"]);
  list.getRow(1).font = { bold: true };
  for (const o of organisations)
    if (o.active) list.addRow([safeCellIdentifier(o.code), safeCellText(o.name)]);
  list.getColumn(1).width = 20;
  list.getColumn(2).width = 36;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A problem of the whole file (no cell). */
function fileProblem(message: string, sheet = ""): UsersImport {
  return { ok: false, problems: [{ sheet, cell: "", header: "", message }] };
}

/** The first message of a failed parse. */
function firstIssue(result: z.ZodSafeParseResult<unknown>): string | undefined {
  return result.success ? undefined : (result.error.issues[0]?.message ?? "格式不正确");
}

/**
 * Reads a filled template. `taken` holds the usernames already in use (lower case). Every bad cell
 * is named: a malformed or taken or repeated 用户名, a missing or malformed 姓名, an unknown,
 * ambiguous or disabled 所属单位.
 */
export async function readUsersWorkbook(
  buffer: Buffer,
  organisations: readonly ImportOrganisation[],
  taken: ReadonlySet<string>,
): Promise<UsersImport> {
  const refused = await checkZip(buffer);
  if (refused !== undefined) return fileProblem(refused);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(
      buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
    );
  } catch {
    return fileProblem("文件不是有效的 Excel 工作簿（.xlsx），无法打开");
  }
  const ws = wb.getWorksheet(usersSheet);
  if (ws === undefined)
    return fileProblem(`找不到工作表“${usersSheet}”，请使用系统下载的导入模板`, usersSheet);
  if (ws.rowCount > maxImportedUsers + firstDataRow)
    return fileProblem(
      `行数过多（${ws.rowCount - 1} 行，一次最多导入 ${maxImportedUsers} 个用户）`,
      usersSheet,
    );
  const problems: ImportProblem[] = [];
  for (const [i, header] of userColumns.entries()) {
    const found = String(ws.getCell(1, i + 1).value ?? "").trim();
    if (found !== header)
      problems.push({
        sheet: usersSheet,
        cell: `${columnLetter(i + 1)}1`,
        header,
        message: `表头应为“${header}”${found === "" ? "" : `，实为“${found}”`}，请使用系统下载的导入模板`,
      });
  }
  if (problems.length > 0) return { ok: false, problems };

  const byCode = new Map(organisations.map((o) => [o.code, o]));
  const byName = new Map<string, ImportOrganisation[]>();
  for (const o of organisations) byName.set(o.name, [...(byName.get(o.name) ?? []), o]);
  const seen = new Map<string, number>(); // username → first row
  const users: ImportedUser[] = [];
  for (let r = firstDataRow; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const texts: string[] = [];
    let readable = true;
    for (const [i, header] of userColumns.entries()) {
      const read = readCell(row.getCell(i + 1), {
        name: header,
        label: header,
        type: "text",
        required: false,
      });
      if (!read.ok) {
        problems.push({
          sheet: usersSheet,
          cell: `${columnLetter(i + 1)}${r}`,
          header,
          message: read.message,
        });
        readable = false;
        texts.push("");
      } else texts.push("blank" in read ? "" : String(read.value));
    }
    const [rawUsername = "", rawName = "", rawOrganisation = ""] = texts;
    if (readable && texts.every((t) => t === "")) continue;
    const at = (c: number) => ({
      sheet: usersSheet,
      cell: `${columnLetter(c)}${r}`,
      header: userColumns[c - 1] ?? "",
    });

    const username = usernameSchema.safeParse(rawUsername);
    let usernameOk = false;
    if (!username.success)
      problems.push({
        ...at(1),
        message: rawUsername === "" ? "未填写用户名" : (firstIssue(username) ?? ""),
      });
    else if (taken.has(username.data))
      problems.push({ ...at(1), message: `用户名 ${username.data} 已被使用` });
    else if (seen.has(username.data))
      problems.push({
        ...at(1),
        message: `用户名 ${username.data} 与第 ${seen.get(username.data)} 行重复`,
      });
    else {
      seen.set(username.data, r);
      usernameOk = true;
    }

    const displayName = displayNameSchema.safeParse(rawName);
    if (!displayName.success)
      problems.push({
        ...at(2),
        message: rawName === "" ? "未填写姓名" : (firstIssue(displayName) ?? ""),
      });

    const matches = byCode.has(rawOrganisation)
      ? [byCode.get(rawOrganisation) as ImportOrganisation]
      : (byName.get(rawOrganisation) ?? []);
    const organisation = matches.length === 1 ? matches[0] : undefined;
    if (organisation === undefined)
      problems.push({
        ...at(3),
        message:
          rawOrganisation === ""
            ? "未填写所属单位"
            : matches.length > 1
              ? `单位“${rawOrganisation}”有重名，请填写单位编码（见“${organisationsSheet}”）`
              : `找不到单位“${rawOrganisation}”（可填名称或编码，见“${organisationsSheet}”）`,
      });
    else if (!organisation.active)
      problems.push({ ...at(3), message: `单位“${organisation.name}”已停用` });

    if (usernameOk && displayName.success && organisation?.active === true)
      users.push({
        row: r,
        username: username.success ? username.data : "",
        displayName: displayName.data,
        organisationId: organisation.id,
      });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (users.length === 0) return fileProblem("文件中没有要导入的用户", usersSheet);
  return { ok: true, users };
}
