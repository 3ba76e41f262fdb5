/** The services the demo drives — the same ones the API routes call, so the demo exercises real code. */
import type { ServiceDeps } from "../../services.js";
import { createAppealsService } from "../appeals/service.js";
import { createEvidenceService } from "../evidence/service.js";
import { createRatingsService } from "../ratings/service.js";
import { withResultsHooks } from "../results/hooks.js";
import { createReviewService } from "../review/service.js";
import { createRoundsService } from "../rounds/service.js";
import { createSchemesService } from "../schemes/service.js";
import { createSelfAssessmentService } from "../self-assessment/service.js";

/** Builds the workflow services as `buildApp` does (with the results hooks on transitions). */
export function createDemoServices(deps: ServiceDeps) {
  return {
    schemes: createSchemesService(deps),
    rounds: createRoundsService(deps, { hooks: withResultsHooks(deps, undefined) }),
    selfAssessment: createSelfAssessmentService(deps),
    evidence: createEvidenceService(deps),
    review: createReviewService(deps),
    ratings: createRatingsService(deps),
    appeals: createAppealsService(deps),
  };
}

/** The demo's services. */
export type DemoServices = ReturnType<typeof createDemoServices>;
