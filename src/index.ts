/**
 * Second Look's browser-free core: the public API used by the extension's worker, the command
 * line and the tests.
 */
export { checkPost, checkPostReport, MAX_TEXT, MAX_FINDINGS } from "./check.js";
export type { CheckReport } from "./check.js";
export { localDateTime } from "./time.js";
export { validateSettings, resolveSettings, DEFAULT_SETTINGS, defaultSettings } from "./settings.js";
export type { SettingsLayers, ResolvedSettings } from "./settings.js";
export { listProfiles, getProfile, PROFILES } from "./profiles/index.js";
export type { Profile, ProfileSummary } from "./profiles/index.js";
export { CATEGORIES, categoryById } from "./taxonomy.js";
export { RULES } from "./rules/index.js";
export * from "./types.js";
