/** Request and response schemas of the audit log (read and export by the audit administrator). */
import { z } from "zod";
import {
  dateTimeFilterSchema,
  listQuerySchema,
  textFilterSchema,
  timestampSchema,
} from "./common.js";

/** How an audited action ended. */
export const auditOutcomes = ["success", "failure", "denied"] as const;

/** One audit record. */
export const auditRecordSchema = z.object({
  seq: z.int(),
  occurredAt: timestampSchema,
  actorUserId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  actorRole: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  outcome: z.enum(auditOutcomes),
  detail: z.unknown(),
  prevHash: z.string(),
  hash: z.string(),
});

/** One audit record. */
export type AuditRecord = z.infer<typeof auditRecordSchema>;

const auditFilters = {
  action: textFilterSchema,
  actorUsername: textFilterSchema,
  objectType: textFilterSchema,
  objectId: textFilterSchema,
  outcome: z.enum(auditOutcomes).optional(),
  from: dateTimeFilterSchema.optional(),
  to: dateTimeFilterSchema.optional(),
};

/** Filters, sorting and paging of the audit search. */
export const listAuditQuerySchema = listQuerySchema(["seq", "occurredAt"], "-seq").extend(
  auditFilters,
);

/** Filters and format of an audit export. */
export const exportAuditQuerySchema = z.strictObject({
  ...auditFilters,
  format: z.enum(["csv", "json"]).default("csv"),
});

/** The result of checking the hash chain. */
export const auditVerifyResponseSchema = z.object({
  ok: z.boolean(),
  checked: z.int(),
  firstBadSeq: z.int().nullable(),
  reason: z.string().nullable(),
});
