/** Calls of 得分提升 (improvements, 试算) and 失分分析 (loss analysis). Types come from the server's schemas. */
import type { LossAnalysis, TrialResult, UnitImprovementsView } from "@kaoping/server/contract";
import { api } from "../../api/client";

/** Which facts: the unit's own (自评) or the score sheet's (审核后). */
export type Basis = "self" | "effective";

const unitPath = (roundId: string, unitId: string) => `/api/rounds/${roundId}/units/${unitId}`;

/** The analysis calls. */
export const analysisApi = {
  improvements: (roundId: string, unitId: string, basis: Basis, signal?: AbortSignal) =>
    api.get<UnitImprovementsView>(`${unitPath(roundId, unitId)}/improvements`, { basis }, signal),
  trial: (roundId: string, unitId: string, basis: Basis, facts: Record<string, unknown>) =>
    api.post<TrialResult>(`${unitPath(roundId, unitId)}/trial`, { basis, facts }),
  losses: (roundId: string, signal?: AbortSignal) =>
    api.get<LossAnalysis>(`/api/rounds/${roundId}/loss-analysis`, undefined, signal),
};

export type { LossAnalysis, TrialResult, UnitImprovementsView };
