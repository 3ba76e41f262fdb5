/**
 * A round's inputs: the units must lie in the assessing organisation's subtree, the responsible
 * departments must be its 科室 and name items of the scheme, and the deadlines (stored as UTC,
 * in the order of the steps) become the round row's columns. Problems answer 400 with the field
 * that is wrong.
 */
import type { Scheme } from "@kaoping/engine";
import type { Kysely } from "kysely";
import { endOfDayIn } from "../../contract/time-zone.js";
import { isCalendarDay } from "../../contract/workflow.js";
import type { Database, OrganisationRow, RoundRow } from "../../db/schema.js";
import { AppError, type FieldError } from "../../errors/app-error.js";
import { listOrganisationsByIds } from "./repository.js";

const notAssessable = new Set(["department", "bureau"]);

/** Refuses units outside the assessing organisation's subtree, departments, disabled or unknown ones. */
export async function checkRoundUnits(
  trx: Kysely<Database>,
  assessing: OrganisationRow,
  unitIds: readonly string[],
): Promise<void> {
  const rows = await listOrganisationsByIds(trx, unitIds);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const fields: FieldError[] = [];
  unitIds.forEach((id, index) => {
    const unit = byId.get(id);
    const path = `body.unitIds[${index}]`;
    if (unit === undefined || unit.id === assessing.id || !unit.path.startsWith(assessing.path)) {
      fields.push({ path, message: "该单位不在考核单位的下级机构中" });
    } else if (notAssessable.has(unit.type)) {
      fields.push({ path, message: `${unit.name}是科室或医保部门，不能作为被考核单位` });
    } else if (unit.status !== "active") {
      fields.push({ path, message: `${unit.name}已停用` });
    }
  });
  if (fields.length > 0)
    throw new AppError("VALIDATION_FAILED", "被考核单位选择有误，请检查标出的单位。", { fields });
}

/** Every item code of a scheme (groups and leaves). */
export function itemCodesOf(scheme: Scheme): Set<string> {
  const codes = new Set<string>();
  const walk = (items: Scheme["items"]) => {
    for (const item of items) {
      codes.add(item.code);
      walk(item.children ?? []);
    }
  };
  walk(scheme.items);
  return codes;
}

/** Refuses unknown item codes and departments that are not 科室 of the assessing organisation. */
export async function checkItemDepartments(
  trx: Kysely<Database>,
  assessing: OrganisationRow,
  scheme: Scheme,
  map: Record<string, string>,
): Promise<void> {
  const codes = itemCodesOf(scheme);
  const departmentIds = [...new Set(Object.values(map))];
  const rows = await listOrganisationsByIds(trx, departmentIds);
  const departments = new Map(rows.map((row) => [row.id, row]));
  const fields: FieldError[] = [];
  for (const [code, departmentId] of Object.entries(map)) {
    const department = departments.get(departmentId);
    if (!codes.has(code))
      fields.push({
        path: `body.itemDepartments.${code}`,
        message: `考核方案中没有评分项 ${code}`,
      });
    else if (
      department === undefined ||
      department.type !== "department" ||
      !department.path.startsWith(assessing.path)
    ) {
      fields.push({
        path: `body.itemDepartments.${code}`,
        message: "责任科室应为考核单位下属的科室",
      });
    }
  }
  if (fields.length > 0) throw new AppError("VALIDATION_FAILED", "责任科室设置有误。", { fields });
}

/**
 * A deadline as stored: UTC ISO text (so text comparison is time comparison), or null. A
 * calendar day means the end of that day in the bureau's time zone (decision 0210).
 */
export function normaliseDeadline(value: string | null, timeZone: string): string | null {
  if (value === null) return null;
  if (isCalendarDay(value)) return endOfDayIn(value, timeZone).toISOString();
  return new Date(value).toISOString();
}

const deadlineOrder = [
  ["selfAssessment", "自评截止时间"],
  ["review", "审核截止时间"],
  ["rating", "评议截止时间"],
  ["appeal", "申诉截止时间"],
] as const;

/**
 * Refuses deadlines out of order (decision 0132): each set deadline must not be earlier than
 * the one of an earlier step (审核截止 before 自评截止 is refused). `deadlines` are the round's
 * deadlines after the change; the problem names the changed field under `prefix`.
 */
export function checkDeadlineOrder(
  deadlines: Record<(typeof deadlineOrder)[number][0], string | null>,
  prefix: string,
): void {
  const fields: FieldError[] = [];
  let previous: { at: string; label: string } | undefined;
  for (const [key, label] of deadlineOrder) {
    const at = deadlines[key];
    if (at === null) continue;
    if (previous !== undefined && at < previous.at)
      fields.push({ path: `${prefix}${key}`, message: `${label}不能早于${previous.label}` });
    else previous = { at, label };
  }
  if (fields.length > 0)
    throw new AppError("VALIDATION_FAILED", "截止时间的先后顺序不对，请检查标出的时间。", {
      fields,
    });
}

/** Deadlines in a request (undefined: unchanged; null: none). */
export interface DeadlinesInput {
  selfAssessment?: string | null | undefined;
  review?: string | null | undefined;
  rating?: string | null | undefined;
  appeal?: string | null | undefined;
}

const deadlineColumns = {
  selfAssessment: "self_assessment_deadline",
  review: "review_deadline",
  rating: "rating_deadline",
  appeal: "appeal_deadline",
} as const;

/** The round row's deadline columns set by a request (each normalised; absent ones left out). */
export function deadlinePatch(
  input: DeadlinesInput | undefined,
  timeZone: string,
): Partial<RoundRow> {
  const patch: Partial<RoundRow> = {};
  for (const [key, column] of Object.entries(deadlineColumns) as [
    keyof DeadlinesInput,
    (typeof deadlineColumns)[keyof DeadlinesInput],
  ][]) {
    const value = input?.[key];
    if (value !== undefined) patch[column] = normaliseDeadline(value, timeZone);
  }
  return patch;
}

/** The four deadlines of a round row (or patch), by their request names. */
export function deadlinesOf(row: Partial<RoundRow>) {
  return {
    selfAssessment: row.self_assessment_deadline ?? null,
    review: row.review_deadline ?? null,
    rating: row.rating_deadline ?? null,
    appeal: row.appeal_deadline ?? null,
  };
}
