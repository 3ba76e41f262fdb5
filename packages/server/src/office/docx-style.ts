/**
 * Fonts, sizes and small builders for the Word documents. Chinese text is set with the eastAsia
 * font attribute (宋体 for tables, 仿宋 for report prose, 黑体 for titles — fonts every Chinese
 * Windows and WPS install has); Latin text and digits use Times New Roman. See decision 0041.
 */
import {
  AlignmentType,
  Paragraph,
  TableCell,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from "docx";
import { maskPersonalNumbers } from "../contract/personal-data.js";

/** Font names (eastAsia attribute). */
export const fonts = {
  body: "宋体",
  prose: "仿宋",
  title: "黑体",
  latin: "Times New Roman",
} as const;

/** Chinese font sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt, 小四 12pt, 五号 10.5pt, 小五 9pt. */
export const sizes = {
  erhao: 44,
  sanhao: 32,
  sihao: 28,
  xiaosi: 24,
  wuhao: 21,
  xiaowu: 18,
} as const;

/** A4 in twips, and the 2 cm margins used by every document. */
export const a4 = { width: 11906, height: 16838, margin: 1134 } as const;

/** Text run options for a font: the eastAsia attribute carries the Chinese font. */
export function fontOf(eastAsia: string): IRunOptions["font"] {
  return { ascii: fonts.latin, hAnsi: fonts.latin, eastAsia, cs: fonts.latin, hint: "eastAsia" };
}

/** Options for `text`. */
export interface TextOptions {
  font?: string;
  size?: number;
  bold?: boolean;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  /** First-line indent in characters (Chinese prose: 2). */
  indentChars?: number;
  spacingAfter?: number;
  lineTwips?: number;
}

/** One paragraph of text; newlines become line breaks. */
export function text(value: string, o: TextOptions = {}): Paragraph {
  const size = o.size ?? sizes.wuhao;
  const lines = value.split("\n");
  return new Paragraph({
    alignment: o.align ?? AlignmentType.LEFT,
    spacing: {
      after: o.spacingAfter ?? 0,
      ...(o.lineTwips !== undefined ? { line: o.lineTwips } : {}),
    },
    ...(o.indentChars !== undefined
      ? { indent: { firstLine: Math.round((o.indentChars * size * 20) / 2) } }
      : {}),
    children: lines.map(
      (line, i) =>
        new TextRun({
          // ID-card and mobile numbers in free text are masked in documents (row 22).
          text: maskPersonalNumbers(line),
          font: fontOf(o.font ?? fonts.body),
          size,
          bold: o.bold ?? false,
          break: i > 0 ? 1 : 0,
        }),
    ),
  });
}

/** Options for `cell`. */
export interface CellOptions extends TextOptions {
  width: number;
  columnSpan?: number;
  rowSpan?: number;
}

/** A table cell with one text (centred vertically). */
export function cell(value: string, o: CellOptions): TableCell {
  return new TableCell({
    width: { size: o.width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(o.columnSpan !== undefined && o.columnSpan > 1 ? { columnSpan: o.columnSpan } : {}),
    ...(o.rowSpan !== undefined && o.rowSpan > 1 ? { rowSpan: o.rowSpan } : {}),
    children: [text(value, { size: sizes.xiaowu, ...o })],
  });
}
