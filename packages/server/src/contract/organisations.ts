/** Request and response schemas of the organisation tree (province → city → county → township …). */
import { z } from "zod";
import {
  plainNameSchema,
  idSchema,
  listQuerySchema,
  textFilterSchema,
  timestampSchema,
  versionSchema,
} from "./common.js";
import { limits } from "./limits.js";

/** Kinds of organisation. */
export const organisationTypes = [
  "province",
  "city",
  "county",
  "district",
  "township",
  "street",
  "park",
  "bureau",
  "department",
  "other",
] as const;

/** Chinese names of the organisation kinds. */
export const organisationTypeLabels: Record<(typeof organisationTypes)[number], string> = {
  province: "省",
  city: "市",
  county: "县",
  district: "区",
  township: "乡镇",
  street: "街道",
  park: "园区",
  bureau: "医保部门",
  department: "科室",
  other: "其他",
};

/** Whether an organisation is in use. Disabled organisations stay for history. */
export const organisationStatuses = ["active", "disabled"] as const;

const codeSchema = z
  .string()
  .trim()
  .min(limits.organisationCode.min, "请输入机构编码")
  .max(limits.organisationCode.max, `机构编码最长 ${limits.organisationCode.max} 个字符`)
  .regex(/^[A-Za-z0-9_-]+$/, "机构编码只能包含字母、数字、下划线和连字符");
const nameSchema = plainNameSchema("机构名称", limits.organisationName);

/** One organisation as the API shows it. */
export const organisationSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  type: z.enum(organisationTypes),
  parentId: idSchema.nullable(),
  status: z.enum(organisationStatuses),
  version: z.int(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

/** One organisation. */
export type Organisation = z.infer<typeof organisationSchema>;

/** Create an organisation under a parent (no parent: a new root). */
export const createOrganisationRequestSchema = z.strictObject({
  code: codeSchema,
  name: nameSchema,
  type: z.enum(organisationTypes),
  parentId: idSchema.nullable(),
});

/** Change, move (`parentId`), disable or enable an organisation; `version` is the one read. */
export const updateOrganisationRequestSchema = z.strictObject({
  version: versionSchema,
  code: codeSchema.optional(),
  name: nameSchema.optional(),
  type: z.enum(organisationTypes).optional(),
  parentId: idSchema.nullable().optional(),
  status: z.enum(organisationStatuses).optional(),
});

/** Filters, sorting and paging of the organisation list. */
export const listOrganisationsQuerySchema = listQuerySchema(
  ["code", "name", "type", "createdAt"],
  "code",
).extend({
  parentId: idSchema.optional(),
  /** Only this organisation and everything below it. */
  subtreeOf: idSchema.optional(),
  type: z.enum(organisationTypes).optional(),
  status: z.enum(organisationStatuses).optional(),
  /** Part of the code or the name. */
  q: textFilterSchema,
});

/** What changed in one history entry. */
export const organisationChanges = ["created", "updated", "moved", "disabled", "enabled"] as const;

/** One state of an organisation in its history. */
export const organisationHistoryEntrySchema = z.object({
  version: z.int(),
  change: z.enum(organisationChanges),
  code: z.string(),
  name: z.string(),
  type: z.enum(organisationTypes),
  parentId: idSchema.nullable(),
  status: z.enum(organisationStatuses),
  changedAt: timestampSchema,
  changedBy: z.string().nullable(),
});

/** Sorting and paging of an organisation's history. */
export const organisationHistoryQuerySchema = listQuerySchema(["version"], "-version");
