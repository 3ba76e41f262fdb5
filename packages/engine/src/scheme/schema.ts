/**
 * The scheme document (考核方案): a tree of items. Leaves declare facts and one rule; groups sum
 * their children and may carry a cap, a floor and a gate. This file is the structural schema;
 * rule parameters are checked per kind by `validate.ts` against the rule-kind table.
 */
import { z } from "zod";
import { decimalText, factDeclarationSchema } from "../facts/declaration.js";

/**
 * A reference to a fact: a name declared on the same item (`rate`), or `code.name` for a fact
 * of another item (`4.1.rate`, used by bonus 9.1).
 */
export const factRefSchema = z.string().min(1);

/** A rule as written in the document: its kind id plus that kind's parameters. */
export const ruleDocSchema = z.object({ kind: z.string().min(1) }).loose();
/** A rule as written in the document. */
export type RuleDoc = z.output<typeof ruleDocSchema>;

/**
 * A gate: when the fact does not have the passing value, the item scores 0 (`zero`), the whole
 * result does (`veto`, 一票否决), or the score stands and the unit may not be graded 优秀
 * (`noExcellent`, 一票否优) or honoured (`ineligible`, 取消评先评优资格) — shown on its result.
 */
export const gateSchema = z
  .object({
    fact: factRefSchema,
    /** The value that passes; default true. */
    pass: z.boolean().default(true),
    /** `zero`: this item scores 0; `veto` (一票否决): the unit's total is 0; `noExcellent` / `ineligible`: a grade veto. */
    effect: z.enum(["zero", "veto", "noExcellent", "ineligible"]),
    /** Why, in Chinese, for the trace ("发生重大安全事故，一票否决"). */
    reason: z.string().min(1),
  })
  .strict();
/** See gateSchema. */
export type Gate = z.output<typeof gateSchema>;

/** Consistency checks between the facts of one item. */
export const checkSchema = z.discriminatedUnion("check", [
  /** `fact` ≤ `other` (催办后仍未完成的件数不超过未及时完成的件数). */
  z.object({ check: z.literal("lte"), fact: factRefSchema, other: factRefSchema }).strict(),
  /** These facts are given together or not at all (a ratio's two parts). */
  z.object({ check: z.literal("together"), facts: z.array(factRefSchema).min(2) }).strict(),
  /** At least one of these sets is given in full; otherwise the item is missing facts. */
  z
    .object({ check: z.literal("anyOf"), sets: z.array(z.array(factRefSchema).min(1)).min(1) })
    .strict(),
  /** `fact` is required when `when` has the value `equals`. */
  z
    .object({
      check: z.literal("requiredWhen"),
      fact: factRefSchema,
      when: factRefSchema,
      equals: z.union([z.string(), z.boolean()]),
    })
    .strict(),
]);
/** See checkSchema. */
export type Check = z.output<typeof checkSchema>;

/** Fields shared by leaves and groups. */
const itemShape = {
  code: z.string().regex(/^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/, "编号应形如 4 或 4.1"),
  title: z.string().min(1),
  max: decimalText,
  /** 评分标准, verbatim from the source. */
  standard: z.string().optional(),
  /** 评价办法. */
  method: z.string().optional(),
  /** 评价内容, where the source has it. */
  content: z.string().optional(),
  /** 备注. */
  notes: z.string().optional(),
  facts: z.array(factDeclarationSchema).optional(),
  checks: z.array(checkSchema).optional(),
  gate: gateSchema.optional(),
};

/** An item of a scheme: a leaf (facts + rule) or a group (children, cap, floor). */
export interface Item {
  code: string;
  title: string;
  max: string;
  standard?: string | undefined;
  method?: string | undefined;
  content?: string | undefined;
  notes?: string | undefined;
  facts?: z.output<typeof factDeclarationSchema>[] | undefined;
  checks?: Check[] | undefined;
  gate?: Gate | undefined;
  rule?: RuleDoc | undefined;
  children?: Item[] | undefined;
  /** Group only: the children's sum is capped here (加分最高不超过10分). */
  cap?: string | undefined;
  /** Group only: the sum never goes below this (保底). */
  floor?: string | undefined;
}

/** The item schema (recursive). */
export const itemSchema: z.ZodType<Item, unknown> = z.lazy(() =>
  z
    .object({
      ...itemShape,
      rule: ruleDocSchema.optional(),
      children: z.array(itemSchema).optional(),
      cap: decimalText.optional(),
      floor: decimalText.optional(),
    })
    .strict(),
);

const placesMessage = "得分小数位数应为 0 到 4 之间的整数";

/** The scheme document schema (what `kaoping template show` prints and `--scheme FILE` reads). */
export const schemeSchema = z
  .object({
    /** Stable id, e.g. `township-2022`. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "方案编号只能含小写字母、数字和连字符"),
    title: z.string().min(1),
    description: z.string().optional(),
    /** Where the rubric comes from (document title). */
    source: z.string().optional(),
    /**
     * 得分保留小数位数: every item's score rounded half-up (四舍五入) to so many places, the
     * total the sum of the rounded scores (score/places.ts, decision 0334); absent: exact.
     */
    places: z
      .number({ error: placesMessage })
      .int({ error: placesMessage })
      .min(0, { error: placesMessage })
      .max(4, { error: placesMessage })
      .optional(),
    items: z.array(itemSchema).min(1),
  })
  .strict();
/** A scheme document (考核方案). */
export type Scheme = z.output<typeof schemeSchema>;

/** A scheme document as written (numbers or strings for decimals, defaults not yet filled in). */
export type SchemeDocument = z.input<typeof schemeSchema>;
