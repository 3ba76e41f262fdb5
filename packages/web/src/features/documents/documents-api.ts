/** The documents API's paths and calls (Word/Excel downloads, batch jobs, facts and rubric imports). */
import type { DocumentJob, reviewImportResponseSchema } from "@kaoping/server/contract";
import type { z } from "zod";
import { api, urlOf } from "../../api/client";
import { uploadFiles } from "../../api/upload";
import type { ImportNotes, Reading as ReviewReading } from "../schemes/editor/import-review";

/** A rubric import's outcome: the draft scheme and each item's proposed rule. */
export interface RubricImport {
  schemeId: string;
  code: string;
  title: string;
  proposals: {
    code: string;
    title: string;
    kind: string;
    kindName: string;
    phrase: string;
    confidence: number;
    explanation: string;
    /** The rule in the engine's words (按此规则计分); absent while incomplete, or from older servers. */
    sentence?: string;
    /** The reader's account of the item (marked source, unused clauses, level); newer servers. */
    reading?: ReviewReading;
  }[];
  /** Items by confidence, unused columns and document warnings; newer servers. */
  summary?: ImportNotes;
}

/** A reviewer's round-wide facts import outcome: the review corrections it recorded. */
export type RoundFactsImport = z.infer<typeof reviewImportResponseSchema>;

/** A unit's facts import outcome. */
export interface FactsImport {
  changedItems: string[];
  unchangedItems: number;
  missing: string[];
}

const seg = encodeURIComponent;
const unitBase = (roundId: string, unitId: string) =>
  `/api/rounds/${seg(roundId)}/units/${seg(unitId)}/documents`;

/** Paths and calls of the documents module. */
export const documentsApi = {
  scoreSheetPath: (roundId: string, unitId: string) => `${unitBase(roundId, unitId)}/score-sheet`,
  selfReportPath: (roundId: string, unitId: string) => `${unitBase(roundId, unitId)}/self-report`,
  unitTemplatePath: (roundId: string, unitId: string) =>
    `${unitBase(roundId, unitId)}/facts-template`,
  workbookPath: (roundId: string) => `/api/rounds/${seg(roundId)}/documents/workbook`,
  rankingPath: (roundId: string) => `/api/rounds/${seg(roundId)}/documents/ranking`,
  roundTemplatePath: (roundId: string) => `/api/rounds/${seg(roundId)}/documents/facts-template`,
  jobDownloadPath: (jobId: string) => `/api/document-jobs/${seg(jobId)}/download`,
  startBatch: (roundId: string, kind: DocumentJob["kind"]) =>
    api.post<DocumentJob>(`/api/rounds/${seg(roundId)}/documents/batch`, { kind }),
  job: (jobId: string) => api.get<DocumentJob>(`/api/document-jobs/${seg(jobId)}`),
  importUnitFacts: (roundId: string, unitId: string, file: File, onProgress: (p: number) => void) =>
    uploadFiles<FactsImport>(`${unitBase(roundId, unitId)}/facts-import`, [file], onProgress),
  importRoundFacts: (roundId: string, file: File, onProgress: (p: number) => void) =>
    uploadFiles<RoundFactsImport>(
      `/api/rounds/${seg(roundId)}/documents/facts-import`,
      [file],
      onProgress,
    ),
  importRubric: (
    query: { assessingOrganisationId: string; code?: string; title?: string },
    file: File,
    onProgress: (p: number) => void,
  ) => uploadFiles<RubricImport>(urlOf("/api/rubric-imports", query), [file], onProgress),
  /** A 评分细则 pasted as a copied table (decision 0317): the same draft and answer as an upload. */
  importPastedRubric: (
    query: { assessingOrganisationId: string; code?: string },
    body: { html?: string; text?: string; title?: string },
  ) => api.post<RubricImport>(urlOf("/api/rubric-imports/paste", query), body),
};
