/** The authentication routes' part of the authorization matrix. */
import type { AccessTable } from "../../authz/types.js";

const everyStage = [
  "active",
  "mfa_required",
  "mfa_enrollment_required",
  "password_change_required",
] as const;

/** Who may call each authentication route, and in which session stage. */
export const authAccess: AccessTable = {
  "POST /api/auth/login": { access: "public" },
  "POST /api/auth/logout": { access: "authenticated", stages: everyStage },
  "GET /api/auth/session": { access: "authenticated", stages: everyStage },
  "POST /api/auth/password": {
    access: "authenticated",
    stages: ["active", "password_change_required"],
  },
  "PUT /api/auth/session/role": { access: "authenticated" },
  "POST /api/auth/totp/setup": {
    access: "authenticated",
    stages: ["active", "mfa_enrollment_required"],
  },
  "POST /api/auth/totp/enable": {
    access: "authenticated",
    stages: ["active", "mfa_enrollment_required"],
  },
  "POST /api/auth/totp/verify": { access: "authenticated", stages: ["mfa_required"] },
};
