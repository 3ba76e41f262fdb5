/** Calls of the round's administration: edit, delete, deadlines, reopen, 催报 (decisions 0210–0213). */
import type { z } from "zod";
import type { roundRemindersResponseSchema } from "@kaoping/server/contract";
import { api } from "../../api/client";
import type { RoundDetail, RoundUnitRow } from "../../api/workflow-api";

/** The four deadlines as calendar days (YYYY-MM-DD) or null. */
export interface DeadlineDays {
  selfAssessment: string | null;
  review: string | null;
  rating: string | null;
  appeal: string | null;
}

const unitPath = (roundId: string, unitId: string) => `/api/rounds/${roundId}/units/${unitId}`;

/** The round administration API. */
export const roundAdminApi = {
  update: (
    id: string,
    body: { version: number; title?: string; period?: string; description?: string | null },
  ) => api.patch<RoundDetail>(`/api/rounds/${id}`, body),
  remove: (id: string, version: number) => api.delete<null>(`/api/rounds/${id}?version=${version}`),
  deadlines: (id: string, version: number, days: Partial<DeadlineDays>) =>
    api.put<RoundDetail>(`/api/rounds/${id}/deadlines`, { version, ...days }),
  unitDeadline: (roundId: string, unitId: string, version: number, day: string | null) =>
    api.put<RoundUnitRow>(`${unitPath(roundId, unitId)}/deadline`, {
      version,
      selfAssessmentDeadline: day,
    }),
  reopen: (roundId: string, unitId: string, version: number, reason: string, day: string) =>
    api.post<RoundUnitRow>(`${unitPath(roundId, unitId)}/reopen`, {
      version,
      reason,
      selfAssessmentDeadline: day,
    }),
  remind: (roundId: string, body: { unitIds?: string[]; message?: string }) =>
    api.post<{ reminded: number; webhooksQueued: number }>(
      `/api/rounds/${roundId}/reminders`,
      body,
    ),
  reminders: (roundId: string, signal?: AbortSignal) =>
    api.get<z.infer<typeof roundRemindersResponseSchema>>(
      `/api/rounds/${roundId}/reminders`,
      undefined,
      signal,
    ),
};
