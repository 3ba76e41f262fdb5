/** Calls of 系统设置: both groups, saving one group, and the public system name. */
import type {
  SettingGroup,
  SettingsResponse,
  UpdateSettingsRequest,
} from "@kaoping/server/contract";
import { api } from "../../api/client";

/** The settings API. */
export const settingsApi = {
  read: (signal?: AbortSignal) =>
    api.get<SettingsResponse>("/api/system/settings", undefined, signal),
  save: <G extends SettingGroup>(group: G, body: UpdateSettingsRequest<G>) =>
    api.put<SettingsResponse>(`/api/system/settings/${group}`, body),
  systemName: () => api.get<{ systemName: string; timeZone: string }>("/api/system/name"),
};
