/**
 * Results (考核结果), snapshots (结果快照) and history (历年结果): the score sheet of a unit, the
 * whole round's totals and ranking, frozen snapshots and a unit's results across rounds.
 * Every score is a canonical decimal string; `difference` = reviewed − self.
 */
import { z } from "zod";

/** One item of a score sheet. */
export interface ItemScore {
  code: string;
  title: string;
  max: string;
  /** Reviewed score (from effective facts); null when facts are missing or invalid. */
  score: string | null;
  /** Score from the unit's own facts (自评得分). */
  selfScore: string | null;
  /** score − selfScore, when both exist. */
  difference: string | null;
  trace: string[];
  children: ItemScore[];
}

/** One item of a score sheet, recursive. */
export const itemScoreSchema: z.ZodType<ItemScore> = z.object({
  code: z.string(),
  title: z.string(),
  max: z.string(),
  score: z.string().nullable(),
  selfScore: z.string().nullable(),
  difference: z.string().nullable(),
  trace: z.array(z.string()),
  get children() {
    return z.array(itemScoreSchema);
  },
});

/** An amount an item adds to or takes from the unit's total beyond its points (追加扣除, 加分不封顶). */
export const unitAdjustmentSchema = z.object({
  code: z.string(),
  title: z.string(),
  points: z.string(),
  reason: z.string(),
});

/** A grade veto raised by an item (一票否优, 取消评先评优资格); the score stands. */
export const unitMarkSchema = z.object({
  code: z.string(),
  title: z.string(),
  effect: z.enum(["noExcellent", "ineligible"]),
  reason: z.string(),
});

/** A unit's score sheet as frozen in a snapshot (评分表). */
export const unitSheetCoreSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  unitCode: z.string(),
  total: z.string(),
  selfTotal: z.string(),
  difference: z.string(),
  rank: z.int(),
  complete: z.boolean(),
  missing: z.array(z.string()),
  veto: z.string().nullable(),
  /** Present only when items reach beyond their points (already in `total`). */
  adjustments: z.array(unitAdjustmentSchema).optional(),
  /** Present only under a grade veto. */
  marks: z.array(unitMarkSchema).optional(),
  items: z.array(itemScoreSchema),
});

/** A unit's score sheet as frozen in a snapshot. */
export type UnitSheetCore = z.infer<typeof unitSheetCoreSchema>;

/** Where results come from: computed now from facts, or a frozen snapshot. */
export const resultsSourceSchema = z.enum(["live", "snapshot"]);

/** One unit's score sheet in a round. */
export const unitSheetSchema = unitSheetCoreSchema.extend({
  roundId: z.string(),
  roundState: z.string(),
  unitCount: z.int(),
  source: resultsSourceSchema,
  snapshotSequence: z.int().nullable(),
  engineVersion: z.string(),
});

/** One unit's score sheet in a round. */
export type UnitSheet = z.infer<typeof unitSheetSchema>;

/** A category subtotal (top-level item) of one unit. */
export const subtotalSchema = z.object({
  code: z.string(),
  score: z.string().nullable(),
  selfScore: z.string().nullable(),
});

/**
 * One row of the round's results. Units see every row's name, total and rank (公示) but the
 * details (self total, subtotals) of their own row only; the others' are null.
 */
export const roundResultsRowSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  unitCode: z.string(),
  total: z.string(),
  rank: z.int(),
  complete: z.boolean(),
  selfTotal: z.string().nullable(),
  difference: z.string().nullable(),
  missingCount: z.int().nullable(),
  subtotals: z.array(subtotalSchema).nullable(),
  /** Whether the caller may open this unit's score sheet (a unit: its own row only). */
  canOpen: z.boolean(),
});

/** The whole round's results: totals, ranks, category subtotals, self vs reviewed. */
export const roundResultsSchema = z.object({
  roundId: z.string(),
  roundState: z.string(),
  source: resultsSourceSchema,
  snapshotSequence: z.int().nullable(),
  engineVersion: z.string(),
  schemeCode: z.string(),
  schemeTitle: z.string(),
  unitCount: z.int(),
  categories: z.array(z.object({ code: z.string(), title: z.string(), max: z.string() })),
  /**
   * Each category's average over all units of the round (two decimals, null when no unit has a
   * score there) — the same for every caller, so a unit compares itself with the round without
   * seeing the other units' subtotals.
   */
  averages: z.array(z.object({ code: z.string(), average: z.string().nullable() })),
  units: z.array(roundResultsRowSchema),
});

/** The whole round's results. */
export type RoundResults = z.infer<typeof roundResultsSchema>;

/** Kinds of snapshots: at publication, after an upheld appeal, at the final lock. */
export const snapshotKinds = ["published", "appeal", "final"] as const;

/** A snapshot without its content. */
export const snapshotSummarySchema = z.object({
  sequence: z.int(),
  kind: z.enum(snapshotKinds),
  engineVersion: z.string(),
  schemeVersionId: z.string(),
  resultsSha256: z.string(),
  reason: z.string(),
  createdAt: z.string(),
});

/** A snapshot with its frozen score sheets (units see their own sheet only). */
export const snapshotDetailSchema = snapshotSummarySchema.extend({
  ranking: z.array(
    z.object({ unitId: z.string(), unitName: z.string(), total: z.string(), rank: z.int() }),
  ),
  sheets: z.array(unitSheetCoreSchema),
});

/** Path parameters of one snapshot. */
export const snapshotParamsSchema = z.strictObject({
  roundId: z.uuid({ error: "编号格式不正确" }),
  sequence: z.coerce.number().int().min(1).max(1_000_000),
});

/** Path parameters of a round. */
export const roundParamsSchema = z.strictObject({ roundId: z.uuid({ error: "编号格式不正确" }) });

/** One round of a unit's history (from the latest snapshot of that round). */
export const historyEntrySchema = z.object({
  roundId: z.string(),
  title: z.string(),
  year: z.int(),
  period: z.string(),
  roundState: z.string(),
  schemeCode: z.string(),
  snapshotSequence: z.int(),
  snapshotKind: z.enum(snapshotKinds),
  total: z.string(),
  rank: z.int(),
  unitCount: z.int(),
  subtotals: z.array(subtotalSchema),
});

/** A unit's results across rounds, grouped by scheme lineage (the template or first scheme it was cloned from). */
export const unitHistorySchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  lineages: z.array(z.object({ lineage: z.string(), rounds: z.array(historyEntrySchema) })),
});
