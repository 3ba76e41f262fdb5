/**
 * The score sheet (评分表, .docx) of one unit in one round: A4 landscape, title, unit and round,
 * the score table with 自评分 and 得分 (reviewed), the scheme's 说明 under it, and signature lines
 * (评分人/审核人/日期).
 */
import { AlignmentType, Document, Packer, PageOrientation, type Paragraph, type Table } from "docx";
import type { Scheme, UnitResult } from "@kaoping/engine";
import { sheetTitleOf } from "./chinese.js";
import { a4, fonts, sizes, text } from "./docx-style.js";
import { buildScoreRows } from "./score-rows.js";
import { buildScoreTable, descriptionParagraphs } from "./score-table.js";

/** What a score sheet is made of: plain data, no database. */
export interface ScoreSheetInput {
  scheme: Scheme;
  unit: { id: string; name: string };
  /** The round (考核任务): its title, and the assessing organisation when known. */
  round: { title: string; organisation?: string | undefined };
  /** The unit's self-assessed result (自评分) and the reviewed result (得分); either may be absent. */
  self?: UnitResult | undefined;
  reviewed?: UnitResult | undefined;
  /** Extra 备注 per item code (e.g. a reviewer's reason for a correction). */
  remarks?: Record<string, string> | undefined;
}

/** The body of a score sheet (also used for batches): title lines, table, 说明, signature lines. */
export function scoreSheetBody(input: ScoreSheetInput, tableWidth: number): (Paragraph | Table)[] {
  const rows = buildScoreRows(input.scheme, input.self, input.reviewed, input.remarks);
  const organisation =
    input.round.organisation !== undefined ? `    考核单位：${input.round.organisation}` : "";
  return [
    text(sheetTitleOf(input.scheme.title), {
      font: fonts.title,
      size: sizes.sanhao,
      align: AlignmentType.CENTER,
      spacingAfter: 120,
    }),
    text(`被考核单位：${input.unit.name}    考核任务：${input.round.title}${organisation}`, {
      size: sizes.wuhao,
      spacingAfter: 120,
    }),
    buildScoreTable(rows, tableWidth),
    text("", { spacingAfter: 240 }),
    ...descriptionParagraphs(input.scheme.description),
    text(
      "评分人（签字）：________________        审核人（签字）：________________        日期：______年____月____日",
      { size: sizes.wuhao },
    ),
  ];
}

/** Builds the score sheet as a .docx buffer. */
export async function buildScoreSheet(input: ScoreSheetInput): Promise<Buffer> {
  const doc = new Document({
    creator: "kaoping",
    title: `${input.unit.name} ${sheetTitleOf(input.scheme.title)}`,
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: fonts.latin, hAnsi: fonts.latin, eastAsia: fonts.body },
            size: sizes.wuhao,
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: a4.width, height: a4.height, orientation: PageOrientation.LANDSCAPE },
            margin: { top: a4.margin, bottom: a4.margin, left: a4.margin, right: a4.margin },
          },
        },
        children: scoreSheetBody(input, a4.height - 2 * a4.margin),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
