/**
 * 评议 ratings: each rater's rating of each unit on each rating item, within the range the
 * scheme declares for one rating. A rater sees only their own ratings; the administrator sees
 * all of them only after the rating stage has closed.
 */
import { z } from "zod";
import { normaliseNumberText } from "./number-text.js";
import { upsertVersionSchema } from "./workflow.js";

/** One rating as entered: a decimal (string or number) within the item's range; the rater group when the item has several. */
export const saveRatingRequestSchema = z.strictObject({
  version: upsertVersionSchema,
  value: z.union(
    [
      z.string().trim().min(1, "请填写评分").max(32).overwrite(normaliseNumberText),
      z.number().finite(),
    ],
    {
      error: "评分应为数字",
    },
  ),
  group: z.string().trim().min(1).max(64).optional(),
});

/** One rating. */
export const ratingSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  itemCode: z.string(),
  raterId: z.string(),
  group: z.string().nullable(),
  value: z.string(),
  version: z.int(),
  updatedAt: z.string(),
});

/** A rating item with the range of one rating and its rater groups. */
export const ratingItemSchema = z.object({
  code: z.string(),
  title: z.string(),
  min: z.string(),
  max: z.string(),
  scale: z.int(),
  groups: z.array(z.object({ fact: z.string(), label: z.string(), weight: z.string() })),
});

/** What a rater (or, after the stage, the administrator) sees of a round's ratings. */
export const ratingsViewSchema = z.object({
  roundId: z.string(),
  roundState: z.string(),
  ratingDeadline: z.string().nullable(),
  /** `own`: the caller's ratings only; `all`: every rater's; `none`: counts only (stage still open). */
  visibility: z.enum(["own", "all", "none"]),
  items: z.array(ratingItemSchema),
  units: z.array(z.object({ unitId: z.string(), unitName: z.string(), unitCode: z.string() })),
  ratings: z.array(ratingSchema),
  progress: z.array(z.object({ unitId: z.string(), itemCode: z.string(), count: z.int() })),
});
