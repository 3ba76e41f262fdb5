/**
 * How services read the settings that an administrator may change on the screen: through the
 * settings service's in-process copy (decision 0060), never from `deps.config` directly.
 */
import type { ServerConfig } from "../../config.js";

/** The effective configuration: `ServerConfig` with the saved settings applied. */
export interface SettingsReader {
  /** The configuration in force now (cached; replaced when a group is saved). */
  config(): ServerConfig;
}

/**
 * The configuration in force for a service: the saved settings over the environment and
 * defaults. Without a settings reader (the `kaoping demo` command builds services without the
 * HTTP server) it is the configuration as loaded.
 */
export function effectiveConfig(deps: {
  config: ServerConfig;
  settings?: SettingsReader | undefined;
}): ServerConfig {
  return deps.settings?.config() ?? deps.config;
}
