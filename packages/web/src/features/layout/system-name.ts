/**
 * 系统名称 (set by the system administrator in 系统设置), shared by the login page, the header
 * and the browser tab title. Loaded once from the public `/api/system/name`; the settings page
 * updates it after a save.
 */
import { useEffect, useSyncExternalStore } from "react";
import { setBureauTimeZone } from "../../lib/dates";
import { settingsApi } from "../admin/settings-api";

/** The name shown until the server has answered (the built-in default). */
export const defaultSystemName = "医疗保障工作目标考核与绩效评价系统";

let current = defaultSystemName;
let requested = false;
const listeners = new Set<() => void>();

/** Sets the name everywhere it is shown. */
export function setSystemName(name: string): void {
  current = name;
  document.title = `考评 · ${name}`;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The system name; the first use asks the server. */
export function useSystemName(): string {
  useEffect(() => {
    if (requested) return;
    requested = true;
    // Without an answer the default name stays: the page works either way.
    settingsApi.systemName().then(
      (body) => {
        setBureauTimeZone(body.timeZone);
        setSystemName(body.systemName);
      },
      () => undefined,
    );
  }, []);
  return useSyncExternalStore(subscribe, () => current);
}
