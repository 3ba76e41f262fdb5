/** Turns round rows into the API's shapes. */
import type { Round, RoundUnit } from "../../contract/rounds.js";
import type { RoundState, RoundUnitStatus } from "../../contract/workflow.js";
import type { Database } from "../../db/schema.js";
import type { RoundUnitWithName } from "../workflow/index.js";
import type { RoundListRow } from "./repository.js";

/** A round as the API shows it. */
export function toRound(row: RoundListRow): Round {
  return {
    id: row.id,
    assessingOrganisationId: row.assessing_organisation_id,
    schemeVersionId: row.scheme_version_id,
    schemeId: row.scheme_id,
    schemeCode: row.scheme_code,
    schemeTitle: row.scheme_title,
    schemeVersionNumber: row.scheme_version_number,
    title: row.title,
    year: row.year,
    period: row.period,
    description: row.description,
    state: row.state as RoundState,
    deadlines: {
      selfAssessment: row.self_assessment_deadline,
      review: row.review_deadline,
      rating: row.rating_deadline,
      appeal: row.appeal_deadline,
    },
    stateChangedAt: row.state_changed_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A round unit as the API shows it. */
export function toRoundUnit(row: RoundUnitWithName): RoundUnit {
  return {
    id: row.id,
    roundId: row.round_id,
    unitId: row.unit_id,
    unitCode: row.unit_code,
    unitName: row.unit_name,
    status: row.status as RoundUnitStatus,
    reopened: row.reopened === 1,
    submittedAt: row.submitted_at,
    returnedAt: row.returned_at,
    acceptedAt: row.accepted_at,
    selfAssessmentDeadline: row.self_assessment_deadline,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** One state change as the API shows it. */
export function toRoundTransition(row: Database["round_transitions"]) {
  return {
    fromState: row.from_state as RoundState,
    toState: row.to_state as RoundState,
    reason: row.reason,
    changedBy: row.changed_by,
    changedAt: row.changed_at,
  };
}
