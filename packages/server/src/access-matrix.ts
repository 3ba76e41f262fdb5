/**
 * THE authorization matrix: every route of the API → who may call it (docs/spec/security.md rows 1 and
 * 10). Each module keeps its part in `modules/<module>/access.ts`; this file joins them. The
 * guard enforces it; `access-matrix.test.ts` generates the role × route tests from it and fails
 * when a registered route is missing here.
 */
import { analysisAccess } from "./modules/analysis/access.js";
import { progressAccess } from "./modules/progress/access.js";
import { auditAccess } from "./modules/audit/access.js";
import { authAccess } from "./modules/auth/access.js";
import { docsAccess } from "./modules/docs/access.js";
import { documentsAccess } from "./modules/documents/access.js";
import { evidenceAccess } from "./modules/evidence/access.js";
import { healthAccess } from "./modules/health/access.js";
import { organisationsAccess } from "./modules/organisations/access.js";
import { roundsAccess } from "./modules/rounds/access.js";
import { schemesAccess } from "./modules/schemes/access.js";
import { selfAssessmentAccess } from "./modules/self-assessment/access.js";
import { usersAccess } from "./modules/users/access.js";
import { webAccess } from "./modules/web/access.js";
import { appealsAccess } from "./modules/appeals/access.js";
import { historyAccess } from "./modules/history/access.js";
import { ratingsAccess } from "./modules/ratings/access.js";
import { resultsAccess } from "./modules/results/access.js";
import { reviewAccess } from "./modules/review/access.js";
import { settingsAccess } from "./modules/settings/access.js";
import { noticesAccess } from "./modules/notices/access.js";
import type { AccessTable } from "./authz/types.js";

/** Every route and who may call it. */
export const authorizationMatrix: AccessTable = {
  ...healthAccess,
  ...docsAccess,
  ...authAccess,
  ...organisationsAccess,
  ...usersAccess,
  ...auditAccess,
  ...settingsAccess,
  ...schemesAccess,
  ...roundsAccess,
  ...selfAssessmentAccess,
  ...evidenceAccess,
  ...reviewAccess,
  ...ratingsAccess,
  ...resultsAccess,
  ...appealsAccess,
  ...historyAccess,
  ...analysisAccess,
  ...progressAccess,
  ...documentsAccess,
  ...noticesAccess,
  ...webAccess,
};
