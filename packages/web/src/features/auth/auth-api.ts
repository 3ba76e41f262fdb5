/** Calls of the authentication API (login, session, password, role switch, TOTP). */
import type { SessionResponse } from "@kaoping/server/contract";
import { api } from "../../api/client";

/** The authentication API. */
export const authApi = {
  session: () => api.get<SessionResponse>("/api/auth/session"),
  login: (username: string, password: string) =>
    api.post<SessionResponse>("/api/auth/login", { username, password }),
  logout: () => api.post<{ ok: true }>("/api/auth/logout"),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<SessionResponse>("/api/auth/password", { currentPassword, newPassword }),
  switchRole: (roleAssignmentId: string) =>
    api.put<SessionResponse>("/api/auth/session/role", { roleAssignmentId }),
  setupTotp: () => api.post<{ secret: string; otpauthUri: string }>("/api/auth/totp/setup"),
  enableTotp: (code: string) => api.post<SessionResponse>("/api/auth/totp/enable", { code }),
  verifyTotp: (code: string) => api.post<SessionResponse>("/api/auth/totp/verify", { code }),
};
