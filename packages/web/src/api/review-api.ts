/**
 * Calls of the workflow API part 2 (docs/workflow.md): review, 评议 ratings, results and
 * snapshots, appeals, a unit's history. Types come from the server's schemas.
 */
import type {
  appealSchema,
  ratingSchema,
  ratingsViewSchema,
  roundResultsSchema,
  snapshotDetailSchema,
  snapshotSummarySchema,
  unitHistorySchema,
  unitReviewSchema,
  unitSheetSchema,
  reviewWorkListSchema,
  itemReviewSchema,
} from "@kaoping/server/contract";
import type { z } from "zod";
import { api } from "./client";

/** The reviewer's work list. */
export type ReviewWorkList = z.infer<typeof reviewWorkListSchema>;
/** One unit under review. */
export type UnitReview = z.infer<typeof unitReviewSchema>;
/** One item under review. */
export type ReviewItem = UnitReview["items"][number];
/** The ratings view of a rater or the administrator. */
export type RatingsView = z.infer<typeof ratingsViewSchema>;
/** One saved rating. */
export type Rating = z.infer<typeof ratingSchema>;
/** The round's results. */
export type RoundResults = z.infer<typeof roundResultsSchema>;
/** One unit's score sheet. */
export type UnitSheet = z.infer<typeof unitSheetSchema>;
/** One appeal. */
export type Appeal = z.infer<typeof appealSchema>;
/** A snapshot without its content. */
export type SnapshotSummary = z.infer<typeof snapshotSummarySchema>;
/** A snapshot with its frozen score sheets. */
export type SnapshotDetail = z.infer<typeof snapshotDetailSchema>;
/** A unit's history. */
export type UnitHistory = z.infer<typeof unitHistorySchema>;

const unitPath = (roundId: string, unitId: string) => `/api/rounds/${roundId}/units/${unitId}`;

/** Review. */
export const reviewApi = {
  workList: (roundId: string, signal?: AbortSignal) =>
    api.get<ReviewWorkList>(`/api/rounds/${roundId}/review`, undefined, signal),
  unit: (roundId: string, unitId: string, signal?: AbortSignal) =>
    api.get<UnitReview>(`${unitPath(roundId, unitId)}/review`, undefined, signal),
  decide: (
    roundId: string,
    unitId: string,
    itemCode: string,
    body: {
      version: number;
      action: "confirm" | "correct";
      facts?: Record<string, unknown>;
      reason?: string;
    },
  ) =>
    api.put<z.infer<typeof itemReviewSchema>>(
      `${unitPath(roundId, unitId)}/review/items/${itemCode}`,
      body,
    ),
  comment: (roundId: string, unitId: string, text: string, itemCode?: string) =>
    api.post<unknown>(`${unitPath(roundId, unitId)}/review/comments`, {
      text,
      ...(itemCode ? { itemCode } : {}),
    }),
  returnSubmission: (roundId: string, unitId: string, version: number, comment?: string) =>
    api.post<unknown>(`${unitPath(roundId, unitId)}/review/return`, {
      version,
      ...(comment ? { comment } : {}),
    }),
  confirmAll: (roundId: string, unitId: string) =>
    api.post<UnitReview>(`${unitPath(roundId, unitId)}/review/confirm-all`, {}),
  accept: (roundId: string, unitId: string, version: number) =>
    api.post<UnitReview>(`${unitPath(roundId, unitId)}/review/accept`, { version }),
};

/** 评议 ratings. */
export const ratingsApi = {
  view: (roundId: string, signal?: AbortSignal) =>
    api.get<RatingsView>(`/api/rounds/${roundId}/ratings`, undefined, signal),
  save: (
    roundId: string,
    unitId: string,
    itemCode: string,
    body: { version: number; value: string; group?: string },
  ) => api.put<Rating>(`${unitPath(roundId, unitId)}/ratings/${itemCode}`, body),
};

/** Results, snapshots and history. */
export const resultsApi = {
  round: (roundId: string, signal?: AbortSignal) =>
    api.get<RoundResults>(`/api/rounds/${roundId}/results`, undefined, signal),
  unit: (roundId: string, unitId: string, signal?: AbortSignal) =>
    api.get<UnitSheet>(`${unitPath(roundId, unitId)}/results`, undefined, signal),
  snapshots: (roundId: string, signal?: AbortSignal) =>
    api.get<SnapshotSummary[]>(`/api/rounds/${roundId}/snapshots`, undefined, signal),
  snapshot: (roundId: string, sequence: number, signal?: AbortSignal) =>
    api.get<SnapshotDetail>(`/api/rounds/${roundId}/snapshots/${sequence}`, undefined, signal),
  history: (unitId: string, signal?: AbortSignal) =>
    api.get<UnitHistory>(`/api/units/${unitId}/history`, undefined, signal),
};

/** Appeals. */
export const appealsApi = {
  list: (roundId: string, signal?: AbortSignal) =>
    api.get<Appeal[] | { items: Appeal[] }>(`/api/rounds/${roundId}/appeals`, undefined, signal),
  create: (roundId: string, unitId: string, itemCode: string, text: string) =>
    api.post<Appeal>(`${unitPath(roundId, unitId)}/appeals`, { itemCode, text }),
  answer: (
    id: string,
    body: {
      version: number;
      decision: "upheld" | "rejected";
      answer: string;
      facts?: Record<string, unknown>;
    },
  ) => api.put<Appeal>(`/api/appeals/${id}/answer`, body),
};
