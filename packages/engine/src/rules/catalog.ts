/** Metadata for the scheme editor: the item kinds and rule kinds with Chinese names, params schemas and parameter labels. */
import { z } from "zod";
import { decimalText, factDeclarationSchema } from "../facts/declaration.js";
import { checkSchema, gateSchema, ruleDocSchema } from "../scheme/schema.js";
import type { RuleKind } from "./kind.js";
import { ruleParamLabels, type ParamLabels } from "./param-labels.js";
import { ruleKindTable } from "./registry.js";

/** A kind as the editor sees it. */
export interface KindInfo {
  id: string;
  name: string;
  description: string;
  params: z.ZodType;
  /** Chinese label, help and choice names of each parameter (param-labels.ts). */
  labels: ParamLabels;
}

/** Every rule kind: id, Chinese name, params schema, description, parameter labels. */
export const ruleKinds: readonly KindInfo[] = Object.values(ruleKindTable).map(
  (k: RuleKind<never>) => ({
    id: k.id,
    name: k.name,
    description: k.description,
    params: k.params as unknown as z.ZodType,
    labels: ruleParamLabels[k.id] ?? {},
  }),
);

const common = {
  code: z.string(),
  title: z.string(),
  max: decimalText,
  standard: z.string().optional(),
  method: z.string().optional(),
  content: z.string().optional(),
  notes: z.string().optional(),
  gate: gateSchema.optional(),
};

/** The two item kinds: a leaf (计分项: facts + one rule) and a group (分组: children, cap, floor). */
export const itemKinds: readonly KindInfo[] = [
  {
    id: "leaf",
    name: "计分项",
    description: "声明所需事实，并按一条计分规则得分；得分限制在 0 至满分之间（扣完为止）。",
    params: z.object({
      ...common,
      facts: z.array(factDeclarationSchema).optional(),
      checks: z.array(checkSchema).optional(),
      rule: ruleDocSchema,
    }),
    // The item's own fields have their labels in the editor's item form.
    labels: {},
  },
  {
    id: "group",
    name: "分组",
    description: "得分为各子项之和，可设上限（如加分最高 10 分）、保底和否决条件。",
    params: z.object({
      ...common,
      children: z.array(z.unknown()).min(1),
      cap: decimalText.optional(),
      floor: decimalText.optional(),
    }),
    labels: {},
  },
];
