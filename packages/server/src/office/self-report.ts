/**
 * The self-evaluation report (绩效自评报告, .docx) like the source document: a title
 * ("<单位><事项> 绩效自评"), an opening paragraph, one section per top-level item headed
 * "一、制度建设（分值30分，自评30分）" followed by the unit's narrative (自评说明), the conclusion
 * "综上所述，<年>年<单位><事项>绩效自评得分<总分>分。", and the score table appended on a landscape page,
 * its 备注 listing each item's evidence files. An indicator scored by raters is headed
 * "评议得分", never "自评" (issue 14 defect 6).
 */
import { AlignmentType, Document, Packer, PageOrientation, type Paragraph, type Table } from "docx";
import type { Item, Scheme, UnitResult } from "@kaoping/engine";
import { chineseNumeral, subjectOf } from "./chinese.js";
import { a4, fonts, sizes, text } from "./docx-style.js";
import { buildScoreRows, resultsByCode } from "./score-rows.js";
import { buildScoreTable, descriptionParagraphs, showScore } from "./score-table.js";

/** What a report is made of: plain data, no database. */
export interface SelfReportInput {
  scheme: Scheme;
  unit: { id: string; name: string };
  round: { title: string; year?: number | undefined };
  /** The unit's self-assessed result; its scores fill the headings and the conclusion. */
  self: UnitResult;
  /** The reviewed result, shown in the appended table's 得分 column when given. */
  reviewed?: UnitResult | undefined;
  /** The unit's narrative (自评说明) per top-level item code; blank lines separate paragraphs. */
  narratives: Record<string, string>;
  /** 备注 per item code in the appended table (the evidence files: "佐证材料：…"). */
  remarks?: Record<string, string> | undefined;
  /** The opening paragraph; default "根据<依据>要求，现将<单位><事项>自评如下：". */
  opening?: string | undefined;
  /** The document the assessment is based on, e.g. 《关于印发…评价办法的通知》; default the scheme title. */
  basis?: string | undefined;
  /** What is assessed (城乡医疗救助); default derived from the scheme title. */
  subject?: string | undefined;
}

/** The year of the round: given, or the first "NNNN年" in the round or scheme title. */
export function yearOf(input: Pick<SelfReportInput, "round" | "scheme">): number | undefined {
  if (input.round.year !== undefined) return input.round.year;
  const m = /(\d{4})\s*年/.exec(`${input.round.title} ${input.scheme.title}`);
  return m === null ? undefined : Number(m[1]);
}

/** Whether every leaf under an item is scored by raters (领导、科室评议): the unit assesses none of it. */
function isRatedOnly(item: Item): boolean {
  const children = item.children ?? [];
  if (children.length === 0) return item.rule?.kind === "ratings";
  return children.every(isRatedOnly);
}

/**
 * A top-level heading's score part: "分值30分，自评30分"; an indicator the raters score is never
 * labelled 自评 ("分值15分，评议得分13.17分", or "由评议人评分" before any rating).
 */
function headingScore(item: Item, score: string | null): string {
  if (!isRatedOnly(item)) return `分值${item.max}分，自评${showScore(score)}分`;
  return score === null
    ? `分值${item.max}分，由评议人评分`
    : `分值${item.max}分，评议得分${showScore(score)}分`;
}

/** The report's paragraphs (title to conclusion), without the appended table. */
export function reportParagraphs(input: SelfReportInput): Paragraph[] {
  const subject = input.subject ?? subjectOf(input.scheme.title);
  const year = yearOf(input);
  const scores = resultsByCode(input.self);
  const prose = { font: fonts.prose, size: sizes.sanhao, indentChars: 2, lineTwips: 560 };
  const out: Paragraph[] = [
    text(`${input.unit.name}${subject} 绩效自评`, {
      font: fonts.title,
      size: sizes.erhao,
      align: AlignmentType.CENTER,
      spacingAfter: 400,
    }),
    text(
      input.opening ??
        `根据${input.basis ?? `《${input.scheme.title}》`}要求，现将${input.unit.name}${subject}自评如下：`,
      prose,
    ),
  ];
  input.scheme.items.forEach((item, i) => {
    const score = scores.get(item.code)?.score ?? null;
    out.push(
      text(`${chineseNumeral(i + 1)}、${item.title}（${headingScore(item, score)}）`, {
        ...prose,
        font: fonts.title,
      }),
    );
    const narrative = (input.narratives[item.code] ?? "").trim();
    for (const paragraph of narrative.split(/\n\s*\n|\r?\n/).filter((p) => p.trim() !== ""))
      out.push(text(paragraph.trim(), prose));
  });
  const unfinished = input.self.complete ? "" : "（尚有未填写的事项，得分为已填写事项之和）";
  out.push(
    text(
      `综上所述，${year !== undefined ? `${year}年` : ""}${input.unit.name}${subject}绩效自评得分${input.self.total}分${unfinished}。`,
      prose,
    ),
  );
  return out;
}

/**
 * The appended table's heading, like the seed's "六安开发区2021年度城乡医疗救助工作考核评价细则":
 * unit, year, subject — not the unit's name glued to a scheme title that names the county.
 */
function reportTableTitle(
  input: Pick<SelfReportInput, "round" | "scheme" | "unit" | "subject">,
): string {
  const subject = input.subject ?? subjectOf(input.scheme.title);
  const year = yearOf(input);
  return `${input.unit.name}${year !== undefined ? `${year}年度` : ""}${subject}工作考核评价细则`;
}

/**
 * The appended score table with its heading (reportTableTitle) and the scheme's 说明 under it —
 * the rules as the unit reads them, as on the score sheet (decision 0343) — for a landscape section.
 */
export function reportTable(input: SelfReportInput, width: number): (Paragraph | Table)[] {
  return [
    text(reportTableTitle(input), {
      font: fonts.title,
      size: sizes.sihao,
      align: AlignmentType.CENTER,
      spacingAfter: 160,
    }),
    buildScoreTable(
      buildScoreRows(input.scheme, input.self, input.reviewed, input.remarks ?? {}),
      width,
    ),
    ...(input.scheme.description === undefined || input.scheme.description.trim() === ""
      ? []
      : [text("", { spacingAfter: 120 }), ...descriptionParagraphs(input.scheme.description)]),
  ];
}

/** Builds the report as a .docx buffer. */
export async function buildSelfReport(input: SelfReportInput): Promise<Buffer> {
  const margin = { top: 2098, bottom: 1984, left: 1588, right: 1474 }; // GB/T 9704 公文 page margins
  const landscapeMargin = { top: a4.margin, bottom: a4.margin, left: a4.margin, right: a4.margin };
  const doc = new Document({
    creator: "kaoping",
    title: `${input.unit.name} 绩效自评`,
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: fonts.latin, hAnsi: fonts.latin, eastAsia: fonts.prose },
            size: sizes.sanhao,
          },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: a4.width, height: a4.height }, margin } },
        children: reportParagraphs(input),
      },
      {
        properties: {
          page: {
            size: { width: a4.width, height: a4.height, orientation: PageOrientation.LANDSCAPE },
            margin: landscapeMargin,
          },
        },
        children: reportTable(input, a4.height - 2 * a4.margin),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
