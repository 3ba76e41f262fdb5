/** Kysely types of the settings table (migration 0003-settings, decision 0060). */
import type { Selectable } from "kysely";

/** One settings group (`security`, `system`) and the values saved for it on the screen. */
export interface SettingsTable {
  group_key: string;
  /** The saved values as a JSON object; a field that is absent has no saved value. */
  saved_values: string;
  version: number;
  updated_by: string | null;
  updated_at: string | null;
}

/** A settings row. */
export type SettingsRow = Selectable<SettingsTable>;

/** The settings tables of `Database`. */
export interface SettingsTables {
  settings: SettingsTable;
}
