/**
 * Kysely types of the workflow tables (migration 0002-workflow, docs/workflow.md). Same
 * conventions as ./schema.ts: UUID text ids, ISO 8601 UTC text timestamps, 0/1 booleans, JSON
 * as text, `version` on every editable record.
 */
import type { Selectable } from "kysely";

/** A scheme (考核方案) of an assessing organisation: an editable draft plus immutable versions. */
export interface SchemesTable {
  id: string;
  assessing_organisation_id: string;
  /** The document's `id` (`township-2023`), unique within the assessing organisation. */
  code: string;
  title: string;
  /** The draft scheme document as JSON (always present; publishing copies it into a version). */
  draft_document: string;
  /** Where the first draft came from: `template`, `version` (clone), `import`. */
  origin: string;
  /** The template id or the scheme version id it was cloned from; null for an import. */
  origin_ref: string | null;
  /** Shared by a scheme and all its clones (the template id or the first scheme's id), for history. */
  lineage: string;
  /** Number of the latest published version; 0 before the first publication. */
  latest_version_number: number;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_by: string | null;
  updated_at: string;
}

/** A published, immutable version of a scheme (append-only table). */
export interface SchemeVersionsTable {
  id: string;
  scheme_id: string;
  /** 1, 2, 3 … per scheme. */
  number: number;
  /** The engine-validated scheme document, JSON. */
  document: string;
  document_sha256: string;
  engine_version: string;
  note: string | null;
  published_by: string | null;
  published_at: string;
}

/** A round (考核任务): one scheme version applied to units of an assessing organisation. */
export interface RoundsTable {
  id: string;
  assessing_organisation_id: string;
  scheme_version_id: string;
  title: string;
  year: number;
  /** Free label of the period (`2022年度`). */
  period: string;
  description: string | null;
  /** draft | self_assessment | review | rating | results | published | appeals | final */
  state: string;
  self_assessment_deadline: string | null;
  review_deadline: string | null;
  rating_deadline: string | null;
  appeal_deadline: string | null;
  state_changed_at: string;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** One state change of a round (append-only). */
export interface RoundTransitionsTable {
  id: string;
  round_id: string;
  from_state: string;
  to_state: string;
  reason: string | null;
  changed_by: string | null;
  changed_at: string;
}

/** A unit assessed in a round, with its submission status. */
export interface RoundUnitsTable {
  id: string;
  round_id: string;
  /** The assessed organisation (乡镇/街道/区县). */
  unit_id: string;
  /** draft | submitted | returned | accepted */
  status: string;
  /** 1 when the administrator reopened the unit after the deadline; cleared on submission. */
  reopened: number;
  submitted_at: string | null;
  submitted_by: string | null;
  returned_at: string | null;
  returned_by: string | null;
  accepted_at: string | null;
  accepted_by: string | null;
  /** The unit's own self-assessment deadline, later than the round's (decision 0134); null = the round's. */
  self_assessment_deadline: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Which department (科室) is responsible for reviewing an item of a round (reviewer scope). */
export interface RoundItemDepartmentsTable {
  round_id: string;
  /** A top-level or leaf item code; a group's department covers its children without their own. */
  item_code: string;
  department_id: string;
}

/** The facts of one item of one round unit, from one source (`self` 自评 or `review` 审核). */
export interface FactsTable {
  id: string;
  round_unit_id: string;
  item_code: string;
  /** `self` | `review` */
  source: string;
  /** The item's facts object as JSON (`{ "rate": "99.65" }`). */
  value: string;
  /** Mandatory for `review` rows: why the reviewer corrected the facts. */
  reason: string | null;
  /** Set when a review row was written by answering an appeal. */
  appeal_id: string | null;
  updated_by: string | null;
  updated_at: string;
  version: number;
}

/** The narrative (自评说明) of an item or a top-level group. */
export interface NarrativesTable {
  id: string;
  round_unit_id: string;
  item_code: string;
  text: string;
  updated_by: string | null;
  updated_at: string;
  version: number;
}

/** Metadata of one evidence file (佐证材料); the bytes live under `<dataDir>/evidence/`. */
export interface EvidenceFilesTable {
  id: string;
  round_unit_id: string;
  item_code: string;
  /** Set when the file was attached to an appeal. */
  appeal_id: string | null;
  /** The uploader's file name, for display and download only — never used on disk. */
  original_name: string;
  /** Path under the evidence folder, derived from the SHA-256 (`ab/cd/abcd…`). */
  stored_name: string;
  size: number;
  content_type: string;
  sha256: string;
  uploaded_by: string | null;
  uploaded_at: string;
  deleted_at: string | null;
  deleted_by: string | null;
  version: number;
}

/** A reviewer's decision on one item of one round unit (`confirmed` | `corrected`). */
export interface ItemReviewsTable {
  id: string;
  round_unit_id: string;
  item_code: string;
  status: string;
  reviewed_by: string | null;
  reviewed_at: string;
  /** The reviewer who approved this item as part of his 审核通过 (decision 0130); null = not yet. */
  approved_by: string | null;
  approved_at: string | null;
  version: number;
}

/** A reviewer's comment on an item (or on the whole submission when `item_code` is null). */
export interface ReviewCommentsTable {
  id: string;
  round_unit_id: string;
  item_code: string | null;
  text: string;
  author_id: string | null;
  created_at: string;
  resolved_at: string | null;
  version: number;
}

/** One rater's rating (评议) of one unit on one rating item; `value` is a decimal string. */
export interface RatingsTable {
  id: string;
  round_unit_id: string;
  item_code: string;
  rater_id: string;
  /** The rater group for weighted aggregations, when the scheme has groups. */
  rater_group: string | null;
  value: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** A frozen results snapshot of a round (append-only): published, after appeals, final. */
export interface ResultSnapshotsTable {
  id: string;
  round_id: string;
  /** 1, 2, 3 … per round. */
  sequence: number;
  /** `published` | `appeal` | `final` */
  kind: string;
  engine_version: string;
  scheme_version_id: string;
  /** The round's results as JSON (the engine's RoundResult plus self scores). */
  results: string;
  results_sha256: string;
  reason: string;
  created_by: string | null;
  created_at: string;
}

/** An appeal (申诉) of a unit against an item's result. */
export interface AppealsTable {
  id: string;
  round_unit_id: string;
  item_code: string;
  text: string;
  /** `submitted` | `upheld` | `rejected` | `withdrawn` */
  state: string;
  submitted_by: string | null;
  submitted_at: string;
  answer: string | null;
  answered_by: string | null;
  answered_at: string | null;
  version: number;
}

/** One item of an imported draft's review (migration 0007, decision 0200). */
export interface SchemeImportReviewsTable {
  scheme_id: string;
  item_code: string;
  /** Order of the items as the import listed them. */
  position: number;
  /** The import's confidence level: `high` | `medium` | `low`. */
  level: string;
  /** The import's proposal for the item (JSON: kind name, phrase, confidence, reading). */
  proposal: string;
  confirmed_by: string | null;
  confirmed_at: string | null;
  /** Digest of the item's rule, gate and maximum when confirmed; another rule resets the mark. */
  confirmed_rule_sha256: string | null;
  /** The version whose publication closed the review; null while it is open. */
  published_version_id: string | null;
}

/** The rubric import's notes on the whole document of an imported draft (migration 0007). */
export interface SchemeImportNotesTable {
  scheme_id: string;
  /** JSON: items by confidence, columns not used, warnings (ImportSummary). */
  summary: string;
}

/** The workflow tables, joined into `Database` by ./schema.ts. */
export interface WorkflowTables {
  schemes: SchemesTable;
  scheme_versions: SchemeVersionsTable;
  scheme_import_reviews: SchemeImportReviewsTable;
  scheme_import_notes: SchemeImportNotesTable;
  rounds: RoundsTable;
  round_transitions: RoundTransitionsTable;
  round_units: RoundUnitsTable;
  round_item_departments: RoundItemDepartmentsTable;
  facts: FactsTable;
  narratives: NarrativesTable;
  evidence_files: EvidenceFilesTable;
  item_reviews: ItemReviewsTable;
  review_comments: ReviewCommentsTable;
  ratings: RatingsTable;
  result_snapshots: ResultSnapshotsTable;
  appeals: AppealsTable;
}

/** Row types used by repositories. */
export type SchemeRow = Selectable<SchemesTable>;
export type SchemeVersionRow = Selectable<SchemeVersionsTable>;
export type SchemeImportReviewRow = Selectable<SchemeImportReviewsTable>;
export type RoundRow = Selectable<RoundsTable>;
export type RoundUnitRow = Selectable<RoundUnitsTable>;
export type FactRow = Selectable<FactsTable>;
export type NarrativeRow = Selectable<NarrativesTable>;
export type EvidenceFileRow = Selectable<EvidenceFilesTable>;
export type ItemReviewRow = Selectable<ItemReviewsTable>;
export type ReviewCommentRow = Selectable<ReviewCommentsTable>;
export type RatingRow = Selectable<RatingsTable>;
export type ResultSnapshotRow = Selectable<ResultSnapshotsTable>;
export type AppealRow = Selectable<AppealsTable>;
