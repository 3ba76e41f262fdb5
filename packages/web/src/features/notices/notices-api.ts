/** Calls of notices (催报), the bell and organisations' group bots (decision 0213). */
import type { Notice, Todo, Webhook } from "@kaoping/server/contract";
import { api } from "../../api/client";

/** The notices API. */
export const noticesApi = {
  list: (signal?: AbortSignal) => api.get<Notice[]>("/api/notices", undefined, signal),
  read: (id: string) => api.post<{ id: string; readAt: string }>(`/api/notices/${id}/read`, {}),
  todos: (signal?: AbortSignal) =>
    api.get<{ total: number; items: Todo[] }>("/api/me/todos", undefined, signal),
  webhook: (organisationId: string, signal?: AbortSignal) =>
    api.get<Webhook>(`/api/organisations/${organisationId}/webhook`, undefined, signal),
  saveWebhook: (
    organisationId: string,
    body: {
      version: number;
      kind: "dingtalk" | "wecom";
      url?: string;
      secret?: string | null;
      enabled: boolean;
      allowIntranet: boolean;
    },
  ) => api.put<Webhook>(`/api/organisations/${organisationId}/webhook`, body),
};
