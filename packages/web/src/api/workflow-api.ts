/**
 * Calls of the workflow API (docs/workflow.md): schemes, rounds, self-assessment and evidence.
 * Response types come from the server's own schemas, so a contract change breaks the build here.
 */
import type {
  EvidenceLibrary,
  ImportReviewDetail,
  Page,
  createRoundRequestSchema,
  narrativeSchema,
  roundDetailSchema,
  roundSchema,
  roundSchemeSchema,
  roundTransitionSchema,
  roundUnitSchema,
  saveFactsResponseSchema,
  schemeDetailSchema,
  schemeSummarySchema,
  schemeTemplateSchema,
  schemeVersionSchema,
  selfAssessmentSchema,
  RoundState,
} from "@kaoping/server/contract";
import type { z } from "zod";
import { api } from "./client";

/** A round with counts and allowed moves. */
export type RoundDetail = z.infer<typeof roundDetailSchema>;
/** A round in a list. */
export type RoundSummary = z.infer<typeof roundSchema>;
/** One unit of a round. */
export type RoundUnitRow = z.infer<typeof roundUnitSchema>;
/** A round's scheme version document. */
export type RoundScheme = z.infer<typeof roundSchemeSchema>;
/** A unit's whole self-assessment. */
export type SelfAssessment = z.infer<typeof selfAssessmentSchema>;
/** The answer to a facts save. */
export type SaveFactsResponse = z.infer<typeof saveFactsResponseSchema>;
/** A scheme with its draft and versions. */
export type SchemeDetail = z.infer<typeof schemeDetailSchema>;
/** A scheme in a list. */
export type SchemeSummary = z.infer<typeof schemeSummarySchema>;
/** A published scheme version with its document. */
export type SchemeVersion = z.infer<typeof schemeVersionSchema>;
/** A new round. */
export type CreateRound = z.input<typeof createRoundRequestSchema>;

type Query = Record<string, string | number | boolean | undefined | null>;
const unitPath = (roundId: string, unitId: string) => `/api/rounds/${roundId}/units/${unitId}`;

/** Schemes and templates. */
export const schemesApi = {
  templates: () => api.get<z.infer<typeof schemeTemplateSchema>[]>("/api/scheme-templates"),
  list: (query: Query, signal?: AbortSignal) =>
    api.get<Page<SchemeSummary>>("/api/schemes", query, signal),
  get: (id: string, signal?: AbortSignal) =>
    api.get<SchemeDetail>(`/api/schemes/${id}`, undefined, signal),
  create: (body: {
    assessingOrganisationId: string;
    from:
      { template: string } | { schemeVersionId: string } | { document: Record<string, unknown> };
    code?: string;
    title?: string;
  }) => api.post<SchemeDetail>("/api/schemes", body),
  saveDraft: (id: string, version: number, document: unknown) =>
    api.put<SchemeDetail>(`/api/schemes/${id}/draft`, { version, document }),
  /** Publishes; `acceptUnconfirmed` = the number of unconfirmed low-confidence imported items accepted. */
  publish: (id: string, version: number, note?: string, acceptUnconfirmed?: number) =>
    api.post<SchemeDetail>(`/api/schemes/${id}/versions`, {
      version,
      ...(note ? { note } : {}),
      ...(acceptUnconfirmed === undefined ? {} : { acceptUnconfirmed }),
    }),
  importReview: (id: string, signal?: AbortSignal) =>
    api.get<ImportReviewDetail>(`/api/schemes/${id}/import-review`, undefined, signal),
  confirmImportItem: (id: string, itemCode: string, version: number, confirmed: boolean) =>
    api.put<ImportReviewDetail>(
      `/api/schemes/${id}/import-review/${encodeURIComponent(itemCode)}`,
      { version, confirmed },
    ),
  version: (id: string, signal?: AbortSignal) =>
    api.get<SchemeVersion>(`/api/scheme-versions/${id}`, undefined, signal),
};

/** Rounds and their units. */
export const roundsApi = {
  list: (query: Query, signal?: AbortSignal) =>
    api.get<Page<RoundSummary>>("/api/rounds", query, signal),
  get: (id: string, signal?: AbortSignal) =>
    api.get<RoundDetail>(`/api/rounds/${id}`, undefined, signal),
  create: (body: CreateRound) => api.post<RoundDetail>("/api/rounds", body),
  transition: (id: string, to: RoundState, version: number, reason?: string) =>
    api.post<RoundDetail>(`/api/rounds/${id}/transitions`, {
      to,
      version,
      ...(reason ? { reason } : {}),
    }),
  transitions: (id: string, signal?: AbortSignal) =>
    api.get<z.infer<typeof roundTransitionSchema>[]>(
      `/api/rounds/${id}/transitions`,
      undefined,
      signal,
    ),
  scheme: (id: string, signal?: AbortSignal) =>
    api.get<RoundScheme>(`/api/rounds/${id}/scheme`, undefined, signal),
  units: (id: string, query: Query, signal?: AbortSignal) =>
    api.get<Page<RoundUnitRow>>(`/api/rounds/${id}/units`, query, signal),
  pending: (id: string, signal?: AbortSignal) =>
    api.get<RoundUnitRow[] | Page<RoundUnitRow>>(
      `/api/rounds/${id}/units/pending`,
      undefined,
      signal,
    ),
  reopen: (roundId: string, unitId: string, version: number, reason: string) =>
    api.post<RoundUnitRow>(`${unitPath(roundId, unitId)}/reopen`, { version, reason }),
};

/** A unit's self-assessment and evidence. */
export const selfAssessmentApi = {
  get: (roundId: string, unitId: string, signal?: AbortSignal) =>
    api.get<SelfAssessment>(`${unitPath(roundId, unitId)}/self-assessment`, undefined, signal),
  saveFacts: (
    roundId: string,
    unitId: string,
    itemCode: string,
    version: number,
    facts: Record<string, unknown>,
  ) =>
    api.put<SaveFactsResponse>(
      `${unitPath(roundId, unitId)}/self-assessment/items/${itemCode}/facts`,
      { version, facts },
    ),
  saveNarrative: (
    roundId: string,
    unitId: string,
    itemCode: string,
    version: number,
    text: string,
  ) =>
    api.put<z.infer<typeof narrativeSchema>>(
      `${unitPath(roundId, unitId)}/self-assessment/items/${itemCode}/narrative`,
      { version, text },
    ),
  submit: (roundId: string, unitId: string, version: number) =>
    api.post<RoundUnitRow>(`${unitPath(roundId, unitId)}/self-assessment/submit`, { version }),
  withdraw: (roundId: string, unitId: string, version: number) =>
    api.post<RoundUnitRow>(`${unitPath(roundId, unitId)}/self-assessment/withdraw`, { version }),
  evidence: (roundId: string, unitId: string, signal?: AbortSignal) =>
    api.get<EvidenceFile[] | Page<EvidenceFile>>(
      `${unitPath(roundId, unitId)}/evidence`,
      undefined,
      signal,
    ),
  evidenceLibrary: (
    roundId: string,
    unitId: string,
    query: { q?: string; year?: number },
    signal?: AbortSignal,
  ) => api.get<EvidenceLibrary>(`${unitPath(roundId, unitId)}/evidence-library`, query, signal),
  attachFromLibrary: (roundId: string, unitId: string, itemCode: string, evidenceId: string) =>
    api.post<EvidenceFile>(`${unitPath(roundId, unitId)}/items/${itemCode}/evidence/from-library`, {
      evidenceId,
    }),
  evidenceUploadUrl: (roundId: string, unitId: string, itemCode: string) =>
    `${unitPath(roundId, unitId)}/items/${itemCode}/evidence`,
  deleteEvidence: (id: string) => api.delete<unknown>(`/api/evidence/${id}`),
  evidenceDownloadUrl: (id: string) => `/api/evidence/${id}/download`,
};

/** One evidence file as lists show it (fields the web uses). */
export interface EvidenceFile {
  id: string;
  itemCode: string;
  originalName?: string;
  name?: string;
  size: number;
  contentType: string;
  uploadedAt: string;
}

/** The items of a list answer whether the API pages it or not. */
export function itemsOf<T>(answer: T[] | Page<T> | undefined): T[] {
  if (answer === undefined) return [];
  return Array.isArray(answer) ? answer : answer.items;
}
