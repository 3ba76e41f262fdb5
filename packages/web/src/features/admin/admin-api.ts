/** Calls of the foundation's administration API: organisations, users and roles, audit. */
import type { AuditRecord, Organisation, Page, Role, User } from "@kaoping/server/contract";
import { api, urlOf } from "../../api/client";

/** Query values of a list request. */
type Query = Record<string, string | number | boolean | undefined | null>;

/** Every organisation the role reaches, all pages (a county has dozens; a province ~1,500). */
export async function listAllOrganisations(signal?: AbortSignal): Promise<Organisation[]> {
  const out: Organisation[] = [];
  for (let page = 1; ; page += 1) {
    const batch = await api.get<Page<Organisation>>(
      "/api/organisations",
      { page, pageSize: 100, sort: "code" },
      signal,
    );
    out.push(...batch.items);
    if (out.length >= batch.total || batch.items.length === 0) return out;
  }
}

/** The administration API. */
export const adminApi = {
  createOrganisation: (body: {
    code: string;
    name: string;
    type: Organisation["type"];
    parentId: string | null;
  }) => api.post<Organisation>("/api/organisations", body),
  updateOrganisation: (
    id: string,
    body: Partial<Pick<Organisation, "code" | "name" | "type" | "parentId" | "status">> & {
      version: number;
    },
  ) => api.patch<Organisation>(`/api/organisations/${id}`, body),
  listUsers: (query: Query, signal?: AbortSignal) =>
    api.get<Page<User>>("/api/users", query, signal),
  createUser: (body: { username: string; displayName: string; organisationId: string }) =>
    api.post<{ user: User; initialPassword: string }>("/api/users", body),
  updateUser: (
    id: string,
    body: {
      version: number;
      displayName?: string;
      organisationId?: string;
      status?: User["status"];
    },
  ) => api.patch<User>(`/api/users/${id}`, body),
  resetPassword: (id: string) =>
    api.post<{ user: User; initialPassword: string }>(`/api/users/${id}/password-reset`),
  unlock: (id: string) => api.post<User>(`/api/users/${id}/unlock`),
  resetTotp: (id: string) => api.post<User>(`/api/users/${id}/totp-reset`),
  grantRole: (
    id: string,
    body: {
      role: Role;
      organisationId: string;
      scope?: { itemCodes: string[]; departmentIds: string[] };
    },
  ) => api.post<User>(`/api/users/${id}/roles`, body),
  revokeRole: (id: string, assignmentId: string) =>
    api.delete<User>(`/api/users/${id}/roles/${assignmentId}`),
  searchAudit: (query: Query, signal?: AbortSignal) =>
    api.get<Page<AuditRecord>>("/api/audit", query, signal),
  auditExportUrl: (query: Query) => urlOf("/api/audit/export", query),
  verifyAudit: () =>
    api.get<{ ok: boolean; checked: number; firstBadSeq: number | null; reason: string | null }>(
      "/api/audit/verify",
    ),
};
