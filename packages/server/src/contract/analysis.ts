/**
 * 得分提升 (a unit's improvements and 试算) and 失分分析 (a round's loss analysis): request and
 * response schemas (docs/decisions/0230, 0231).
 */
import { z } from "zod";

/** One improvement: set `facts` and the unit's total rises by exactly `gain`. */
export const improvementSchema = z.object({
  code: z.string(),
  title: z.string(),
  gain: z.string(),
  facts: z.record(z.string(), z.unknown()),
  text: z.string(),
});

/** An item where the unit lost points that no change of its facts lifts, and why. */
export const fixedItemSchema = z.object({
  code: z.string(),
  title: z.string(),
  lost: z.string(),
  text: z.string(),
});

/** Which facts of the unit: its own (自评) or the effective ones (审核后, the score sheet's). */
export const improvementBasisSchema = z.enum(["self", "effective"]);

/** Query of the improvements route. */
export const improvementsQuerySchema = z.strictObject({
  basis: improvementBasisSchema.default("self"),
});

/** A unit's improvements in a round. */
export const unitImprovementsSchema = z.object({
  unitId: z.string(),
  basis: improvementBasisSchema,
  total: z.string(),
  /** Null for a unit before the results are published (units see ranks only then). */
  rank: z.int().nullable(),
  unitCount: z.int(),
  improvements: z.array(improvementSchema),
  fixed: z.array(fixedItemSchema),
});

/** A fact path as the facts file writes it: `4.1.rate`. */
const factPathSchema = z
  .string()
  .max(80)
  .regex(
    /^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*\.[A-Za-z][A-Za-z0-9]*$/,
    "事实路径格式不正确（如 4.1.rate）",
  );

/** A value to try: a number as text, yes/no, an option, or a list of at most 200 entries. */
const trialValueSchema = z.union([
  z.string().max(100),
  z.number().finite(),
  z.boolean(),
  z.array(z.unknown()).max(200),
]);

/** 试算: facts to try instead of the unit's own, by path; nothing is saved. */
export const trialRequestSchema = z.strictObject({
  basis: improvementBasisSchema.default("self"),
  facts: z
    .record(factPathSchema, trialValueSchema)
    .refine((facts) => Object.keys(facts).length >= 1, "请至少修改一项数据")
    .refine((facts) => Object.keys(facts).length <= 100, "一次试算最多修改 100 项数据")
    .refine((facts) => JSON.stringify(facts).length <= 200_000, "试算数据过大"),
});

/** The outcome of a 试算: total and rank before and after, and the items whose score changed. */
export const trialResultSchema = z.object({
  /** Ranks are null for a unit before the results are published. */
  before: z.object({ total: z.string(), rank: z.int().nullable() }),
  after: z.object({ total: z.string(), rank: z.int().nullable() }),
  unitCount: z.int(),
  gain: z.string(),
  items: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      before: z.string().nullable(),
      after: z.string().nullable(),
    }),
  ),
});

/** A common reason for losing points on an item: an example trace and how many units share it. */
const lossReasonSchema = z.object({ text: z.string(), units: z.int() });

/** One item of the loss analysis. */
export const lossItemSchema = z.object({
  code: z.string(),
  title: z.string(),
  max: z.string(),
  /** Points lost across units, their mean over the units scored, how many lost any. */
  lostSum: z.string(),
  lostMean: z.string(),
  unitsLosing: z.int(),
  reasons: z.array(lossReasonSchema),
  /** The previous round's sum lost on the same item code (null without it or without the item). */
  previousLostSum: z.string().nullable(),
});

/** One unit of the loss analysis. */
export const lossUnitSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  total: z.string(),
  rank: z.int(),
  /** Points lost on each item, in the order of `items` (null when not scored). */
  lost: z.array(z.string().nullable()),
  /** Its weakest items against the county mean: lost minus mean lost, largest first. */
  weakest: z.array(
    z.object({ code: z.string(), title: z.string(), lost: z.string(), meanLost: z.string() }),
  ),
  previous: z
    .object({
      total: z.string(),
      rank: z.int(),
      /** Positive: the unit moved up (rank number fell). */
      rankChange: z.int(),
      totalChange: z.string(),
      /** Items whose score changed, with the change (signed). */
      items: z.array(
        z.object({
          code: z.string(),
          title: z.string(),
          before: z.string(),
          after: z.string(),
          change: z.string(),
        }),
      ),
    })
    .nullable(),
});

/** A round's loss analysis (失分分析), and the comparison with the previous round of its lineage. */
export const lossAnalysisSchema = z.object({
  roundId: z.string(),
  roundTitle: z.string(),
  unitCount: z.int(),
  items: z.array(lossItemSchema),
  units: z.array(lossUnitSchema),
  previousRound: z
    .object({ roundId: z.string(), title: z.string(), year: z.int(), unitCount: z.int() })
    .nullable(),
});

/** A round's loss analysis. */
export type LossAnalysis = z.infer<typeof lossAnalysisSchema>;
/** A unit's improvements. */
export type UnitImprovementsView = z.infer<typeof unitImprovementsSchema>;
/** The outcome of a 试算. */
export type TrialResult = z.infer<typeof trialResultSchema>;
