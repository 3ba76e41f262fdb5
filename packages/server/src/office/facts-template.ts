/**
 * The bulk facts template (.xlsx) of a round: the layout of `facts-layout.ts` with Chinese
 * headers, a note per header (type, range, required), drop-downs for 是/否, levels and options,
 * range checks on numbers, and the units' current facts filled in when given.
 */
import ExcelJS from "exceljs";
import { factTypeInfo, type FactInfo, type FieldDeclaration, type Scheme } from "@kaoping/engine";
import {
  choiceLabels,
  factHeader,
  factLayout,
  fieldHeader,
  firstDataRow,
  listFields,
  listKey,
  listSheetName,
  mainSheet,
  columnLetter,
} from "./facts-layout.js";
import { safeCellIdentifier, safeCellText } from "./spreadsheet-text.js";

/** What a template is made of: the scheme, the round and its units (with their current facts, optional). */
export interface FactsTemplateInput {
  scheme: Scheme;
  round: { title: string };
  units: readonly { id: string; name: string; facts?: unknown }[];
  /** Items left out (a unit's template omits 评议 items, which raters fill). */
  omitItems?: readonly string[];
}

/** Rows offered for entries on each list sheet. */
const listRows = 2000;

type Validation = ExcelJS.DataValidation;
/** exceljs writes range validations (one `sqref`) but its typings only declare per-cell ones. */
type RangeValidations = { add(range: string, v: Validation): void };

/** The validation of a column of this type, or undefined (text). */
function validationOf(
  decl: FieldDeclaration,
  options: readonly { value: string; label: string }[] | undefined,
  bounds: { min?: string; max?: string },
): Validation | undefined {
  const labels = choiceLabels(decl, options);
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    showInputMessage: true,
    errorStyle: "stop" as const,
    errorTitle: "输入有误",
  };
  if (labels !== undefined) {
    return {
      ...common,
      type: "list",
      formulae: [`"${labels.join(",")}"`],
      error: `请从下拉列表中选择：${labels.join("、")}`,
      prompt: `请选择：${labels.join("、")}`,
    };
  }
  if (decl.type === "date")
    return {
      ...common,
      type: "textLength",
      operator: "equal",
      formulae: [10],
      error: "日期格式应为 YYYY-MM-DD，如 2022-06-30",
      prompt: "日期，格式 YYYY-MM-DD",
    };
  if (decl.type === "text") return undefined;
  const min = bounds.min ?? decl.min ?? factTypeInfo[decl.type].min ?? "-1000000000000";
  const max = bounds.max ?? decl.max ?? factTypeInfo[decl.type].max ?? "1000000000000";
  const whole = decl.type === "int";
  const range = `${min} 至 ${max}`;
  return {
    ...common,
    type: whole ? "whole" : "decimal",
    operator: "between",
    formulae: [Number(min), Number(max)],
    error: `应为${whole ? "整数" : "数字"}，范围 ${range}`,
    prompt: `${factTypeInfo[decl.type].name}，范围 ${range}`,
  };
}

/** A fact value as a cell value (labels for choices, numbers for decimals). */
function cellValue(
  decl: FieldDeclaration,
  options: readonly { value: string; label: string }[] | undefined,
  value: unknown,
): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  if (decl.type === "bool") return value === true ? "是" : value === false ? "否" : null;
  if (decl.type === "level" || decl.type === "enum") {
    const all =
      decl.type === "level"
        ? [
            { value: "county", label: "县级" },
            { value: "city", label: "市级" },
            { value: "province", label: "省级" },
            { value: "national", label: "国家级" },
          ]
        : (options ?? decl.values ?? []);
    return all.find((o) => o.value === value)?.label ?? safeCellText(String(value));
  }
  if (decl.type === "text" || decl.type === "date") return safeCellText(String(value));
  return typeof value === "number" || typeof value === "string" ? Number(value) : null;
}

/** The facts of one item of a unit's facts object. */
function itemFacts(facts: unknown, code: string): Record<string, unknown> {
  const all = facts !== null && typeof facts === "object" ? (facts as Record<string, unknown>) : {};
  const item = all[code];
  return item !== null && typeof item === "object" ? (item as Record<string, unknown>) : {};
}

/** Writes a header row (row 1) and the hidden key row (row 2), and styles them. */
function writeHeaders(
  ws: ExcelJS.Worksheet,
  headers: string[],
  keys: string[],
  notes: (string | undefined)[],
): void {
  headers.forEach((h, i) => {
    const cell = ws.getCell(1, i + 1);
    cell.value = safeCellText(h);
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEFEFEF" } };
    const note = notes[i];
    if (note !== undefined) cell.note = note;
    ws.getCell(2, i + 1).value = keys[i] ?? "";
  });
  ws.getRow(1).height = 48;
  ws.getRow(2).hidden = true;
}

/** A header note: type, range, whether required. */
function noteOf(
  decl: FieldDeclaration,
  bounds: { min?: string; max?: string; scale?: number },
): string {
  const range =
    bounds.min !== undefined || bounds.max !== undefined
      ? `，范围 ${bounds.min ?? "—"} 至 ${bounds.max ?? "—"}`
      : "";
  const scale =
    bounds.scale !== undefined && bounds.scale > 0 ? `，最多 ${bounds.scale} 位小数` : "";
  return `${factTypeInfo[decl.type].name}${range}${scale}${decl.required ? "，必填" : "，可不填"}${decl.description !== undefined ? `。${decl.description}` : ""}`;
}

/** The main sheet: one row per unit, one column per scalar fact. */
function addMainSheet(wb: ExcelJS.Workbook, input: FactsTemplateInput, scalars: FactInfo[]): void {
  const ws = wb.addWorksheet(mainSheet, { views: [{ state: "frozen", xSplit: 2, ySplit: 2 }] });
  writeHeaders(
    ws,
    ["单位编号", "单位名称", ...scalars.map(factHeader)],
    ["unitId", "unitName", ...scalars.map((f) => f.path)],
    [
      undefined,
      "请勿修改单位名称和隐藏的单位编号列",
      ...scalars.map((f) => noteOf(f.declaration, f)),
    ],
  );
  input.units.forEach((u, i) => {
    const row = ws.getRow(firstDataRow + i);
    row.getCell(1).value = safeCellIdentifier(u.id);
    row.getCell(2).value = safeCellText(u.name);
    scalars.forEach((f, j) => {
      row.getCell(3 + j).value = cellValue(
        f.declaration,
        f.options,
        itemFacts(u.facts, f.code)[f.declaration.name],
      );
    });
  });
  const last = firstDataRow + Math.max(input.units.length, 1) - 1;
  const validations = (ws as unknown as { dataValidations: RangeValidations }).dataValidations;
  scalars.forEach((f, j) => {
    const v = validationOf(f.declaration, f.options, f);
    const col = columnLetter(3 + j);
    if (v !== undefined) validations.add(`${col}${firstDataRow}:${col}${last}`, v);
    ws.getColumn(3 + j).width = 14;
  });
  ws.getColumn(1).hidden = true;
  ws.getColumn(2).width = 22;
}

/** One sheet per list fact: one row per entry, the unit chosen by name. */
function addListSheet(wb: ExcelJS.Workbook, input: FactsTemplateInput, f: FactInfo): void {
  const ws = wb.addWorksheet(listSheetName(f), {
    views: [{ state: "frozen", xSplit: 1, ySplit: 2 }],
  });
  const fields = listFields(f);
  writeHeaders(
    ws,
    ["单位名称", ...fields.map(fieldHeader)],
    [`${listKey}${f.path}`, ...fields.map((d) => d.name)],
    ["从下拉列表选择单位；每行一项，同一单位可有多行", ...fields.map((d) => noteOf(d, d))],
  );
  let r = firstDataRow;
  for (const u of input.units) {
    const entries = itemFacts(u.facts, f.code)[f.declaration.name];
    if (!Array.isArray(entries)) continue;
    for (const e of entries) {
      const row = ws.getRow(r++);
      row.getCell(1).value = safeCellText(u.name);
      fields.forEach((d, j) => {
        const raw =
          d.name === "value" && f.declaration.fields === undefined
            ? e
            : (e as Record<string, unknown> | null)?.[d.name];
        row.getCell(2 + j).value = cellValue(d, undefined, raw);
      });
    }
  }
  const validations = (ws as unknown as { dataValidations: RangeValidations }).dataValidations;
  const lastUnit = firstDataRow + Math.max(input.units.length, 1) - 1;
  const end = firstDataRow + listRows - 1;
  validations.add(`A${firstDataRow}:A${end}`, {
    type: "list",
    allowBlank: true,
    showErrorMessage: true,
    errorTitle: "输入有误",
    error: "请从下拉列表中选择本考核任务的单位",
    formulae: [`'${mainSheet}'!$B$${firstDataRow}:$B$${lastUnit}`],
  });
  fields.forEach((d, j) => {
    const v = validationOf(d, undefined, {});
    const col = columnLetter(2 + j);
    if (v !== undefined) validations.add(`${col}${firstDataRow}:${col}${end}`, v);
    ws.getColumn(2 + j).width = 18;
  });
  ws.getColumn(1).width = 22;
}

/** Builds the facts template of a round as an .xlsx buffer. */
export async function buildFactsTemplate(input: FactsTemplateInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "kaoping";
  const omitted = new Set(input.omitItems ?? []);
  const layout = factLayout(input.scheme);
  const scalars = layout.scalars.filter((f) => !omitted.has(f.code));
  const lists = layout.lists.filter((f) => !omitted.has(f.code));
  addMainSheet(wb, input, scalars);
  for (const f of lists) addListSheet(wb, input, f);
  const help = wb.addWorksheet("填写说明");
  [
    `${input.round.title}：事实批量导入模板（方案：${input.scheme.title}）`,
    `“${mainSheet}”表每行一个单位，每列一项事实；列标题前的编号为评分细则的项目编号。是/否、级别、选项请从下拉列表选择；日期写作 YYYY-MM-DD。`,
    "清单类事实（如案件、试点、批示、评议得分）各有一张表：每行一项，第一列选择单位；某单位没有该类事项时不填即可。",
    "空白单元格表示“未填写”，不会清除系统中已有的数据。",
    "导入为全部成功或全部不导入：只要有一处错误，系统会列出每个出错的单元格（如 D5）、列名和原因，数据一条也不保存。",
    "请勿修改第 1 行列标题、隐藏的第 2 行和隐藏的单位编号列，也不要改动表名。",
  ].forEach((line, i) => {
    help.getCell(i + 1, 1).value = safeCellText(line);
  });
  help.getColumn(1).width = 120;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
