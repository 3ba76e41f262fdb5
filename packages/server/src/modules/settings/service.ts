/**
 * 系统设置 (decision 0060): read both groups, save one group (its editor only, versioned,
 * audited with the values before and after), and the effective configuration every service
 * reads. The effective configuration is kept in this process and replaced after each save's
 * commit; other server processes over the same database hear of the save (sync.ts, decision 0180).
 */
import { defaultConfig, type ServerConfig } from "../../config.js";
import {
  settingFields,
  settingGroupEditors,
  type SettingGroup,
  type SettingsGroupView,
  type SettingsResponse,
  type UpdateSettingsRequest,
} from "../../contract/settings.js";
import { assertVersionedUpdate } from "../../db/versioning.js";
import { AppError, notFound } from "../../errors/app-error.js";
import { requireActor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import type { SettingsReader } from "./effective.js";
import { notifySettingsChanged } from "./sync.js";
import {
  findSettings,
  listSettings,
  updateSettings,
  type SettingsRowWithEditor,
} from "./repository.js";
import {
  applySavedSettings,
  fieldViews,
  noSavedSettings,
  parseSavedValues,
  settingValuesOf,
  type SavedSettings,
} from "./values.js";

/** Builds the settings service on the configuration loaded at start (environment and defaults). */
export function createSettingsService(deps: Omit<ServiceDeps, "settings">) {
  const { db, clock, audit, config: base } = deps;
  const configured = settingValuesOf(base);
  const defaults = settingValuesOf(defaultConfig(base.dataDir));
  let saved: SavedSettings = noSavedSettings();
  const cachedVersions: Record<SettingGroup, number> = { security: 0, system: 0 };
  let effective: ServerConfig = base;

  /** Takes a group's saved values into the cache unless a newer version is there already. */
  function cache<G extends SettingGroup>(
    group: G,
    version: number,
    values: SavedSettings[G],
  ): void {
    if (version <= cachedVersions[group]) return;
    cachedVersions[group] = version;
    saved = { ...saved, [group]: values };
    effective = applySavedSettings(base, saved);
  }

  function groupView(
    ctx: RequestContext,
    group: SettingGroup,
    row: SettingsRowWithEditor,
  ): SettingsGroupView {
    return {
      group,
      version: row.version,
      editable: requireActor(ctx).activeRole?.role === settingGroupEditors[group],
      updatedAt: row.updated_at,
      updatedBy: row.updated_by_username,
      fields: fieldViews(group, parseSavedValues(group, row.saved_values), configured, defaults),
    };
  }

  async function readAll(ctx: RequestContext): Promise<SettingsResponse> {
    const rows = await listSettings(db);
    const byGroup = new Map(rows.map((row) => [row.group_key, row]));
    const view = (group: SettingGroup) => {
      const row = byGroup.get(group);
      if (row === undefined) throw notFound("设置组");
      return groupView(ctx, group, row);
    };
    return { security: view("security"), system: view("system") };
  }

  const reader: SettingsReader = { config: () => effective };

  return {
    ...reader,

    /** Reads the saved values into this process (at start, and when another process saved). */
    async load(): Promise<void> {
      for (const row of await listSettings(db)) {
        if (row.group_key === "security")
          cache("security", row.version, parseSavedValues("security", row.saved_values));
        if (row.group_key === "system")
          cache("system", row.version, parseSavedValues("system", row.saved_values));
      }
    },

    /** The system name anyone may read (login page, header). */
    systemName(): string {
      return effective.systemName;
    },

    /** The bureau's time zone anyone may read (screens show deadlines in it, decision 0210). */
    timeZone(): string {
      return effective.timeZone;
    },

    /** Both groups with each field's value, source and default, for the three administrators. */
    read: readAll,

    /**
     * Saves a group: each field given is saved (a value) or cleared (null → the environment or
     * default again). Only the group's own administrator; a stale `version` → 409; audited.
     */
    async update<G extends SettingGroup>(
      ctx: RequestContext,
      group: G,
      input: UpdateSettingsRequest<G>,
    ): Promise<SettingsResponse> {
      const actor = requireActor(ctx);
      if (actor.activeRole?.role !== settingGroupEditors[group]) throw new AppError("FORBIDDEN");
      const after = await db.transaction().execute(async (trx) => {
        const row = await findSettings(trx, group);
        if (row === undefined) throw notFound("设置组");
        const before = parseSavedValues(group, row.saved_values);
        const next: Record<string, unknown> = { ...before };
        const changes = input as Record<string, unknown>;
        for (const key of Object.keys(settingFields[group])) {
          if (!(key in changes) || changes[key] === undefined) continue;
          if (changes[key] === null) delete next[key];
          else next[key] = changes[key];
        }
        const changed = await updateSettings(trx, group, input.version, {
          saved_values: JSON.stringify(next),
          updated_by: actor.userId,
          updated_at: clock().toISOString(),
        });
        await assertVersionedUpdate(changed, async () => true, "设置");
        await audit(trx, {
          ctx,
          action: "settings.update",
          object: { type: "settings", id: group },
          before,
          after: next,
        });
        await notifySettingsChanged(trx, base);
        return next as SavedSettings[G];
      });
      // Only after the commit: a rolled-back save never takes effect.
      cache(group, input.version + 1, after);
      return readAll(ctx);
    },
  };
}

/** The settings service. */
export type SettingsService = ReturnType<typeof createSettingsService>;
